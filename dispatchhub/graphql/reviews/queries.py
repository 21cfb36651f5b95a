"""Review queries: a staff member's public reviews, flagged reviews, feedback on an order."""

from __future__ import annotations

from typing import Annotated

import strawberry

from dispatchhub.graphql.errors import BadUserInput
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.reviews.types import ReviewType, StaffFeedbackType
from dispatchhub.reviews import feedback, service

__all__ = ["ReviewsQuery"]


@strawberry.type
class ReviewsQuery:
    @strawberry.field(
        description="A staff member's newest reviews as the public sees them (flagged ones "
        "left out until moderated); at most 100."
    )
    async def staff_reviews(
        self,
        staff_id: Annotated[
            strawberry.ID,
            strawberry.argument(description="The staff member: a User's global ID or row id."),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many reviews: at most 100.")
        ] = 20,
    ) -> list[ReviewType]:
        staff = row_id(staff_id, "User")
        if staff is None:
            raise BadUserInput("staffId must be a user id.")
        rows = await service.public_reviews(staff, limit=max(1, min(first, 100)))
        return [ReviewType.of(row) for row in rows]

    @strawberry.field(description="Reviews waiting for moderation, oldest first; at most 100.")
    async def flagged_reviews(
        self,
        first: Annotated[
            int, strawberry.argument(description="How many reviews: at most 100.")
        ] = 50,
    ) -> list[ReviewType]:
        rows = await service.flagged_reviews(limit=max(1, min(first, 100)))
        return [ReviewType.of(row) for row in rows]

    @strawberry.field(description="Staff feedback on an order, oldest first.")
    async def order_feedback(
        self,
        order_id: Annotated[
            strawberry.ID, strawberry.argument(description="The order: its global ID or row id.")
        ],
    ) -> list[StaffFeedbackType]:
        order = row_id(order_id, "Order")
        if order is None:
            raise BadUserInput("orderId must be an order id.")
        return [StaffFeedbackType.of(row) for row in await feedback.feedback_for_order(order)]
