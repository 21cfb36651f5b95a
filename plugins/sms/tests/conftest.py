"""Fixtures for the SMS plugin: a clean environment and a fake Alibaba gateway per test."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from dispatchhub_sms.fake_gateway import FakeAliyunSms, serve

ACCESS_KEY_ID = "LTAI-test-key"
ACCESS_KEY_SECRET = "test-secret-不要泄露"
SIGN_NAME = "派单测试"
TEMPLATE_CODE = "SMS_71390007"


@dataclass
class Clock:
    """A clock the test can move; starts at the real time so signed timestamps are fresh."""

    offset: float = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


@dataclass
class AliyunGateway:
    """A running fake gateway and what the test may need of it."""

    fake: FakeAliyunSms
    url: str
    clock: Clock


@pytest.fixture(autouse=True)
def _no_sms_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's own DISPATCHHUB_SMS_* must never make a test talk to Alibaba.
    for name in list(os.environ):
        if name.startswith("DISPATCHHUB_SMS_"):
            monkeypatch.delenv(name)


@pytest.fixture
def aliyun_gateway() -> Iterator[AliyunGateway]:
    """A fake dysmsapi endpoint on a free 127.0.0.1 port, stopped after the test."""
    clock = Clock()
    fake = FakeAliyunSms(
        access_keys={ACCESS_KEY_ID: ACCESS_KEY_SECRET},
        sign_names=frozenset({SIGN_NAME}),
        templates={TEMPLATE_CODE: frozenset({"code", "minutes"})},
        clock=clock,
    )
    with serve(fake) as url:
        yield AliyunGateway(fake=fake, url=url, clock=clock)


@pytest.fixture
def sms_configured(monkeypatch: pytest.MonkeyPatch, aliyun_gateway: AliyunGateway) -> AliyunGateway:
    """The plugin's environment pointing at the fake gateway."""
    monkeypatch.setenv("DISPATCHHUB_SMS_ENDPOINT", aliyun_gateway.url)
    monkeypatch.setenv("DISPATCHHUB_SMS_ACCESS_KEY_ID", ACCESS_KEY_ID)
    monkeypatch.setenv("DISPATCHHUB_SMS_ACCESS_KEY_SECRET", ACCESS_KEY_SECRET)
    monkeypatch.setenv("DISPATCHHUB_SMS_SIGN_NAME", SIGN_NAME)
    monkeypatch.setenv("DISPATCHHUB_SMS_TEMPLATES", f"verification_code={TEMPLATE_CODE}")
    return aliyun_gateway


@pytest.fixture
def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (for "provider down")."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
