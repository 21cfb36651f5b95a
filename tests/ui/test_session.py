"""Signing in and out, and what a role without access sees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect


def test_a_wrong_password_is_shown_at_the_password_field_and_the_login_stays(
    new_page: Callable[[], Page], live_server: str, screenshots: Path
) -> None:
    page = new_page()
    page.goto(f"{live_server}/admin/")
    page.get_by_label("手机号或邮箱 Phone or e-mail").fill("+8613800000000")
    page.get_by_label("密码 Password").fill("not-the-password")

    page.get_by_role("button", name="登录 Sign in").click()

    error = page.locator('[data-error-for="password"]')
    expect(error).to_contain_text("账号或密码不正确")
    expect(page.locator('[data-error-for="login"]')).to_be_hidden()
    expect(page.get_by_label("手机号或邮箱 Phone or e-mail")).to_have_value("+8613800000000")
    assert page.evaluate("sessionStorage.length") == 0
    page.screenshot(path=str(screenshots / "login-error.png"))


def test_a_customer_is_told_the_admin_pages_are_not_for_them(
    signed_in: Callable[..., Page], screenshots: Path
) -> None:
    page = signed_in("customer", "rules")

    expect(page.locator("#no-access")).to_contain_text("无权访问 No access")
    expect(page.locator("#no-access")).to_contain_text("客户 customer")
    expect(page.locator("#nav a")).to_have_count(0)
    page.screenshot(path=str(screenshots / "no-access.png"))


def test_a_dispatcher_does_not_get_the_rule_editor(signed_in: Callable[..., Page]) -> None:
    page = signed_in("dispatcher", "rules")

    expect(page.locator("#no-access")).to_contain_text("规则 Rules")
    expect(page.locator("#nav")).not_to_contain_text("规则 Rules")


def test_an_expired_access_token_is_refreshed_once_and_signing_out_ends_the_session(
    signed_in: Callable[..., Page],
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

    expect(page.get_by_role("button", name="登录 Sign in")).to_be_visible()
    assert page.evaluate('sessionStorage.getItem("dispatchhub.session")') is None


def test_a_request_that_fails_after_another_refreshed_uses_the_new_token(
    signed_in: Callable[..., Page],
) -> None:
    # Two requests leave with an expired token; the slow one's answer arrives after the other
    # has refreshed. Refreshing again would reuse a spent refresh token and end the session.
    page = signed_in("admin", "rules")
    outcome = page.evaluate(
        """async () => {
          const key = "dispatchhub.session";
          const s = JSON.parse(sessionStorage.getItem(key));
          s.accessToken = "expired";
          sessionStorage.setItem(key, JSON.stringify(s));
          const original = window.fetch;
          window.fetch = async (url, init) => {
            const response = await original(url, init);
            if (init.body.includes("Slow") && init.headers.authorization === "Bearer expired") {
              await new Promise((resolve) => setTimeout(resolve, 800));
            }
            return response;
          };
          const api = await import("/admin/api.js");
          const results = await Promise.allSettled([
            api.graphql("query Slow { me { name } }"), api.graphql("query Fast { me { name } }"),
          ]);
          window.fetch = original;
          return { results: results.map((r) => r.status), session: sessionStorage.getItem(key) };
        }"""
    )

    assert outcome["results"] == ["fulfilled", "fulfilled"]
    assert outcome["session"] is not None
    expect(page.locator("#policy-list")).to_be_visible()
