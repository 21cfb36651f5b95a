"""Booking types: the booking, its history, charges, review errors, exports, connections."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast
from uuid import UUID

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from dispatchhub.authz.enforcer import Actor
from dispatchhub.authz.ownership import may, register_relation
from dispatchhub.bookings.errors import BookingsErrorCode
from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.catalog.policy import ChargeRuleKind
from dispatchhub.errors import merge_codes
from dispatchhub.graphql.common.enums import (
    BookingChannel,
    BookingStatus,
    ChargeStatus,
    Fault,
    Urgency,
    api_enum,
)
from dispatchhub.graphql.common.geo import GeoPoint
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import Error, api_field, error_type_for
from dispatchhub.graphql.loaders import children_loader
from dispatchhub.graphql.node import ReadableNode, global_id, register_node
from dispatchhub.graphql.orders.types import OrderNode
from dispatchhub.graphql.payments.types import PaymentType, payment_rows
from dispatchhub.orders.tables import Order
from dispatchhub.payments.tables import CancellationCharge

__all__ = [
    "BookingChannel",
    "BookingConnection",
    "BookingNode",
    "BookingStatus",
    "BookingsError",
    "Urgency",
    "may_read_booking",
]

BookingsErrorCodeEnum = strawberry.enum(
    merge_codes("BookingsErrorCode", BookingsErrorCode, CatalogErrorCode),
    name="BookingsErrorCode",
    description="Why a booking operation was refused, or what its review asks to change.",
)


@strawberry.type
class BookingsError(Error):
    code: BookingsErrorCodeEnum  # type: ignore[valid-type]


error_type_for(BookingsError, BookingsErrorCodeEnum)


@strawberry.type(description="What the automatic review asks the customer to change.")
class ReviewProblem:
    field: str | None = strawberry.field(
        description="The input field to fix (camelCase, e.g. `location`); null when it concerns "
        "the whole booking."
    )
    code: str = strawberry.field(
        description="The BookingsErrorCode name of the problem (e.g. DESCRIPTION_TOO_SHORT)."
    )
    message: str = strawberry.field(
        description="The problem for people, in the request's language."
    )


@strawberry.type(description="One change in a booking's history.")
class BookingHistoryEntry:
    kind: str = strawberry.field(
        description="What happened, e.g. CREATED, REVIEWED, EDITED, APPROVED, RESCHEDULED, "
        "CANCELLED."
    )
    from_status: str | None = strawberry.field(
        description="The booking's status before; null for its creation."
    )
    to_status: str | None = strawberry.field(description="The booking's status after.")
    reason: str = strawberry.field(
        description="Why, in words (the actor's reason or note, or the review's verdict)."
    )
    at: datetime = strawberry.field(description="When it happened.")
    data: JSON = strawberry.field(
        description="Details by kind (JSON object), e.g. the review's problems or a reschedule's "
        "old and new times."
    )


api_enum(
    ChargeRuleKind,
    name="ChargeRuleKind",
    description="Which part of the cancellation policy decided a charge.",
    values={
        "RULE": "A rule by notice: `hoursBeforeGte` with `feeMinor` or `feePercent`.",
        "STAFF_EN_ROUTE": "The least fee once the staff member was on the way "
        "(`staffEnRouteFeeMinor`).",
        "FAULT_COMPENSATION": "Staff or the platform were at fault: compensation "
        "(`staffFaultCompensationMinor`).",
        "NO_POLICY": "No rule applied: nothing to pay.",
        "LATE_ARRIVAL": "The staff member arrived after the promised arrival deadline, or "
        "could no longer make it: the staff-fault compensation (`staffFaultCompensationMinor`).",
    },
)


@strawberry.type(
    description="The part of the booking's cancellation policy that decided a charge, as it "
    "was when the charge was made (later policy edits do not change it)."
)
class ChargeRule:
    kind: ChargeRuleKind = strawberry.field(description="Which part of the policy applied.")
    hours_before: float | None = strawberry.field(
        description="Hours of notice left before the appointment when the change was asked "
        "for (0 once it had started)."
    )
    hours_before_gte: float | None = strawberry.field(
        default=None,
        description="RULE: the rule applies from this many hours of notice on (the highest "
        "threshold the notice reached).",
    )
    fee_minor: int | None = strawberry.field(
        default=None, description="RULE: the rule's fixed fee, in fen."
    )
    fee_percent: int | None = strawberry.field(
        default=None,
        description="RULE: the rule's fee as a percentage of the booking's price (rounded "
        "down to the fen).",
    )
    staff_en_route_fee_minor: int | None = strawberry.field(
        default=None,
        description="STAFF_EN_ROUTE: the least fee once the staff member is on the way, in fen.",
    )
    staff_fault_compensation_minor: int | None = strawberry.field(
        default=None,
        description="FAULT_COMPENSATION: what the policy pays the customer, in fen.",
    )

    @classmethod
    def of(cls, rule: dict[str, Any]) -> ChargeRule:
        """The API view of a charge's stored rule (snake_case JSON)."""
        return cls(
            kind=ChargeRuleKind(rule.get("kind", ChargeRuleKind.NO_POLICY)),
            hours_before=rule.get("hours_before"),
            hours_before_gte=rule.get("hours_before_gte"),
            fee_minor=rule.get("fee_minor"),
            fee_percent=rule.get("fee_percent"),
            staff_en_route_fee_minor=rule.get("staff_en_route_fee_minor"),
            staff_fault_compensation_minor=rule.get("staff_fault_compensation_minor"),
        )


