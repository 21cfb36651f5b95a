"""Money: payments, refunds and cancellation charges, in integer minor units (fen)."""

from __future__ import annotations

from piccolo.columns import JSON, BigInt, ForeignKey, Text, Timestamptz, Varchar
from piccolo.table import Table

from dispatchhub.bookings.tables import Booking
from dispatchhub.tables_common import created_at, primary_key, updated_at

__all__ = ["CancellationCharge", "Payment", "Refund"]


class Payment(Table, tablename="payments"):
    """A payment through a provider plugin. States: CREATED, PAID, FAILED, CLOSED."""

    id = primary_key()
    booking = ForeignKey(Booking, null=False, index=True)
    amount_minor = BigInt()
    currency = Varchar(length=3, default="CNY")
    provider = Varchar(length=30)
    provider_ref = Varchar(length=100, null=True, default=None, unique=True)
    status = Varchar(length=10, default="CREATED", index=True)
    paid_at = Timestamptz(null=True, default=None)
    created_at = created_at()
    updated_at = updated_at()


class Refund(Table, tablename="refunds"):
    """Money returned on a payment. States: REQUESTED, DONE, FAILED."""

    id = primary_key()
    payment = ForeignKey(Payment, null=False, index=True)
    amount_minor = BigInt()
    reason = Text(default="")
    status = Varchar(length=10, default="REQUESTED")
    provider_ref = Varchar(length=100, null=True, default=None)
    created_at = created_at()


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
