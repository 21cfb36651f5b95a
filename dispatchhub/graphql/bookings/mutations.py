"""Booking mutations: create, acknowledge, approve, reschedule, cancel, export."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from enum import Enum
from typing import Any
from uuid import UUID

import strawberry
from strawberry.scalars import JSON

from dispatchhub.authz.enforcer import is_allowed
from dispatchhub.authz.ownership import may
from dispatchhub.bookings import export, lifecycle
from dispatchhub.bookings.errors import BookingsErrorCode
from dispatchhub.bookings.intake import BookingInput, Point
from dispatchhub.bookings.lifecycle import ChargeResult
from dispatchhub.bookings.service import create_booking, edit_booking
from dispatchhub.errors import DomainError
from dispatchhub.graphql.bookings.queries import BookingFilterInput, ExportInfo, to_filter
from dispatchhub.graphql.bookings.types import (
    BookingChannel,
    BookingNode,
    BookingsError,
    ChargeInfo,
    ChargeRule,
    Urgency,
)
from dispatchhub.graphql.common.enums import Fault
from dispatchhub.graphql.common.geo import GeoPointInput
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import field_errors
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.refusals import refusals
from dispatchhub.payments.tables import CancellationCharge

__all__ = ["BookingsMutation"]


@strawberry.enum(description="The file format of an export.")
class ExportFormat(Enum):
    CSV = strawberry.enum_value("CSV", description="Comma-separated, UTF-8 with a BOM.")
    XLSX = strawberry.enum_value("XLSX", description="An Excel workbook.")


@strawberry.input
class BookingCreateInput:
    description: str = strawberry.field(
        description="The problem in the customer's words, Chinese or English (at most 2,000 "
        "characters; too thin or unreadable text sends the booking to NEEDS_CHANGES)."
    )
    scheduled_start: datetime = strawberry.field(
        description="When the appointment should start: with a time zone, in the future, at most "
        "90 days ahead; outside the type's service hours it NEEDS_CHANGES."
    )
    address: str = strawberry.field(
        description="The service address as written (at most 300 characters)."
    )
    channel: BookingChannel = strawberry.field(
        default=BookingChannel.WEB,
        description="Where the booking comes in; PHONE is for agents booking for a customer.",
    )
    urgency: Urgency = strawberry.field(
        default=Urgency.NORMAL,
        description="How soon; one of the urgencies the service type offers.",
    )
    service_type_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="The service type (its id). Without it the type is suggested from the "
        "description: picked when the suggestion is confident, otherwise "
        "CHOOSE_SERVICE_TYPE lists suggestions.",
    )
    service_item_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="A priced item of that service type (its id); it sets the quoted price.",
    )
    scheduled_end: datetime | None = strawberry.field(
        default=None,
        description="When the appointment should end (after the start, a window of at most 12 "
        "hours); null: no end given.",
    )
    location: GeoPointInput | None = strawberry.field(
        default=None,
        description="The address's point (WGS-84); without one the booking NEEDS_CHANGES.",
    )
    special_requirements: list[str] | None = strawberry.field(
        default=None, description="Codes of special requirements the service type offers."
    )
    form_data: JSON | None = strawberry.field(
        default=None,
        description="The service type's form filled in (a JSON object checked against its "
        "`formSchema`).",
    )
    customer_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Agents booking for a customer (e.g. by phone): the User's global id "
        "(from users) or its row id.",
    )
    idempotency_key: str | None = strawberry.field(
        default=None, description="Retrying with the same key returns the same booking."
    )
    follow_up_of: strawberry.ID | None = strawberry.field(
        default=None,
        description="A repeat visit: the customer's completed order this booking comes back "
        "to (it then does not count as fixed the first time).",
    )


@strawberry.type
class BookingPayload:
    booking: BookingNode | None = strawberry.field(
        description="The booking; null when the input was refused (nothing stored)."
    )
    errors: list[BookingsError]


@strawberry.input(description="Only the fields given change; the booking is reviewed again.")
class BookingUpdateInput:
    id: strawberry.ID = strawberry.field(description="The booking: its global ID or row id.")
    description: str | None = strawberry.field(
        default=strawberry.UNSET, description="A new description (null is refused: it is required)."
    )
    scheduled_start: datetime | None = strawberry.field(
        default=strawberry.UNSET, description="A new start (null is refused: it is required)."
    )
    scheduled_end: datetime | None = strawberry.field(
        default=strawberry.UNSET, description="A new end; null removes it."
    )
    address: str | None = strawberry.field(
        default=strawberry.UNSET, description="A new address (null is refused: it is required)."
    )
    location: GeoPointInput | None = strawberry.field(
        default=strawberry.UNSET, description="A new point; null removes it."
    )
    urgency: Urgency | None = strawberry.field(
        default=strawberry.UNSET, description="A new urgency."
    )
    service_type_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="Another service type (its id)."
    )
    service_item_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="Another item (its id)."
    )
    special_requirements: list[str] | None = strawberry.field(
        default=strawberry.UNSET,
        description="The new list of special requirement codes; null empties it.",
    )
    form_data: JSON | None = strawberry.field(
        default=strawberry.UNSET, description="The form filled in anew (replaces the old answers)."
    )


def _changes(input: BookingUpdateInput) -> dict[str, Any]:
    """The fields the client sent, converted to service values."""
    changes: dict[str, Any] = {}
    for name in ("description", "scheduled_start", "scheduled_end", "address"):
        value = getattr(input, name)
        if value is not strawberry.UNSET:
            changes[name] = value
    if input.location is not strawberry.UNSET:
        changes["location"] = (
            Point(input.location.lat, input.location.lon) if input.location else None
        )
    if input.urgency is not strawberry.UNSET and input.urgency is not None:
        changes["urgency"] = input.urgency.value
    for name, type_name in (("service_type_id", "ServiceType"), ("service_item_id", "ServiceItem")):
        value = getattr(input, name)
        if value is not strawberry.UNSET:
            changes[name] = _uuid(value, name, type_name)
    if input.special_requirements is not strawberry.UNSET:
        changes["special_requirements"] = list(input.special_requirements or [])
    if input.form_data is not strawberry.UNSET:
        changes["form_data"] = _form(input.form_data)
    for required in ("description", "scheduled_start", "address"):
        if changes.get(required, "") is None:
            raise DomainError(BookingsErrorCode.REQUIRED, required)
    return changes


@strawberry.input
class BookingIdInput:
    id: strawberry.ID = strawberry.field(description="The booking: its global ID or row id.")


@strawberry.input
class BookingApproveInput:
    id: strawberry.ID = strawberry.field(description="The booking: its global ID or row id.")
    note: str = strawberry.field(default="", description="Kept in the booking's history.")


@strawberry.input
class BookingReturnInput:
    id: strawberry.ID = strawberry.field(description="The booking: its global ID or row id.")
    reason: str = strawberry.field(
        description="What the customer must change (1–500 characters); they see it as the "
        "booking's review problem."
    )


@strawberry.input
class BookingRescheduleInput:
    id: strawberry.ID = strawberry.field(description="The booking: its global ID or row id.")
    scheduled_start: datetime = strawberry.field(description="The new start (with a time zone).")
    scheduled_end: datetime | None = strawberry.field(
        default=None, description="The new end; null: none."
    )
    fault: Fault = strawberry.field(
        default=Fault.CUSTOMER,
        description="Whose doing the change is; only agents may say STAFF or PLATFORM.",
    )


@strawberry.input
class BookingCancelInput:
    id: strawberry.ID = strawberry.field(description="The booking: its global ID or row id.")
    reason: str = strawberry.field(
        description="Why (1 to 500 characters; kept in the booking's and the order's history)."
    )
    fault: Fault = strawberry.field(
        default=Fault.CUSTOMER,
        description="Whose doing it is; only agents may say STAFF or PLATFORM.",
    )


@strawberry.type(description="The booking after the change, and what the change costs.")
class BookingChangePayload:
    booking: BookingNode | None = strawberry.field(
        description="The booking after the change; null when refused."
    )
    charge: ChargeInfo | None = strawberry.field(
        description="The fee or compensation the change costs under the booking's cancellation "
        "policy; null when refused or when no charge applies."
    )
    errors: list[BookingsError]


@strawberry.input
class BookingsExportInput:
    filter: BookingFilterInput | None = strawberry.field(
        default=None,
        description="Which bookings (as for `bookings`); customers always get only their own.",
    )
    format: ExportFormat = strawberry.field(
        default=ExportFormat.XLSX, description="The file format."
    )


@strawberry.type
class BookingsExportPayload:
    export: ExportInfo | None = strawberry.field(
        description="The export job just started; poll `bookingExport(id)`. Null when refused."
    )
    errors: list[BookingsError]


# What an id that names no such object is called, by the input field that carries it.
_UNKNOWN = {
    "service_type_id": BookingsErrorCode.UNKNOWN_SERVICE_TYPE,
    "service_item_id": BookingsErrorCode.UNKNOWN_SERVICE_ITEM,
}


def _uuid(value: str | None, field: str, type_name: str) -> UUID | None:
    if value is None:
        return None
    if (found := row_id(value, type_name)) is not None:
        return found
    raise DomainError(_UNKNOWN.get(field, BookingsErrorCode.NOT_FOUND), field)


def _customer_id(value: str | None) -> UUID | None:
    if value is None:
        return None
    found = row_id(value, "User")
    if found is None:
        raise DomainError(BookingsErrorCode.NOT_FOUND, "customer_id")
    return found


def _order_id(value: str | None) -> UUID | None:
    if value is None:
        return None
    if (found := row_id(value, "Order")) is not None:
        return found
    raise DomainError(BookingsErrorCode.FOLLOW_UP_UNKNOWN, "follow_up_of")


async def _node(context: Context, booking_id: UUID) -> BookingNode:
    row = await lifecycle.load_booking(booking_id)
    return BookingNode.from_row(row, context.locale)


async def _owned(context: Context, value: str) -> UUID:
    """The booking's id if the caller is its customer or an agent; NOT_FOUND otherwise."""
    booking_id = row_id(value, "Booking")
    if booking_id is None:
        raise DomainError(BookingsErrorCode.NOT_FOUND, "id")
    row = await lifecycle.load_booking(booking_id)
    if not await may(context.enforcer, context.actor, "Booking", "write", row):
        raise DomainError(BookingsErrorCode.NOT_FOUND, "id")
    return booking_id


