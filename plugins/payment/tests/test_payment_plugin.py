"""The Alipay plugin against a fake gateway that checks what Alipay checks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from importlib.metadata import entry_points
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import httpx
import pytest
from dispatchhub_payment import client, plugin
from dispatchhub_payment.fake_gateway import generate_key, private_pem, public_pem

from dispatchhub.payments.errors import NotificationRefused
from dispatchhub.plugins.manager import ENTRY_POINT_GROUP, create_plugin_manager
from dispatchhub.plugins.payment_messages import PaymentRequest, RefundRequest

if TYPE_CHECKING:
    from conftest import Alipay


def test_entry_point_points_at_the_plugin_module() -> None:
    [ep] = [ep for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name == "payment"]

    assert ep.value == "dispatchhub_payment.plugin"
    assert ep.load() is plugin
    assert ep.dist is not None and ep.dist.name == "dispatchhub-payment"


def test_unconfigured_it_offers_nothing_and_answers_nothing() -> None:
    pm = create_plugin_manager(allow=["payment"])

    assert pm.get_plugin("payment") is plugin
    assert plugin.register_payment_providers() == []
    assert plugin.verify_payment_notification(provider="alipay", headers={}, body=b"") is None


def _request(number: str = "P20261206AAAA01", fen: int = 8800) -> PaymentRequest:
    return PaymentRequest(
        provider="alipay", number=number, amount_minor=fen, currency="CNY",
        subject="空调维修 B20261206-0001", notify_url="http://127.0.0.1:9/payments/alipay/notify",
        expires_at=datetime.now(UTC) + timedelta(minutes=30),
    )  # fmt: skip


def test_a_payment_opens_a_qr_trade_the_gateway_verified(configured: Alipay) -> None:
    session = plugin.create_payment(request=_request())

    assert session is not None and session.qr_code is not None
    assert session.qr_code.startswith("https://qr.alipay.com/")
    trade = configured.fake.trades["P20261206AAAA01"]
    assert (trade.total_fen, trade.subject) == (8800, "空调维修 B20261206-0001")
    assert trade.notify_url == "http://127.0.0.1:9/payments/alipay/notify"


def test_asking_again_opens_the_same_trade(configured: Alipay) -> None:
    first = plugin.create_payment(request=_request())
    again = plugin.create_payment(request=_request())

    assert first == again
    assert len(configured.fake.trades) == 1


def test_a_request_signed_with_another_key_is_refused(
    configured: Alipay, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPATCHHUB_PAYMENT_ALIPAY_PRIVATE_KEY", private_pem(generate_key()))

    with pytest.raises(client.AlipayError) as refused:
        plugin.create_payment(request=_request())
    assert refused.value.sub_code == "isv.invalid-signature"
    assert configured.fake.trades == {}


def test_an_answer_not_signed_by_alipay_is_not_believed(
    configured: Alipay, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the plugin holds another "Alipay" key than the one the gateway signs with
    monkeypatch.setenv("DISPATCHHUB_PAYMENT_ALIPAY_PUBLIC_KEY", public_pem(generate_key()))

    with pytest.raises(client.AlipayResponseForged):
        plugin.create_payment(request=_request())


def test_the_gateway_down_raises_for_a_retry(configured: Alipay) -> None:
    configured.fake.down = True

    with pytest.raises(httpx.HTTPStatusError):
        plugin.create_payment(request=_request())


def _paid(alipay: Alipay, **changes: str) -> bytes:
    plugin.create_payment(request=_request())
    trade = alipay.fake.trades["P20261206AAAA01"]
    trade.status, trade.paid_at = "TRADE_SUCCESS", datetime.now(client.BEIJING)
    return urlencode(alipay.fake.notification(trade, **changes)).encode()


def test_a_signed_notification_is_read(configured: Alipay) -> None:
    notice = plugin.verify_payment_notification(provider="alipay", headers={},
                                                body=_paid(configured))  # fmt: skip

    assert notice is not None
    assert (notice.number, notice.amount_minor, notice.status, notice.ack) == (
        "P20261206AAAA01",
        8800,
        "PAID",
        "success",
    )
    assert notice.provider_ref == configured.fake.trades["P20261206AAAA01"].trade_no
    assert notice.paid_at is not None and notice.paid_at.tzinfo is not None


def test_a_notification_for_another_provider_is_not_ours(configured: Alipay) -> None:
    body = _paid(configured)

    assert plugin.verify_payment_notification(provider="wechat", headers={}, body=body) is None


@pytest.mark.parametrize(
    "tamper",
    [
        lambda body: body.replace(b"total_amount=88.00", b"total_amount=0.01"),
        lambda body: body.replace(b"TRADE_SUCCESS", b"TRADE_FINISHED"),
        lambda body: body.replace(b"sign_type=RSA2", b"sign_type=RSA"),
        lambda body: body + b"&total_amount=0.01",
        lambda body: b"\xff\xfe" + body,
    ],
    ids=["amount", "status", "sign-type", "repeated-parameter", "not-utf8"],
)
def test_a_tampered_notification_is_refused(configured: Alipay, tamper: object) -> None:
    body = tamper(_paid(configured))  # type: ignore[operator]

    with pytest.raises(NotificationRefused):
        plugin.verify_payment_notification(provider="alipay", headers={}, body=body)


def test_a_validly_signed_notification_for_another_app_is_refused(configured: Alipay) -> None:
    body = _paid(configured, app_id="2021999999999999")

    with pytest.raises(NotificationRefused, match="another application"):
        plugin.verify_payment_notification(provider="alipay", headers={}, body=body)


def test_another_seller_is_refused_when_the_seller_is_configured(
    configured: Alipay, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPATCHHUB_PAYMENT_ALIPAY_SELLER_ID", "2088000000000999")

    with pytest.raises(NotificationRefused, match="another seller"):
        plugin.verify_payment_notification(provider="alipay", headers={},
                                           body=_paid(configured))  # fmt: skip


def _refund(number: str, fen: int) -> RefundRequest:
    return RefundRequest(
        provider="alipay", number=number, payment_number="P20261206AAAA01", provider_ref="",
        amount_minor=fen, currency="CNY", reason="师傅未能上门",
    )  # fmt: skip


def test_a_refund_is_done_once_however_often_it_is_asked(configured: Alipay) -> None:
    _paid(configured)

    first = plugin.refund_payment(request=_refund("R1", 3000))
    again = plugin.refund_payment(request=_refund("R1", 3000))

    assert first == again and first is not None
    assert configured.fake.trades["P20261206AAAA01"].refunds == {"R1": 3000}
    with pytest.raises(client.AlipayError, match="REFUND_AMT"):
        plugin.refund_payment(request=_refund("R2", 5801))  # more than is left


def test_amounts_convert_between_fen_and_yuan() -> None:
    assert client.fen_to_yuan(8800) == "88.00"
    assert client.fen_to_yuan(1) == "0.01"
    assert client.yuan_to_fen("88.00") == 8800
    assert client.yuan_to_fen("0.5") == 50
    with pytest.raises(ValueError):
        client.yuan_to_fen("0.001")
