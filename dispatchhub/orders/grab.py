"""Online grab: judged by the active policy, won by exactly one atomic conditional update."""

from __future__ import annotations

from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub import db
from dispatchhub.dispatch.decisions import DecisionKind, DecisionOutcome
from dispatchhub.dispatch.snapshot import candidate_entry
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.errors import DomainError
from dispatchhub.orders.deadlines import promise_arrival
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.service import Judgement, add_event, assign_to, judge, now, withdraw_offers
from dispatchhub.orders.statuses import OrderStatus
from dispatchhub.orders.tables import Order
from dispatchhub.rules_dsl import FunctionRegistry

__all__ = ["GRABBABLE", "grab_order"]

# Only orders in the pool can be grabbed; an offered order is answered with accept.
GRABBABLE = (OrderStatus.OPEN,)


def _decision(
    order_id: UUID, staff_id: UUID, judged: Judgement, outcome: str
) -> AssignmentDecision:
    entry = candidate_entry(judged.staff or {"id": str(staff_id)}, None)
    entry["eligible"] = not judged.failed and judged.staff is not None
    if judged.failed:
        first = judged.failed[0]
        entry["failed"], entry["reason"] = first.name, first.reason
        entry["values"] = {k: v for f in judged.failed for k, v in f.values.items()}
    version_id, content_hash = judged.version or (None, None)
    return AssignmentDecision(
        order=order_id, kind=DecisionKind.GRAB, policy_version=version_id,
        content_hash=content_hash, outcome=outcome,
        chosen=staff_id if outcome == DecisionOutcome.ASSIGNED else None, actor=staff_id,
        task=judged.task, candidates=[entry],
    )  # fmt: skip


async def grab_order(
    functions: FunctionRegistry, zone: ZoneInfo, order_id: UUID, staff_id: UUID
) -> UUID:
    """Let ``staff_id`` take ``order_id`` from the pool.

    Exactly one of any number of concurrent grabs wins: the order moves to ASSIGNED by a
    single ``UPDATE … WHERE status = 'OPEN'``, whose row count tells the winner. The
    judgement is recorded as a GRAB decision, refusals too.

    Args:
        functions: The process's rule-function registry.
        zone: The business time zone.
        order_id: The order.
        staff_id: Who grabs it.

    Returns:
        The order's id.

    Raises:
        DomainError: ``NOT_FOUND``, ``NOT_ELIGIBLE`` (with the policy's reasons) or
            ``ALREADY_TAKEN``.
    """
    order = await Order.select(Order.status).where(Order.id == order_id).first()
    if order is None:
        raise DomainError(OrdersErrorCode.NOT_FOUND, "id")
    if order["status"] not in GRABBABLE:
        raise DomainError(OrdersErrorCode.ALREADY_TAKEN, "id")
    judged = await judge(functions, zone, order_id, staff_id)
    if judged.staff is None or judged.failed:
        async with db.write():
            await _decision(order_id, staff_id, judged, DecisionOutcome.REFUSED).save()
        raise DomainError(OrdersErrorCode.NOT_ELIGIBLE, "id", reasons=judged.reasons)
    # A loser usually finds out here, without queueing for the write lock (SQLite has one
    # for the whole file); the conditional update below stays the arbiter.
    if not await Order.exists().where((Order.id == order_id) & Order.status.is_in(list(GRABBABLE))):
        raise DomainError(OrdersErrorCode.ALREADY_TAKEN, "id")
    async with db.write():
        at = now()
        won = await assign_to(order_id, staff_id, Order.status.is_in(list(GRABBABLE)), at=at)
        if not won:
            raise DomainError(OrdersErrorCode.ALREADY_TAKEN, "id")
        await withdraw_offers(order_id)
        await add_event(order_id, order["status"], OrderStatus.ASSIGNED, staff_id, "grab")
        await _decision(order_id, staff_id, judged, DecisionOutcome.ASSIGNED).save()
        await promise_arrival(order_id, staff_id, at)
    return order_id
