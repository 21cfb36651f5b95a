"""Order types: the order with its contact details (guarded), history and decision."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import Enum
from typing import Any, cast
from uuid import UUID

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from dispatchhub.authz.enforcer import Actor, is_allowed
from dispatchhub.authz.ownership import may, register_relation
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.graphql.common.geo import GeoPoint
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import Error, error_type_for
from dispatchhub.graphql.node import global_id, register_node
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.help import helpers_of
from dispatchhub.orders.listing import offered_to, order_rows
from dispatchhub.orders.service import eligible_orders
from dispatchhub.orders.tables import OrderEvent
from dispatchhub.plugins.rule_functions import registry_for
from dispatchhub.users.tables import User

__all__ = ["OrderConnection", "OrderEdge", "OrderNode", "OrderStatus", "OrdersError"]

OrdersErrorCodeEnum = strawberry.enum(
    OrdersErrorCode, name="OrdersErrorCode", description="Why an order operation was refused."
)


@strawberry.type
class OrdersError(Error):
    code: OrdersErrorCodeEnum  # type: ignore[valid-type]


error_type_for(OrdersError, OrdersErrorCodeEnum)


@strawberry.enum(description="Where an order is in its life.")
class OrderStatus(Enum):
    OPEN = "OPEN"
    OFFERED = "OFFERED"
    ASSIGNED = "ASSIGNED"
    EN_ROUTE = "EN_ROUTE"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    ESCALATED = "ESCALATED"
    CANCELLED = "CANCELLED"


@strawberry.type(description="One transition of an order.")
class OrderHistoryEntry:
    from_status: str | None
    to_status: str
    reason: str
    actor_id: strawberry.ID | None = strawberry.field(description="A User's global ID.")
    location: GeoPoint | None
    at: datetime


@strawberry.type(description="One staff member as a decision saw them.")
class DecisionCandidate:
    staff_id: strawberry.ID = strawberry.field(description="A User's global ID.")
    eligible: bool | None
    failed_requirement: str | None
    reason: str | None
    values: JSON
    score: float | None
    terms: JSON


@strawberry.type(description="Why an order went (or did not go) to someone.")
class AssignmentDecisionInfo:
    id: strawberry.ID
    kind: str = strawberry.field(description="AUTO, GRAB, MANUAL or REOPTIMISE.")
    outcome: str
    policy_version_id: strawberry.ID | None = strawberry.field(
        description="The PolicyVersion's global ID."
    )
    content_hash: str | None
    chosen_id: strawberry.ID | None = strawberry.field(description="A User's global ID.")
    actor_id: strawberry.ID | None = strawberry.field(
        description="A User's global ID: who assigned by hand or grabbed."
    )
    candidates: list[DecisionCandidate]
    created_at: datetime


def _is_assignee(actor: Actor, order: OrderNode) -> bool:
    return actor.user_id is not None and order.assignee == actor.user_id


def _is_offered(actor: Actor, order: OrderNode) -> bool:
    return actor.user_id is not None and actor.user_id in order.offered_to


def _is_customer(actor: Actor, order: OrderNode) -> bool:
    return actor.user_id is not None and order.owner_id == actor.user_id


def _in_pool(actor: Actor, order: OrderNode) -> bool:
    # Only the pool orders the active policy lets this staff member grab, as orders() lists.
    return order.status is OrderStatus.OPEN and actor.user_id in order.grabbable_by


def _is_helper(actor: Actor, order: OrderNode) -> bool:
    return actor.user_id is not None and actor.user_id in order.helpers


# ``p, staff, Order.customerPhone, read:assignee`` and the like (policies/orders.csv).
register_relation("Order", "assignee", _is_assignee)
register_relation("Order", "offered", _is_offered)
register_relation("Order", "customer", _is_customer)
register_relation("Order", "pool", _in_pool)
register_relation("Order", "helper", _is_helper)


@register_node
@strawberry.type(name="Order", description="Work to be done for a confirmed booking.")
class OrderNode(relay.Node):
    id: relay.NodeID[str]
    number: str
    status: OrderStatus
    urgency: str
    service_code: str
    region: str | None
    location: GeoPoint | None
    scheduled_start: datetime
    scheduled_end: datetime | None
    escalation_queue: str | None
    assigned_at: datetime | None
    started_at: datetime | None
    completed_at: datetime | None
    created_at: datetime
    owner_id: strawberry.Private[str]
    assignee: strawberry.Private[str | None]
    booking: strawberry.Private[str]
    offered_to: strawberry.Private[frozenset[str]]
    contact: strawberry.Private[dict[str, Any]]
    # colleagues who joined a help request on the order (loaded by ``load`` only)
    helpers: strawberry.Private[frozenset[str]] = frozenset()
    # Who among the callers asking may grab it (see load), for ``read:pool``.
    grabbable_by: strawberry.Private[frozenset[str]] = frozenset()

    @strawberry.field(description="A User's global ID.")
    def assignee_id(self) -> strawberry.ID | None:
        return global_id("User", self.assignee) if self.assignee else None

    @strawberry.field(description="The assigned staff member's name: who is coming.")
    async def assignee_name(self) -> str | None:
        if not self.assignee:
            return None
        row = await User.select(User.name).where(User.id == self.assignee).first()
        return cast("str | None", row["name"]) if row else None

    @strawberry.field(description="The Booking's global ID.")
    def booking_id(self) -> strawberry.ID:
        return global_id("Booking", self.booking)

    @strawberry.field(description="The customer's phone (E.164): offered or assigned staff.")
    def customer_phone(self) -> str | None:
        return cast("str | None", self.contact["customer_phone"])

    @strawberry.field(description="The customer's name: offered or assigned staff.")
    def customer_name(self) -> str | None:
        return cast("str | None", self.contact["customer_name"])

    @strawberry.field(description="The service address: offered or assigned staff.")
    def address(self) -> str | None:
        return cast("str | None", self.contact["address"])

    @strawberry.field(description="The customer's description of the problem.")
    def description(self) -> str | None:
        return cast("str | None", self.contact["description"])

    @strawberry.field(description="An AMap link that opens navigation to the address.")
    def navigation_url(self) -> str | None:
        if self.location is None:
            return None
        return (
            f"https://uri.amap.com/marker?position={self.location.lon},{self.location.lat}"
            f"&name={self.number}"
        )

    @strawberry.field(description="Every transition, oldest first.")
    async def history(self) -> list[OrderHistoryEntry]:
        rows = await OrderEvent.select().where(OrderEvent.order == self.id).order_by(OrderEvent.at)
        return [
            OrderHistoryEntry(
                from_status=r["from_status"], to_status=r["to_status"], reason=r["reason"],
                actor_id=global_id("User", r["actor"]) if r["actor"] else None,
                location=GeoPoint(lat=r["lat"], lon=r["lon"]) if r["lat"] is not None else None,
                at=r["at"],
            )
            for r in rows
        ]  # fmt: skip

    @strawberry.field(
        description="The latest AUTO, GRAB, MANUAL or REOPTIMISE decision, explained."
    )
    async def decision(self) -> AssignmentDecisionInfo | None:
        row = await (
            AssignmentDecision.select()
            .where(
                (AssignmentDecision.order == self.id)
                & AssignmentDecision.kind.is_in(["AUTO", "GRAB", "MANUAL", "REOPTIMISE"])
            )
            .order_by(AssignmentDecision.created_at, ascending=False)
            .first()
            .output(load_json=True)
        )
        if row is None:
            return None

        def opt(type_name: str, value: Any) -> strawberry.ID | None:
            return global_id(type_name, value) if value is not None else None

        return AssignmentDecisionInfo(
            id=strawberry.ID(str(row["id"])), kind=row["kind"], outcome=row["outcome"],
            policy_version_id=opt("PolicyVersion", row["policy_version"]),
            content_hash=row["content_hash"],
            chosen_id=opt("User", row["chosen"]), actor_id=opt("User", row["actor"]),
            candidates=[
                DecisionCandidate(
                    staff_id=global_id("User", c["staff"].get("id", "")),
                    eligible=c.get("eligible"), failed_requirement=c.get("failed"),
                    reason=c.get("reason"), values=cast(JSON, c.get("values") or {}),
                    score=c.get("score"), terms=cast(JSON, c.get("terms") or []),
                )
                for c in row["candidates"] or []
            ],
            created_at=row["created_at"],
        )  # fmt: skip

    @classmethod
    def from_row(cls, row: dict[str, Any], offered: Iterable[str]) -> OrderNode:
        """The GraphQL view of an order row from :mod:`dispatchhub.orders.listing`."""
        return cls(
            id=str(row["id"]), number=row["number"], status=OrderStatus(row["status"]),
            urgency=row["urgency"], service_code=row["service_code"] or "",
            region=row["region"],
            location=GeoPoint(lat=row["lat"], lon=row["lon"]) if row["lat"] is not None else None,
            scheduled_start=row["scheduled_start"], scheduled_end=row["scheduled_end"],
            assignee=str(row["assignee"]) if row["assignee"] else None,
            booking=str(row["booking"]),
            escalation_queue=row["escalation_queue"], assigned_at=row["assigned_at"],
            started_at=row["started_at"], completed_at=row["completed_at"],
            created_at=row["created_at"], owner_id=str(row["customer"]),
            offered_to=frozenset(offered),
            contact={k: row[k] for k in ("customer_phone", "customer_name", "address",
                                         "description")},
        )  # fmt: skip

    @classmethod
    async def load(cls, context: Context, order_ids: list[Any]) -> dict[str, OrderNode]:
        """The orders among ``order_ids`` that the caller may read, by id."""
        try:
            rows = await order_rows(order_ids)
        except ValueError:  # an id that is not a UUID names no order
            return {}
        offered = await offered_to([r["id"] for r in rows])
        helping = await helpers_of([r["id"] for r in rows])
        nodes = [cls.from_row(r, offered[str(r["id"])]) for r in rows]
        for node in nodes:
            node.helpers = frozenset(helping[node.id])
        await _mark_grabbable(context, nodes)
        return {
            n.id: n for n in nodes if await may(context.enforcer, context.actor, "Order", "read", n)
        }

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls,
        *,
        info: strawberry.Info[Context, None],
        node_ids: Iterable[str],
        required: bool = False,
    ) -> list[OrderNode | None]:
        """``node(id:)`` for orders: one the caller may not read is as absent as a missing one."""
        ids = list(node_ids)
        readable = await cls.load(info.context, list(ids))
        return [readable.get(i) for i in ids]


async def _mark_grabbable(context: Context, nodes: list[OrderNode]) -> None:
    """Note on the open orders among ``nodes`` whether the caller, a staff member reading
    them through the pool, may grab them under the active policy."""
    actor = context.actor
    if actor.user_id is None or is_allowed(context.enforcer, actor, "Order", "read"):
        return
    if not is_allowed(context.enforcer, actor, "Order", "read:pool"):
        return
    pool = [UUID(n.id) for n in nodes if n.status is OrderStatus.OPEN]
    if not pool:
        return
    functions = registry_for(context.runtime.plugins)
    zone = context.runtime.settings.zone
    allowed = await eligible_orders(functions, zone, pool, UUID(actor.user_id))
    for node in nodes:
        if node.id in allowed:
            node.grabbable_by = frozenset({actor.user_id})


@strawberry.type
class OrderEdge:
    node: OrderNode
    cursor: str


@strawberry.type(description="A page of orders, newest first.")
class OrderConnection:
    edges: list[OrderEdge]
    page_info: relay.PageInfo
