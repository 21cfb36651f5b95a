"""Staff feedback on a job: how it went, problems met, the customer's situation.

Written by the order's assignee; read by supervisors and dispatchers (help and quality views).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any
from uuid import UUID

from dispatchhub import db
from dispatchhub.errors import DomainError
from dispatchhub.orders.tables import Order
from dispatchhub.reviews.errors import ReviewsErrorCode
from dispatchhub.reviews.tables import StaffFeedback

__all__ = ["MESSAGE_MAX", "FeedbackCategory", "feedback_for_order", "submit_feedback"]

MESSAGE_MAX = 2000


class FeedbackCategory(StrEnum):
    """What a feedback is about."""

    EXECUTION = "EXECUTION"
    PROBLEM = "PROBLEM"
    CUSTOMER_SITUATION = "CUSTOMER_SITUATION"


async def submit_feedback(
    staff_id: UUID, order_id: UUID, category: FeedbackCategory, message: str
) -> dict[str, Any]:
    """Record the assignee's feedback on an order (any status once it was assigned to them).

    Raises:
        DomainError: ORDER_NOT_FOUND, NOT_THE_ASSIGNEE, REQUIRED, TOO_LONG.
    """
    message = message.strip()
    if not message:
        raise DomainError(ReviewsErrorCode.REQUIRED, "message")
    if len(message) > MESSAGE_MAX:
        raise DomainError(ReviewsErrorCode.TOO_LONG, "message", max=MESSAGE_MAX)
    async with db.write():
        order = await Order.select(Order.assignee).where(Order.id == order_id).first()
        if order is None:
            raise DomainError(ReviewsErrorCode.ORDER_NOT_FOUND, "order_id")
        if order["assignee"] != staff_id:
            raise DomainError(ReviewsErrorCode.NOT_THE_ASSIGNEE, "order_id")
        row = StaffFeedback(order=order_id, staff=staff_id, category=category.value,
                            message=message)  # fmt: skip
        await row.save()
    found = await StaffFeedback.select().where(StaffFeedback.id == row.id).first()
    assert found is not None
    return found


async def feedback_for_order(order_id: UUID) -> list[dict[str, Any]]:
    """Every feedback on an order, oldest first."""
    return await (
        StaffFeedback.select()
        .where(StaffFeedback.order == order_id)
        .order_by(StaffFeedback.created_at)
    )
