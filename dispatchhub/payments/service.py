"""Payments through provider plugins: open, take the provider's word, refund.

* :func:`open_payment` commits a CREATED payment with our number, then asks the provider
  plugin (``create_payment``) for the QR code or page; a provider failure loses nothing,
  and asking again reuses the same number, so the provider never opens a second payment.
* :func:`receive_notification` is what ``POST /payments/{provider}/notify`` does: the plugin
  verifies the signature over the raw body (``verify_payment_notification``), then
  :func:`apply_notice` applies it in one transaction, once per provider notification id
  (the inbox ``payment_notifications``), and only when its amount is the payment's.
* :func:`request_refund` commits a REQUESTED refund with the outbox row that performs it
  (``payments.refund`` → ``refund_payment``), so a provider outage delays a refund and never
  loses it.

Money is integer fen; a payment pays for the booking's price (SERVICE) or for its pending
cancellation and reschedule fees (CANCELLATION), which it settles when paid.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID

from piccolo.query.functions.aggregate import Sum

from dispatchhub import db
from dispatchhub.bookings.statuses import BookingStatus, ChargeStatus
from dispatchhub.bookings.tables import Booking
from dispatchhub.errors import DomainError, FieldError, ValidationFailed
from dispatchhub.notifications.service import notify
from dispatchhub.outbox.handlers import register_task
from dispatchhub.outbox.service import enqueue
from dispatchhub.outbox.service import now as utcnow
from dispatchhub.payments.errors import PaymentsErrorCode
from dispatchhub.payments.statuses import PaymentPurpose, PaymentStatus, RefundStatus
from dispatchhub.payments.tables import (
    CancellationCharge,
    Payment,
    PaymentNotification,
    Refund,
)
from dispatchhub.plugins.events import emit
from dispatchhub.plugins.payment_messages import (
    PaymentNotice,
    PaymentProviderInfo,
    PaymentRequest,
    RefundRequest,
)

if TYPE_CHECKING:
    import pluggy

    from dispatchhub.runtime import Runtime

__all__ = [
    "PAYABLE",
    "PAYMENT_TTL",
    "PURPOSES",
    "REFUND_TASK",
    "UnknownProvider",
    "amount_due",
    "apply_notice",
    "format_amount",
    "open_payment",
    "providers",
    "receive_notification",
    "refundable",
    "request_refund",
    "run_refund",
]

log = logging.getLogger(__name__)

PURPOSES = ("SERVICE", "CANCELLATION")
# Booking states whose service may be paid for: confirmed (paying ahead) until completed.
PAYABLE = (BookingStatus.CONFIRMED, BookingStatus.IN_SERVICE, BookingStatus.COMPLETED)
# How long an opened payment stays payable; the provider closes it after that.
PAYMENT_TTL = timedelta(minutes=30)
REFUND_TASK = "payments.refund"
REASON_MAX = 200


class UnknownProvider(LookupError):
    """No installed plugin serves the provider a notification names."""


@dataclass(frozen=True, slots=True)
class _Booking:
    id: UUID
    number: str
    customer: UUID
    status: str
    price_minor: int | None
    currency: str
    service_name: str


def providers(plugins: pluggy.PluginManager) -> list[PaymentProviderInfo]:
    """Every provider the installed plugins offer, in registration order.

    Raises:
        RuntimeError: two plugins offer the same code.
    """
    found: dict[str, PaymentProviderInfo] = {}
    for contributed in reversed(plugins.hook.register_payment_providers()):
        for info in contributed:
            if info.code in found:
                raise RuntimeError(f"two plugins register the payment provider {info.code!r}")
            found[info.code] = info
    return list(found.values())


def format_amount(amount_minor: int, currency: str) -> str:
    """``12345, "CNY"`` → ``"¥123.45"``; other currencies as ``"123.45 USD"``."""
    sign = "-" if amount_minor < 0 else ""
    yuan, fen = divmod(abs(amount_minor), 100)
    number = f"{yuan}.{fen:02d}"
    return f"{sign}¥{number}" if currency == "CNY" else f"{sign}{number} {currency}"


async def _booking(booking_id: UUID) -> _Booking:
    row = await (
        Booking.select(
            Booking.id,
            Booking.number,
            Booking.customer,
            Booking.status,
            Booking.price_minor,
            Booking.service_snapshot,
        )  # fmt: skip
        .where(Booking.id == booking_id)
        .output(load_json=True)
        .first()
    )
    if row is None:
        raise DomainError(PaymentsErrorCode.BOOKING_NOT_FOUND, "bookingId")
    snapshot = row["service_snapshot"] if isinstance(row["service_snapshot"], dict) else {}
    return _Booking(
        id=row["id"], number=row["number"], customer=row["customer"], status=row["status"],
        price_minor=row["price_minor"], currency=snapshot.get("currency", "CNY"),
        service_name=snapshot.get("name_zh", ""),
    )  # fmt: skip


async def amount_due(booking_id: UUID, purpose: str) -> int:
    """What the booking owes for ``purpose`` now, in fen (0 when nothing).

    SERVICE: its quoted price less what SERVICE payments already paid. CANCELLATION: its
    PENDING fees (positive charges); compensation (negative charges) is paid back by refund.
    """
    if purpose == "CANCELLATION":
        row = await (
            CancellationCharge.select(Sum(CancellationCharge.amount_minor))
            .where(
                CancellationCharge.booking == booking_id,
                CancellationCharge.status == ChargeStatus.PENDING,
                CancellationCharge.amount_minor > 0,
            )
            .first()
        )
        return int((row or {}).get("sum") or 0)
    booking = await _booking(booking_id)
    paid = await (
        Payment.select(Sum(Payment.amount_minor))
        .where(
            Payment.booking == booking_id,
            Payment.purpose == "SERVICE",
            Payment.status == PaymentStatus.PAID,
        )
        .first()
    )
    return max(0, (booking.price_minor or 0) - int((paid or {}).get("sum") or 0))


def _new_number(prefix: str) -> str:
    """``P20261206`` + 12 hex digits: unique, unguessable, fits every provider's format."""
    return f"{prefix}{utcnow():%Y%m%d}{secrets.token_hex(6).upper()}"


