"""Dispatcher override: assign an order to a chosen staff member, saying what rules it breaks."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub import db
from dispatchhub.dispatch.decisions import DecisionKind, DecisionOutcome
from dispatchhub.dispatch.snapshot import candidate_entry
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.errors import DomainError
from dispatchhub.orders.deadlines import promise_arrival
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.notices import order_params, tell_staff
from dispatchhub.orders.service import add_event, assign_to, get_order, judge, now, withdraw_offers
from dispatchhub.orders.statuses import OrderStatus
from dispatchhub.orders.tables import Order
from dispatchhub.rules_dsl import FailedRequirement, FunctionRegistry

__all__ = ["ASSIGNABLE", "ManualAssignment", "assign_manually"]

# A dispatcher may also take an order away from its current assignee before work starts.
ASSIGNABLE = (
    OrderStatus.OPEN,
    OrderStatus.OFFERED,
    OrderStatus.ESCALATED,
    OrderStatus.ASSIGNED,
)


@dataclass(frozen=True, slots=True)
class ManualAssignment:
    """The order assigned, and the active policy's requirements the chosen staff breaks."""

    order_id: UUID
    broken: list[FailedRequirement]


async def assign_manually(
    functions: FunctionRegistry,
    zone: ZoneInfo,
    order_id: UUID,
    staff_id: UUID,
    *,
    actor_id: UUID,
    reason: str,
) -> ManualAssignment:
    """Assign ``order_id`` to ``staff_id`` whatever the policy says, and record it (MANUAL).

    Raises:
        DomainError: ``REASON_REQUIRED``, ``NOT_FOUND``, ``STAFF_NOT_FOUND`` or
            ``NOT_ASSIGNABLE``.
    """
    if not reason.strip():
        raise DomainError(OrdersErrorCode.REASON_REQUIRED, "reason")
    order = await get_order(order_id)
    if order["status"] not in ASSIGNABLE:
        raise DomainError(OrdersErrorCode.NOT_ASSIGNABLE, "id", status=order["status"])
    judged = await judge(functions, zone, order_id, staff_id)
    if judged.staff is None:
        raise DomainError(OrdersErrorCode.STAFF_NOT_FOUND, "staff_id")
    entry = candidate_entry(judged.staff, None)
    entry["eligible"] = not judged.failed
    if judged.failed:
        entry["failed"], entry["reason"] = judged.failed[0].name, judged.failed[0].reason
    version_id, content_hash = judged.version or (None, None)
    async with db.write():
        at = now()
        moved = await assign_to(
            order_id,
            staff_id,
            Order.revision == order["revision"],
            at=at,
            also={Order.escalation_queue: None},
        )
        if not moved:
            raise DomainError(OrdersErrorCode.NOT_ASSIGNABLE, "id", status=order["status"])
        await withdraw_offers(order_id)
        await add_event(order_id, order["status"], OrderStatus.ASSIGNED, actor_id, reason.strip(),
                        data={"staffId": str(staff_id)})  # fmt: skip
        await AssignmentDecision(
            order=order_id, kind=DecisionKind.MANUAL, policy_version=version_id,
            content_hash=content_hash,
            outcome=DecisionOutcome.ASSIGNED, chosen=staff_id, actor=actor_id, task=judged.task,
            candidates=[entry],
        ).save()  # fmt: skip
        await promise_arrival(order_id, staff_id, at)
        params = await order_params(order_id, zone)
        await tell_staff(
            [staff_id], "order_new", {**params, "how": "调度指派 / assigned to you"}, zone=zone
        )
    return ManualAssignment(order_id, judged.failed)
