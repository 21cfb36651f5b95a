"""Review and staff-feedback types, their levels and categories, and the error type."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any

import strawberry

from dispatchhub.graphql.errors import Error, error_type_for
from dispatchhub.graphql.node import global_id
from dispatchhub.reviews.errors import ReviewsErrorCode
from dispatchhub.reviews.feedback import FeedbackCategory
from dispatchhub.reviews.service import EDIT_WINDOW

__all__ = [
    "FeedbackCategoryEnum",
    "ReviewType",
    "ReviewsError",
    "SatisfactionLevel",
    "StaffFeedbackType",
]

ReviewsErrorCodeEnum = strawberry.enum(
    ReviewsErrorCode, name="ReviewsErrorCode", description="Why a review or feedback was refused."
)


@strawberry.type
class ReviewsError(Error):
    code: ReviewsErrorCodeEnum  # type: ignore[valid-type]


error_type_for(ReviewsError, ReviewsErrorCodeEnum)


@strawberry.enum(description="How satisfied the customer was with one dimension (stored 5..1).")
class SatisfactionLevel(Enum):
    VERY_SATISFIED = 5
    SATISFIED = 4
    NEUTRAL = 3
    DISSATISFIED = 2
    VERY_DISSATISFIED = 1


FeedbackCategoryEnum = strawberry.enum(
    FeedbackCategory, name="FeedbackCategory", description="What a staff feedback is about."
)


@strawberry.type(name="Review", description="A customer's review of a completed order.")
class ReviewType:
    id: strawberry.ID
    order_id: strawberry.ID
    staff_id: strawberry.ID
    attitude: SatisfactionLevel
    quality: SatisfactionLevel
    speed: SatisfactionLevel
    skill: SatisfactionLevel
    comment: str
    flagged: bool = strawberry.field(
        description="Abusive words were found; hidden from public listings until moderated."
    )
    reply: str = strawberry.field(description="The staff member's answer; empty when none.")
    replied_at: datetime | None
    created_at: datetime
    edited_at: datetime | None
    editable_until: datetime = strawberry.field(description="The customer may change it until.")

    @classmethod
    def of(cls, row: dict[str, Any]) -> ReviewType:
        """The API view of a review row."""
        return cls(
            id=global_id("Review", row["id"]), order_id=global_id("Order", row["order"]),
            staff_id=global_id("User", row["staff"]),
            attitude=SatisfactionLevel(row["attitude"]), quality=SatisfactionLevel(row["quality"]),
            speed=SatisfactionLevel(row["speed"]), skill=SatisfactionLevel(row["skill"]),
            comment=row["comment"], flagged=row["flagged"], reply=row["reply"],
            replied_at=row["replied_at"], created_at=row["created_at"],
            edited_at=row["edited_at"], editable_until=row["created_at"] + EDIT_WINDOW,
        )  # fmt: skip


@strawberry.type(name="StaffFeedback", description="A staff member's report on a job.")
class StaffFeedbackType:
    id: strawberry.ID
    order_id: strawberry.ID
    staff_id: strawberry.ID
    category: FeedbackCategoryEnum  # type: ignore[valid-type]
    message: str
    created_at: datetime

    @classmethod
    def of(cls, row: dict[str, Any]) -> StaffFeedbackType:
        """The API view of a feedback row."""
        return cls(
            id=global_id("StaffFeedback", row["id"]), order_id=global_id("Order", row["order"]),
            staff_id=global_id("User", row["staff"]), category=FeedbackCategory(row["category"]),
            message=row["message"], created_at=row["created_at"],
        )  # fmt: skip
