"""The one checker of the fault suite: a load's recorded :class:`~tests.faults.load.History`
held against the database.

- nothing acknowledged lost: every booking answered with an id is stored; every grab
  answered as won left the order with that assignee (or a later status of theirs); every
  status update answered ok is among the order's events;
- nothing applied twice: one booking per idempotency key, one grab winner per order (one
  ASSIGNED decision, one ASSIGNED event), each transition of an order once;
- every SMS notification delivered exactly once to the fake provider
  (:func:`check_deliveries`);
- clients saw clear errors: no hang, nothing unclear.

:func:`outbox_drained` measures the recovery (seconds until the outbox has nothing due).
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from dispatchhub.bookings.tables import Booking
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.notifications.tables import Notification
from dispatchhub.orders.tables import Order, OrderEvent
from dispatchhub.outbox.tables import OutboxMessage
from tests.faults.load import History


@dataclass
class Verdict:
    requests: int
    acknowledged: int
    errors: dict[str, int]
    lost: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)
    unclear: list[str] = field(default_factory=list)

    def figures(self) -> str:
        errors = ",".join(f"{k}={v}" for k, v in self.errors.items()) or "none"
        return (
            f"requests={self.requests} acknowledged={self.acknowledged} errors[{errors}] "
            f"lost={len(self.lost)} doubled={len(self.doubled)}"
        )

    def assert_sound(self) -> None:
        assert self.lost == [], f"acknowledged writes lost: {self.lost[:10]}"
        assert self.doubled == [], f"applied twice: {self.doubled[:10]}"
        assert self.unclear == [], f"unclear answers or hangs: {self.unclear[:10]}"


async def check(history: History) -> Verdict:
    """Hold ``history`` against the database (call it once the load has stopped)."""
    ops = history.ops
    verdict = Verdict(
        requests=len(ops),
        acknowledged=sum(op.outcome == "ok" and op.kind != "pool" for op in ops),
        errors=history.errors_by_kind(),
    )
    verdict.unclear = [
        f"{op.kind} {op.outcome} {op.detail}" for op in ops if op.outcome in {"hang", "unclear"}
    ]

    # bookings: every acknowledged id stored, one booking per idempotency key
    bookings = await Booking.select(Booking.id, Booking.idempotency_key)
    stored = {row["id"] for row in bookings}
    for op in ops:
        if op.kind == "booking" and op.outcome == "ok" and op.result not in stored:
            verdict.lost.append(f"booking {op.result} (key {op.key})")
    keys = Counter(row["idempotency_key"] for row in bookings if row["idempotency_key"])
    verdict.doubled += [f"booking key {k} x{n}" for k, n in keys.items() if n > 1]

    # grabs: the winner is the assignee; one winner per order
    orders = {row["id"]: row for row in await Order.select(Order.id, Order.assignee)}
    events = await OrderEvent.select(OrderEvent.order, OrderEvent.from_status, OrderEvent.to_status)
    # a pooled order has two events to OPEN (created, then pooled): a transition is its pair
    arrivals = Counter((row["order"], row["to_status"]) for row in events)
    transitions = Counter((row["order"], row["from_status"], row["to_status"]) for row in events)
    for op in ops:
        if op.kind == "grab" and op.outcome == "ok":
            row = orders.get(op.order)
            if row is None or row["assignee"] != op.actor:
                verdict.lost.append(f"grab of {op.order} by {op.actor}")
        if op.kind == "status" and op.outcome == "ok" and not arrivals[(op.order, op.status)]:
            verdict.lost.append(f"{op.order} -> {op.status}")
    decisions = await AssignmentDecision.select(AssignmentDecision.order).where(
        AssignmentDecision.outcome == "ASSIGNED"
    )
    winners = Counter(row["order"] for row in decisions)
    verdict.doubled += [f"order {o}: {n} winners" for o, n in winners.items() if n > 1]
    verdict.doubled += [
        f"order {o}: {f} -> {t} x{n}" for (o, f, t), n in transitions.items() if n > 1
    ]
    return verdict


async def outbox_drained(since: float, *, timeout: float = 45.0) -> float:
    """Wait until no due outbox row is waiting or running; the seconds from ``since`` (a
    ``time.monotonic()``) to then. Raises when ``timeout`` passes first."""
    deadline = time.monotonic() + timeout
    while True:
        later = datetime.now(UTC) + timedelta(seconds=5)
        rows = await OutboxMessage.select(OutboxMessage.status, OutboxMessage.available_at)
        if all(r["status"] in {"DONE", "FAILED"} or r["available_at"] > later for r in rows):
            return time.monotonic() - since
        if time.monotonic() > deadline:
            pending = Counter(r["status"] for r in rows)
            raise AssertionError(f"outbox not drained in {timeout:.0f} s: {dict(pending)}")
        await asyncio.sleep(0.2)


async def check_deliveries(verdict: Verdict, delivered: list[str]) -> dict[str, int]:
    """Every SMS notification delivered exactly once to the fake provider: ``delivered`` is
    the provider's accepted message ids (``OutId``) in order. A notification recorded SENT
    and never accepted is lost; one accepted twice is doubled; one accepted but not recorded
    SENT (when all is drained) is lost too (its sender never learnt). Returns the
    notifications' counts by status."""
    rows = await Notification.select(
        Notification.id, Notification.status, Notification.attempts
    ).where(Notification.channel == "SMS")
    by_id = {str(row["id"]): row for row in rows}
    accepted = Counter(delivered)
    for note_id, row in by_id.items():
        if row["status"] == "SENT" and not accepted[note_id]:
            verdict.lost.append(f"notification {note_id} SENT, never delivered")
    for note_id, times in accepted.items():
        if times > 1:
            verdict.doubled.append(f"notification {note_id} delivered x{times}")
        recorded = by_id.get(note_id)
        if recorded is None or recorded["status"] != "SENT":
            verdict.lost.append(f"notification {note_id} delivered, recorded {recorded}")
    return dict(Counter(row["status"] for row in rows))
