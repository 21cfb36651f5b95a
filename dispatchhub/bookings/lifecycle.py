"""Changes to a booking after intake: acknowledge, approve, reschedule, cancel.

Every change is a conditional update on the booking's current status (two agents acting at
once cannot both succeed) plus a ``BookingEvent`` with actor and reason, in one
transaction with its notifications. Reschedule and cancel price themselves from the booking's
own snapshot of its service type's cancellation policy, never the live one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from dispatchhub import db
from dispatchhub.bookings.errors import BookingsErrorCode
from dispatchhub.bookings.intake import BookingInput, check_input
from dispatchhub.bookings.notices import notify_customer
from dispatchhub.bookings.statuses import BookingStatus
from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.catalog.hours import is_within_service_hours, windows_on
from dispatchhub.catalog.policy import Charge, Fault, cancellation_charge
from dispatchhub.config import Settings
from dispatchhub.domain_events import ask, publish
from dispatchhub.errors import DomainError, FieldError, ValidationFailed
from dispatchhub.outbox.service import now as utcnow

__all__ = [
    "CANCEL_REASON_MAX",
    "CHANGEABLE",
    "ChargeResult",
    "acknowledge",
    "approve",
    "cancel",
    "follow_order",
    "load_booking",
    "reschedule",
    "send_back",
]

CANCEL_REASON_MAX = 500
# A booking can be moved or cancelled until the service starts.
CHANGEABLE = (
    BookingStatus.SUBMITTED,
    BookingStatus.NEEDS_CHANGES,
    BookingStatus.PENDING_REVIEW,
    BookingStatus.CONFIRMED,
)
# Order states in which the staff member is already travelling.
EN_ROUTE = ("EN_ROUTE",)


@dataclass(frozen=True, slots=True)
class ChargeResult:
    """A change that may cost (positive fen) or compensate (negative fen)."""

    booking_id: UUID
    status: str
    charge: Charge | None


async def load_booking(booking_id: UUID) -> dict[str, Any]:
    """The booking's row with JSON decoded; NOT_FOUND when it does not exist."""
    row = await Booking.select().where(Booking.id == booking_id).output(load_json=True).first()
    if row is None:
        raise DomainError(BookingsErrorCode.NOT_FOUND, "id")
    return row


async def acknowledge(booking_id: UUID, *, actor_id: UUID) -> None:
    """The customer confirms the confirmation notice (time, address, notes are right)."""
    booking = await load_booking(booking_id)
    _require(booking, (BookingStatus.CONFIRMED,), "confirmed by the customer")
    async with db.write():
        await Booking.update({Booking.customer_confirmed_at: utcnow()}).where(
            Booking.id == booking_id
        )
        await _event(booking, "ACKNOWLEDGED", booking["status"], actor_id, "")


async def approve(settings: Settings, booking_id: UUID, *, actor_id: UUID, note: str) -> None:
    """An agent passes a booking that waits for manual review; its order is opened."""
    booking = await load_booking(booking_id)
    _require(booking, (BookingStatus.PENDING_REVIEW,), "approved")
    async with db.write():
        await _move(booking, BookingStatus.CONFIRMED, {Booking.confirmed_at: utcnow()})
        await _event(booking, "APPROVED", BookingStatus.CONFIRMED, actor_id, note)
        confirmed = {**booking, "status": BookingStatus.CONFIRMED}
        await publish("booking.confirmed", booking=confirmed, actor_id=actor_id)
        await notify_customer(settings, booking, "booking_confirmed")


async def send_back(booking_id: UUID, *, actor_id: UUID, reason: str) -> None:
    """An agent returns a booking waiting for manual review to its customer (NEEDS_CHANGES),
    the reason kept as the review problem the customer sees; their update reviews it again.

    Raises:
        DomainError: ``INVALID_TRANSITION`` at ``id`` unless PENDING_REVIEW; ``REQUIRED`` or
            ``TOO_LONG`` at ``reason``.
    """
    text = _cancel_reason(reason)
    booking = await load_booking(booking_id)
    _require(booking, (BookingStatus.PENDING_REVIEW,), "sent back")
    problem = FieldError(BookingsErrorCode.RETURNED_BY_AGENT, None, {"reason": text})
    kept = {
        "field": None,
        "code": problem.code.name,
        "message_zh": problem.message("zh-CN"),
        "message_en": problem.message("en"),
    }
    async with db.write():
        await _move(booking, BookingStatus.NEEDS_CHANGES, {Booking.review_errors: [kept]})
        await _event(booking, "RETURNED", BookingStatus.NEEDS_CHANGES, actor_id, text)