async def open_payment(
    runtime: Runtime,
    *,
    booking_id: UUID,
    provider: str,
    purpose: str,
    base_url: str,
) -> dict[str, Any]:
    """Open (or reopen) a payment of what ``booking_id`` owes for ``purpose``.

    The caller has checked that the actor may act on the booking. An open payment for the
    same booking, purpose, provider and amount is reused, so a customer who asks twice
    scans one code.

    Args:
        runtime: its plugins answer ``create_payment``.
        booking_id: the booking paid for.
        provider: a code from :func:`providers`.
        purpose: SERVICE or CANCELLATION.
        base_url: this server as the request reached it; ``public_url`` wins when set.

    Returns:
        The payment row, with its QR code and/or page.

    Raises:
        DomainError: UNKNOWN_PROVIDER (``provider``), BOOKING_NOT_FOUND (``bookingId``),
            NOT_PAYABLE or NOTHING_DUE (``purpose``), PROVIDER_UNAVAILABLE (``provider``).
    """
    if provider not in {p.code for p in providers(runtime.plugins)}:
        raise DomainError(PaymentsErrorCode.UNKNOWN_PROVIDER, "provider", provider=provider)
    async with db.write():
        booking = await _booking(booking_id)
        if purpose == PaymentPurpose.SERVICE and booking.status not in PAYABLE:
            raise DomainError(PaymentsErrorCode.NOT_PAYABLE, "purpose", status=booking.status)
        due = await amount_due(booking_id, purpose)
        if due <= 0:
            raise DomainError(PaymentsErrorCode.NOTHING_DUE, "purpose")
        now = utcnow()
        payment = await (
            Payment.select()
            .where(
                Payment.booking == booking_id,
                Payment.purpose == purpose,
                Payment.provider == provider,
                Payment.amount_minor == due,
                Payment.status == "CREATED",
                Payment.expires_at > now + timedelta(minutes=1),
            )  # fmt: skip
            .first()
        )
        if payment is None:
            row = Payment(
                booking=booking_id, number=_new_number("P"), purpose=purpose,
                amount_minor=due, currency=booking.currency, provider=provider,
                expires_at=now + PAYMENT_TTL,
            )  # fmt: skip
            await row.save()
            payment = row.to_dict()
    if payment["qr_code"] or payment["pay_url"]:
        return payment
    origin = (runtime.settings.public_url or base_url).rstrip("/")
    request = PaymentRequest(
        provider=provider, number=payment["number"], amount_minor=payment["amount_minor"],
        currency=payment["currency"], subject=f"{booking.service_name} {booking.number}".strip(),
        notify_url=f"{origin}/payments/{provider}/notify", expires_at=payment["expires_at"],
    )  # fmt: skip
    try:
        session = await asyncio.to_thread(runtime.plugins.hook.create_payment, request=request)
    except Exception:
        log.exception("create_payment failed for %s (%s)", payment["number"], provider)
        session = None
    if session is None:
        raise DomainError(PaymentsErrorCode.PROVIDER_UNAVAILABLE, "provider")
    async with db.write():
        await Payment.update(
            {Payment.qr_code: session.qr_code, Payment.pay_url: session.pay_url,
             Payment.updated_at: utcnow()}
        ).where(Payment.id == payment["id"])  # fmt: skip
    return {**payment, "qr_code": session.qr_code, "pay_url": session.pay_url}


