"""Signing in and out, and what a role without access sees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.ui.conftest import Text

WRONG_PASSWORD = {"zh-CN": "账号或密码不正确", "en": "The login or password is not correct"}


def test_a_wrong_password_is_shown_at_the_password_field_and_the_login_stays(
    new_page: Callable[[], Page], live_server: str, lang: str, text: Text, screenshots: Path
) -> None:
    page = new_page()
    page.goto(f"{live_server}/admin/")
    page.get_by_label(text("login.login")).fill("+8613800000000")
    page.get_by_label(text("login.password")).fill("not-the-password")

    page.get_by_role("button", name=text("login.submit"), exact=True).click()

    error = page.locator('[data-error-for="password"]')
    expect(error).to_contain_text(WRONG_PASSWORD[lang])  # the server answers in the language
    expect(page.locator('[data-error-for="login"]')).to_be_hidden()
    expect(page.get_by_label(text("login.login"))).to_have_value("+8613800000000")
    assert page.evaluate("sessionStorage.getItem('dispatchhub.session')") is None
    page.screenshot(path=str(screenshots / "login-error.png"))


def test_a_customer_is_told_the_admin_pages_are_not_for_them(
    signed_in: Callable[..., Page], text: Text, screenshots: Path
) -> None:
    page = signed_in("customer", "rules")

    expect(page.locator("#no-access")).to_contain_text(text("access.title"))
    expect(page.locator("#no-access")).to_contain_text(text("roles.customer"))
    expect(page.locator("#nav a")).to_have_count(0)
    page.screenshot(path=str(screenshots / "no-access.png"))


def test_a_dispatcher_does_not_get_the_rule_editor(
    signed_in: Callable[..., Page], text: Text
) -> None:
    page = signed_in("dispatcher", "rules")

    expect(page.locator("#no-access")).to_contain_text(text("nav.rules"))
    expect(page.locator("#nav")).not_to_contain_text(text("nav.rules"))
    expect(page.locator("#nav")).to_contain_text(text("nav.board"))


def test_an_expired_access_token_is_refreshed_once_and_signing_out_ends_the_session(
    signed_in: Callable[..., Page], text: Text
) -> None:
    page = signed_in("admin", "rules")
    page.evaluate(
        """() => {
          const s = JSON.parse(sessionStorage.getItem("dispatchhub.session"));
          s.accessToken = "expired";
          sessionStorage.setItem("dispatchhub.session", JSON.stringify(s));
        }"""
    )

    page.reload()

    expect(page.locator("#policy-list")).to_be_visible()
    token = page.evaluate('JSON.parse(sessionStorage.getItem("dispatchhub.session")).accessToken')
    assert token != "expired"

    page.locator("#sign-out").click()

    expect(page.get_by_role("button", name=text("login.submit"), exact=True)).to_be_visible()
    assert page.evaluate('sessionStorage.getItem("dispatchhub.session")') is None


def test_a_request_that_fails_after_another_refreshed_uses_the_new_token(
    signed_in: Callable[..., Page],
) -> None:
    # A diff and a simulation leave at once, both with an expired token; the diff's answer
    # arrives after the simulation has refreshed. Refreshing again would spend a used refresh
    # token and end the session.
    page = signed_in("admin", "rules/main")
    expect(page.locator("#version-list tbody tr").first).to_be_visible()
    page.evaluate(
        """() => {
          const s = JSON.parse(sessionStorage.getItem("dispatchhub.session"));
          s.accessToken = "expired";
          sessionStorage.setItem("dispatchhub.session", JSON.stringify(s));
          const original = window.fetch;
          window.seen = { refreshes: 0, delayed: [] };
          window.fetch = async (url, init) => {
            const body = String(init?.body ?? "");
            if (body.includes("tokenRefresh")) window.seen.refreshes += 1;
            const auth = new Headers(init?.headers).get("authorization");
            const response = await original(url, init);
            if (body.includes("query RuleDiff") && auth === "Bearer expired") {
              window.seen.delayed.push(await response.clone().text());
              await new Promise((resolve) => setTimeout(resolve, 800));
            }
            return response;
          };
        }"""
    )

    page.locator("#versions").get_by_role("button").last.click()  # compare
    page.locator("#simulate").click()

    # a simulation replays the demo's orders: allow for a busy machine
    expect(page.locator("#diff-output")).not_to_be_empty(timeout=20_000)
    expect(page.locator("#simulation-kpis")).to_be_visible(timeout=20_000)
    seen = page.evaluate("window.seen")
    assert len(seen["delayed"]) == 1 and "UNAUTHENTICATED" in seen["delayed"][0]
    assert seen["refreshes"] == 1
    session = page.evaluate('sessionStorage.getItem("dispatchhub.session")')
    assert session is not None and "expired" not in session
    expect(page.locator("#banner")).to_have_count(0)
