"""Reading one order's review back: its customer sees what they wrote and the reply.

The public listing (:func:`dispatchhub.reviews.service.public_reviews`) is by staff member and
leaves flagged reviews out; this is the customer's own view of one order, flagged or not, so
the client can show it again after a reload and offer to edit it within the window.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from dispatchhub.reviews.tables import Review

__all__ = ["review_of_order"]


async def review_of_order(order_id: UUID, *, customer_id: UUID | None) -> dict[str, Any] | None:
    """The review of ``order_id``, or None when there is none.

    Runs in a request. Args:
        order_id: the order reviewed.
        customer_id: the caller when they may read only their own reviews: another
            customer's review reads as None, the same answer as no review at all, so an
            order's existence is not told to strangers. None for agents, who read any.

    Returns:
        The stored review row.
    """
    query = Review.select().where(Review.order == order_id)
    if customer_id is not None:
        query = query.where(Review.customer == customer_id)
    row: dict[str, Any] | None = await query.first()
    return row