async def receive_notification(
    runtime: Runtime, provider: str, headers: Mapping[str, str], body: bytes
) -> str:
    """Verify and apply one provider notification; returns the body to answer it with.

    Raises:
        UnknownProvider: no plugin serves ``provider`` (answer 404).
        NotificationRefused: the plugin refused it (answer 400).
    """
    notice: PaymentNotice | None = await asyncio.to_thread(
        runtime.plugins.hook.verify_payment_notification,
        provider=provider, headers=headers, body=body,
    )  # fmt: skip
    if notice is None or notice.provider != provider:
        raise UnknownProvider(provider)
    await apply_notice(runtime, notice)
    return notice.ack


async def apply_notice(runtime: Runtime, notice: PaymentNotice) -> str:
    """Apply a verified notification once; returns what it did.

    Outcomes: APPLIED, IGNORED (a pending state, or nothing left to change), REFUSED (no
    such payment of this provider, or another amount: logged, kept in the inbox, never
    applied), DUPLICATE (this notification was applied before; nothing is written).
    """
    key = f"{notice.provider}:{notice.notification_id}"
    try:
        async with db.write():
            inbox = PaymentNotification(key=key, outcome="")
            await inbox.save()  # a concurrent twin waits here on the unique key
            outcome, payment_id, detail = await _apply(runtime, notice)
            await PaymentNotification.update(
                {PaymentNotification.outcome: outcome, PaymentNotification.payment: payment_id,
                 PaymentNotification.detail: detail}
            ).where(PaymentNotification.id == inbox.id)  # fmt: skip
    except Exception as exc:
        if db.is_unique_violation(exc):
            return "DUPLICATE"
        raise
    if outcome == "REFUSED":
        log.warning("payment notification %s refused: %s", key, detail)
    return outcome


