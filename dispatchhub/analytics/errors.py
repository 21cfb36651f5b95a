"""Why a report's arguments were refused."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["AnalyticsErrorCode"]


class AnalyticsErrorCode(ErrorCode):
    """Codes of the analytics domain, with their messages in Chinese and English."""

    RANGE_BACKWARDS = ("结束日期不能早于开始日期。", "The end date is before the start date.")
    RANGE_TOO_LONG = (
        "时间范围不能超过 {days} 天。",
        "The date range can be at most {days} days.",
    )
    INVALID_WEIGHT = ("权重须在 0 到 100 之间,且不能全为 0。",
                      "Weights must be between 0 and 100 and not all 0.")  # fmt: skip
    CUSTOMER_NOT_FOUND = ("客户不存在。", "The customer does not exist.")
