"""A real server and real Chromium (Debian's package, never a downloaded build)."""

from __future__ import annotations

import asyncio
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from playwright.sync_api import Browser, sync_playwright

from dispatchhub import db
from dispatchhub.app import create_app
from dispatchhub.config import Settings
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
    migration = threading.Thread(target=asyncio.run, args=(db.migrate(),))
    migration.start()
    migration.join()
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


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    """Where a test leaves its screenshots (kept by pytest's tmp_path retention)."""
    return tmp_path
