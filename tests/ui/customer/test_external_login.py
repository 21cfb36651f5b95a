"""Third-party sign-in in the browser: the customer app's button, the local OpenID Connect
provider (tests/oidc_provider, a real oidc-provider) and the server's callback, end to end.

The provider signs in the account named by ``login_hint`` (it has no login form); the test
adds the hint on the way to the provider, as a person would pick their account there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

import pytest
from playwright.sync_api import Page, Route, expect

from tests.fixtures.oidc import LocalProvider, use_provider, with_params
from tests.ui.conftest import Text
from tests.ui.customer.conftest import NEWCOMERS


def test_a_new_customer_signs_in_with_a_third_party_account_and_sees_their_bookings(
    phone: Callable[[], Page], live_server: str, ct: Text, lang: str, ui_oidc: LocalProvider,
    monkeypatch: pytest.MonkeyPatch, screenshots: Path,
) -> None:  # fmt: skip
    use_provider(monkeypatch, ui_oidc)  # the server reads its providers at each request
    account = f"newcomer-{lang}"
    page = phone()
    authorize = re.compile(re.escape(ui_oidc.corp) + r"/auth\?")
    asked: list[str] = []

    def pick_account(route: Route) -> None:
        url = route.request.url
        if "login_hint=" in url:
            route.continue_()
            return
        asked.append(url)
        route.fulfill(status=302, headers={"location": with_params(url, login_hint=account)})

    page.route(authorize, pick_account)

    # the sign-in page offers the configured providers, one button each
    page.goto(f"{live_server}/app/#/sign-in")
    external = page.locator('[data-field="external-login"]')
    button = external.get_by_role(
        "button", name=ct("customer.auth.externalWith", name="企业账号 Corp")
    )
    expect(button).to_be_visible()
    expect(external.get_by_role("button")).to_have_count(3)  # corp, partner, mixup
    page.screenshot(path=str(screenshots / "1-sign-in-buttons.png"), full_page=True)

    # the flow: to the provider (code, state, PKCE) and back through the server's callback
    button.click()
    expect(page.get_by_role("heading", name=ct("customer.bookings.title"))).to_be_visible()
    assert len(asked) == 1 and f"{live_server}/auth/corp/callback" in unquote(asked[0])
    # the tokens were taken out of the address; a new customer has no bookings yet
    expect(page).not_to_have_url(re.compile("accessToken"))
    expect(page.locator('[data-state="empty"]')).to_be_visible()
    page.screenshot(path=str(screenshots / "2-signed-in.png"), full_page=True)

    # the account was made from the provider's claims
    nav = page.get_by_role("navigation", name=ct("customer.nav.label"))
    nav.get_by_role("link", name=ct("customer.nav.me"), exact=True).click()
    expect(page.locator('[data-field="name"]')).to_have_text(NEWCOMERS[account]["name"])
    expect(page.locator('[data-field="email"]')).to_have_text(NEWCOMERS[account]["email"])

    # and the session survives a reload (kept like a password sign-in's)
    page.reload()
    expect(page.locator('[data-field="name"]')).to_have_text(NEWCOMERS[account]["name"])
