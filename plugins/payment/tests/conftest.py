"""Fixtures for the payment plugin: a clean environment, keys, and a fake Alipay gateway."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from dispatchhub_payment.fake_gateway import (
    DEFAULT_APP_ID as APP_ID,
)
from dispatchhub_payment.fake_gateway import (
    FakeAlipay,
    generate_key,
    private_pem,
    public_pem,
    serve,
)


@dataclass
class Alipay:
    """A running fake gateway, the application's key, and the gateway URL."""

    fake: FakeAlipay
    url: str
    app_key: rsa.RSAPrivateKey


@pytest.fixture(scope="session")
def app_key() -> rsa.RSAPrivateKey:
    return generate_key()


@pytest.fixture(scope="session")
def alipay_key() -> rsa.RSAPrivateKey:
    return generate_key()


@pytest.fixture(autouse=True)
def _no_payment_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's own DISPATCHHUB_PAYMENT_* must never make a test talk to Alipay.
    for name in list(os.environ):
        if name.startswith("DISPATCHHUB_PAYMENT_"):
            monkeypatch.delenv(name)


@pytest.fixture
def alipay(app_key: rsa.RSAPrivateKey, alipay_key: rsa.RSAPrivateKey) -> Iterator[Alipay]:
    """The fake gateway on a free 127.0.0.1 port, knowing our application's public key."""
    fake = FakeAlipay(apps={APP_ID: public_pem(app_key)}, key=alipay_key)
    with serve(fake) as url:
        yield Alipay(fake=fake, url=url, app_key=app_key)


@pytest.fixture
def configured(monkeypatch: pytest.MonkeyPatch, alipay: Alipay) -> Alipay:
    """The plugin's environment pointing at the fake gateway."""
    monkeypatch.setenv("DISPATCHHUB_PAYMENT_ALIPAY_APP_ID", APP_ID)
    monkeypatch.setenv("DISPATCHHUB_PAYMENT_ALIPAY_PRIVATE_KEY", private_pem(alipay.app_key))
    monkeypatch.setenv("DISPATCHHUB_PAYMENT_ALIPAY_PUBLIC_KEY", public_pem(alipay.fake.key))
    monkeypatch.setenv("DISPATCHHUB_PAYMENT_ALIPAY_GATEWAY", alipay.url)
    return alipay
