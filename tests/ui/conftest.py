"""A real server with the demo data and real Chromium (Debian's package, never a download).

Pages come from ``signed_in`` (a page signed in as a demo role) or ``new_page``; both record
every request that leaves the server and fail the test when there was one.
"""

from __future__ import annotations

import asyncio
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
    runtime = create_runtime(settings, plugins=create_plugin_manager(load_entrypoints=False))
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


# Demo logins (dispatchhub/demo/summary.py), all with DEMO_PASSWORD.
LOGINS = {
    "admin": "+8613800000000",
    "dispatcher": "+8613800000001",
    "customer": "+8613700000001",
    "staff": "+8613900000001",
}


@pytest.fixture
def new_page(chromium: Browser, live_server: str) -> Iterator[Callable[[], Page]]:
    """Open pages at zh-CN; after the test, no request may have left the server."""
    external: list[str] = []
    pages: list[Page] = []

    def open_page() -> Page:
        page = chromium.new_page(locale="zh-CN", viewport={"width": 1400, "height": 1000})
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
def signed_in(new_page: Callable[[], Page], live_server: str) -> Callable[[str], Page]:
    """A page signed in through the form as a demo role ("admin", "dispatcher", …)."""

    def sign_in(role: str, path: str = "") -> Page:
        page = new_page()
        page.goto(f"{live_server}/admin/#/{path}")
        page.get_by_label("手机号或邮箱 Phone or e-mail").fill(LOGINS[role])
        page.get_by_label("密码 Password").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="登录 Sign in").click()
        expect(page.locator("#sign-out")).to_be_visible()
        return page

    return sign_in


@pytest.fixture(scope="session")
def api(live_server: str) -> Callable[..., dict[str, Any]]:
    """GraphQL as a demo role, to check what the UI did: ``api(query, role=, **variables)``."""
    tokens: dict[str, str] = {}

    def call(query: str, role: str = "admin", **variables: Any) -> dict[str, Any]:
        if role not in tokens:
            login = httpx.post(
                f"{live_server}/graphql",
                json={"query": SIGN_IN, "variables": {"login": LOGINS[role], "p": DEMO_PASSWORD}},
            ).json()
            tokens[role] = login["data"]["tokenCreate"]["accessToken"]
        body = httpx.post(
            f"{live_server}/graphql",
            json={"query": query, "variables": variables},
            headers={"authorization": f"Bearer {tokens[role]}"},
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
