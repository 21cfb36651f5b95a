"""Creating bookings: refuse what cannot be a booking, review the rest, store it with its order.

Everything a booking causes — its order, the notifications, the history row — is written in
the same transaction as the booking; a retried request with the same idempotency key gets
the same booking back, never a second one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from piccolo.query.methods.select import Select

from dispatchhub import db
from dispatchhub.bookings.errors import BookingsErrorCode
from dispatchhub.bookings.intake import (
    BookingInput,
    Point,
    Review,
    check_against_type,
    check_input,
    review,
)
from dispatchhub.bookings.notices import notify_customer
from dispatchhub.bookings.numbers import new_number
from dispatchhub.bookings.statuses import BookingChannel, BookingStatus
from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.catalog.service import region_for_point, snapshot, validate_form
from dispatchhub.catalog.suggest import (
    CORRECTION_EVENT,
    learn_from_booking,
    suggest_service_types,
)
from dispatchhub.catalog.tables import ServiceItem, ServiceType
from dispatchhub.config import Settings
from dispatchhub.domain_events import ask, publish
from dispatchhub.errors import DomainError, FieldError, ValidationFailed
from dispatchhub.outbox.service import enqueue
from dispatchhub.outbox.service import now as utcnow
from dispatchhub.users.tables import User

__all__ = [
    "AUTO_PICK_CONFIDENCE",
    "BookingResult",
    "Prepared",
    "after_review",
    "review_problem",
    "create_booking",
    "edit_booking",
    "prepare",
    "search_text",
]

# A description this clearly about one service type books it without asking the customer.
AUTO_PICK_CONFIDENCE = 0.6


@dataclass(frozen=True, slots=True)
class BookingResult:
    """A stored booking: its id and status, what the review asks to change, whether replayed."""

    booking_id: UUID
    status: str
    review_errors: list[FieldError]
    replayed: bool = False
    # the row as stored (JSON decoded, times in UTC), when this call stored it: the answer
    # needs no second read of what was just written
    row: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A booking's input after every check: what to store and the review's verdict."""

    data: BookingInput
    service_type: dict[str, Any]
    item: dict[str, Any] | None
    snapshot: dict[str, Any]
    region: str | None
    verdict: Review
    suggested: float | None  # the confidence, when the service type was suggested


async def prepare(settings: Settings, data: BookingInput, now: datetime) -> Prepared:
    """Refuse what cannot be a booking, pick a suggested type if none was chosen, review.

    Raises:
        ValidationFailed: the field errors; nothing may be stored.
    """
    suggested = None
    if data.service_type_id is None:
        data, suggested = await _suggested_type(data)
    errors = check_input(data, now)
    service_type, item = await _service(data, errors)
    if service_type is None or errors:
        raise ValidationFailed(errors)
    booked = snapshot(service_type, item)
    errors += check_against_type(data, booked)
    form = validate_form(booked, data.form_data)
    missing = [e for e in form if e.code is CatalogErrorCode.FORM_FIELD_REQUIRED]
    errors += [e for e in form if e.code is not CatalogErrorCode.FORM_FIELD_REQUIRED]
    if errors:
        raise ValidationFailed(errors)
    region = None
    if data.location is not None:
        found = await region_for_point(data.location.lat, data.location.lon)
        region = found.code if found is not None else None
    verdict = review(data, booked, region=region, form_missing=missing, zone=settings.zone)
    return Prepared(data, service_type, item, booked, region, verdict, suggested)


async def _suggested_type(data: BookingInput) -> tuple[BookingInput, float]:
    """The confidently suggested type, or a refusal listing the suggestions."""
    suggestions = await suggest_service_types(data.description, limit=3)
    if suggestions and suggestions[0].confidence >= AUTO_PICK_CONFIDENCE:
        best = suggestions[0]
        return replace(data, service_type_id=UUID(str(best.service_type["id"]))), best.confidence
    names = "、".join(
        f"{s.service_type['name_zh']} {s.service_type['name_en']} ({s.confidence:.0%})"
        for s in suggestions
    )
    raise DomainError(
        BookingsErrorCode.CHOOSE_SERVICE_TYPE, "service_type_id", suggestions=names or "—"
    )


