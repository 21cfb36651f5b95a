"""Why a payment or a refund was refused, and why a provider notification was."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["NotificationRefused", "PaymentsErrorCode"]


class PaymentsErrorCode(ErrorCode):
    """Codes of the payments domain, with their messages in Chinese and English."""

    BOOKING_NOT_FOUND = ("预约不存在。", "The booking does not exist.")
    NOT_YOUR_BOOKING = ("只能为您自己的预约付款。", "You can only pay for your own bookings.")
    UNKNOWN_PROVIDER = (
        "不支持该支付方式:{provider}。",
        "This payment method is not available: {provider}.",
    )
    NOTHING_DUE = ("该预约当前无需付款。", "Nothing is due on this booking.")
    NOT_PAYABLE = (
        "预约状态为 {status},暂不能支付服务费。",
        "The booking is {status}; its service cannot be paid for now.",
    )
    PROVIDER_UNAVAILABLE = (
        "支付服务暂时不可用,请稍后重试。",
        "The payment service is unavailable; please try again shortly.",
    )
    PAYMENT_NOT_FOUND = ("付款记录不存在。", "The payment does not exist.")
    NOT_PAID = (
        "该笔付款尚未完成,不能退款。",
        "This payment is not paid, so it cannot be refunded.",
    )
    AMOUNT_INVALID = ("金额须为正整数(单位:分)。", "The amount must be a positive number of fen.")
    AMOUNT_TOO_HIGH = (
        "最多可退 {refundable} 分。",
        "At most {refundable} fen can be refunded.",
    )
    CHARGE_NOT_FOUND = (
        "该预约没有待结算的补偿。",
        "This booking has no pending compensation with that id.",
    )
    REASON_REQUIRED = ("请填写退款原因。", "Give a reason for the refund.")
    TOO_LONG = ("内容不能超过 {max} 个字符。", "Must be at most {max} characters.")


class NotificationRefused(Exception):
    """A provider notification failed its checks (signature, merchant, format).

    Plugins raise it from ``verify_payment_notification``; the route answers 400 with no
    detail (the reason is logged) and changes nothing, so the provider retries and a forger
    learns nothing.
    """