def _fault(context: Context, fault: Fault) -> Fault:
    if fault is not Fault.CUSTOMER and not is_allowed(
        context.enforcer, context.actor, "Booking.fault", "write"
    ):
        raise DomainError(BookingsErrorCode.FAULT_NOT_ALLOWED, "fault")
    return fault


@refusals(BookingChangePayload, BookingsError)
async def _change(
    context: Context, run: Callable[[], Awaitable[ChargeResult]]
) -> BookingChangePayload:
    result = await run()
    charge = None
    if result.charge is not None and result.charge.amount_minor != 0:
        recorded = await (
            CancellationCharge.select()
            .where(CancellationCharge.booking == result.booking_id)
            .order_by(CancellationCharge.created_at, ascending=False)
            .output(load_json=True)
            .first()
        )  # the one this change just recorded
        charge = None if recorded is None else ChargeInfo.of(recorded)
    if result.charge is not None and charge is None:
        row = await lifecycle.load_booking(result.booking_id)
        charge = ChargeInfo(
            amount_minor=result.charge.amount_minor,
            currency=row["service_snapshot"].get("currency", "CNY"),
            fault=Fault(result.charge.rule.get("fault", Fault.CUSTOMER)),
            rule=ChargeRule.of(result.charge.rule),
        )
    node = await _node(context, result.booking_id)
    return BookingChangePayload(booking=node, charge=charge, errors=[])


