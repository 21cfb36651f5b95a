"""The fake gateway on its own: the command line, and requests the plugin never sends."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from dispatchhub_sms import plugin
from dispatchhub_sms.signature import sign

from dispatchhub.plugins.notification_messages import SmsMessage


@pytest.fixture
def gateway_process() -> Iterator[str]:
    """``python -m dispatchhub_sms.fake_gateway --port 0``; yields its URL, then stops it."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dispatchhub_sms.fake_gateway",
            "--port",
            "0",
            "--access-key-id",
            "cli-key",
            "--access-key-secret",
            "cli-secret",
            "--template",
            "SMS_100:code",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        yield line.rsplit(" ", 1)[-1].strip()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


def test_fake_gateway_runs_as_a_module(
    gateway_process: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPATCHHUB_SMS_ENDPOINT", gateway_process)
    monkeypatch.setenv("DISPATCHHUB_SMS_ACCESS_KEY_ID", "cli-key")
    monkeypatch.setenv("DISPATCHHUB_SMS_ACCESS_KEY_SECRET", "cli-secret")
    monkeypatch.setenv("DISPATCHHUB_SMS_SIGN_NAME", "派单测试")
    monkeypatch.setenv("DISPATCHHUB_SMS_TEMPLATES", "verification_code=SMS_100")
    message = SmsMessage("m-1", "+8613800138000", "verification_code", "…", {"code": "1"})

    receipt = plugin.send_sms(message=message)

    assert receipt is not None
    accepted = httpx.get(gateway_process + "_fake/accepted", timeout=5).json()
    assert [m["biz_id"] for m in accepted] == [receipt.provider_message_id]


def _signed_query(params: dict[str, str], secret: str) -> dict[str, str]:
    return {**params, "Signature": sign(params, secret)}


def test_missing_common_parameter(aliyun_gateway: Any) -> None:
    answer = httpx.get(aliyun_gateway.url, params={"Action": "SendSms"}, timeout=5)

    assert answer.status_code == 400
    assert answer.json()["Code"] == "MissingParameter"


def test_signature_over_form_encoded_spaces_does_not_match(aliyun_gateway: Any) -> None:
    # A client that signs "a+b" for a space (form encoding) must be caught, as Alibaba does.
    fake = aliyun_gateway.fake
    [(key_id, secret)] = fake.access_keys.items()
    params = {
        "AccessKeyId": key_id,
        "Action": "SendSms",
        "Format": "JSON",
        "RegionId": "cn-hangzhou",
        "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": "n-1",
        "SignatureVersion": "1.0",
        "Timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "Version": "2017-05-25",
        "PhoneNumbers": "13800138000",
        "SignName": next(iter(fake.sign_names)),
        "TemplateCode": next(iter(fake.templates)),
        "TemplateParam": '{"code": "1", "minutes": "10"}',
    }
    wrong = {**params, "TemplateParam": params["TemplateParam"].replace(" ", "+")}

    answer = httpx.get(
        aliyun_gateway.url,
        params={**params, "Signature": sign(wrong, secret)},
        timeout=5,
    )
    assert answer.json()["Code"] == "SignatureDoesNotMatch"

    answer = httpx.get(aliyun_gateway.url, params=_signed_query(params, secret), timeout=5)
    assert answer.json()["Code"] == "OK"