def _values(prepared: Prepared) -> dict[Any, Any]:
    """The booking columns that follow from the (re)checked input."""
    data, verdict = prepared.data, prepared.verdict
    return {
        Booking.channel: data.channel,
        Booking.service_type: prepared.service_type["id"],
        Booking.service_item: prepared.item["id"] if prepared.item else None,
        Booking.service_snapshot: prepared.snapshot,
        Booking.description: data.description,
        Booking.scheduled_start: data.scheduled_start,
        Booking.scheduled_end: data.scheduled_end,
        Booking.address: data.address,
        Booking.lat: data.location.lat if data.location else None,
        Booking.lon: data.location.lon if data.location else None,
        Booking.region: prepared.region,
        Booking.urgency: data.urgency,
        Booking.special_requirements: data.special_requirements,
        Booking.form_data: data.form_data,
        Booking.status: verdict.status,
        Booking.review_errors: [review_problem(e) for e in verdict.errors],
        Booking.price_minor: (prepared.item or prepared.service_type)["price_minor"],
    }


async def create_booking(
    settings: Settings,
    data: BookingInput,
    *,
    actor_id: UUID,
    may_book_for_others: bool,
    now: datetime | None = None,
) -> BookingResult:
    """Check, review and store a booking.

    Args:
        settings: for the business time zone.
        data: the booking as entered.
        actor_id: who submits it: the customer, or an agent booking for one.
        may_book_for_others: the policy lets the actor book for another customer (agents).
        now: the current time (tests pin it).

    Raises:
        ValidationFailed: the input cannot be a booking; nothing was stored.
    """
    current = now or utcnow()
    customer_id = await _customer(data, actor_id, may_book_for_others)
    revisited = await _follow_up(data.follow_up_of, customer_id)
    key = f"{customer_id}:{data.idempotency_key}" if data.idempotency_key else None
    if key is not None and (existing := await _by_key(key)) is not None:
        return existing
    prepared = await prepare(settings, data, current)
    verdict = prepared.verdict
    row = Booking(
        number=new_number("B", current, settings.zone),
        customer=customer_id,
        entered_by=actor_id if actor_id != customer_id else None,
        idempotency_key=key,
        confirmed_at=current if verdict.status == BookingStatus.CONFIRMED else None,
        follow_up_of=data.follow_up_of,
        **{column._meta.name: value for column, value in _values(prepared).items()},
    )
    try:
        async with db.write():
            await _store(settings, row, prepared, actor_id)
            if revisited is not None:  # the job being revisited was not fixed first time
                # dispatch (above) registers this task: the staff member's statistics
                await enqueue("dispatch.refresh_staff_stats", {"staff_id": str(revisited)})
    except Exception as exc:
        # Two requests with one key raced; the other one's booking is the answer.
        if key is not None and db.is_unique_violation(exc) and (existing := await _by_key(key)):
            return existing
        raise
    stored = {
        k: v.astimezone(UTC) if isinstance(v, datetime) else v for k, v in row.to_dict().items()
    }
    return BookingResult(UUID(str(row.id)), verdict.status, verdict.errors, row=stored)


async def _store(settings: Settings, row: Booking, prepared: Prepared, actor_id: UUID) -> None:
    verdict = prepared.verdict
    # read once: for the search text here and for the notices after the review
    customer = await (
        User.select(User.id, User.name, User.phone, User.locale)
        .where(User.id == row.customer)
        .first()
    )
    row.search_text = search_text(row.number, row.description, row.address, customer or {})
    await row.save()
    await BookingEvent.insert(
        BookingEvent(
            booking=row.id,
            kind="CREATED",
            from_status=None,
            to_status=BookingStatus.SUBMITTED,
            actor=actor_id,
        ),
        BookingEvent(
            booking=row.id,
            kind="REVIEWED",
            from_status=BookingStatus.SUBMITTED,
            to_status=verdict.status,
            reason="automatic review",
            data={
                "errors": [review_problem(e) for e in verdict.errors],
                "suggested_confidence": prepared.suggested,
            },
        ),
    )
    await after_review(settings, row.to_dict(), verdict, actor_id=None, customer=customer)