async def _apply(
    runtime: Runtime, notice: PaymentNotice
) -> tuple[str, UUID | None, dict[str, Any]]:
    detail: dict[str, Any] = {
        "number": notice.number, "status": notice.status,
        "amount_minor": notice.amount_minor, "provider_ref": notice.provider_ref,
    }  # fmt: skip
    payment = await (
        Payment.select()
        .where(Payment.number == notice.number, Payment.provider == notice.provider)
        .first()
    )
    if payment is None:
        return "REFUSED", None, {**detail, "why": "no such payment"}
    if notice.amount_minor != payment["amount_minor"]:
        return "REFUSED", payment["id"], {**detail, "why": "amount differs"}
    now = utcnow()
    if notice.status == "CLOSED":
        closed = (
            await Payment.update({Payment.status: "CLOSED", Payment.updated_at: now})
            .where(Payment.id == payment["id"], Payment.status == "CREATED")
            .returning(Payment.id)
        )
        return ("APPLIED" if closed else "IGNORED"), payment["id"], detail
    if notice.status != PaymentStatus.PAID:
        return "IGNORED", payment["id"], detail
    # A payment we saw close may still be paid late: the money arrived, so it counts.
    paid = await Payment.update(
        {Payment.status: PaymentStatus.PAID, Payment.paid_at: notice.paid_at or now,
         Payment.provider_ref: notice.provider_ref, Payment.updated_at: now}
    ).where(
        Payment.id == payment["id"], Payment.status.is_in(["CREATED", "CLOSED"])
    ).returning(Payment.id)  # fmt: skip
    if not paid:
        return "IGNORED", payment["id"], detail
    if payment["purpose"] == "CANCELLATION":
        await CancellationCharge.update({CancellationCharge.status: "SETTLED"}).where(
            CancellationCharge.booking == payment["booking"],
            CancellationCharge.status == ChargeStatus.PENDING,
            CancellationCharge.amount_minor > 0,
            CancellationCharge.created_at <= payment["created_at"],
        )
    await _tell_customer(
        runtime, payment, "payment_received", payment["number"], payment["amount_minor"]
    )
    await emit(
        runtime.plugins, "payment_settled", payment_id=str(payment["id"]),
        booking_id=str(payment["booking"]), provider=payment["provider"],
        amount_minor=payment["amount_minor"], currency=payment["currency"], kind="PAID",
    )  # fmt: skip
    return "APPLIED", payment["id"], detail


async def _tell_customer(
    runtime: Runtime,
    payment: dict[str, Any],
    template: str,
    number: str,
    amount_minor: int,
    reason: str = "",
) -> None:
    row = await (
        Booking.select(Booking.number, Booking.customer.id, Booking.customer.locale)
        .where(Booking.id == payment["booking"])
        .first()
    )
    if row is None:
        return
    zh = row["customer.locale"].lower().startswith("zh")
    names = {p.code: p.name_zh if zh else p.name_en for p in providers(runtime.plugins)}
    await notify(
        channel="INAPP", target="", template=template, locale=row["customer.locale"],
        recipient_id=row["customer.id"],
        params={"number": number, "booking": row["number"],
                "amount": format_amount(amount_minor, payment["currency"]),
                "provider": names.get(payment["provider"], payment["provider"]),
                "reason": reason},
    )  # fmt: skip


async def refundable(payment_id: UUID) -> int:
    """What can still be refunded on a payment: its amount less refunds not FAILED."""
    payment = await Payment.select(Payment.amount_minor).where(Payment.id == payment_id).first()
    if payment is None:
        return 0
    row = await (
        Refund.select(Sum(Refund.amount_minor))
        .where(Refund.payment == payment_id, Refund.status != RefundStatus.FAILED)
        .first()
    )
    return int(payment["amount_minor"]) - int((row or {}).get("sum") or 0)


