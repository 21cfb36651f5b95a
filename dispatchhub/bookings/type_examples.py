"""What the catalog's service-type suggester learns from: the bookings' own history.

The catalog sits below bookings (docs/architecture.md): it asks ``bookings.type_examples``
(:mod:`dispatchhub.domain_events`), and bookings answer here.
"""

from __future__ import annotations

from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.catalog.suggest import CONFIRMED_STATES, CORRECTION_EVENT
from dispatchhub.catalog.suggest_model import Example
from dispatchhub.domain_events import subscribe

__all__ = ["type_examples"]


async def type_examples(limit: int) -> list[Example]:
    """Question ``bookings.type_examples``: the newest ``limit`` confirmed bookings'
    descriptions with their service types, and whether an agent corrected the type."""
    rows = (
        await Booking.select(Booking.id, Booking.description, Booking.service_type)
        .where(Booking.status.is_in(list(CONFIRMED_STATES)), Booking.service_type.is_not_null())
        .order_by(Booking.created_at, ascending=False)
        .limit(limit)
    )
    if not rows:
        return []
    corrected = {
        str(event["booking"])
        for event in await BookingEvent.select(BookingEvent.booking).where(
            BookingEvent.kind == CORRECTION_EVENT
        )
    }
    return [
        Example(row["description"], str(row["service_type"]), str(row["id"]) in corrected)
        for row in rows
    ]


subscribe("bookings.type_examples", type_examples)