@strawberry.type(description="A fee (positive) or compensation (negative), in fen.")
class ChargeInfo:
    amount_minor: int = strawberry.field(
        description="The amount in fen: positive, a fee the customer owes; negative, "
        "compensation owed to the customer."
    )
    currency: str = strawberry.field(description="ISO 4217 code of the amount (CNY).")
    fault: Fault = strawberry.field(description="Whose doing the change was.")
    rule: ChargeRule = strawberry.field(description="The part of the policy that decided it.")
    id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Name it in paymentRefund(chargeId:) to pay a compensation back; null "
        "for a change that cost nothing (nothing is recorded).",
    )
    status: ChargeStatus | None = strawberry.field(
        default=None,
        description="Where the charge is; null for a change that cost nothing (nothing is "
        "recorded).",
    )

    @classmethod
    def of(cls, row: dict[str, Any]) -> ChargeInfo:
        """The API view of a recorded charge (JSON decoded)."""
        return cls(
            id=global_id("Charge", row["id"]),
            amount_minor=row["amount_minor"], currency=row["currency"],
            fault=Fault(row["fault"]), rule=ChargeRule.of(row["rule"] or {}),
            status=ChargeStatus(row["status"]),
        )  # fmt: skip


async def _booking_events(booking_ids: list[UUID]) -> list[dict[str, Any]]:
    return list(
        await BookingEvent.select()
        .where(BookingEvent.booking.is_in(booking_ids))
        .order_by(BookingEvent.at)
        .output(load_json=True)
    )


async def _booking_charges(booking_ids: list[UUID]) -> list[dict[str, Any]]:
    return list(
        await CancellationCharge.select()
        .where(CancellationCharge.booking.is_in(booking_ids))
        .order_by(CancellationCharge.created_at)
        .output(load_json=True)
    )


def _is_customer(actor: Actor, row: dict[str, Any]) -> bool:
    return actor.user_id is not None and str(row["customer"]) == actor.user_id


# ``p, customer, Booking, read:customer``: the booking's own customer.
register_relation("Booking", "customer", _is_customer)


async def may_read_booking(context: Context, row: dict[str, Any]) -> bool:
    """Its customer, or a role the policy lets read every booking (agents)."""
    return await may(context.enforcer, context.actor, "Booking", "read", row)