async def request_refund(
    *,
    actor_id: UUID,
    payment_id: UUID,
    reason: str,
    amount_minor: int | None = None,
    charge_id: UUID | None = None,
) -> dict[str, Any]:
    """Queue a refund on a paid payment: the whole rest, a given amount, or a compensation.

    Args:
        actor_id: the agent asking (recorded).
        payment_id: a PAID payment.
        reason: shown to the customer; required, at most 200 characters.
        amount_minor: fen to return; None for everything still refundable, or, with
            ``charge_id``, the compensation's amount.
        charge_id: a PENDING compensation (negative charge) of the same booking, settled
            when the refund is done.

    Returns:
        The REQUESTED refund row; the outbox performs it.

    Raises:
        DomainError: PAYMENT_NOT_FOUND (``paymentId``), NOT_PAID (``paymentId``),
            CHARGE_NOT_FOUND (``chargeId``), AMOUNT_INVALID or AMOUNT_TOO_HIGH
            (``amountMinor``), REASON_REQUIRED or TOO_LONG (``reason``).
    """
    reason = reason.strip()
    problems = []
    if not reason:
        problems.append(FieldError(PaymentsErrorCode.REASON_REQUIRED, "reason"))
    elif len(reason) > REASON_MAX:
        problems.append(FieldError(PaymentsErrorCode.TOO_LONG, "reason", {"max": REASON_MAX}))
    if amount_minor is not None and amount_minor <= 0:
        problems.append(FieldError(PaymentsErrorCode.AMOUNT_INVALID, "amountMinor"))
    if problems:
        raise ValidationFailed(problems)
    async with db.write():
        payment = await Payment.select().where(Payment.id == payment_id).first()
        if payment is None:
            raise DomainError(PaymentsErrorCode.PAYMENT_NOT_FOUND, "paymentId")
        if payment["status"] != PaymentStatus.PAID:
            raise DomainError(PaymentsErrorCode.NOT_PAID, "paymentId")
        if charge_id is not None:
            charge = await (
                CancellationCharge.select(CancellationCharge.amount_minor)
                .where(
                    CancellationCharge.id == charge_id,
                    CancellationCharge.booking == payment["booking"],
                    CancellationCharge.status == ChargeStatus.PENDING,
                    CancellationCharge.amount_minor < 0,
                )
                .first()
            )
            if charge is None:
                raise DomainError(PaymentsErrorCode.CHARGE_NOT_FOUND, "chargeId")
            amount_minor = amount_minor or -int(charge["amount_minor"])
        left = await refundable(payment_id)
        amount = left if amount_minor is None else amount_minor
        if amount <= 0 or amount > left:
            raise DomainError(PaymentsErrorCode.AMOUNT_TOO_HIGH, "amountMinor", refundable=left)
        refund = Refund(
            payment=payment_id, number=_new_number("R"), amount_minor=amount, reason=reason,
            charge=charge_id, requested_by=str(actor_id),
        )  # fmt: skip
        await refund.save()
        await enqueue(REFUND_TASK, {"refund_id": str(refund.id)})
    return refund.to_dict()


async def run_refund(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Outbox task: perform a REQUESTED refund through its provider's plugin.

    Raising (the provider down or refusing) leaves the refund REQUESTED for the outbox to
    retry; the refund number keeps the provider from paying it twice.
    """
    refund_id = UUID(payload["refund_id"])
    refund = await Refund.select().where(Refund.id == refund_id).first()
    if refund is None or refund["status"] != "REQUESTED":
        return
    payment = await Payment.select().where(Payment.id == refund["payment"]).first()
    if payment is None:
        return
    request = RefundRequest(
        provider=payment["provider"], number=refund["number"], payment_number=payment["number"],
        provider_ref=payment["provider_ref"] or "", amount_minor=refund["amount_minor"],
        currency=payment["currency"], reason=refund["reason"],
    )  # fmt: skip
    result = await asyncio.to_thread(runtime.plugins.hook.refund_payment, request=request)
    if result is None:
        raise RuntimeError(f"no plugin refunds through {payment['provider']!r}")
    async with db.write():
        changes: dict[Any, Any] = {
            Refund.status: "DONE", Refund.provider_ref: result.provider_ref,
            Refund.done_at: utcnow(),
        }  # fmt: skip
        done = await (
            Refund.update(changes)
            .where(Refund.id == refund_id, Refund.status == "REQUESTED")
            .returning(Refund.id)
        )
        if not done:
            return
        if refund["charge"] is not None:
            await CancellationCharge.update({CancellationCharge.status: "SETTLED"}).where(
                CancellationCharge.id == refund["charge"]
            )
        await _tell_customer(
            runtime, payment, "refund_done", refund["number"], refund["amount_minor"],
            refund["reason"],
        )  # fmt: skip
        await emit(
            runtime.plugins, "payment_settled", payment_id=str(payment["id"]),
            booking_id=str(payment["booking"]), provider=payment["provider"],
            amount_minor=-refund["amount_minor"], currency=payment["currency"],
            kind="REFUNDED",
        )  # fmt: skip


register_task(REFUND_TASK, run_refund)
