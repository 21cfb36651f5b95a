"""Review and staff-feedback types, their levels and categories, and the error type."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any

import strawberry

from dispatchhub.graphql.common.enums import api_enum
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
    VERY_SATISFIED = strawberry.enum_value(5, description="Very satisfied (5). 非常满意。")
    SATISFIED = strawberry.enum_value(4, description="Satisfied (4). 满意。")
    NEUTRAL = strawberry.enum_value(3, description="Neutral (3). 一般。")
    DISSATISFIED = strawberry.enum_value(2, description="Dissatisfied (2). 不满意。")
    VERY_DISSATISFIED = strawberry.enum_value(1, description="Very dissatisfied (1). 非常不满意。")


api_enum(
    FeedbackCategory,
    name="FeedbackCategory",
    description="What a staff feedback is about.",
    values={
        "EXECUTION": "How the job went.",
        "PROBLEM": "A problem met on the job (parts, safety, access).",
        "CUSTOMER_SITUATION": "The customer's situation (not home, extra requests).",
    },
)
FeedbackCategoryEnum = FeedbackCategory


@strawberry.type(name="Review", description="A customer's review of a completed order.")
class ReviewType:
    id: strawberry.ID = strawberry.field(
        description="The review's id (a global ID; pass it to reviewUpdate, reviewReply, "
        "reviewModerate)."
    )
    order_id: strawberry.ID = strawberry.field(description="The Order's global ID.")
    staff_id: strawberry.ID = strawberry.field(
        description="The reviewed staff member's User global ID."
    )
    attitude: SatisfactionLevel = strawberry.field(
        description="How the staff member treated the customer."
    )
    quality: SatisfactionLevel = strawberry.field(description="The quality of the work.")
    speed: SatisfactionLevel = strawberry.field(description="How quickly it was done.")
    skill: SatisfactionLevel = strawberry.field(description="The staff member's skill.")
    comment: str = strawberry.field(
        description="The customer's words (at most 500 characters); empty when none or removed by "
        "moderation."
    )
    flagged: bool = strawberry.field(
        description="Abusive words were found; hidden from public listings until moderated."
    )
    reply: str = strawberry.field(description="The staff member's answer; empty when none.")
    replied_at: datetime | None = strawberry.field(
        description="When the staff member replied; null before."
    )
    created_at: datetime = strawberry.field(description="When it was submitted.")
    edited_at: datetime | None = strawberry.field(
        description="When the customer last changed it; null if never."
    )
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
    id: strawberry.ID = strawberry.field(description="The feedback's id (a global ID).")
    order_id: strawberry.ID = strawberry.field(description="The Order's global ID.")
    staff_id: strawberry.ID = strawberry.field(description="The author's User global ID.")
    category: FeedbackCategoryEnum = strawberry.field(description="What it is about.")
    message: str = strawberry.field(description="The report (at most 2,000 characters).")
    created_at: datetime = strawberry.field(description="When it was written.")

    @classmethod
    def of(cls, row: dict[str, Any]) -> StaffFeedbackType:
        """The API view of a feedback row."""
        return cls(
            id=global_id("StaffFeedback", row["id"]), order_id=global_id("Order", row["order"]),
            staff_id=global_id("User", row["staff"]), category=FeedbackCategory(row["category"]),
            message=row["message"], created_at=row["created_at"],
        )  # fmt: skip
