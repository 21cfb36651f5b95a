"""Booking types: the booking, its history, charges, review errors, exports, connections."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import Enum
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
from dispatchhub.errors import merge_codes
from dispatchhub.graphql.common.geo import GeoPoint
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import Error, api_field, error_type_for
from dispatchhub.graphql.loaders import children_loader
from dispatchhub.graphql.node import global_id, register_node
from dispatchhub.graphql.payments.types import PaymentType, payment_rows
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


@strawberry.enum(description="Where a booking came from.")
class BookingChannel(Enum):
    WEB = "WEB"
    APP = "APP"
    PHONE = "PHONE"


@strawberry.enum(description="How soon the customer needs the service.")
class Urgency(Enum):
    NORMAL = "NORMAL"
    URGENT = "URGENT"
    EMERGENCY = "EMERGENCY"


@strawberry.enum(description="Where a booking is in its life.")
class BookingStatus(Enum):
    SUBMITTED = "SUBMITTED"
    NEEDS_CHANGES = "NEEDS_CHANGES"
    PENDING_REVIEW = "PENDING_REVIEW"
    CONFIRMED = "CONFIRMED"
    IN_SERVICE = "IN_SERVICE"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"


@strawberry.type(description="What the automatic review asks the customer to change.")
class ReviewProblem:
    field: str | None
    code: str
    message: str


@strawberry.type(description="One change in a booking's history.")
class BookingHistoryEntry:
    kind: str
    from_status: str | None
    to_status: str | None
    reason: str
    at: datetime
    data: JSON


@strawberry.type(description="A fee (positive) or compensation (negative), in fen.")
class ChargeInfo:
    amount_minor: int
    currency: str
    fault: str
    rule: JSON
    id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Name it in paymentRefund(chargeId:) to pay a compensation back; null "
        "for a change that cost nothing (nothing is recorded).",
    )
    status: str | None = strawberry.field(
        default=None,
        description="PENDING, SETTLED (paid, or paid back) or WAIVED; null when nothing is "
        "recorded.",
    )

    @classmethod
    def of(cls, row: dict[str, Any]) -> ChargeInfo:
        """The API view of a recorded charge (JSON decoded)."""
        return cls(
            id=global_id("Charge", row["id"]),
            amount_minor=row["amount_minor"], currency=row["currency"], fault=row["fault"],
            rule=row["rule"], status=row["status"],
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
class BookingNode(relay.Node):
    id: relay.NodeID[str]
    number: str
    status: BookingStatus
    channel: BookingChannel
    urgency: Urgency
    service_code: str = strawberry.field(description="The service type's code when booked.")
    service_name: str = strawberry.field(description="Its name, in the request's language.")
    service_type_id: strawberry.ID | None
    description: str
    scheduled_start: datetime
    scheduled_end: datetime | None
    address: str
    location: GeoPoint | None
    region: str | None
    special_requirements: list[str]
    form_data: JSON
    review_problems: list[ReviewProblem]
    price_minor: int | None
    currency: str
    confirmed_at: datetime | None
    customer_confirmed_at: datetime | None
    cancelled_at: datetime | None
    cancel_reason: str | None
    created_at: datetime
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
    async def resolve_nodes(  # type: ignore[override]
        cls,
        *,
        info: strawberry.Info[Context, None],
        node_ids: Iterable[str],
        required: bool = False,
    ) -> list[BookingNode | None]:
        """``node(id:)`` for bookings: someone else's booking is as absent as a missing one."""
        ids = list(node_ids)
        try:
            rows = await Booking.select().where(Booking.id.is_in(ids)).output(load_json=True)
        except ValueError:  # an id that is not a UUID names no booking
            rows = []
        context = info.context
        readable = {str(r["id"]): r for r in rows if await may_read_booking(context, r)}
        return [cls.from_row(readable[i], context.locale) if i in readable else None for i in ids]


@strawberry.type
class BookingEdge:
    node: BookingNode
    cursor: str


@strawberry.type(description="A page of bookings, newest first.")
class BookingConnection:
    edges: list[BookingEdge]
    page_info: relay.PageInfo
