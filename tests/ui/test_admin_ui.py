"""What a person sees in Chromium: the admin start page and the offline GraphiQL."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from tests.ui.conftest import Text


def test_admin_page_shows_what_the_server_reports(
    new_page: Callable[[], Page], live_server: str, text: Text, screenshots: Path
) -> None:
    page = new_page()

    page.goto(f"{live_server}/admin/")

    expect(page.locator('[data-field="database"]')).to_have_text("sqlite")
    expect(page.locator('[data-field="jobsMode"]')).to_have_text("in-process")
    expect(page.locator('[data-field="timezone"]')).to_have_text("Asia/Shanghai")
    expect(page.locator("#system h2")).to_have_text(text("system.title"))
    page.screenshot(path=str(screenshots / "admin.png"))


def test_graphiql_runs_a_query_offline(
    chromium: Browser, live_server: str, screenshots: Path
) -> None:
    page = chromium.new_page()
    external: list[str] = []
    page.on(
        "request", lambda r: external.append(r.url) if not r.url.startswith(live_server) else None
    )

    page.goto(f"{live_server}/graphql")
    page.locator(".graphiql-execute-button").click()

    expect(page.locator(".graphiql-response")).to_contain_text('"database": "sqlite"')
    page.screenshot(path=str(screenshots / "graphiql.png"))
    assert external == []
    page.close()
