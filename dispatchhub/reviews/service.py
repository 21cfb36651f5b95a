"""Customer reviews of completed orders: submit, edit for a while, staff reply, moderation.

One review per completed order, by the order's customer, rating four dimensions on five
levels (5 VERY_SATISFIED … 1 VERY_DISSATISFIED). The customer may change it for
:data:`EDIT_WINDOW`; the staff member who served the order may reply once. Comments with
abusive words are stored ``flagged`` and left out of public listings until a moderator
clears them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from uuid import UUID

from dispatchhub import db
from dispatchhub.dispatch.stats import stats_changed
from dispatchhub.errors import DomainError, FieldError, ValidationFailed
from dispatchhub.orders.tables import Order
from dispatchhub.outbox.service import now as utcnow
from dispatchhub.reviews.errors import ReviewsErrorCode
from dispatchhub.reviews.moderation import is_abusive
from dispatchhub.reviews.tables import Review

__all__ = [
    "COMMENT_MAX",
    "DIMENSIONS",
    "EDIT_WINDOW",
    "REVIEW_WINDOW",
    "Ratings",
    "moderate_review",
    "flagged_reviews",
    "public_reviews",
    "reply_to_review",
    "submit_review",
    "update_review",
]

COMMENT_MAX = 500
EDIT_WINDOW = timedelta(hours=72)
# How long after completion an order may be reviewed (the invitation says so).
REVIEW_WINDOW = timedelta(days=30)
DIMENSIONS = ("attitude", "quality", "speed", "skill")


@dataclass(frozen=True, slots=True)
class Ratings:
    """The four dimensions, each 1 (very dissatisfied) to 5 (very satisfied)."""

    attitude: int
    quality: int
    speed: int
    skill: int


def _check(ratings: Ratings, comment: str) -> None:
    errors = [
        FieldError(ReviewsErrorCode.LEVEL_OUT_OF_RANGE, name)
        for name in DIMENSIONS
        if not 1 <= getattr(ratings, name) <= 5
    ]
    if len(comment) > COMMENT_MAX:
        errors.append(FieldError(ReviewsErrorCode.TOO_LONG, "comment", {"max": COMMENT_MAX}))
    if errors:
        raise ValidationFailed(errors)


async def _review(review_id: UUID) -> dict[str, Any]:
    row = await Review.select().where(Review.id == review_id).first()
    if row is None:
        raise DomainError(ReviewsErrorCode.REVIEW_NOT_FOUND, "review_id")
    return row


async def submit_review(
    customer_id: UUID,
    order_id: UUID,
    ratings: Ratings,
    comment: str = "",
    *,
    review_window: timedelta = REVIEW_WINDOW,
) -> dict[str, Any]:
    """Record the customer's review of their completed order.

    Args:
        customer_id: the signed-in customer.
        order_id: the order reviewed; it must be theirs and COMPLETED.
        ratings: the four levels.
        comment: free text, at most :data:`COMMENT_MAX` characters.
        review_window: how long after completion a review is taken
            (``DISPATCHHUB_REVIEW_WINDOW_DAYS``).

    Returns:
        The stored review row.

    Raises:
        DomainError: ORDER_NOT_FOUND, NOT_YOUR_ORDER, ORDER_NOT_COMPLETED,
            REVIEW_WINDOW_CLOSED, ALREADY_REVIEWED, LEVEL_OUT_OF_RANGE, TOO_LONG.
    """
    comment = comment.strip()
    _check(ratings, comment)
    async with db.write():
        order = await (
            Order.select(
                Order.id, Order.status, Order.assignee, Order.completed_at, Order.booking.customer
            )
            .where(Order.id == order_id)
            .first()
        )
        if order is None:
            raise DomainError(ReviewsErrorCode.ORDER_NOT_FOUND, "order_id")
        if order["booking.customer"] != customer_id:
            raise DomainError(ReviewsErrorCode.NOT_YOUR_ORDER, "order_id")
        if order["status"] != "COMPLETED" or order["assignee"] is None:
            raise DomainError(ReviewsErrorCode.ORDER_NOT_COMPLETED, "order_id")
        completed = order["completed_at"]
        if completed is not None and utcnow() - completed > review_window:
            raise DomainError(ReviewsErrorCode.REVIEW_WINDOW_CLOSED, "order_id",
                              days=review_window.days)  # fmt: skip
        # The unique order column decides a race between two submissions: the loser inserts
        # nothing and is told the order is already reviewed.
        inserted = await (
            Review.insert(
                Review(
                    order=order_id,
                    customer=customer_id,
                    staff=order["assignee"],
                    attitude=ratings.attitude,
                    quality=ratings.quality,
                    speed=ratings.speed,
                    skill=ratings.skill,
                    comment=comment,
                    flagged=is_abusive(comment),
                )  # fmt: skip
            )
            .on_conflict(target=Review.order, action="DO NOTHING")
            .returning(Review.id)
        )
        if not inserted:
            raise DomainError(ReviewsErrorCode.ALREADY_REVIEWED, "order_id")
        await stats_changed(order["assignee"])
        return await _review(inserted[0]["id"])


async def update_review(
    customer_id: UUID,
    review_id: UUID,
    ratings: Ratings,
    comment: str = "",
    *,
    edit_window: timedelta = EDIT_WINDOW,
) -> dict[str, Any]:
    """Change a review within ``edit_window`` of submitting it
    (``DISPATCHHUB_REVIEW_EDIT_HOURS``, :data:`EDIT_WINDOW` by default).

    Raises:
        DomainError: REVIEW_NOT_FOUND, NOT_YOUR_REVIEW, EDIT_WINDOW_CLOSED, LEVEL_OUT_OF_RANGE,
            TOO_LONG.
    """
    comment = comment.strip()
    _check(ratings, comment)
    async with db.write():
        review = await _review(review_id)
        if review["customer"] != customer_id:
            raise DomainError(ReviewsErrorCode.NOT_YOUR_REVIEW, "review_id")
        now = utcnow()
        if now - review["created_at"] > edit_window:
            raise DomainError(
                ReviewsErrorCode.EDIT_WINDOW_CLOSED, "review_id",
                hours=int(edit_window.total_seconds() // 3600),
            )  # fmt: skip
        await Review.update(
            {
                Review.attitude: ratings.attitude,
                Review.quality: ratings.quality,
                Review.speed: ratings.speed,
                Review.skill: ratings.skill,
                Review.comment: comment,
                Review.flagged: is_abusive(comment),
                Review.edited_at: now,
            }  # fmt: skip
        ).where(Review.id == review_id)
        await stats_changed(review["staff"])
        return await _review(review_id)


async def reply_to_review(staff_id: UUID, review_id: UUID, reply: str) -> dict[str, Any]:
    """The served staff member's one public answer to a review.

    Raises:
        DomainError: REVIEW_NOT_FOUND, NOT_THE_ASSIGNEE, ALREADY_REPLIED, REQUIRED, TOO_LONG.
    """
    reply = reply.strip()
    if not reply:
        raise DomainError(ReviewsErrorCode.REQUIRED, "reply")
    if len(reply) > COMMENT_MAX:
        raise DomainError(ReviewsErrorCode.TOO_LONG, "reply", max=COMMENT_MAX)
    async with db.write():
        review = await _review(review_id)
        if review["staff"] != staff_id:
            raise DomainError(ReviewsErrorCode.NOT_THE_ASSIGNEE, "review_id")
        if review["replied_at"] is not None:
            raise DomainError(ReviewsErrorCode.ALREADY_REPLIED, "review_id")
        flagged = review["flagged"] or is_abusive(reply)
        await Review.update(
            {Review.reply: reply, Review.replied_at: utcnow(), Review.flagged: flagged}
        ).where(Review.id == review_id)
        return await _review(review_id)


async def moderate_review(review_id: UUID, *, keep_text: bool) -> dict[str, Any]:
    """Clear a review's flag: publish it as written, or with its comment and reply removed.

    The ratings always stay: they are the customer's judgement and feed the statistics.

    Raises:
        DomainError: REVIEW_NOT_FOUND.
    """
    async with db.write():
        await _review(review_id)
        changes: dict[Any, Any] = {Review.flagged: False}
        if not keep_text:
            changes |= {Review.comment: "", Review.reply: ""}
        await Review.update(changes).where(Review.id == review_id)
        return await _review(review_id)


async def public_reviews(staff_id: UUID, *, limit: int = 20) -> list[dict[str, Any]]:
    """The newest unflagged reviews of a staff member, as anyone may see them."""
    return await (
        Review.select()
        .where((Review.staff == staff_id) & (Review.flagged.eq(False)))
        .order_by(Review.created_at, ascending=False)
        .limit(limit)
    )


async def flagged_reviews(*, limit: int = 50) -> list[dict[str, Any]]:
    """Reviews waiting for a moderator, oldest first."""
    return await (
        Review.select().where(Review.flagged.eq(True)).order_by(Review.created_at).limit(limit)
    )