@refusals(BookingPayload, BookingsError)
async def _payload(context: Context, run: Callable[[], Awaitable[UUID]]) -> BookingPayload:
    booking_id = await run()
    return BookingPayload(booking=await _node(context, booking_id), errors=[])


@strawberry.type
class BookingsMutation:
    @strawberry.mutation(
        description="Book a service. Input that cannot be a booking is refused with field "
        "errors and nothing is stored; a booking the review cannot confirm yet is stored as "
        "NEEDS_CHANGES and its problems are returned as errors too."
    )
    @refusals(BookingPayload, BookingsError)
    async def booking_create(
        self, info: strawberry.Info[Context, None], input: BookingCreateInput
    ) -> BookingPayload:
        context = info.context
        data = BookingInput(
            description=input.description,
            scheduled_start=input.scheduled_start,
            scheduled_end=input.scheduled_end,
            address=input.address,
            channel=input.channel.value,
            urgency=input.urgency.value,
            service_type_id=_uuid(input.service_type_id, "service_type_id", "ServiceType"),
            service_item_id=_uuid(input.service_item_id, "service_item_id", "ServiceItem"),
            location=Point(input.location.lat, input.location.lon) if input.location else None,
            special_requirements=list(input.special_requirements or []),
            form_data=_form(input.form_data),
            customer_id=_customer_id(input.customer_id),
            idempotency_key=input.idempotency_key,
            follow_up_of=_order_id(input.follow_up_of),
        )
        result = await create_booking(
            context.runtime.settings,
            data,
            actor_id=context.user_id,
            may_book_for_others=is_allowed(
                context.enforcer, context.actor, "Booking.forCustomer", "write"
            ),
        )
        stored = result.row  # None for a replayed key: read what the first request stored
        return BookingPayload(
            booking=BookingNode.from_row(stored, context.locale)
            if stored is not None
            else await _node(context, result.booking_id),
            errors=field_errors(result.review_errors, context.locale, BookingsError),
        )

    @strawberry.mutation(
        description="Change a booking (what the review asked for, or an agent's correction); "
        "it is reviewed again, and its problems come back as errors."
    )
    @refusals(BookingPayload, BookingsError)
    async def booking_update(
        self, info: strawberry.Info[Context, None], input: BookingUpdateInput
    ) -> BookingPayload:
        context = info.context
        result = await edit_booking(
            context.runtime.settings,
            await _owned(context, input.id),
            _changes(input),
            actor_id=context.user_id,
            as_agent=is_allowed(context.enforcer, context.actor, "Booking", "write"),
        )
        return BookingPayload(
            booking=await _node(context, result.booking_id),
            errors=field_errors(result.review_errors, context.locale, BookingsError),
        )

    @strawberry.mutation(description="The customer confirms the confirmation (time, address).")
    async def booking_confirm(
        self, info: strawberry.Info[Context, None], input: BookingIdInput
    ) -> BookingPayload:
        context = info.context

        async def run() -> UUID:
            booking_id = await _owned(context, input.id)
            await lifecycle.acknowledge(booking_id, actor_id=context.user_id)
            return booking_id

        return await _payload(context, run)

    @strawberry.mutation(description="An agent approves a booking waiting for manual review.")
    async def booking_approve(
        self, info: strawberry.Info[Context, None], input: BookingApproveInput
    ) -> BookingPayload:
        context = info.context

        async def run() -> UUID:
            booking_id = await _owned(context, input.id)
            await lifecycle.approve(
                context.runtime.settings, booking_id,
                actor_id=context.user_id, note=input.note,
            )  # fmt: skip
            return booking_id

        return await _payload(context, run)

    @strawberry.mutation(
        description="An agent sends a booking waiting for manual review back to the customer "
        "(NEEDS_CHANGES) with the reason, which the customer sees as its review problem."
    )
    async def booking_return(
        self, info: strawberry.Info[Context, None], input: BookingReturnInput
    ) -> BookingPayload:
        context = info.context

        async def run() -> UUID:
            booking_id = await _owned(context, input.id)
            await lifecycle.send_back(booking_id, actor_id=context.user_id, reason=input.reason)
            return booking_id

        return await _payload(context, run)

    @strawberry.mutation(description="Move a pending booking; returns the fee or compensation.")
    async def booking_reschedule(
        self, info: strawberry.Info[Context, None], input: BookingRescheduleInput
    ) -> BookingChangePayload:
        context = info.context

        async def run() -> ChargeResult:
            return await lifecycle.reschedule(
                context.runtime.settings, await _owned(context, input.id),
                start=input.scheduled_start, end=input.scheduled_end,
                actor_id=context.user_id, fault=_fault(context, input.fault),
            )  # fmt: skip

        return await _change(context, run)

    @strawberry.mutation(description="Cancel a pending booking; returns the fee or compensation.")
    async def booking_cancel(
        self, info: strawberry.Info[Context, None], input: BookingCancelInput
    ) -> BookingChangePayload:
        context = info.context

        async def run() -> ChargeResult:
            return await lifecycle.cancel(
                context.runtime.settings, await _owned(context, input.id),
                reason=input.reason, actor_id=context.user_id,
                fault=_fault(context, input.fault),
            )  # fmt: skip

        return await _change(context, run)

    @strawberry.mutation(
        description="Export the filtered list to CSV or XLSX; poll bookingExport(id) for the link."
    )
    @refusals(BookingsExportPayload, BookingsError)
    async def bookings_export(
        self, info: strawberry.Info[Context, None], input: BookingsExportInput
    ) -> BookingsExportPayload:
        context = info.context
        owner = context.user_id
        export_id = await export.request_export(
            owner, to_filter(context, input.filter), input.format.name
        )
        status = await export.export_status(context.runtime.settings, export_id, owner)
        return BookingsExportPayload(export=ExportInfo.of(status), errors=[])


def _form(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise DomainError(BookingsErrorCode.FORM_NOT_OBJECT, "form_data")
    return value
