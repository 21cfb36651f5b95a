"""Payments: paying for a booking, refunding (agents)."""

from __future__ import annotations

from uuid import UUID

import strawberry

from dispatchhub.authz.ownership import may
from dispatchhub.bookings import lifecycle
from dispatchhub.errors import DomainError
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.payments.types import (
    PaymentPurpose,
    PaymentsError,
    PaymentType,
    RefundType,
)
from dispatchhub.graphql.refusals import refusals
from dispatchhub.payments import service
from dispatchhub.payments.errors import PaymentsErrorCode

__all__ = ["PaymentsMutation"]


@strawberry.input
class PaymentCreateInput:
    booking_id: strawberry.ID = strawberry.field(
        description="The booking: its global ID or row id."
    )
    provider: str = strawberry.field(description="A code from paymentProviders.")
    purpose: PaymentPurpose = strawberry.field(
        default=PaymentPurpose.SERVICE,
        description="SERVICE: the booking's price; CANCELLATION: its pending fees.",
    )


@strawberry.type
class PaymentPayload:
    payment: PaymentType | None = strawberry.field(
        description="The payment to pay (the open one when asked again); null when refused."
    )
    errors: list[PaymentsError]


@strawberry.input
class PaymentRefundInput:
    payment_id: strawberry.ID = strawberry.field(
        description="The payment: its global ID or row id."
    )
    reason: str = strawberry.field(description="Shown to the customer; at most 200 characters.")
    amount_minor: int | None = strawberry.field(
        default=None, description="Fen; omitted: all that is left, or the compensation's amount."
    )
    charge_id: strawberry.ID | None = strawberry.field(
        default=None, description="A pending compensation of the booking this refund pays."
    )


@strawberry.type
class RefundPayload:
    refund: RefundType | None = strawberry.field(
        description="The refund queued; null when refused."
    )
    errors: list[PaymentsError]


def _id(value: str | None, type_name: str, code: PaymentsErrorCode, field: str) -> UUID:
    parsed = row_id(value, type_name) if value else None
    if parsed is None:
        raise DomainError(code, field)
    return parsed


async def _payable(context: Context, value: str) -> UUID:
    """The booking's id if the caller is its customer or an agent; NOT_FOUND otherwise."""
    booking_id = _id(value, "Booking", PaymentsErrorCode.BOOKING_NOT_FOUND, "bookingId")
    try:
        row = await lifecycle.load_booking(booking_id)
    except DomainError:
        raise DomainError(PaymentsErrorCode.BOOKING_NOT_FOUND, "bookingId") from None
    if not await may(context.enforcer, context.actor, "Booking", "write", row):
        raise DomainError(PaymentsErrorCode.BOOKING_NOT_FOUND, "bookingId")
    return booking_id


@strawberry.type
class PaymentsMutation:
    @strawberry.mutation(
        description="Pay what a booking owes (its price, or its pending cancellation fees) "
        "through a provider: returns the QR code or page. Asking again while it is open "
        "returns the same payment."
    )
    @refusals(PaymentPayload, PaymentsError)
    async def payment_create(
        self, info: strawberry.Info[Context, None], input: PaymentCreateInput
    ) -> PaymentPayload:
        context = info.context
        row = await service.open_payment(
            context.runtime,
            booking_id=await _payable(context, input.booking_id),
            provider=input.provider.strip(),
            purpose=input.purpose.value,
            base_url=str(context.request.base_url),
        )
        return PaymentPayload(payment=PaymentType.of(row), errors=[])

    @strawberry.mutation(
        description="Return money on a paid payment (all that is left, an amount, or a "
        "pending compensation). The refund is queued and done by the provider shortly."
    )
    @refusals(RefundPayload, PaymentsError)
    async def payment_refund(
        self, info: strawberry.Info[Context, None], input: PaymentRefundInput
    ) -> RefundPayload:
        context = info.context
        row = await service.request_refund(
            actor_id=context.user_id,
            payment_id=_id(input.payment_id, "Payment",
                           PaymentsErrorCode.PAYMENT_NOT_FOUND, "paymentId"),
            reason=input.reason, amount_minor=input.amount_minor,
            charge_id=_id(input.charge_id, "Charge", PaymentsErrorCode.CHARGE_NOT_FOUND,
                          "chargeId") if input.charge_id else None,
        )  # fmt: skip
        return RefundPayload(refund=RefundType.of(row), errors=[])
