"""What payments and refunds are for and where they are, as the tables store it."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["PaymentPurpose", "PaymentStatus", "RefundStatus"]


class PaymentPurpose(StrEnum):
    """What a payment pays for: the booking's price, or its cancellation fees."""

    SERVICE = "SERVICE"
    CANCELLATION = "CANCELLATION"


class PaymentStatus(StrEnum):
    """Where a payment is: opened, paid, or closed unpaid."""

    CREATED = "CREATED"
    PAID = "PAID"
    CLOSED = "CLOSED"


class RefundStatus(StrEnum):
    """Where a refund is: queued, done by the provider, or given up."""

    REQUESTED = "REQUESTED"
    DONE = "DONE"
    FAILED = "FAILED"
