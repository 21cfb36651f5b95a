"""The payment hooks for Alipay (支付宝): QR-code payments, verified notifications, refunds.

Registered through the ``dispatchhub.plugins`` entry point ``payment``. Settings are read
from ``DISPATCHHUB_PAYMENT_ALIPAY_*`` on every call (see :mod:`dispatchhub_payment.settings`);
without them the plugin offers no provider and answers nothing.

* ``create_payment`` → ``alipay.trade.precreate``: a QR code the customer scans in the
  Alipay app; our payment number is the ``out_trade_no``, so a retry opens the same trade.
* ``verify_payment_notification``: the asynchronous ``trade_status_sync`` notification,
  RSA2-verified with Alipay's public key over the raw form body, for our ``app_id`` (and
  seller, when configured); answered ``success``.
* ``refund_payment`` → ``alipay.trade.refund`` with our refund number as
  ``out_request_no``, which Alipay refunds once however often it is asked.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from urllib.parse import parse_qsl

from dispatchhub import hookimpl
from dispatchhub.payments.errors import NotificationRefused
from dispatchhub.plugins.payment_messages import (
    PaymentNotice,
    PaymentProviderInfo,
    PaymentRequest,
    PaymentSession,
    RefundRequest,
    RefundResult,
)
from dispatchhub_payment import client
from dispatchhub_payment.settings import AlipaySettings
from dispatchhub_payment.signature import content_to_sign, verify

__all__ = [
    "PROVIDER",
    "create_payment",
    "refund_payment",
    "register_payment_providers",
    "verify_payment_notification",
]

PROVIDER = "alipay"
SUBJECT_MAX = 256
_STATUS = {
    "TRADE_SUCCESS": "PAID",
    "TRADE_FINISHED": "PAID",
    "TRADE_CLOSED": "CLOSED",
    "WAIT_BUYER_PAY": "PENDING",
}
_REQUIRED = ("notify_id", "app_id", "out_trade_no", "trade_no", "total_amount", "trade_status")


@hookimpl
def register_payment_providers() -> list[PaymentProviderInfo]:
    """Alipay, when it is configured."""
    if AlipaySettings.from_env() is None:
        return []
    return [PaymentProviderInfo(PROVIDER, "支付宝", "Alipay")]


@hookimpl
def create_payment(request: PaymentRequest) -> PaymentSession | None:
    """Open a QR-code trade (``alipay.trade.precreate``) for ``request``.

    Raises:
        client.AlipayError: Alipay refused it (the customer may try again).
        client.AlipayResponseForged: the answer did not verify.
        ValueError: a currency other than CNY.
        httpx.HTTPError: the gateway could not be reached.
    """
    settings = AlipaySettings.from_env()
    if request.provider != PROVIDER or settings is None:
        return None
    if request.currency != "CNY":
        raise ValueError(f"Alipay collects CNY, not {request.currency}")
    answer = client.call(
        settings,
        "alipay.trade.precreate",
        {
            "out_trade_no": request.number,
            "total_amount": client.fen_to_yuan(request.amount_minor),
            "subject": request.subject[:SUBJECT_MAX] or request.number,
            "time_expire": request.expires_at.astimezone(client.BEIJING).strftime(
                "%Y-%m-%d %H:%M:%S"
            ),
        },
        notify_url=request.notify_url,
    )
    return PaymentSession(provider=PROVIDER, qr_code=str(answer["qr_code"]))


@hookimpl
def verify_payment_notification(
    provider: str, headers: Mapping[str, str], body: bytes
) -> PaymentNotice | None:
    """Check an Alipay notification's signature, merchant and fields; read it.

    Raises:
        NotificationRefused: malformed, unsigned, badly signed, or for another merchant.
    """
    settings = AlipaySettings.from_env()
    if provider != PROVIDER or settings is None:
        return None
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
    except (UnicodeDecodeError, ValueError):
        raise NotificationRefused("not a form body in UTF-8") from None
    params = dict(pairs)
    if len(params) != len(pairs):
        raise NotificationRefused("a parameter is repeated")
    if params.get("sign_type") != "RSA2" or not params.get("sign"):
        raise NotificationRefused("not RSA2-signed")
    content = content_to_sign(params, exclude=("sign", "sign_type"))
    if not verify(content, params["sign"], settings.alipay_public_key):
        raise NotificationRefused("the signature does not verify")
    missing = [name for name in _REQUIRED if not params.get(name)]
    if missing:
        raise NotificationRefused(f"missing {', '.join(missing)}")
    if params["app_id"] != settings.app_id:
        raise NotificationRefused(f"for another application: {params['app_id']}")
    if settings.seller_id and params.get("seller_id") != settings.seller_id:
        raise NotificationRefused(f"for another seller: {params.get('seller_id')}")
    status = _STATUS.get(params["trade_status"])
    if status is None:
        raise NotificationRefused(f"unknown trade_status {params['trade_status']}")
    try:
        amount = client.yuan_to_fen(params["total_amount"])
        paid_at = _beijing(params.get("gmt_payment", ""))
    except ValueError as exc:
        raise NotificationRefused(str(exc)) from None
    return PaymentNotice(
        provider=PROVIDER, notification_id=params["notify_id"], number=params["out_trade_no"],
        provider_ref=params["trade_no"], amount_minor=amount, status=status, paid_at=paid_at,
        ack="success",
    )  # fmt: skip


@hookimpl
def refund_payment(request: RefundRequest) -> RefundResult | None:
    """Refund through ``alipay.trade.refund``; ``request.number`` is the ``out_request_no``.

    Raises:
        client.AlipayError: Alipay refused it (the outbox retries, then gives up).
        httpx.HTTPError: the gateway could not be reached (the outbox retries).
    """
    settings = AlipaySettings.from_env()
    if request.provider != PROVIDER or settings is None:
        return None
    answer = client.call(
        settings,
        "alipay.trade.refund",
        {
            "out_trade_no": request.payment_number,
            "refund_amount": client.fen_to_yuan(request.amount_minor),
            "out_request_no": request.number,
            "refund_reason": request.reason[:SUBJECT_MAX],
        },
    )
    return RefundResult(provider=PROVIDER, provider_ref=f"{answer['trade_no']}/{request.number}")


def _beijing(text: str) -> datetime | None:
    """``"2026-12-06 14:00:00"`` (Beijing time) as an aware datetime; None when empty."""
    if not text:
        return None
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=client.BEIJING)