@register_node
@strawberry.type(name="Booking", description="A customer's request for service.")
class BookingNode(ReadableNode):
    id: relay.NodeID[str]
    number: str = strawberry.field(
        description="Human-readable number: B, the local date it was made, six hex digits "
        "(`B20261208-7F3A9C`)."
    )
    status: BookingStatus = strawberry.field(description="Where the booking is in its life.")
    channel: BookingChannel = strawberry.field(description="Where it came in.")
    urgency: Urgency = strawberry.field(description="How soon the customer needs the service.")
    service_code: str = strawberry.field(description="The service type's code when booked.")
    service_name: str = strawberry.field(description="Its name, in the request's language.")
    service_type_id: strawberry.ID | None = strawberry.field(
        description="The service type's id (catalog ids are plain ids); null when the type was "
        "removed."
    )
    description: str = strawberry.field(description="The problem in the customer's words.")
    scheduled_start: datetime = strawberry.field(description="When the appointment starts.")
    scheduled_end: datetime | None = strawberry.field(
        description="When it ends; null when none was given."
    )
    address: str = strawberry.field(description="The service address as written.")
    location: GeoPoint | None = strawberry.field(
        description="The address's point (WGS-84); null when none was given."
    )
    region: str | None = strawberry.field(
        description="The code of the region containing the point; null when none does."
    )
    special_requirements: list[str] = strawberry.field(
        description="Codes of the special requirements asked for."
    )
    form_data: JSON = strawberry.field(
        description="The service type's form as the customer filled it in (JSON object)."
    )
    review_problems: list[ReviewProblem] = strawberry.field(
        description="What the automatic review asks the customer to change (NEEDS_CHANGES); empty "
        "otherwise."
    )
    price_minor: int | None = strawberry.field(
        description="The quoted price in fen (from the service item or type); null when none."
    )
    currency: str = strawberry.field(description="ISO 4217 code of the prices (CNY).")
    confirmed_at: datetime | None = strawberry.field(
        description="When it was confirmed (and its order opened); null before."
    )
    customer_confirmed_at: datetime | None = strawberry.field(
        description="When the customer acknowledged the confirmation (`bookingConfirm`); null "
        "before."
    )
    cancelled_at: datetime | None = strawberry.field(
        description="When it was cancelled; null otherwise."
    )
    cancel_reason: str | None = strawberry.field(
        description="Why it was cancelled; null otherwise."
    )
    created_at: datetime = strawberry.field(description="When it was submitted.")
    customer_id: strawberry.ID = strawberry.field(description="The customer's User global ID.")

    @strawberry.field(description="Every change, oldest first.")
    async def history(self, info: strawberry.Info[Context, None]) -> list[BookingHistoryEntry]:
        rows = await children_loader(
            info.context, "booking.history", _booking_events, "booking"
        ).load(self.id)
        return [
            BookingHistoryEntry(kind=r["kind"], from_status=r["from_status"],
                                to_status=r["to_status"], reason=r["reason"], at=r["at"],
                                data=r["data"])
            for r in rows
        ]  # fmt: skip

    @strawberry.field(description="Cancellation and reschedule fees or compensation.")
    async def charges(self, info: strawberry.Info[Context, None]) -> list[ChargeInfo]:
        rows = await children_loader(
            info.context, "booking.charges", _booking_charges, "booking"
        ).load(self.id)
        return [ChargeInfo.of(r) for r in rows]

    @strawberry.field(
        description="The order the booking became when it was confirmed; null before that "
        "(and for a booking cancelled before it was confirmed). Null too when the policy does "
        "not let the caller read the order."
    )
    async def order(self, info: strawberry.Info[Context, None]) -> OrderNode | None:
        row = await Order.select(Order.id).where(Order.booking == self.id).first()
        if row is None:
            return None
        return (await OrderNode.load(info.context, [row["id"]])).get(str(row["id"]))

    @strawberry.field(description="Payments for this booking, oldest first, with refunds.")
    async def payments(self, info: strawberry.Info[Context, None]) -> list[PaymentType]:
        loader = children_loader(info.context, "booking.payments", payment_rows, "booking")
        return [PaymentType.of(row) for row in await loader.load(self.id)]

    @classmethod
    def from_row(cls, row: dict[str, Any], locale: str) -> BookingNode:
        """The GraphQL view of a booking row (JSON columns decoded)."""
        snapshot = row["service_snapshot"] or {}
        zh = locale.lower().startswith("zh")
        problems = [
            ReviewProblem(
                field=api_field(p.get("field")),
                code=p["code"],
                message=p.get("message_zh" if zh else "message_en", ""),
            )
            for p in row["review_errors"] or []
        ]
        return cls(
            id=str(row["id"]),
            number=row["number"],
            status=BookingStatus(row["status"]),
            channel=BookingChannel(row["channel"]),
            urgency=Urgency(row["urgency"]),
            service_code=snapshot.get("code", ""),
            service_name=snapshot.get("name_zh" if zh else "name_en", ""),
            service_type_id=strawberry.ID(str(row["service_type"]))
            if row["service_type"]
            else None,
            description=row["description"],
            scheduled_start=row["scheduled_start"],
            scheduled_end=row["scheduled_end"],
            address=row["address"],
            location=GeoPoint(lat=row["lat"], lon=row["lon"]) if row["lat"] is not None else None,
            region=row["region"],
            special_requirements=list(row["special_requirements"] or []),
            form_data=cast(JSON, row["form_data"] or {}),
            review_problems=problems,
            price_minor=row["price_minor"],
            currency=snapshot.get("currency", "CNY"),
            confirmed_at=row["confirmed_at"],
            customer_confirmed_at=row["customer_confirmed_at"],
            cancelled_at=row["cancelled_at"],
            cancel_reason=row["cancel_reason"],
            created_at=row["created_at"],
            customer_id=global_id("User", row["customer"]),
        )

    @classmethod
    async def load_readable(cls, context: Context, ids: list[str]) -> dict[str, BookingNode]:
        """Someone else's booking is as absent as a missing one."""
        try:
            rows = await Booking.select().where(Booking.id.is_in(ids)).output(load_json=True)
        except ValueError:  # an id that is not a UUID names no booking
            rows = []
        return {
            str(r["id"]): cls.from_row(r, context.locale)
            for r in rows
            if await may_read_booking(context, r)
        }


@strawberry.type
class BookingEdge:
    node: BookingNode
    cursor: str


@strawberry.type(description="A page of bookings, newest first.")
class BookingConnection:
    edges: list[BookingEdge]
    page_info: relay.PageInfo
