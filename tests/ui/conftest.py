"""A real server with the demo data and real Chromium (Debian's package, never a download).

Pages come from ``signed_in`` (a page signed in as a demo role) or ``new_page``; both record
every request that leaves the server and fail the test when there was one. Every test that
uses them runs in both languages of the console (``lang``: zh-CN, en); ``text`` gives the
catalogue's words for the language, so a test finds a control by what the reader sees.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from dispatchhub import db
from dispatchhub.app import create_app
from dispatchhub.config import Settings
from dispatchhub.demo import DEMO_PASSWORD, load_demo_data
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.runtime import create_runtime
from dispatchhub.users.tables import StaffProfile, User
from tests.fixtures.services import free_port, unavailable

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """Headless Chromium driven by Playwright."""
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        unavailable("Chromium (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on a free port, embedded mode, in a thread of this process."""
    path = tmp_path_factory.mktemp("ui") / "ui.sqlite"
    settings = Settings(
        database_url=f"sqlite:///{path}", secret_key="ui-test-secret-0123456789abcdef"
    )
    db.configure(settings)
    # Playwright's sync API keeps an event loop running in this thread; migrate in another.
    setup = threading.Thread(target=asyncio.run, args=(_migrate_and_load_demo(),))
    setup.start()
    setup.join()
    # The payment plugin offers no provider until a test configures it (tests/ui/customer).
    runtime = create_runtime(settings, plugins=create_plugin_manager(allow=["payment"]))
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(runtime=runtime), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            if httpx.get(f"{url}/healthz").status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.1)
    yield url
    server.should_exit = True
    thread.join(10)


async def _migrate_and_load_demo() -> None:
    """What ``dispatchhub demo`` does: migrate, then load the demo data."""
    await db.migrate()
    await load_demo_data()
    # The staff app's tests and the customer app's journeys all give work to the one demo
    # staff member the staff app signs in as (LOGINS["staff"]); with the demo's limit of 3
    # jobs at once, the jobs earlier tests leave open would make them "fully booked" for the
    # later ones. Each test checks its own job, so the session lets them hold more.
    staff = await User.select(User.id).where(User.phone == LOGINS["staff"]).first()
    assert staff is not None
    await StaffProfile.update({StaffProfile.max_active_orders: 50}).where(
        StaffProfile.user == staff["id"]
    )


# Demo logins (dispatchhub/demo/summary.py), all with DEMO_PASSWORD.
LOGINS = {
    "admin": "+8613800000000",
    "dispatcher": "+8613800000001",
    "supervisor": "+8613800000003",
    "customer": "+8613700000001",
    "staff": "+8613900000001",
}

LOCALES = ("zh-CN", "en")
CATALOGUE = Path(__file__).resolve().parents[2] / "web" / "packages" / "i18n" / "src" / "locales"
Text = Callable[..., str]


def catalogue(lang: str) -> Text:
    """``t("login.submit")`` → the console's words for it in ``lang`` ({name} filled in)."""
    messages = json.loads((CATALOGUE / f"{lang}.json").read_text(encoding="utf-8"))

    def t(key: str, **values: Any) -> str:
        found: Any = messages
        for part in key.split("."):
            found = found[part]
        return re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]), found)

    return t


@pytest.fixture(params=LOCALES)
def lang(request: pytest.FixtureRequest) -> str:
    """The console's language for this run of the test."""
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def text(lang: str) -> Text:
    return catalogue(lang)


@pytest.fixture
def new_page(chromium: Browser, live_server: str, lang: str) -> Iterator[Callable[[], Page]]:
    """Open pages in ``lang``; after the test, no request may have left the server."""
    external: list[str] = []
    pages: list[Page] = []

    def open_page() -> Page:
        page = chromium.new_page(locale=lang, viewport={"width": 1400, "height": 1000})
        # The language a person chose in the console (remembered in localStorage).
        page.add_init_script(
            f"localStorage.getItem('dispatchhub.locale') || "
            f"localStorage.setItem('dispatchhub.locale', {json.dumps(lang)})"
        )
        page.on(
            "request",
            lambda r: external.append(r.url) if not r.url.startswith(live_server) else None,
        )
        pages.append(page)
        return page

    yield open_page
    for page in pages:
        page.close()
    assert external == []  # nothing loaded from outside this server


@pytest.fixture
def signed_in(new_page: Callable[[], Page], live_server: str, text: Text) -> Callable[[str], Page]:
    """A page signed in through the form as a demo role ("admin", "dispatcher", …)."""

    def sign_in(role: str, path: str = "") -> Page:
        page = new_page()
        page.goto(f"{live_server}/admin/#/{path}")
        page.get_by_label(text("login.login")).fill(LOGINS[role])
        page.get_by_label(text("login.password")).fill(DEMO_PASSWORD)
        page.get_by_role("button", name=text("login.submit"), exact=True).click()
        expect(page.locator("#sign-out")).to_be_visible()
        return page

    return sign_in


@pytest.fixture(scope="session")
def api(live_server: str) -> Callable[..., dict[str, Any]]:
    """GraphQL as a demo role, to check what the UI did: ``api(query, role=, **variables)``
    (``language=`` asks for messages in that language, as the console does)."""
    tokens: dict[str, str] = {}

    def call(
        query: str, role: str = "admin", language: str = "zh-CN", **variables: Any
    ) -> dict[str, Any]:
        if role not in tokens:
            login = httpx.post(
                f"{live_server}/graphql",
                json={"query": SIGN_IN, "variables": {"login": LOGINS[role], "p": DEMO_PASSWORD}},
                timeout=30,  # password hashing on a busy machine
            ).json()
            tokens[role] = login["data"]["tokenCreate"]["accessToken"]
        body = httpx.post(
            f"{live_server}/graphql",
            json={"query": query, "variables": variables},
            headers={"authorization": f"Bearer {tokens[role]}", "accept-language": language},
            timeout=30,
        ).json()
        assert "errors" not in body, body
        return body["data"]  # type: ignore[no-any-return]

    return call


SIGN_IN = """mutation ($login: String!, $p: String!) {
  tokenCreate(input: {login: $login, password: $p}) { accessToken }
}"""


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    """Where a test leaves its screenshots (kept by pytest's tmp_path retention)."""
    return tmp_path
