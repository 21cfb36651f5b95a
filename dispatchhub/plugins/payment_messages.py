"""What the core and a payment plugin hand each other: plain frozen dataclasses, no ORM rows.

Amounts are integer minor units (fen) with an ISO 4217 currency code, never floats; a
plugin converts to its provider's notation (Alipay wants yuan as ``"88.00"``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = [
    "PaymentNotice",
    "PaymentProviderInfo",
    "PaymentRequest",
    "PaymentSession",
    "RefundRequest",
    "RefundResult",
]


@dataclass(frozen=True, slots=True)
class PaymentProviderInfo:
    """A provider a customer may choose (``register_payment_providers``)."""

    code: str
    name_zh: str
    name_en: str


@dataclass(frozen=True, slots=True)
class PaymentRequest:
    """Ask a provider to open a payment.

    Attributes:
        provider: the provider code the customer chose (``alipay``).
        number: our payment number, unique and stable across retries: pass it to the
            provider as its merchant order number (Alipay ``out_trade_no``), so a retried
            request opens the same payment, never a second one.
        amount_minor: what to collect, in fen.
        currency: ISO 4217 code (``CNY``).
        subject: the line the payer sees (``空调维修 B20261206-7F3A9C``).
        notify_url: where the provider must send its asynchronous notifications.
        expires_at: when an unpaid payment should close.
    """

    provider: str
    number: str
    amount_minor: int
    currency: str
    subject: str
    notify_url: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class PaymentSession:
    """How the payer pays: a QR code to scan and/or a page to open."""

    provider: str
    qr_code: str | None = None
    pay_url: str | None = None


@dataclass(frozen=True, slots=True)
class PaymentNotice:
    """A provider's notification, after the plugin verified its signature.

    Attributes:
        provider: the provider code.
        notification_id: the provider's id of this notification (Alipay ``notify_id``);
            the core applies each one once, however often it is delivered.
        number: our payment number the notification is about.
        provider_ref: the provider's own payment id (Alipay ``trade_no``).
        amount_minor: the amount the provider says was paid, in fen; the core refuses a
            notice whose amount differs from the payment's.
        status: ``PAID`` or ``CLOSED``; ``PENDING`` notices are acknowledged and ignored.
        paid_at: when the payer paid, by the provider's clock.
        ack: the body the provider expects back once the notice is safely stored
            (Alipay: ``success``).
    """

    provider: str
    notification_id: str
    number: str
    provider_ref: str
    amount_minor: int
    status: str
    paid_at: datetime | None
    ack: str


@dataclass(frozen=True, slots=True)
class RefundRequest:
    """Ask a provider to return money on a paid payment.

    Attributes:
        provider: the payment's provider.
        number: our refund number, the provider's idempotency key for it (Alipay
            ``out_request_no``): a retried refund is done once.
        payment_number: our payment number (Alipay ``out_trade_no``).
        provider_ref: the provider's payment id.
        amount_minor: how much to return, in fen.
        currency: ISO 4217 code.
        reason: shown to the payer.
    """

    provider: str
    number: str
    payment_number: str
    provider_ref: str
    amount_minor: int
    currency: str
    reason: str


@dataclass(frozen=True, slots=True)
class RefundResult:
    """The provider's answer to a refund it accepted."""

    provider: str
    provider_ref: str
