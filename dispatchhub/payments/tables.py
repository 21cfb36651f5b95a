"""Money: payments, refunds and cancellation charges, in integer minor units (fen)."""

from __future__ import annotations

from piccolo.columns import JSON, BigInt, ForeignKey, Text, Timestamptz, Varchar
from piccolo.table import Table

from dispatchhub.bookings.tables import Booking
from dispatchhub.tables_common import created_at, primary_key, updated_at

__all__ = ["CancellationCharge", "Payment", "PaymentNotification", "Refund"]


class Payment(Table, tablename="payments"):
    """A payment through a provider plugin. States: CREATED, PAID, CLOSED.

    ``number`` is ours and goes to the provider as its merchant order number, so a retried
    ``create_payment`` opens the same payment. ``purpose`` is SERVICE (the booking's price)
    or CANCELLATION (the booking's pending cancellation and reschedule fees).
    """

    id = primary_key()
    booking = ForeignKey(Booking, null=False, index=True)
    # unique: an index made by its migration (SQLite cannot add a UNIQUE column)
    number = Varchar(length=32, null=True, default=None)
    purpose = Varchar(length=12, default="SERVICE")
    amount_minor = BigInt()
    currency = Varchar(length=3, default="CNY")
    provider = Varchar(length=30)
    provider_ref = Varchar(length=100, null=True, default=None, unique=True)
    status = Varchar(length=10, default="CREATED", index=True)
    qr_code = Text(null=True, default=None)
    pay_url = Text(null=True, default=None)
    expires_at = Timestamptz(null=True, default=None)
    paid_at = Timestamptz(null=True, default=None)
    created_at = created_at()
    updated_at = updated_at()


class CancellationCharge(Table, tablename="cancellation_charges"):
    """What a cancellation or reschedule costs (positive, a fee) or earns (negative, compensation).

    ``rule`` is the cancellation-policy rule that applied, copied so later policy edits do not
    change it. States: PENDING, SETTLED, WAIVED.
    """

    id = primary_key()
    booking = ForeignKey(Booking, null=False, index=True)
    amount_minor = BigInt()
    currency = Varchar(length=3, default="CNY")
    fault = Varchar(length=10)
    rule = JSON(default="{}")
    status = Varchar(length=10, default="PENDING")
    created_at = created_at()


class Refund(Table, tablename="refunds"):
    """Money returned on a payment. States: REQUESTED, DONE, FAILED.

    ``number`` is the provider's idempotency key for the refund (Alipay ``out_request_no``).
    ``charge`` is the compensation (a negative cancellation charge) the refund settles.
    """

    id = primary_key()
    payment = ForeignKey(Payment, null=False, index=True)
    number = Varchar(length=32, null=True, default=None)  # unique, as Payment.number
    amount_minor = BigInt()
    reason = Text(default="")
    status = Varchar(length=10, default="REQUESTED")
    provider_ref = Varchar(length=100, null=True, default=None)
    charge = ForeignKey(CancellationCharge, null=True, default=None)
    requested_by = Varchar(length=36, null=True, default=None)
    done_at = Timestamptz(null=True, default=None)
    created_at = created_at()


class PaymentNotification(Table, tablename="payment_notifications"):
    """The inbox of provider notifications: one row per ``provider:notification id``.

    A provider repeats a notification until it is acknowledged; the unique ``key`` makes the
    second delivery a no-op. ``outcome`` says what it did: APPLIED, IGNORED (a state we do
    not act on, or a payment already settled) or REFUSED (amount or payment mismatch).
    """

    id = primary_key()
    key = Varchar(length=200, unique=True)
    payment = ForeignKey(Payment, null=True, default=None, index=True)
    outcome = Varchar(length=10)
    detail = JSON(default="{}")
    received_at = created_at()
