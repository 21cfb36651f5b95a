"""Review queries: a staff member's public reviews, flagged reviews, feedback on an order."""

from __future__ import annotations

from typing import Annotated

import strawberry

from dispatchhub.authz.enforcer import is_allowed
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import BadUserInput
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.reviews.types import ReviewType, StaffFeedbackType
from dispatchhub.reviews import feedback, reading, service

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

    @strawberry.field(
        description="The review of an order with the company's reply: a customer reads their "
        "own (flagged or not, to show it again and edit it within the window), agents any; "
        "null when the order has none or it is someone else's."
    )
    async def order_review(
        self,
        info: strawberry.Info[Context, None],
        order_id: Annotated[
            strawberry.ID, strawberry.argument(description="The order: its global ID or row id.")
        ],
    ) -> ReviewType | None:
        order = row_id(order_id, "Order")
        if order is None:
            raise BadUserInput("orderId must be an order id.")
        context = info.context
        reads_any = is_allowed(context.enforcer, context.actor, "Review.ofAnyOrder", "read")
        row = await reading.review_of_order(
            order, customer_id=None if reads_any else context.user_id
        )
        return ReviewType.of(row) if row is not None else None

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
