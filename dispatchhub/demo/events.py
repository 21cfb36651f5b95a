"""A booking being generated (:class:`Job`) and the status events that move it on."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.demo.builder import Builder, Person
from dispatchhub.orders.tables import Order, OrderEvent

__all__ = ["Job", "booking_event", "order_event"]


@dataclass(slots=True)
class Job:
    """One booking being generated, with the timeline cursor ``t`` its events advance."""

    row: Booking
    spec: dict[str, Any]
    customer: Person
    creator: uuid.UUID
    timing: str  # when the appointment is: "past", "now", "soon" or "future"
    order_status: str | None  # the order's final status; None when there is no order
    t: datetime
    staff: Person | None = None
    order: Order | None = None
    order_state: str = ""  # the order's status as of its latest event
    events: int = 0  # order events so far


def booking_event(
    b: Builder,
    job: Job,
    after: timedelta,
    frm: str | None,
    to: str,
    actor: uuid.UUID | None,
    reason: str = "",
    *,
    kind: str = "STATUS",
    data_: dict[str, Any] | None = None,
) -> None:
    """A booking event ``after`` the job's cursor, which moves there."""
    job.t += after
    b.add(
        BookingEvent(
            id=b.uid(),
            booking=job.row.id,
            kind=kind,
            from_status=frm,
            to_status=to,
            actor=actor,
            reason=reason,
            data=data_ or {},
            at=job.t,
        )
    )


def order_event(
    b: Builder,
    job: Job,
    at: datetime,
    frm: str | None,
    to: str,
    actor: uuid.UUID | None,
    reason: str,
    where: tuple[float | None, float | None] = (None, None),
    data_: dict[str, Any] | None = None,
) -> None:
    """An order event at ``at`` (where the actor was, if known); the cursor moves there."""
    assert job.order is not None
    job.t, job.order_state, job.events = at, to, job.events + 1
    b.add(
        OrderEvent(
            id=b.uid(),
            order=job.order.id,
            from_status=frm,
            to_status=to,
            actor=actor,
            reason=reason,
            lat=where[0],
            lon=where[1],
            data=data_ or {},
            at=at,
        )
    )
