"""Why a review, a reply or a staff feedback was refused."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["ReviewsErrorCode"]


class ReviewsErrorCode(ErrorCode):
    """Codes of the reviews domain, with their messages in Chinese and English."""

    ORDER_NOT_FOUND = ("订单不存在。", "The order does not exist.")
    NOT_YOUR_ORDER = ("只能评价您自己的订单。", "You can only review your own orders.")
    ORDER_NOT_COMPLETED = (
        "订单完成后才能评价。",
        "The order can be reviewed once it is completed.",
    )
    ALREADY_REVIEWED = ("该订单已评价过。", "This order has already been reviewed.")
    LEVEL_OUT_OF_RANGE = ("评分须在 1 到 5 之间。", "A rating must be between 1 and 5.")
    TOO_LONG = ("内容不能超过 {max} 个字符。", "Must be at most {max} characters.")
    REQUIRED = ("此项必填。", "This field is required.")
    REVIEW_NOT_FOUND = ("评价不存在。", "The review does not exist.")
    NOT_YOUR_REVIEW = ("只能修改您自己的评价。", "You can only change your own review.")
    REVIEW_WINDOW_CLOSED = (
        "订单完成已超过 {days} 天,不能再评价。",
        "An order can be reviewed only within {days} days of its completion.",
    )
    EDIT_WINDOW_CLOSED = (
        "评价提交 {hours} 小时后不能再修改。",
        "A review can be changed only within {hours} hours of submitting it.",
    )
    NOT_THE_ASSIGNEE = (
        "只有负责该订单的服务人员可以操作。",
        "Only the staff member who served the order can do this.",
    )
    ALREADY_REPLIED = ("已回复过该评价。", "This review already has a reply.")
