"""The staff app installs like an app and opens without a network after a first visit."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from playwright.sync_api import Page, expect

Text = Callable[..., str]


def test_the_manifest_describes_an_installable_app_at_staff(live_server: str) -> None:
    manifest = httpx.get(f"{live_server}/staff/manifest.webmanifest").json()
    assert manifest["start_url"] == manifest["scope"] == "/staff/"
    assert manifest["display"] == "standalone"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        response = httpx.get(f"{live_server}{icon['src']}")
        assert response.status_code == 200
        assert response.content.startswith(b"\x89PNG")
    worker = httpx.get(f"{live_server}/staff/sw.js")
    assert worker.status_code == 200
    assert "javascript" in worker.headers["content-type"]


def test_chromium_finds_it_installable_and_the_shell_opens_offline(
    phone: Callable[..., Page], text: Text
) -> None:
    page = phone()
    expect(page.locator("#offers h2")).to_have_text(text("staff.offers.title"))
    # The service worker took the page over (it claims its clients once active).
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=20_000)
    cdp = page.context.new_cdp_session(page)
    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    # A Playwright context is an incognito profile, where Chromium installs nothing; that is
    # the one objection allowed (a missing manifest field, icon or worker would add others).
    assert [e["errorId"] for e in errors] == ["in-incognito"], errors
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == [], manifest["errors"]

    # given no network at all
    page.context.set_offline(True)
    # when the app is opened again
    page.reload()
    # then its shell, words and all, comes from the device, and it says it is offline
    expect(page.locator("#connection")).to_have_text(text("staff.offline"))
    expect(page.locator("header.staff-top .brand")).to_have_text(text("staff.app"))
    page.context.set_offline(False)

    # signing out forgets what was kept on the device (customers' contacts among it)
    kept = "Object.keys(localStorage).concat(Object.keys(sessionStorage))"
    assert "dispatchhub.staff.lists" in page.evaluate(kept)
    page.locator("#sign-out").click()
    expect(page.get_by_label(text("login.password"))).to_be_visible()
    assert [k for k in page.evaluate(kept) if k.startswith("dispatchhub.staff.")] == []
