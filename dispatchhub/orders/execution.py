"""Execution: the assignee carries the order through EN_ROUTE and IN_PROGRESS to COMPLETED."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from dispatchhub import db
from dispatchhub.bookings.lifecycle import follow_order
from dispatchhub.bookings.statuses import BookingStatus
from dispatchhub.dispatch.stats import stats_changed
from dispatchhub.errors import DomainError, ValidationFailed
from dispatchhub.orders.checklists import checklist_of, completion_errors
from dispatchhub.orders.deadlines import ETA_TASK, settle_arrival
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.proof import REPORT_TASK
from dispatchhub.orders.service import add_event, get_order, now
from dispatchhub.orders.statuses import OrderStatus
from dispatchhub.orders.tables import Order
from dispatchhub.outbox.service import enqueue

__all__ = ["TRANSITIONS", "update_status"]

# The moves the assignee may make; a job may start without an EN_ROUTE report (the staff
# member was already there).
TRANSITIONS: dict[str, frozenset[str]] = {
    OrderStatus.ASSIGNED: frozenset({OrderStatus.EN_ROUTE, OrderStatus.IN_PROGRESS}),
    OrderStatus.EN_ROUTE: frozenset({OrderStatus.IN_PROGRESS}),
    OrderStatus.IN_PROGRESS: frozenset({OrderStatus.COMPLETED}),
}
# How the booking follows its order, for the customer's view.
_BOOKING_FOLLOWS: dict[str, BookingStatus] = {
    OrderStatus.IN_PROGRESS: BookingStatus.IN_SERVICE,
    OrderStatus.COMPLETED: BookingStatus.COMPLETED,
}


async def update_status(
    order_id: UUID,
    staff_id: UUID,
    status: str,
    *,
    point: tuple[float, float] | None = None,
    note: str = "",
    checklist: object = None,
) -> UUID:
    """Move an order on, by its assignee, along :data:`TRANSITIONS` only.

    The update is conditional on the revision read, so two reports racing cannot both
    apply. The booking follows (IN_SERVICE when work starts, COMPLETED at the end) with a
    booking event; completing the order also queues the customer's review invitation.

    Args:
        order_id: The order.
        staff_id: Who reports (must be the assignee).
        status: EN_ROUTE, IN_PROGRESS or COMPLETED.
        point: Where the staff member is (lat, lon), if known.
        note: A note for the history.
        checklist: The answers to the service type's completion checklist (COMPLETED;
            kept on the order), see :mod:`dispatchhub.orders.checklists`.

    Raises:
        DomainError: ``NOT_FOUND``, ``NOT_ASSIGNEE`` or ``ILLEGAL_TRANSITION``;
            ``CHECKLIST_ITEM_REQUIRED`` / ``CHECKLIST_ITEM_INVALID`` at ``checklist.<item>``.
    """
    order = await get_order(order_id)
    if order["assignee"] is None or UUID(str(order["assignee"])) != staff_id:
        raise DomainError(OrdersErrorCode.NOT_ASSIGNEE, "id")
    current = order["status"]
    if status not in TRANSITIONS.get(current, frozenset()):
        raise DomainError(OrdersErrorCode.ILLEGAL_TRANSITION, "status",
                          from_status=current, to_status=status)  # fmt: skip
    at = now()
    values: dict[object, object] = {Order.status: status, Order.updated_at: at,
                                    Order.revision: order["revision"] + 1}  # fmt: skip
    if status == OrderStatus.IN_PROGRESS:
        values[Order.started_at] = at
    if status == OrderStatus.COMPLETED:
        values[Order.completed_at] = at
        required = await checklist_of(order["service_type"])
        answers: Mapping[str, Any] = checklist if isinstance(checklist, Mapping) else {}
        if problems := completion_errors(required, answers):
            raise ValidationFailed(problems)
        if required:
            values[Order.checklist] = dict(answers)
    async with db.write():
        moved = await (
            Order.update(values)  # type: ignore[arg-type]
            .where((Order.id == order_id) & (Order.revision == order["revision"]))
            .returning(Order.id)
        )
        if not moved:
            raise DomainError(OrdersErrorCode.ILLEGAL_TRANSITION, "status",
                              from_status=current, to_status=status)  # fmt: skip
        await add_event(order_id, current, status, staff_id, note, point=point)
        follows = _BOOKING_FOLLOWS.get(status)
        if follows is not None:
            await follow_order(
                order["booking"], follows, at=at, actor_id=staff_id, reason=f"order {status}"
            )
        if status == OrderStatus.EN_ROUTE:
            await enqueue(ETA_TASK, {"staffId": str(staff_id)})
        if status == OrderStatus.IN_PROGRESS:
            await settle_arrival(order_id, staff_id, at)
        if status == OrderStatus.COMPLETED:
            # reviews (above) registers this task: the customer is asked for a review
            await enqueue("reviews.invite", {"order_id": str(order_id)})
            # orders.service_report registers it: the PDF with photos and signature
            await enqueue(REPORT_TASK, {"order_id": str(order_id)})
            await stats_changed(staff_id)
    return order_id
