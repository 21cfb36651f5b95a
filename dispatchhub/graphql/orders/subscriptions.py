"""Live order status and offers over GraphQL subscriptions (graphql-transport-ws).

The messages come from :mod:`dispatchhub.orders.live`, so a change made through any app
instance or by the worker reaches every subscriber. Who sees what is decided per message:
dispatchers see every order (``p, dispatcher, OrderLiveEvent, read``), customers the orders
of their bookings (``read:customer``), staff the orders assigned to them (``read:assignee``);
staff are told about offers made to them and orders they may grab.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Annotated, Any
from uuid import UUID

import strawberry
from strawberry import relay

from dispatchhub.authz.enforcer import Actor, is_allowed
from dispatchhub.authz.ownership import granted_relations, holds_any, register_relation
from dispatchhub.graphql.common.enums import OrderStatus, Urgency
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import NotFound
from dispatchhub.graphql.node import row_id
from dispatchhub.orders import live
from dispatchhub.orders.statuses import OrderChangeKind
from dispatchhub.orders.tables import Order

__all__ = ["OfferLiveEvent", "OrderLiveEvent", "OrdersSubscription"]

VISIBILITY = "OrderLiveEvent"


@dataclass(frozen=True, slots=True)
class OrderParties:
    """Who an order concerns, read when deciding whether a caller may see its events."""

    customer_id: str | None
    assignee_id: str | None


register_relation(VISIBILITY, "customer", lambda a, o: a.user_id == o.customer_id)
register_relation(VISIBILITY, "assignee", lambda a, o: a.user_id == o.assignee_id)


@strawberry.enum(description="Why an order event was sent.")
class OrderLiveEventKind(Enum):
    SNAPSHOT = strawberry.enum_value(
        "SNAPSHOT", description="The order's state when the subscription started."
    )
    CHANGED = strawberry.enum_value(
        "CHANGED", description="The order's status changed (`fromStatus` → `status`)."
    )
    HELP_JOINED = strawberry.enum_value(
        "HELP_JOINED",
        description="A colleague joined a help request on the order as a helper; the status stays.",
    )
    TAKEN_OVER = strawberry.enum_value(
        "TAKEN_OVER",
        description="A colleague or supervisor took the order over from the "
        "requester of a help request: a new assignee; the status stays.",
    )
    OFFER_REJECTED = strawberry.enum_value(
        "OFFER_REJECTED",
        description="An offered staff member turned the offer down "
        "(`reason`); the status stays while other offers are pending.",
    )
    REOFFERED = strawberry.enum_value(
        "REOFFERED",
        description="The periodic re-plan moved an unanswered offer to a "
        "better-placed staff member; the status stays.",
    )
    ARRIVAL_JEOPARDY = strawberry.enum_value(
        "ARRIVAL_JEOPARDY",
        description="The assignee's estimated arrival passed the promised arrival deadline "
        "(`reason` gives both times); the status stays.",
    )


@strawberry.type(description="A change of an order, live.")
class OrderLiveEvent:
    kind: OrderLiveEventKind = strawberry.field(description="Why the event was sent.")
    order_id: strawberry.ID = strawberry.field(description="The order's global ID.")
    status: OrderStatus | None = strawberry.field(description="The order's status after it.")
    from_status: OrderStatus | None = strawberry.field(
        description="The status before a CHANGED event; null otherwise."
    )
    reason: str | None = strawberry.field(
        description="Why, in words (as in the order's history); null for a snapshot."
    )
    at: datetime | None = strawberry.field(description="When it happened (UTC).")


@strawberry.enum(description="What a staff member is told about.")
class OfferLiveEventKind(Enum):
    OFFERED = strawberry.enum_value("OFFERED", description="The order is offered to you.")
    GRABBABLE = strawberry.enum_value("GRABBABLE", description="The order may be grabbed.")


@strawberry.type(description="An order offered to the signed-in staff member, or up for grabs.")
class OfferLiveEvent:
    kind: OfferLiveEventKind = strawberry.field(description="What you are told about.")
    order_id: strawberry.ID = strawberry.field(description="The order's global ID.")
    offer_id: strawberry.ID | None = strawberry.field(description="The offer, when OFFERED.")
    deadline: datetime | None = strawberry.field(description="Answer before this (UTC).")
    service_type: str | None = strawberry.field(
        description="The service type's code (e.g. `hvac`)."
    )
    urgency: Urgency | None = strawberry.field(
        description="How soon the customer needs the service."
    )
    scheduled_start: datetime | None = strawberry.field(description="When the appointment starts.")


def _order_gid(order_id: str) -> strawberry.ID:
    return strawberry.ID(str(relay.GlobalID("Order", order_id)))


def _when(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _order_uuid(global_id: str) -> UUID:
    if (found := row_id(global_id, "Order")) is not None:
        return found
    raise NotFound("No such order.")


async def _parties(order_id: str) -> tuple[OrderParties, dict[str, Any]] | None:
    row = await (
        Order.select(
            Order.status,
            Order.updated_at,
            Order.assignee,
            Order.booking.customer.as_alias("customer"),
        )
        .where(Order.id == order_id)
        .first()
    )
    if row is None:
        return None
    parties = OrderParties(_text(row["customer"]), _text(row["assignee"]))
    return parties, row


class _Visibility:
    """Decides per order whether this subscriber may see it."""

    def __init__(self, context: Context) -> None:
        self.actor: Actor = context.actor
        self.sees_all = is_allowed(context.enforcer, self.actor, VISIBILITY, "read")
        self.relations = granted_relations(context.enforcer, self.actor, VISIBILITY, "read")

    async def allows(self, order_id: str) -> bool:
        if self.sees_all:
            return True
        if not self.relations:
            return False
        # Read at each event: an assignee who loses the order stops hearing about it.
        found = await _parties(order_id)
        return found is not None and await holds_any(self.relations, self.actor, found[0])


_KINDS = {k.value: OrderLiveEventKind[k.value] for k in OrderChangeKind if k.value != "STATUS"}


def _status(value: Any) -> OrderStatus | None:
    return None if value is None else OrderStatus(value)


def _changed(message: live.LiveMessage) -> OrderLiveEvent:
    payload = message.payload
    return OrderLiveEvent(
        kind=_KINDS.get(str(payload.get("kind")), OrderLiveEventKind.CHANGED),
        order_id=_order_gid(message.subject),
        status=_status(payload.get("status")),
        from_status=_status(payload.get("fromStatus")),
        reason=_text(payload.get("reason")),
        at=_when(payload.get("at")),
    )


def _offer(message: live.LiveMessage) -> OfferLiveEvent:
    payload = message.payload
    offer_id = payload.get("offerId")
    return OfferLiveEvent(
        kind=OfferLiveEventKind.OFFERED
        if message.kind == "OFFER"
        else OfferLiveEventKind.GRABBABLE,
        order_id=_order_gid(message.subject),
        offer_id=None if offer_id is None else strawberry.ID(str(offer_id)),
        deadline=_when(payload.get("deadline")),
        service_type=_text(payload.get("serviceType")),
        urgency=Urgency(payload["urgency"]) if payload.get("urgency") else None,
        scheduled_start=_when(payload.get("scheduledStart")),
    )


@strawberry.type
class OrdersSubscription:
    @strawberry.subscription(
        description="Live changes of one order (starting with its current state) or, without "
        "orderId, of every order the caller may follow: a customer their own, staff the ones "
        "assigned to them, dispatchers all."
    )
    async def order_events(
        self,
        info: strawberry.Info[Context, None],
        order_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="One order to follow (its global ID or row id); null: every order "
                "the caller may follow."
            ),
        ] = None,
    ) -> AsyncGenerator[OrderLiveEvent, None]:
        visibility = _Visibility(info.context)
        wanted = None if order_id is None else str(_order_uuid(order_id))
        async with live.listen() as queue:
            if wanted is not None:
                found = await _parties(wanted)
                visible = found is not None and (
                    visibility.sees_all
                    or await holds_any(visibility.relations, visibility.actor, found[0])
                )
                if found is None or not visible:
                    raise NotFound("No such order.")
                row = found[1]
                yield OrderLiveEvent(
                    kind=OrderLiveEventKind.SNAPSHOT,
                    order_id=_order_gid(wanted),
                    status=OrderStatus(row["status"]),
                    from_status=None,
                    reason=None,
                    at=row["updated_at"],
                )
            while True:
                message = await queue.get()
                if message.kind != "ORDER" or (wanted is not None and message.subject != wanted):
                    continue
                if await visibility.allows(message.subject):
                    yield _changed(message)

    @strawberry.subscription(
        description="Orders offered to the signed-in staff member and orders they may grab."
    )
    async def order_offers(
        self, info: strawberry.Info[Context, None]
    ) -> AsyncGenerator[OfferLiveEvent, None]:
        me = info.context.actor.user_id
        async with live.listen() as queue:
            while True:
                message = await queue.get()
                if message.kind == "ORDER":
                    continue
                if message.audience is None and message.kind == "GRABBABLE":
                    yield _offer(message)
                elif message.audience is not None and me in message.audience:
                    yield _offer(message)
