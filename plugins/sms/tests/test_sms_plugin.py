"""The ``send_sms`` hook over real HTTP against the fake Alibaba Cloud SMS gateway."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from dispatchhub_sms import client, plugin

from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.plugins.notification_messages import DeliveryReceipt, SmsMessage

MOBILE = "+8613800138000"


def _message(phone: str = MOBILE, template: str = "verification_code", **params: str) -> SmsMessage:
    return SmsMessage(
        message_id="5f0c7a52-7d1e-4c39-9a0b-1c2d3e4f5a6b",
        phone=phone,
        template=template,
        text="您的验证码为 123456,10 分钟内有效。",
        params=params or {"code": "123456", "minutes": "10"},
    )


def _provider_code(excinfo: pytest.ExceptionInfo[client.AliyunSmsError]) -> str:
    return excinfo.value.code


def test_hook_send_sms_round_trip(sms_configured: Any) -> None:
    receipt = plugin.send_sms(message=_message())

    assert receipt is not None
    [accepted] = sms_configured.fake.accepted
    assert receipt == DeliveryReceipt(provider="aliyun-sms", provider_message_id=accepted.biz_id)
    assert accepted.phone_number == "13800138000"
    assert accepted.sign_name == "派单测试"
    assert accepted.template_code == "SMS_71390007"
    assert accepted.template_param == {"code": "123456", "minutes": "10"}
    assert accepted.out_id == "5f0c7a52-7d1e-4c39-9a0b-1c2d3e4f5a6b"


def test_accepted_messages_are_readable_over_http(sms_configured: Any) -> None:
    plugin.send_sms(message=_message())

    answer = httpx.get(sms_configured.url + "_fake/accepted", timeout=5).json()

    assert [m["out_id"] for m in answer] == ["5f0c7a52-7d1e-4c39-9a0b-1c2d3e4f5a6b"]


def test_installed_plugin_overrides_the_log_sender(sms_configured: Any) -> None:
    pm = create_plugin_manager(allow=["sms"])

    receipt = pm.hook.send_sms(message=_message())

    assert receipt.provider == "aliyun-sms"
    assert len(sms_configured.fake.accepted) == 1


def test_unconfigured_plugin_answers_none_and_log_sender_takes_over() -> None:
    assert plugin.send_sms(message=_message()) is None

    receipt = create_plugin_manager(allow=["sms"]).hook.send_sms(message=_message())

    assert receipt.provider == "log"


@pytest.mark.parametrize(
    "missing",
    [
        "DISPATCHHUB_SMS_ACCESS_KEY_ID",
        "DISPATCHHUB_SMS_ACCESS_KEY_SECRET",
        "DISPATCHHUB_SMS_SIGN_NAME",
    ],
)
def test_partly_configured_plugin_answers_none(
    sms_configured: Any, monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    monkeypatch.delenv(missing)

    assert plugin.send_sms(message=_message()) is None
    assert sms_configured.fake.request_count == 0


@pytest.mark.parametrize("phone", ["+14155552671", "+85291234567", "+447911123456"])
def test_numbers_outside_mainland_china_are_left_to_another_provider(
    sms_configured: Any, phone: str
) -> None:
    assert plugin.send_sms(message=_message(phone=phone)) is None
    assert sms_configured.fake.request_count == 0


@pytest.mark.parametrize(
    ("phone", "national"),
    [
        ("+8613800138000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("13800138000", "13800138000"),
        ("+861012345678", "1012345678"),
        ("+12025550123", None),
        ("not a phone", None),
    ],
)
def test_mainland_mobile_number(phone: str, national: str | None) -> None:
    assert plugin.mainland_mobile_number(phone) == national


def test_wrong_secret_is_signature_does_not_match(
    sms_configured: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPATCHHUB_SMS_ACCESS_KEY_SECRET", "not-the-secret")

    with pytest.raises(client.AliyunSmsError) as excinfo:
        plugin.send_sms(message=_message())

    assert _provider_code(excinfo) == "SignatureDoesNotMatch"
    assert excinfo.value.status_code == 400
    assert excinfo.value.request_id
    assert "SignatureDoesNotMatch" in str(excinfo.value)
    assert sms_configured.fake.accepted == []


def test_unknown_access_key(sms_configured: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCHHUB_SMS_ACCESS_KEY_ID", "LTAI-unknown")

    with pytest.raises(client.AliyunSmsError) as excinfo:
        plugin.send_sms(message=_message())

    assert _provider_code(excinfo) == "InvalidAccessKeyId.NotFound"
    assert excinfo.value.status_code == 404


def test_stale_timestamp_is_rejected(sms_configured: Any) -> None:
    # The gateway's clock runs an hour ahead, so our fresh timestamp looks an hour old.
    sms_configured.clock.offset = 3600

    with pytest.raises(client.AliyunSmsError) as excinfo:
        plugin.send_sms(message=_message())

    assert _provider_code(excinfo) == "InvalidTimeStamp.Expired"


def test_timestamp_within_fifteen_minutes_is_accepted(sms_configured: Any) -> None:
    sms_configured.clock.offset = 14 * 60

    assert plugin.send_sms(message=_message()) is not None


def test_reused_nonce_is_rejected(sms_configured: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client, "_new_nonce", lambda: "b1d4f3a0-0000-4000-8000-000000000001")
    plugin.send_sms(message=_message())

    with pytest.raises(client.AliyunSmsError) as excinfo:
        plugin.send_sms(message=_message(phone="+8613900139000"))

    assert _provider_code(excinfo) == "SignatureNonceUsed"
    assert len(sms_configured.fake.accepted) == 1


def test_each_attempt_uses_a_fresh_nonce(sms_configured: Any) -> None:
    plugin.send_sms(message=_message())
    plugin.send_sms(message=_message(phone="+8613900139000"))

    assert len(sms_configured.fake.accepted) == 2


def test_template_unknown_to_alibaba(sms_configured: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCHHUB_SMS_TEMPLATES", "verification_code=SMS_00000000")

    with pytest.raises(client.AliyunSmsError) as excinfo:
        plugin.send_sms(message=_message())

    assert _provider_code(excinfo) == "isv.SMS_TEMPLATE_ILLEGAL"


def test_template_without_alibaba_code_is_not_sent(sms_configured: Any) -> None:
    with pytest.raises(client.SmsTemplateNotMappedError, match="order_assigned"):
        plugin.send_sms(message=_message(template="order_assigned"))

    assert sms_configured.fake.request_count == 0


def test_sign_name_unknown_to_alibaba(sms_configured: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCHHUB_SMS_SIGN_NAME", "别人的签名")

    with pytest.raises(client.AliyunSmsError) as excinfo:
        plugin.send_sms(message=_message())

    assert _provider_code(excinfo) == "isv.SMS_SIGNATURE_ILLEGAL"


def test_missing_template_parameter(sms_configured: Any) -> None:
    with pytest.raises(client.AliyunSmsError) as excinfo:
        plugin.send_sms(message=_message(code="123456"))

    assert _provider_code(excinfo) == "isv.TEMPLATE_MISSING_PARAMETERS"


def test_landline_is_an_illegal_mobile_number(sms_configured: Any) -> None:
    with pytest.raises(client.AliyunSmsError) as excinfo:
        plugin.send_sms(message=_message(phone="+861012345678"))

    assert _provider_code(excinfo) == "isv.MOBILE_NUMBER_ILLEGAL"


def test_flow_control_per_number(sms_configured: Any) -> None:
    plugin.send_sms(message=_message())

    with pytest.raises(client.AliyunSmsError) as excinfo:
        plugin.send_sms(message=_message())
    assert _provider_code(excinfo) == "isv.BUSINESS_LIMIT_CONTROL"
    assert "分钟级" in excinfo.value.provider_message

    # Another number is not limited by the first one's sends.
    assert plugin.send_sms(message=_message(phone="+8613900139000")) is not None
    # A minute later the first number may receive again.
    sms_configured.clock.offset += 61
    assert plugin.send_sms(message=_message()) is not None


def test_flow_control_hourly_limit(sms_configured: Any) -> None:
    for _ in range(5):
        plugin.send_sms(message=_message())
        sms_configured.clock.offset += 61

    with pytest.raises(client.AliyunSmsError) as excinfo:
        plugin.send_sms(message=_message())
    assert _provider_code(excinfo) == "isv.BUSINESS_LIMIT_CONTROL"
    assert "小时级" in excinfo.value.provider_message

    assert len(sms_configured.fake.accepted) == 5


def test_gateway_down_raises_so_the_outbox_retries(
    sms_configured: Any, monkeypatch: pytest.MonkeyPatch, free_port: int
) -> None:
    monkeypatch.setenv("DISPATCHHUB_SMS_ENDPOINT", f"http://127.0.0.1:{free_port}/")

    with pytest.raises(httpx.ConnectError):
        plugin.send_sms(message=_message())


def test_malformed_templates_setting(sms_configured: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCHHUB_SMS_TEMPLATES", "verification_code")

    with pytest.raises(ValueError, match="DISPATCHHUB_SMS_TEMPLATES"):
        plugin.send_sms(message=_message())


def test_secret_is_not_in_the_settings_repr(sms_configured: Any) -> None:
    from dispatchhub_sms.settings import SmsSettings

    settings = SmsSettings.from_env()

    assert settings is not None
    assert "test-secret" not in repr(settings)
