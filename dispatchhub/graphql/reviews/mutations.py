"""Review and feedback mutations: submit, update, reply, moderate; staff feedback."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any
from uuid import UUID

import strawberry

from dispatchhub.errors import DomainError
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.refusals import refusals
from dispatchhub.graphql.reviews.types import (
    FeedbackCategoryEnum,
    ReviewsError,
    ReviewType,
    SatisfactionLevel,
    StaffFeedbackType,
)
from dispatchhub.reviews import feedback, service
from dispatchhub.reviews.errors import ReviewsErrorCode

__all__ = ["ReviewsMutation"]


@strawberry.input
class ReviewSubmitInput:
    order_id: strawberry.ID = strawberry.field(
        description="The completed order: its global ID or row id."
    )
    attitude: SatisfactionLevel = strawberry.field(description="How the staff member treated you.")
    quality: SatisfactionLevel = strawberry.field(description="The quality of the work.")
    speed: SatisfactionLevel = strawberry.field(description="How quickly it was done.")
    skill: SatisfactionLevel = strawberry.field(description="The staff member's skill.")
    comment: str = strawberry.field(default="", description="At most 500 characters.")


@strawberry.input
class ReviewUpdateInput:
    review_id: strawberry.ID = strawberry.field(description="The review: its id.")
    attitude: SatisfactionLevel = strawberry.field(description="How the staff member treated you.")
    quality: SatisfactionLevel = strawberry.field(description="The quality of the work.")
    speed: SatisfactionLevel = strawberry.field(description="How quickly it was done.")
    skill: SatisfactionLevel = strawberry.field(description="The staff member's skill.")
    comment: str = strawberry.field(
        default="", description="At most 500 characters (replaces the old comment)."
    )


@strawberry.input
class ReviewReplyInput:
    review_id: strawberry.ID = strawberry.field(description="The review: its id.")
    reply: str = strawberry.field(
        description="The staff member's answer (required; at most 500 characters)."
    )


@strawberry.input
class ReviewModerateInput:
    review_id: strawberry.ID = strawberry.field(description="The review: its id.")
    keep_text: bool = strawberry.field(
        description="True publishes the text as written; false removes comment and reply."
    )


@strawberry.type
class ReviewPayload:
    review: ReviewType | None = strawberry.field(
        description="The review after the change; null when refused."
    )
    errors: list[ReviewsError]


@strawberry.input
class StaffFeedbackSubmitInput:
    order_id: strawberry.ID = strawberry.field(description="The order: its global ID or row id.")
    category: FeedbackCategoryEnum = strawberry.field(description="What it is about.")
    message: str = strawberry.field(description="At most 2000 characters.")


@strawberry.type
class StaffFeedbackSubmitPayload:
    feedback: StaffFeedbackType | None = strawberry.field(
        description="The stored feedback; null when refused."
    )
    errors: list[ReviewsError]


def _ratings(given: ReviewSubmitInput | ReviewUpdateInput) -> service.Ratings:
    return service.Ratings(
        attitude=int(given.attitude.value), quality=int(given.quality.value),
        speed=int(given.speed.value), skill=int(given.skill.value),
    )  # fmt: skip


def _id(value: str, type_name: str, field: str) -> UUID:
    parsed = row_id(value, type_name)
    if parsed is None:
        code = ReviewsErrorCode.ORDER_NOT_FOUND
        if type_name == "Review":
            code = ReviewsErrorCode.REVIEW_NOT_FOUND
        raise DomainError(code, field)
    return parsed


@refusals(ReviewPayload, ReviewsError)
async def _review(
    info: strawberry.Info[Context, None], call: Callable[[UUID], Awaitable[dict[str, Any]]]
) -> ReviewPayload:
    context = info.context
    row = await call(context.user_id)
    return ReviewPayload(review=ReviewType.of(row), errors=[])


@strawberry.type
class ReviewsMutation:
    @strawberry.mutation(
        description="Review a completed order of yours, once: four dimensions on five levels "
        "and an optional comment. Abusive comments are kept but hidden until moderated."
    )
    async def review_submit(
        self, info: strawberry.Info[Context, None], input: ReviewSubmitInput
    ) -> ReviewPayload:
        days = info.context.runtime.settings.review_window_days
        return await _review(
            info,
            lambda me: service.submit_review(
                me, _id(input.order_id, "Order", "order_id"), _ratings(input), input.comment,
                review_window=timedelta(days=days),
            ),
        )  # fmt: skip

    @strawberry.mutation(
        description="Change your review within DISPATCHHUB_REVIEW_EDIT_HOURS (72 by default) "
        "of submitting it."
    )
    async def review_update(
        self, info: strawberry.Info[Context, None], input: ReviewUpdateInput
    ) -> ReviewPayload:
        hours = info.context.runtime.settings.review_edit_hours
        return await _review(
            info,
            lambda me: service.update_review(
                me, _id(input.review_id, "Review", "review_id"), _ratings(input), input.comment,
                edit_window=timedelta(hours=hours),
            ),
        )  # fmt: skip

    @strawberry.mutation(description="Answer a review of an order you served, once.")
    async def review_reply(
        self, info: strawberry.Info[Context, None], input: ReviewReplyInput
    ) -> ReviewPayload:
        return await _review(
            info,
            lambda me: service.reply_to_review(
                me, _id(input.review_id, "Review", "review_id"), input.reply
            ),
        )

    @strawberry.mutation(description="Clear a flagged review, with or without its text.")
    async def review_moderate(
        self, info: strawberry.Info[Context, None], input: ReviewModerateInput
    ) -> ReviewPayload:
        return await _review(
            info,
            lambda _me: service.moderate_review(
                _id(input.review_id, "Review", "review_id"), keep_text=input.keep_text
            ),
        )

    @strawberry.mutation(
        description="Report on an order assigned to you: how it went, problems met, or the "
        "customer's situation. Supervisors and dispatchers read it."
    )
    @refusals(StaffFeedbackSubmitPayload, ReviewsError)
    async def staff_feedback_submit(
        self, info: strawberry.Info[Context, None], input: StaffFeedbackSubmitInput
    ) -> StaffFeedbackSubmitPayload:
        context = info.context
        row = await feedback.submit_feedback(
            context.user_id,
            _id(input.order_id, "Order", "order_id"),
            feedback.FeedbackCategory(input.category),
            input.message,
        )
        return StaffFeedbackSubmitPayload(feedback=StaffFeedbackType.of(row), errors=[])
