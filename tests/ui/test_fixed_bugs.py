"""One test per bug seen in the old console (issue #17), each in both languages."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.ui.conftest import Text


def test_a_refused_save_and_an_empty_diff_show_no_null_text(
    signed_in: Callable[..., Page], text: Text
) -> None:
    page = signed_in("admin", "rules/main")
    expect(page.locator("#rule-editor .cm-content")).to_contain_text("policy urgent")
    page.locator("#rule-editor .cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text("default policy anyone\n  require x : staff.ratng >= 3\n")

    page.locator("#save").click()

    result = page.locator("#save-result")
    expect(result.locator(".bad")).to_be_visible()
    expect(result).not_to_contain_text("null")

    # the same version on both sides: an empty diff
    newest = page.locator("#version-list tbody tr").first.get_attribute("data-version")
    page.locator('select[name="from"]').select_option(newest)
    page.locator('select[name="to"]').select_option(newest)
    page.get_by_role("button", name=text("versions.compare"), exact=True).click()
    expect(page.locator("#diff-output")).to_have_text(text("versions.same"))
    expect(page.locator("#versions")).not_to_contain_text("null")


def test_a_closed_banner_leaves_nothing_on_the_page(
    signed_in: Callable[..., Page], text: Text
) -> None:
    page = signed_in("admin", "rules")
    expect(page.locator("#policy-list")).to_be_visible()
    # The session ends on the server's side: the next request cannot refresh it.
    page.evaluate(
        """() => sessionStorage.setItem("dispatchhub.session",
             JSON.stringify({accessToken: "expired", refreshToken: "revoked"}))"""
    )
    page.locator('#nav a[href="#/board"]').click()
    banner = page.locator("#banner")
    expect(banner).to_have_text(re.compile(re.escape(text("account.sessionEnded"))))
    expect(page.get_by_role("button", name=text("login.submit"), exact=True)).to_be_visible()

    banner.get_by_role("button", name=text("app.close")).click()

    expect(page.locator("#banner")).to_have_count(0)
    expect(page.locator(".banner")).to_have_count(0)
    header = page.locator(".topbar").bounding_box()
    main = page.locator("#main").bounding_box()
    assert header is not None and main is not None
    assert main["y"] == pytest.approx(header["y"] + header["height"], abs=1)  # no strip between


LATEST = """query ($id: ID!) { policyVersions(policyId: $id, first: 1) {
  edges { node { source } } } }"""
SAVE = """mutation ($input: PolicySaveInput!) { policySave(input: $input) {
  version { version } errors { message } } }"""


def test_the_publish_column_fits_at_1440_pixels(
    signed_in: Callable[..., Page], api: Callable[..., dict[str, Any]]
) -> None:
    # A draft with a long note besides the published version: a publish button to show.
    policies = api("{ policies { edges { node { id name } } } }")["policies"]["edges"]
    main = next(e["node"] for e in policies if e["node"]["name"] == "main")
    source = api(LATEST, id=main["id"])["policyVersions"]["edges"][0]["node"]["source"]
    note = "布局测试：一条很长的备注，说明这次修改为什么这样做 layout test with a long note " * 2
    saved = api(
        SAVE, input={"name": "main", "source": f"# {time.time_ns()}\n{source}", "note": note}
    )
    assert saved["policySave"]["version"], saved
    page = signed_in("admin", "rules/main")
    page.set_viewport_size({"width": 1440, "height": 900})
    buttons = page.locator('#version-list [data-action="publish"]')
    expect(buttons.first).to_be_visible()

    card = page.locator("#versions").bounding_box()
    assert card is not None and card["x"] + card["width"] <= 1440
    for index in range(buttons.count()):
        box = buttons.nth(index).bounding_box()
        assert box is not None
        assert box["x"] + box["width"] <= card["x"] + card["width"], f"button {index} is cut off"
    scroll, visible = page.locator("#versions .table-wrap").evaluate(
        "wrap => [wrap.scrollWidth, wrap.clientWidth]"
    )
    assert scroll <= visible  # nothing to scroll sideways to


STAFF_TOLD = {
    "zh-CN": "管理后台需要管理员、调度员或主管角色；您的角色：师傅。",
    "en": "The admin console needs the role admin, dispatcher, or supervisor; your roles: staff.",
}


def test_a_service_worker_is_told_which_roles_open_the_console(
    signed_in: Callable[..., Page], lang: str
) -> None:
    page = signed_in("staff")

    # the roles that open a page, not every role the console knows; supervisors have a home
    expect(page.locator("#no-access p").first).to_have_text(STAFF_TOLD[lang])
    expect(page.locator("#nav a")).to_have_count(0)


CJK_FONTS = re.compile(r"WenQuanYi|Noto (Sans|Serif) CJK|Source Han|Droid Sans Fallback|AR PL")


def test_chinese_is_drawn_with_a_cjk_font(new_page: Callable[[], Page], live_server: str) -> None:
    page = new_page()
    page.goto(f"{live_server}/admin/")
    page.evaluate("document.querySelector('#login-form h1').textContent = '登录派单平台'")
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "#login-form h1"})["nodeId"]

    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]

    cjk = [f for f in fonts if CJK_FONTS.search(f["familyName"])]
    assert cjk, f"no CJK font drew the heading (boxes): {fonts}"
    assert sum(f["glyphCount"] for f in cjk) == len("登录派单平台")


def test_there_is_a_favicon_and_no_request_fails(
    new_page: Callable[[], Page], live_server: str
) -> None:
    page = new_page()
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)

    page.goto(f"{live_server}/admin/")
    expect(page.locator("#login-form")).to_be_visible()
    icon = page.request.get(f"{live_server}/favicon.ico")

    assert icon.status == 200 and icon.headers["content-type"] == "image/x-icon"
    href = page.locator('link[rel="icon"]').get_attribute("href")
    assert page.request.get(f"{live_server}{href}").status == 200
    assert failed == []
