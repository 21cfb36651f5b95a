"""Payment, refund and provider types, their enums, and the error type."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

import strawberry
from strawberry import relay

from dispatchhub.graphql.common.enums import api_enum
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import Error, error_type_for
from dispatchhub.graphql.loaders import children_loader
from dispatchhub.graphql.node import global_id
from dispatchhub.payments.errors import PaymentsErrorCode
from dispatchhub.payments.statuses import PaymentPurpose, PaymentStatus, RefundStatus
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


api_enum(
    PaymentPurpose,
    name="PaymentPurpose",
    description="What a payment pays for.",
    values={
        "SERVICE": "The booking's quoted price (less what was paid already).",
        "CANCELLATION": "The booking's pending cancellation and reschedule fees.",
    },
)
api_enum(
    PaymentStatus,
    name="PaymentStatus",
    description="Where a payment is: opened, paid, or closed unpaid.",
    values={
        "CREATED": "Opened: the QR code or link may be paid (30 minutes).",
        "PAID": "The provider reported it paid (verified notification).",
        "CLOSED": "The provider reported it closed unpaid; a payment arriving later still "
        "turns it PAID.",
    },
)
api_enum(
    RefundStatus,
    name="RefundStatus",
    description="Where a refund is: queued, done by the provider, or given up.",
    values={
        "REQUESTED": "Queued in the outbox; the provider has not confirmed it yet.",
        "DONE": "The provider paid the money back.",
        "FAILED": "Given up; its amount counts as refundable again.",
    },
)


@strawberry.type(name="PaymentProvider", description="A way to pay (a provider plugin).")
class PaymentProviderType:
    code: str = strawberry.field(
        description="The provider's code, as `paymentCreate(provider:)` takes it (e.g. `alipay`)."
    )
    name: str = strawberry.field(description="In the request's language.")


@strawberry.type(name="Refund", description="Money returned on a payment.")
class RefundType:
    id: strawberry.ID = strawberry.field(description="The refund's global ID.")
    number: str = strawberry.field(description="Ours; the provider's idempotency key.")
    amount_minor: int = strawberry.field(description="Fen.")
    reason: str = strawberry.field(
        description="Why, as the admin wrote it (shown to the customer)."
    )
    status: RefundStatus = strawberry.field(description="Where the refund is.")
    created_at: datetime = strawberry.field(description="When it was asked for.")
    done_at: datetime | None = strawberry.field(
        description="When the provider confirmed it; null before."
    )

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
    id: strawberry.ID = strawberry.field(
        description="The payment's global ID (for `paymentRefund(paymentId:)`)."
    )
    number: str = strawberry.field(description="Ours; the provider's merchant order number.")
    booking_id: strawberry.ID = strawberry.field(description="The Booking's global ID.")
    purpose: PaymentPurpose = strawberry.field(description="What it pays for.")
    provider: str = strawberry.field(description="The provider's code (e.g. `alipay`).")
    amount_minor: int = strawberry.field(description="Fen.")
    currency: str = strawberry.field(description="ISO 4217 code of the amount (CNY).")
    status: PaymentStatus = strawberry.field(description="Where the payment is.")
    qr_code: str | None = strawberry.field(description="Content of the QR code to scan.")
    pay_url: str | None = strawberry.field(description="A page to open to pay.")
    expires_at: datetime | None = strawberry.field(
        description="Until when the QR code or link may be paid (30 minutes after opening); null "
        "when not applicable."
    )
    paid_at: datetime | None = strawberry.field(
        description="When the provider reported it paid; null before."
    )
    created_at: datetime = strawberry.field(description="When it was opened.")

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
