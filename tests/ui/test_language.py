"""One language at a time: zh-CN by default, English chosen and remembered."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Browser, Locator, Page, expect

from tests.ui.conftest import Text, catalogue

# The console's own words (headings, labels, buttons, menus); data such as addresses and
# service names come from the server and are not checked here.
CHROME = "h1, h2, h3, th, dt, .label, button, #nav, #no-access, #active-version"
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")
ENGLISH_WORD = re.compile(r"\b[a-z]{3,}\b")


def _chrome_text(page: Page) -> list[str]:
    """The words of the console's own elements, without data shown in them (.data, .mono)."""
    return page.locator(CHROME).evaluate_all(
        """els => els.map((e) => {
          const copy = e.cloneNode(true);
          copy.querySelectorAll(".data, .mono").forEach((d) => d.remove());
          return copy.textContent;
        })"""
    )


def _one_language(page: Page, lang: str) -> None:
    texts = _chrome_text(page)
    assert texts
    if lang == "en":
        assert [t for t in texts if CJK.search(t)] == []
    else:
        assert [t for t in texts if ENGLISH_WORD.search(t)] == []


def test_the_console_starts_in_chinese_and_remembers_english(
    chromium: Browser, live_server: str, screenshots: Path
) -> None:
    zh, en = catalogue("zh-CN"), catalogue("en")
    page = chromium.new_page(locale="en-US")  # zh-CN is the default whatever the browser says
    page.goto(f"{live_server}/admin/")
    title = page.locator("#login-form h1")
    expect(title).to_have_text(zh("login.title"))
    assert page.evaluate("document.documentElement.lang") == "zh-CN"

    page.locator("#locale").select_option("en")

    expect(title).to_have_text(en("login.title"))
    expect(page.get_by_label(en("login.password"))).to_be_visible()
    assert page.evaluate("document.documentElement.lang") == "en"
    page.reload()
    expect(title).to_have_text(en("login.title"))
    page.screenshot(path=str(screenshots / "english.png"))

    page.locator("#locale").select_option("zh-CN")
    page.reload()
    expect(title).to_have_text(zh("login.title"))
    page.close()


def _open_first(items: Locator) -> None:
    expect(items.first).to_be_visible()
    items.first.click()


def test_no_screen_shows_both_languages(
    signed_in: Callable[..., Page],
    new_page: Callable[[], Page],
    live_server: str,
    lang: str,
    text: Text,
) -> None:
    page = new_page()
    page.goto(f"{live_server}/admin/")
    expect(page.locator("#login-form")).to_be_visible()
    _one_language(page, lang)

    page = signed_in("dispatcher", "bookings")
    _open_first(page.locator("#booking-list li[data-booking]"))
    expect(page.locator("#booking-detail h2")).to_be_visible()
    _one_language(page, lang)

    page.locator('#nav a[href="#/board"]').click()
    _open_first(page.locator("#queue li[data-order]"))
    expect(page.locator("#assign-form")).to_be_visible()
    _one_language(page, lang)

    page = signed_in("admin", "rules/main")
    expect(page.locator("#version-list")).to_be_visible()
    _one_language(page, lang)
    expect(page.locator("#nav")).to_contain_text(text("nav.rules"))
