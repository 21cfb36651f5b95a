"""Payment, refund and provider types, their enums, and the error type."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any
from uuid import UUID

import strawberry
from strawberry import relay

from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import Error, error_type_for
from dispatchhub.graphql.loaders import children_loader
from dispatchhub.graphql.node import global_id
from dispatchhub.payments.errors import PaymentsErrorCode
from dispatchhub.payments.tables import Payment, Refund

__all__ = [
    "PaymentPurpose",
    "PaymentProviderType",
    "PaymentType",
    "PaymentsError",
    "RefundType",
    "payment_rows",
]

PaymentsErrorCodeEnum = strawberry.enum(
    PaymentsErrorCode, name="PaymentsErrorCode", description="Why a payment or refund was refused."
)


@strawberry.type
class PaymentsError(Error):
    code: PaymentsErrorCodeEnum  # type: ignore[valid-type]


error_type_for(PaymentsError, PaymentsErrorCodeEnum)


@strawberry.enum(description="What a payment pays for.")
class PaymentPurpose(Enum):
    SERVICE = "SERVICE"
    CANCELLATION = "CANCELLATION"


@strawberry.enum(description="Where a payment is: opened, paid, or closed unpaid.")
class PaymentStatus(Enum):
    CREATED = "CREATED"
    PAID = "PAID"
    CLOSED = "CLOSED"


@strawberry.enum(description="Where a refund is: queued, done by the provider, or given up.")
class RefundStatus(Enum):
    REQUESTED = "REQUESTED"
    DONE = "DONE"
    FAILED = "FAILED"


@strawberry.type(name="PaymentProvider", description="A way to pay (a provider plugin).")
class PaymentProviderType:
    code: str
    name: str = strawberry.field(description="In the request's language.")


@strawberry.type(name="Refund", description="Money returned on a payment.")
class RefundType:
    id: strawberry.ID
    number: str = strawberry.field(description="Ours; the provider's idempotency key.")
    amount_minor: int = strawberry.field(description="Fen.")
    reason: str
    status: RefundStatus
    created_at: datetime
    done_at: datetime | None

    @classmethod
    def of(cls, row: dict[str, Any]) -> RefundType:
        """The API view of a refund row."""
        return cls(
            id=global_id("Refund", row["id"]), number=row["number"] or "",
            amount_minor=row["amount_minor"], reason=row["reason"],
            status=RefundStatus(row["status"]), created_at=row["created_at"],
            done_at=row["done_at"],
        )  # fmt: skip


@strawberry.type(name="Payment", description="A payment through a provider.")
class PaymentType:
    id: strawberry.ID
    number: str = strawberry.field(description="Ours; the provider's merchant order number.")
    booking_id: strawberry.ID
    purpose: PaymentPurpose
    provider: str
    amount_minor: int = strawberry.field(description="Fen.")
    currency: str
    status: PaymentStatus
    qr_code: str | None = strawberry.field(description="Content of the QR code to scan.")
    pay_url: str | None = strawberry.field(description="A page to open to pay.")
    expires_at: datetime | None
    paid_at: datetime | None
    created_at: datetime

    @strawberry.field(description="Refunds on this payment, oldest first.")
    async def refunds(self, info: strawberry.Info[Context, None]) -> list[RefundType]:
        payment_id = relay.GlobalID.from_id(self.id).node_id
        loader = children_loader(info.context, "payment.refunds", _refunds, "payment")
        return [RefundType.of(row) for row in await loader.load(payment_id)]

    @classmethod
    def of(cls, row: dict[str, Any]) -> PaymentType:
        """The API view of a payment row."""
        return cls(
            id=global_id("Payment", row["id"]), number=row["number"] or "",
            booking_id=global_id("Booking", row["booking"]), purpose=PaymentPurpose(row["purpose"]),
            provider=row["provider"], amount_minor=row["amount_minor"],
            currency=row["currency"], status=PaymentStatus(row["status"]),
            qr_code=row["qr_code"], pay_url=row["pay_url"], expires_at=row["expires_at"],
            paid_at=row["paid_at"], created_at=row["created_at"],
        )  # fmt: skip


async def _refunds(payment_ids: list[UUID]) -> list[dict[str, Any]]:
    return list(
        await Refund.select().where(Refund.payment.is_in(payment_ids)).order_by(Refund.created_at)
    )


async def payment_rows(booking_ids: list[UUID]) -> list[dict[str, Any]]:
    """The payments of these bookings, oldest first (a :func:`children_loader` fetch)."""
    return list(
        await Payment.select()
        .where(Payment.booking.is_in(booking_ids))
        .order_by(Payment.created_at)
    )
