"""Nothing leaves the machine: every request of every page, the WebSocket included, goes to
the server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from playwright.sync_api import Page, expect

from tests.ui.conftest import Text


def test_every_page_loads_only_from_this_server(
    signed_in: Callable[..., Page], live_server: str, text: Text
) -> None:
    page = signed_in("admin", "rules")
    hosts: set[str] = set()
    page.context.on("request", lambda r: hosts.add(urlsplit(r.url).hostname or r.url))
    page.on("websocket", lambda ws: hosts.add(urlsplit(ws.url).hostname or ws.url))

    page.reload()
    expect(page.locator("#policy-list")).to_be_visible()
    page.locator('#policy-list a[href="#/rules/main"]').click()
    expect(page.locator("#rule-editor .cm-content")).to_contain_text("policy urgent")
    page.locator("#simulate").click()
    expect(page.locator("#simulation-kpis")).to_be_visible()
    page.locator('#nav a[href="#/board"]').click()
    expect(page.locator('[data-field="live"]')).to_be_visible()  # the subscription is up
    page.locator('#nav a[href="#/bookings"]').click()
    expect(page.locator("#booking-list li[data-booking]").first).to_be_visible()
    page.goto(f"{live_server}/graphql")
    expect(page.locator(".graphiql-execute-button")).to_be_visible()

    assert hosts == {"127.0.0.1"}
