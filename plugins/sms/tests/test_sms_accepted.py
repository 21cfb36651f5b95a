"""``sms_accepted``: a message whose answer was lost is found by its OutId, not sent twice."""

from __future__ import annotations

from typing import Any

from dispatchhub_sms import plugin

from dispatchhub.plugins.notification_messages import DeliveryReceipt, SmsMessage


def _message(message_id: str, phone: str = "+8613800138000") -> SmsMessage:
    return SmsMessage(
        message_id=message_id, phone=phone, template="verification_code",
        text="您的验证码为 123456,10 分钟内有效。", params={"code": "123456", "minutes": "10"},
    )  # fmt: skip


def test_hook_sms_accepted_finds_a_sent_message_by_its_out_id(sms_configured: Any) -> None:
    plugin.send_sms(message=_message("first-message"))

    found = plugin.sms_accepted(message=_message("first-message"))

    assert found == DeliveryReceipt("aliyun-sms", provider_message_id="OutId:first-message")
    assert len(sms_configured.fake.accepted) == 1  # a look-up sends nothing


def test_a_message_never_sent_is_not_found(sms_configured: Any) -> None:
    plugin.send_sms(message=_message("first-message"))

    assert plugin.sms_accepted(message=_message("another-message")) is None
    # nor the same id for another number
    assert plugin.sms_accepted(message=_message("first-message", "+8613900139000")) is None


def test_unconfigured_plugin_cannot_tell() -> None:
    assert plugin.sms_accepted(message=_message("first-message")) is None
