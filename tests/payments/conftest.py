"""Payments end to end: the installed Alipay plugin, a fake Alipay gateway, a served app.

The gateway delivers its notifications over HTTP to the app served by uvicorn, so the route,
the plugin's signature check and the service run as in production. Outbox rows run
in-process on both legs: the plugin reads its settings from this process's environment.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pluggy
import pytest
from dispatchhub_payment.fake_gateway import (
    DEFAULT_APP_ID,
    FakeAlipay,
    private_pem,
    public_pem,
    serve,
)

from dispatchhub.config import Settings
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.runtime import Runtime, create_runtime
from tests.fixtures.payments import KEYS, Shop


@pytest.fixture
def alipay(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAlipay]:
    """A fake Alipay gateway, and the installed payment plugin configured for it."""
    for name in list(os.environ):
        if name.startswith("DISPATCHHUB_PAYMENT_"):
            monkeypatch.delenv(name)
    app_key, alipay_key = KEYS
    fake = FakeAlipay(apps={DEFAULT_APP_ID: public_pem(app_key)}, key=alipay_key)
    with serve(fake) as url:
        for name, value in {
            "GATEWAY": url, "APP_ID": DEFAULT_APP_ID, "PRIVATE_KEY": private_pem(app_key),
            "PUBLIC_KEY": public_pem(alipay_key),
        }.items():  # fmt: skip
            monkeypatch.setenv(f"DISPATCHHUB_PAYMENT_ALIPAY_{name}", value)
        yield fake


@pytest.fixture
def plugins() -> pluggy.PluginManager:
    """The core's plugins and the installed payment distribution, from its entry point."""
    return create_plugin_manager(allow=["payment"])


@pytest.fixture
def runtime(database: Settings, plugins: pluggy.PluginManager) -> Runtime:
    """Outbox rows in-process on both legs (the plugin's settings are this process's)."""
    return create_runtime(database.model_copy(update={"redis_url": None}), plugins=plugins)


@pytest.fixture
async def shop(ws_url: str, alipay: FakeAlipay) -> AsyncIterator[Shop]:
    """The app served over HTTP, paying through the fake gateway."""
    yield Shop(url=ws_url.replace("ws://", "http://"), alipay=alipay)