async def after_review(
    settings: Settings,
    booking: dict[str, Any],
    verdict: Review,
    *,
    actor_id: UUID | None,
    customer: dict[str, Any] | None = None,
) -> None:
    """What a review's verdict causes, in the caller's transaction: the order and the notices.

    ``customer`` is the booking's customer (id, phone, locale) when the caller has read it.
    """
    if verdict.status == BookingStatus.CONFIRMED:
        await publish("booking.confirmed", booking=booking, actor_id=actor_id)
        await notify_customer(settings, booking, "booking_confirmed", customer=customer)
        description, service_type = booking["description"], booking["service_type"]
        db.on_commit(lambda: learn_from_booking(description, service_type, corrected=False))
    elif verdict.status == BookingStatus.NEEDS_CHANGES:
        problems = "; ".join(e.message("zh-CN") for e in verdict.errors)
        await notify_customer(
            settings, booking, "booking_needs_changes", customer=customer, problems=problems
        )


async def _follow_up(order_id: UUID | None, customer_id: UUID) -> UUID | None:
    """Check the order a repeat visit names: the customer's own and COMPLETED; its assignee."""
    if order_id is None:
        return None
    order = await ask("order.follow_up", order_id=order_id, customer_id=customer_id)
    if order is None:
        raise DomainError(BookingsErrorCode.FOLLOW_UP_UNKNOWN, "follow_up_of")
    if order["status"] != "COMPLETED":
        raise DomainError(BookingsErrorCode.FOLLOW_UP_NOT_COMPLETED, "follow_up_of",
                          status=order["status"])  # fmt: skip
    return UUID(str(order["assignee"])) if order["assignee"] else None


async def _customer(data: BookingInput, actor_id: UUID, may_book_for_others: bool) -> UUID:
    if not may_book_for_others:
        if data.customer_id is not None and data.customer_id != actor_id:
            raise DomainError(BookingsErrorCode.CUSTOMER_NOT_ALLOWED, "customer_id")
        if data.channel == BookingChannel.PHONE:
            raise DomainError(BookingsErrorCode.CHANNEL_NOT_ALLOWED, "channel")
        return actor_id
    if data.customer_id is None:
        if data.channel == BookingChannel.PHONE:
            raise DomainError(BookingsErrorCode.CUSTOMER_REQUIRED, "customer_id")
        return actor_id
    if not await User.exists().where(User.id == data.customer_id):
        raise DomainError(BookingsErrorCode.UNKNOWN_CUSTOMER, "customer_id")
    return data.customer_id


