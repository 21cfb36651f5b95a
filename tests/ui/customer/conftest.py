"""The customer app at /app/ on a phone-sized page, in both languages.

``phone`` opens a 360×780 touch page in ``lang`` that fails the test if any request leaves the
server; ``ct`` gives the customer app's words (its own catalogue, ``customer.*``);
``sent_code`` reads the verification code the SMS sender was handed, as the tests of sign-up do;
``alipay`` is the local Alipay gateway fake the app pays through; ``ui_oidc`` the local
OpenID Connect provider (tests/oidc_provider) set up for this server's random port.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from dispatchhub_payment.fake_gateway import (
    DEFAULT_APP_ID,
    FakeAlipay,
    private_pem,
    public_pem,
    serve,
)
from playwright.sync_api import Browser, Page

from tests.fixtures.oidc import LocalProvider, run_provider
from tests.fixtures.payments import KEYS
from tests.fixtures.users import delivered_code
from tests.ui.conftest import Text

CATALOGUE = Path(__file__).resolve().parents[3] / "web" / "apps" / "customer" / "src" / "locales"
# Phones no demo account uses, one per test run and process.
_phones = itertools.count(int(time.time()) % 1000 * 10000)
# Other local servers (fakes of the outside world, on 127.0.0.1) the pages may reach.
_LOCAL_FAKES: list[str] = []


def customer_catalogue(lang: str) -> Text:
    """``ct("customer.auth.signIn")`` → the app's words in ``lang`` ({name} filled in)."""
    messages = json.loads((CATALOGUE / f"{lang}.json").read_text(encoding="utf-8"))

    def t(key: str, **values: Any) -> str:
        found: Any = messages
        for part in key.split("."):
            found = found[part]
        return re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]), found)

    return t


@pytest.fixture
def ct(lang: str) -> Text:
    return customer_catalogue(lang)


@pytest.fixture
def phone(chromium: Browser, live_server: str, lang: str) -> Iterator[Callable[[], Page]]:
    """Open phone-sized pages of the app in ``lang``; no request may leave the server."""
    external: list[str] = []
    pages: list[Page] = []

    def open_page() -> Page:
        context = chromium.new_context(
            locale=lang, viewport={"width": 360, "height": 780}, is_mobile=True, has_touch=True
        )
        context.add_init_script(f"localStorage.setItem('dispatchhub.locale', {json.dumps(lang)})")
        page = context.new_page()
        page.on(
            "request",
            lambda r: (
                None if r.url.startswith((live_server, *_LOCAL_FAKES)) else external.append(r.url)
            ),
        )
        pages.append(page)
        return page

    yield open_page
    for page in pages:
        page.context.close()
    assert external == []


@pytest.fixture
def new_phone_number() -> Callable[[], str]:
    return lambda: f"+86136{next(_phones):08d}"


def sent_code(target: str) -> str:
    """The newest code queued for ``target`` (read in another thread: Playwright owns this loop)."""
    found: list[str] = []
    thread = threading.Thread(target=lambda: found.append(asyncio.run(delivered_code(target))))
    thread.start()
    thread.join()
    return found[0]


@pytest.fixture
def alipay(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAlipay]:
    """The local Alipay gateway fake, and the served app's payment plugin pointed at it.

    The plugin reads its settings on every call, so the app offers Alipay only while this
    fixture lives; the gateway posts its signed notifications to the app's notify route.
    """
    app_key, alipay_key = KEYS
    fake = FakeAlipay(apps={DEFAULT_APP_ID: public_pem(app_key)}, key=alipay_key)
    with serve(fake) as url:
        for name, value in {
            "GATEWAY": url, "APP_ID": DEFAULT_APP_ID, "PRIVATE_KEY": private_pem(app_key),
            "PUBLIC_KEY": public_pem(alipay_key),
        }.items():  # fmt: skip
            monkeypatch.setenv(f"DISPATCHHUB_PAYMENT_ALIPAY_{name}", value)
        yield fake


# Accounts at the corp issuer that no test signed in with before: one per language.
NEWCOMERS: dict[str, dict[str, Any]] = {
    f"newcomer-{lang}": {
        "email": f"newcomer.{lang.lower()}@example.com",
        "email_verified": True,
        "name": f"新客户 Newcomer {lang}",
    }
    for lang in ("zh-CN", "en")
}


@pytest.fixture(scope="session")
def ui_oidc(live_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalProvider]:
    """The local OIDC provider, its clients answering to this server's callbacks (the
    server's port is random, so the provider is started after it, with that origin)."""
    provider = run_provider(tmp_path_factory.mktemp("ui-oidc"), live_server, NEWCOMERS)
    started = next(provider)
    _LOCAL_FAKES.extend([started.corp, started.partner])
    yield started
    _LOCAL_FAKES.clear()
    provider.close()
