"""What a person sees in Chromium: the admin start page and the offline GraphiQL."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, expect


def test_admin_page_shows_what_the_server_reports(
    chromium: Browser, live_server: str, screenshots: Path
) -> None:
    page = chromium.new_page(locale="zh-CN")
    external: list[str] = []
    page.on(
        "request", lambda r: external.append(r.url) if not r.url.startswith(live_server) else None
    )

    page.goto(f"{live_server}/admin/")

    expect(page.locator('[data-field="database"]')).to_have_text("sqlite")
    expect(page.locator('[data-field="jobsMode"]')).to_have_text("in-process")
    expect(page.locator('[data-field="timezone"]')).to_have_text("Asia/Shanghai")
    page.screenshot(path=str(screenshots / "admin.png"))
    assert external == []  # nothing loaded from outside this server
    page.close()


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