async def _service(
    data: BookingInput, errors: list[FieldError]
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    if data.service_type_id is None:
        return None, None
    query: Select[Any] = ServiceType.select().where(
        (ServiceType.id == data.service_type_id) & (ServiceType.active == True)  # noqa: E712
    )
    service_type = await query.output(load_json=True).first()
    if service_type is None:
        errors.append(FieldError(BookingsErrorCode.UNKNOWN_SERVICE_TYPE, "service_type_id"))
        return None, None
    item = None
    if data.service_item_id is not None:
        item = await (
            ServiceItem.select()
            .where(
                (ServiceItem.id == data.service_item_id)
                & (ServiceItem.service_type == data.service_type_id)
                & (ServiceItem.active == True)  # noqa: E712
            )
            .first()
        )
        if item is None:
            errors.append(FieldError(BookingsErrorCode.UNKNOWN_SERVICE_ITEM, "service_item_id"))
    return service_type, item


async def _by_key(key: str) -> BookingResult | None:
    row = await (
        Booking.select(Booking.id, Booking.status).where(Booking.idempotency_key == key).first()
    )
    if row is None:
        return None
    return BookingResult(UUID(str(row["id"])), row["status"], [], replayed=True)


def review_problem(error: FieldError) -> dict[str, Any]:
    """A review problem as ``Booking.review_errors`` keeps it: field, code, both messages."""
    return {
        "field": error.field,
        "code": error.code.name,
        "message_zh": error.message("zh-CN"),
        "message_en": error.message("en"),
    }


def search_text(number: str, description: str, address: str, customer: dict[str, Any]) -> str:
    """What full-text search looks in: lower-cased, so Chinese and English both match."""
    parts = [number, description, address, customer.get("name") or "", customer.get("phone") or ""]
    return " ".join(parts).lower()


async def search_text_for(number: str, description: str, address: str, customer_id: Any) -> str:
    """:func:`search_text` with the customer's name and phone read from their account."""
    customer = await User.select(User.name, User.phone).where(User.id == customer_id).first()
    return search_text(number, description, address, customer or {})


# Customers edit what the review sent back; agents may also edit confirmed bookings.
CUSTOMER_EDITABLE = (
    BookingStatus.SUBMITTED,
    BookingStatus.NEEDS_CHANGES,
    BookingStatus.PENDING_REVIEW,
)
AGENT_EDITABLE = (*CUSTOMER_EDITABLE, BookingStatus.CONFIRMED)
EDITABLE_FIELDS = frozenset(
    {
        "description", "scheduled_start", "scheduled_end", "address", "location", "urgency",
        "service_type_id", "service_item_id", "special_requirements", "form_data",
    }
)  # fmt: skip


async def edit_booking(
    settings: Settings,
    booking_id: UUID,
    changes: dict[str, Any],
    *,
    actor_id: UUID,
    as_agent: bool,
    now: datetime | None = None,
) -> BookingResult:
    """Change a booking and review it again (the fix a NEEDS_CHANGES booking waits for).

    A confirmed booking stays confirmed or the change is refused with the review's problems;
    its order follows the new time, place and type. When an agent changes the service type,
    the correction is recorded and teaches the suggester.

    Raises:
        DomainError: not found or not editable in its state; ValidationFailed: refused input.
    """
    from dispatchhub.bookings.lifecycle import load_booking

    current = now or utcnow()
    row = await load_booking(booking_id)
    allowed = AGENT_EDITABLE if as_agent else CUSTOMER_EDITABLE
    if row["status"] not in allowed:
        raise DomainError(
            BookingsErrorCode.INVALID_TRANSITION, "id", status=row["status"], action="edited"
        )
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    data = replace(_as_input(row), **changes)
    prepared = await prepare(settings, data, current)
    if as_agent and prepared.verdict.status == BookingStatus.PENDING_REVIEW:
        # The agent editing it is the manual review the service type asks for.
        prepared = replace(prepared, verdict=Review(BookingStatus.CONFIRMED, []))
    verdict = prepared.verdict
    if row["status"] == BookingStatus.CONFIRMED and verdict.status != BookingStatus.CONFIRMED:
        raise ValidationFailed(verdict.errors or [FieldError(BookingsErrorCode.REQUIRED, "id")])
    corrected = as_agent and str(prepared.service_type["id"]) != str(row["service_type"])
    values = _values(prepared)
    values[Booking.search_text] = await search_text_for(
        row["number"], data.description, data.address, row["customer"]
    )
    async with db.write():
        updated = await (
            Booking.update({**values, Booking.updated_at: current})
            .where((Booking.id == booking_id) & (Booking.status == row["status"]))
            .returning(Booking.id)
        )
        if not updated:
            raise DomainError(
                BookingsErrorCode.INVALID_TRANSITION, "id", status="changed", action="edited"
            )
        await BookingEvent.insert(
            BookingEvent(
                booking=booking_id,
                kind=CORRECTION_EVENT if corrected else "EDITED",
                from_status=row["status"],
                to_status=verdict.status,
                actor=actor_id,
                data={
                    "changed": sorted(changes),
                    "errors": [review_problem(e) for e in verdict.errors],
                },
            )
        )
        fresh = {**row, **{column._meta.name: value for column, value in values.items()}}
        if row["status"] == BookingStatus.CONFIRMED:
            await publish("booking.changed", booking=fresh)
        else:
            if verdict.status == BookingStatus.CONFIRMED:
                await Booking.update({Booking.confirmed_at: current}).where(
                    Booking.id == booking_id
                )
            await after_review(settings, fresh, verdict, actor_id=actor_id)
        if corrected:
            description, service_type = fresh["description"], fresh["service_type"]
            db.on_commit(lambda: learn_from_booking(description, service_type, corrected=True))
    return BookingResult(booking_id, verdict.status, verdict.errors)


def _as_input(row: dict[str, Any]) -> BookingInput:
    location = Point(row["lat"], row["lon"]) if row["lat"] is not None else None
    return BookingInput(
        description=row["description"],
        scheduled_start=row["scheduled_start"],
        scheduled_end=row["scheduled_end"],
        address=row["address"],
        channel=row["channel"],
        urgency=row["urgency"],
        service_type_id=row["service_type"],
        service_item_id=row["service_item"],
        location=location,
        special_requirements=list(row["special_requirements"] or []),
        form_data=dict(row["form_data"] or {}),
    )
