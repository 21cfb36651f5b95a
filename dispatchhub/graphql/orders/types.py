"""Order types: the order with its contact details (guarded), history and decision."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, cast
from uuid import UUID

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from dispatchhub.authz.enforcer import Actor, is_allowed
from dispatchhub.authz.ownership import may, register_relation
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.graphql.common.enums import (
    DecisionKind,
    DecisionOutcome,
    OrderChangeKind,
    OrderStatus,
    Urgency,
)
from dispatchhub.graphql.common.geo import GeoPoint
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.dispatch.simulation import TermContribution, ValueRead
from dispatchhub.graphql.errors import Error, error_type_for
from dispatchhub.graphql.loaders import children_loader
from dispatchhub.graphql.node import ReadableNode, global_id, register_node
from dispatchhub.graphql.orders.arrival import OrderArrival, order_arrival
from dispatchhub.graphql.orders.checklists import answers_for, checklist_for
from dispatchhub.graphql.orders.proof import ProofFile, proof_files, report_url
from dispatchhub.graphql.users.positions import StaffPosition, position_of
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


@strawberry.type(description="One transition of an order.")
class OrderHistoryEntry:
    kind: OrderChangeKind = strawberry.field(
        description="STATUS when the status changed; otherwise what happened while it stayed."
    )
    from_status: OrderStatus | None = strawberry.field(
        description="The status before; null for the entry that opened the order."
    )
    to_status: OrderStatus = strawberry.field(
        description="The status after (the same as `fromStatus` when the status stayed)."
    )
    reason: str = strawberry.field(
        description="Why, in words: the actor's note or reason, or what the system did (e.g. "
        "'grab', 'offer accepted')."
    )
    actor_id: strawberry.ID | None = strawberry.field(description="A User's global ID.")
    location: GeoPoint | None = strawberry.field(
        description="Where the actor reported being (staff progress updates); null otherwise."
    )
    at: datetime = strawberry.field(description="When it happened.")


@strawberry.type(description="One staff member as a decision saw them.")
class DecisionCandidate:
    staff_id: strawberry.ID = strawberry.field(description="A User's global ID.")
    eligible: bool | None = strawberry.field(
        description="Whether the candidate met every `require` of the policy; null when no verdict "
        "was recorded (a grab judged without one)."
    )
    failed_requirement: str | None = strawberry.field(
        description="The name of the first requirement the candidate failed (e.g. `near`); null "
        "when eligible."
    )
    reason: str | None = strawberry.field(
        description="That requirement's reason for people (e.g. '22.2 km away'); null when "
        "eligible."
    )
    values: list[ValueRead] = strawberry.field(
        description="The values the failed requirement read (e.g. `distance(staff, task)` = 22.2); "
        "empty when eligible."
    )
    score: float | None = strawberry.field(
        description="The weighted sum of the `prefer` terms (the contributions); null when not "
        "eligible."
    )
    terms: list[TermContribution] = strawberry.field(
        description="Each `prefer` term's contribution to the score."
    )

    @classmethod
    def of(cls, entry: dict[str, Any]) -> DecisionCandidate:
        """The API view of one stored candidate (shape: ``candidate_entry``)."""
        return cls(
            staff_id=global_id("User", entry["staff"].get("id", "")),
            eligible=entry.get("eligible"), failed_requirement=entry.get("failed"),
            reason=entry.get("reason"),
            values=[ValueRead(expression=k, value=cast(JSON, v))
                    for k, v in (entry.get("values") or {}).items()],
            score=entry.get("score"),
            terms=[TermContribution(name=t["name"], weight=t["weight"],
                                    raw_value=cast(JSON, t.get("raw")), graded=t["graded"],
                                    contribution=t["contribution"])
                   for t in entry.get("terms") or []],
        )  # fmt: skip


@strawberry.type(description="Why an order went (or did not go) to someone.")
class AssignmentDecisionInfo:
    id: strawberry.ID = strawberry.field(description="The decision's row id.")
    kind: DecisionKind = strawberry.field(description="Who or what decided.")
    outcome: DecisionOutcome = strawberry.field(description="What the decision did with the order.")
    policy_version_id: strawberry.ID | None = strawberry.field(
        description="The PolicyVersion's global ID."
    )
    content_hash: str | None = strawberry.field(
        description="SHA-256 of the policy version's source the decision ran (null for a manual "
        "assignment without a policy)."
    )
    chosen_id: strawberry.ID | None = strawberry.field(description="A User's global ID.")
    actor_id: strawberry.ID | None = strawberry.field(
        description="A User's global ID: who assigned by hand or grabbed."
    )
    created_at: datetime = strawberry.field(description="When the decision was made.")
    entries: strawberry.Private[list[dict[str, Any]]]

    @strawberry.field(
        description="The staff members the decision considered, best-ranked first. "
        "Dispatchers, supervisors and admins see every one; a staff member sees only their "
        "own line (FORBIDDEN when they were not considered); customers are refused "
        "(FORBIDDEN): other people's data."
    )
    def candidates(self, info: strawberry.Info[Context, None]) -> list[DecisionCandidate] | None:
        context = info.context
        everyone = is_allowed(context.enforcer, context.actor, CANDIDATES, "read")
        return [
            DecisionCandidate.of(c)
            for c in self.entries
            if everyone or str(c["staff"].get("id", "")) == context.actor.user_id
        ]


# ``p, staff, AssignmentDecisionInfo.candidates, read:candidate`` (policies/orders.csv): the
# guard lets a staff member through only to a decision that considered them, and
# ``candidates`` then keeps their own line.
CANDIDATES = "AssignmentDecisionInfo.candidates"
register_relation(
    "AssignmentDecisionInfo",
    "candidate",
    lambda actor, decision: (
        actor.user_id is not None
        and any(str(c["staff"].get("id", "")) == actor.user_id for c in decision.entries)
    ),
)


async def _order_events(order_ids: list[UUID]) -> list[dict[str, Any]]:
    return list(
        await OrderEvent.select()
        .where(OrderEvent.order.is_in(order_ids))
        .order_by(OrderEvent.at)
        .output(load_json=True)
    )


_EXPLAINED_KINDS = ["AUTO", "GRAB", "MANUAL", "REOPTIMISE"]


async def _latest_decisions(order_ids: list[UUID]) -> list[dict[str, Any]]:
    """Each order's latest explained decision (at most one row per order), in two queries:
    which decisions are the latest, then only those with their (large) candidate lists."""
    heads = await (
        AssignmentDecision.select(
            AssignmentDecision.id, AssignmentDecision.order, AssignmentDecision.created_at
        )
        .where(
            AssignmentDecision.order.is_in(order_ids)
            & AssignmentDecision.kind.is_in(_EXPLAINED_KINDS)
        )
        .order_by(AssignmentDecision.created_at, ascending=False)
    )
    latest: dict[str, Any] = {}
    for head in heads:
        latest.setdefault(str(head["order"]), head["id"])
    if not latest:
        return []
    return list(
        await AssignmentDecision.select()
        .where(AssignmentDecision.id.is_in(list(latest.values())))
        .output(load_json=True)
    )


async def _all_decisions(order_ids: list[UUID]) -> list[dict[str, Any]]:
    """Every explained decision of the orders, oldest first."""
    return list(
        await AssignmentDecision.select()
        .where(
            AssignmentDecision.order.is_in(order_ids)
            & AssignmentDecision.kind.is_in(_EXPLAINED_KINDS)
        )
        .order_by(AssignmentDecision.created_at)
        .output(load_json=True)
    )


def _decision_info(row: dict[str, Any]) -> AssignmentDecisionInfo:
    def opt(type_name: str, value: Any) -> strawberry.ID | None:
        return global_id(type_name, value) if value is not None else None

    return AssignmentDecisionInfo(
        id=strawberry.ID(str(row["id"])), kind=DecisionKind(row["kind"]),
        outcome=DecisionOutcome(row["outcome"]),
        policy_version_id=opt("PolicyVersion", row["policy_version"]),
        content_hash=row["content_hash"],
        chosen_id=opt("User", row["chosen"]), actor_id=opt("User", row["actor"]),
        entries=list(row["candidates"] or []),
        created_at=row["created_at"],
    )  # fmt: skip


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
class OrderNode(ReadableNode):
    id: relay.NodeID[str]
    number: str = strawberry.field(
        description="Human-readable number: the booking's with D for B (`D20261208-7F3A9C`)."
    )
    status: OrderStatus = strawberry.field(description="Where the order is in its life.")
    urgency: Urgency = strawberry.field(
        description="How soon the customer needs the service (the booking's)."
    )
    service_code: str = strawberry.field(description="The service type's code (e.g. `hvac`).")
    region: str | None = strawberry.field(
        description="The region code of the service address; null when it has none."
    )
    location: GeoPoint | None = strawberry.field(
        description="The service address's point (WGS-84); null when the booking has none."
    )
    scheduled_start: datetime = strawberry.field(description="When the appointment starts.")
    scheduled_end: datetime | None = strawberry.field(
        description="When the appointment ends; null when the booking gave no end."
    )
    escalation_queue: str | None = strawberry.field(
        description="The dispatcher queue of an ESCALATED order (from the policy's `escalate`); "
        "null otherwise."
    )
    assigned_at: datetime | None = strawberry.field(
        description="When it was last assigned; null while nobody has it."
    )
    started_at: datetime | None = strawberry.field(
        description="When the assignee reported IN_PROGRESS; null before."
    )
    completed_at: datetime | None = strawberry.field(
        description="When the assignee reported COMPLETED; null before."
    )
    created_at: datetime = strawberry.field(
        description="When the order was opened (the booking's confirmation)."
    )
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

    @strawberry.field(
        description="Where the assignee last was, with its age: dispatch roles always, the "
        "order's customer while the assignee is on the way; null without an assignee or a "
        "reported position."
    )
    async def assignee_position(self, info: strawberry.Info[Context, None]) -> StaffPosition | None:
        return await position_of(info.context, UUID(self.assignee)) if self.assignee else None

    @strawberry.field(
        description="What the assignee confirms before COMPLETED: the service type's checklist "
        "(JSON Schema; required items gate it; {} for none). Answer it in orderStatusUpdate."
    )
    async def completion_checklist(self, info: strawberry.Info[Context, None]) -> JSON:
        return cast(JSON, await checklist_for(info.context, self.service_code))

    @strawberry.field(
        description="The checklist as the assignee answered it on completing ({} before)."
    )
    async def checklist_answers(self, info: strawberry.Info[Context, None]) -> JSON:
        return cast(JSON, await answers_for(info.context, self.id))

    @strawberry.field(
        description="Proof of work, oldest first: photos before and after, the customer's "
        "signature and the service report; the order's customer, its assignee and dispatch "
        "roles (others: null with a FORBIDDEN error). Upload with "
        "`POST /api/orders/{id}/photos` (multipart, see docs/staff-app.md)."
    )
    async def photos(self, info: strawberry.Info[Context, None]) -> list[ProofFile] | None:
        return await proof_files(info.context, self.id)

    @strawberry.field(
        description="The service report PDF (made when the order is COMPLETED, in the "
        "customer's language): a `GET /api/files/{id}` URL for the order's customer, its "
        "assignee and dispatch roles; null before it is made."
    )
    async def service_report_url(self, info: strawberry.Info[Context, None]) -> str | None:
        return await report_url(info.context, self.id)

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
    async def history(self, info: strawberry.Info[Context, None]) -> list[OrderHistoryEntry]:
        loader = children_loader(info.context, "order.history", _order_events, "order")
        return [
            OrderHistoryEntry(
                kind=OrderChangeKind((r["data"] or {}).get("kind", "STATUS")),
                from_status=OrderStatus(r["from_status"]) if r["from_status"] else None,
                to_status=OrderStatus(r["to_status"]), reason=r["reason"],
                actor_id=global_id("User", r["actor"]) if r["actor"] else None,
                location=GeoPoint(lat=r["lat"], lon=r["lon"]) if r["lat"] is not None else None,
                at=r["at"],
            )
            for r in await loader.load(self.id)
        ]  # fmt: skip

    @strawberry.field(
        description="The latest AUTO, GRAB, MANUAL or REOPTIMISE decision, explained."
    )
    async def decision(self, info: strawberry.Info[Context, None]) -> AssignmentDecisionInfo | None:
        loader = children_loader(info.context, "order.decision", _latest_decisions, "order")
        found = await loader.load(self.id)
        return _decision_info(found[0]) if found else None

    @strawberry.field(
        description="Every AUTO, GRAB, MANUAL and REOPTIMISE decision of the order, oldest "
        "first: the first dispatch's reasoning stays readable after a re-plan, a re-dispatch "
        "or an escalation (whose candidates say why nobody qualified)."
    )
    async def decisions(self, info: strawberry.Info[Context, None]) -> list[AssignmentDecisionInfo]:
        loader = children_loader(info.context, "order.decisions", _all_decisions, "order")
        return [_decision_info(row) for row in await loader.load(self.id)]

    @strawberry.field(
        description="The arrival promised at the latest acceptance: deadline, ETA, lateness; "
        "null when the service type promises no arrival time for the order's urgency."
    )
    async def arrival(self, info: strawberry.Info[Context, None]) -> OrderArrival | None:
        return await order_arrival(info.context, self.id)

    @strawberry.field(
        description="When the staff member must arrive (set at acceptance from the service "
        "type's window for the urgency); null without a promise."
    )
    async def arrival_deadline(self, info: strawberry.Info[Context, None]) -> datetime | None:
        found = await order_arrival(info.context, self.id)
        return found.deadline if found else None

    @strawberry.field(
        description="The estimated arrival from the maps hook, made when the staff member set "
        "off and at each position update; null before."
    )
    async def eta_at(self, info: strawberry.Info[Context, None]) -> datetime | None:
        found = await order_arrival(info.context, self.id)
        return found.eta_at if found else None

    @strawberry.field(
        description="Minutes late: at arrival (0 on time), or at the least when the deadline "
        "became unreachable (MISSED); null while the promise is open."
    )
    async def late_minutes(self, info: strawberry.Info[Context, None]) -> float | None:
        found = await order_arrival(info.context, self.id)
        return found.late_minutes if found else None

    @classmethod
    def from_row(cls, row: dict[str, Any], offered: Iterable[str]) -> OrderNode:
        """The GraphQL view of an order row from :mod:`dispatchhub.orders.listing`."""
        return cls(
            id=str(row["id"]), number=row["number"], status=OrderStatus(row["status"]),
            urgency=Urgency(row["urgency"]), service_code=row["service_code"] or "",
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
        await _mark_grabbable(context, nodes, rows)
        return {
            n.id: n for n in nodes if await may(context.enforcer, context.actor, "Order", "read", n)
        }

    @classmethod
    async def load_readable(cls, context: Context, ids: list[str]) -> dict[str, OrderNode]:
        """An order the caller may not read is as absent as a missing one."""
        return await cls.load(context, ids)


async def _mark_grabbable(
    context: Context, nodes: list[OrderNode], rows: list[dict[str, Any]]
) -> None:
    """Note on the open orders among ``nodes`` (read as ``rows``) whether the caller, a staff
    member reading them through the pool, may grab them under the active policy."""
    actor = context.actor
    if actor.user_id is None or is_allowed(context.enforcer, actor, "Order", "read"):
        return
    if not is_allowed(context.enforcer, actor, "Order", "read:pool"):
        return
    pool = [r for r in rows if r["status"] == OrderStatus.OPEN.value]
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