async def reschedule(
    settings: Settings,
    booking_id: UUID,
    *,
    start: datetime,
    end: datetime | None,
    actor_id: UUID,
    fault: Fault = Fault.CUSTOMER,
    now: datetime | None = None,
) -> ChargeResult:
    """Move a pending booking; the charge is what cancelling at this moment would cost.

    Raises:
        DomainError/ValidationFailed: not changeable, or the new time is refused
            (in the past, end before start) or outside the service hours.
    """
    current = now or utcnow()
    booking = await load_booking(booking_id)
    _require(booking, CHANGEABLE, "rescheduled")
    probe = BookingInput(description="", address="", scheduled_start=start, scheduled_end=end)
    if errors := check_input(probe, current):
        raise ValidationFailed(errors)
    snapshot = booking["service_snapshot"]
    if not is_within_service_hours(snapshot, start, end, settings.zone):
        hours = ", ".join(
            w.label for w in windows_on(snapshot, start.astimezone(settings.zone).date())
        )
        raise DomainError(
            BookingsErrorCode.OUTSIDE_SERVICE_HOURS, "scheduled_start", hours=hours or "—"
        )
    charge = await _charge(booking, fault, current)
    async with db.write():
        await _move(
            booking, booking["status"], {Booking.scheduled_start: start, Booking.scheduled_end: end}
        )
        await publish("booking.rescheduled", booking_id=booking_id, start=start, end=end)
        await _event(
            booking, "RESCHEDULED", booking["status"], actor_id, "",
            {"from": booking["scheduled_start"].isoformat(), "to": start.isoformat(),
             "charge_minor": charge.amount_minor},
        )  # fmt: skip
        await publish("booking.charged", booking=booking, charge=charge, fault=fault)
        moved = {**booking, "scheduled_start": start}
        await notify_customer(settings, moved, "booking_rescheduled", charge=_describe(charge))
    return ChargeResult(booking_id, booking["status"], charge)


async def cancel(
    settings: Settings,
    booking_id: UUID,
    *,
    reason: str,
    actor_id: UUID,
    fault: Fault = Fault.CUSTOMER,
    now: datetime | None = None,
) -> ChargeResult:
    """Cancel a pending booking and its order, recording the policy's fee or compensation.

    Raises:
        DomainError: ``REQUIRED`` or ``TOO_LONG`` at ``reason`` (kept on the booking, its
            history and its order's), ``INVALID_TRANSITION`` for a booking past changing.
    """
    reason = _cancel_reason(reason)
    current = now or utcnow()
    booking = await load_booking(booking_id)
    _require(booking, CHANGEABLE, "cancelled")
    charge = await _charge(booking, fault, current)
    async with db.write():
        await _move(
            booking,
            BookingStatus.CANCELLED,
            {Booking.cancelled_at: current, Booking.cancel_reason: reason},
        )
        await _event(booking, "CANCELLED", BookingStatus.CANCELLED, actor_id, reason,
                     {"charge_minor": charge.amount_minor, "fault": fault.value})  # fmt: skip
        await publish("booking.cancelled", booking_id=booking_id, actor_id=actor_id, reason=reason)
        await publish("booking.charged", booking=booking, charge=charge, fault=fault)
        await notify_customer(settings, booking, "booking_cancelled", charge=_describe(charge))
    return ChargeResult(booking_id, BookingStatus.CANCELLED, charge)


async def follow_order(
    booking_id: UUID, status: str, *, at: datetime, actor_id: UUID, reason: str
) -> None:
    """The booking takes the state its order's progress implies (IN_SERVICE when work
    starts, COMPLETED at the end), in the caller's transaction, with a history entry."""
    booking = await Booking.select(Booking.status).where(Booking.id == booking_id).first()
    assert booking is not None
    await Booking.update({Booking.status: status, Booking.updated_at: at}).where(
        Booking.id == booking_id
    )
    await BookingEvent.insert(
        BookingEvent(booking=booking_id, kind=status, from_status=booking["status"],
                     to_status=status, actor=actor_id, reason=reason)
    )  # fmt: skip


def _cancel_reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise DomainError(BookingsErrorCode.REQUIRED, "reason")
    if len(text) > CANCEL_REASON_MAX:
        raise DomainError(BookingsErrorCode.TOO_LONG, "reason", limit=CANCEL_REASON_MAX)
    return text


async def _charge(booking: dict[str, Any], fault: Fault, at: datetime) -> Charge:
    en_route = await ask("order.stage", booking_id=booking["id"]) in EN_ROUTE
    return cancellation_charge(
        booking["service_snapshot"], booking["scheduled_start"], at, fault, en_route,
        booking["price_minor"] or 0,
    )  # fmt: skip


def _require(booking: dict[str, Any], allowed: tuple[str, ...], action: str) -> None:
    if booking["status"] not in allowed:
        raise DomainError(
            BookingsErrorCode.INVALID_TRANSITION, "id", status=booking["status"], action=action
        )


async def _move(booking: dict[str, Any], status: str, values: dict[Any, Any]) -> None:
    """Conditional on the status we read: a concurrent change makes this one fail cleanly."""
    changed = await (
        Booking.update({Booking.status: status, Booking.updated_at: utcnow(), **values})
        .where((Booking.id == booking["id"]) & (Booking.status == booking["status"]))
        .returning(Booking.id)
    )
    if not changed:
        raise DomainError(
            BookingsErrorCode.INVALID_TRANSITION, "id", status="changed", action="changed twice"
        )


async def _event(
    booking: dict[str, Any],
    kind: str,
    to_status: str,
    actor_id: UUID,
    reason: str,
    data: dict[str, Any] | None = None,
) -> None:
    await BookingEvent.insert(
        BookingEvent(booking=booking["id"], kind=kind, from_status=booking["status"],
                     to_status=to_status, actor=actor_id, reason=reason, data=data or {})
    )  # fmt: skip


def _describe(charge: Charge) -> str:
    if charge.amount_minor > 0:
        return f"费用 Fee ¥{charge.amount_minor / 100:.2f}"
    if charge.amount_minor < 0:
        return f"补偿 Compensation ¥{-charge.amount_minor / 100:.2f}"
    return ""
