"""The rule editor: policies, live diagnostics, completion, save, versions, publish, simulate."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from tests.ui.conftest import Text

POLICIES = "{ policies { edges { node { id name activeVersion latestVersion } } } }"


def _editor_text(page: Page, text: str) -> None:
    """Replace the editor's text the way a person does: select all, type."""
    page.locator("#rule-editor .cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(text)


def _words(text: Text, key: str, *names: str) -> list[str]:
    """The fixed words of a message with placeholders ("{changed} of {total} orders …")."""
    return [w.strip() for w in text(key, **{n: "\0" for n in names}).split("\0") if w.strip()]


def _main(api: Callable[..., dict[str, Any]]) -> dict[str, Any]:
    edges = api(POLICIES)["policies"]["edges"]
    return next(e["node"] for e in edges if e["node"]["name"] == "main")


def test_admin_sees_the_policies_with_their_active_version(
    signed_in: Callable[..., Page], api: Callable[..., dict[str, Any]], screenshots: Path
) -> None:
    main = _main(api)

    page = signed_in("admin", "rules")

    row = page.locator('#policy-list tr[data-policy="main"]')
    expect(row.locator('[data-field="activeVersion"]')).to_have_text(f"v{main['activeVersion']}")
    page.screenshot(path=str(screenshots / "rules-list.png"))


def test_a_missing_unit_is_marked_at_its_line_and_fixing_it_clears_it(
    signed_in: Callable[..., Page], screenshots: Path, lang: str
) -> None:
    page = signed_in("admin", "rules/main")
    expect(page.locator("#rule-editor .cm-content")).to_contain_text("policy urgent")
    expect(page.locator(".tok-keyword").first).to_be_visible()  # highlighted

    _editor_text(
        page,
        "# 草稿 draft\ndefault policy anyone\n  require near : distance(staff, task) <= 10\n",
    )

    item = page.locator('#diagnostics li[data-code="MISSING_UNIT"]')
    expect(item).to_have_attribute("data-line", "3")
    expect(item).to_contain_text("3:43")
    # the checker's words come in the page's language
    expect(item).to_contain_text(
        "是不带单位的数字,但这里需要 distance"
        if lang == "zh-CN"
        else "is a plain number but must be a distance"
    )
    hint = "加上单位,例如 10 km" if lang == "zh-CN" else "add a unit, e.g. 10 km"
    expect(item).to_contain_text(hint)
    mark = page.locator("#rule-editor .cm-lintRange-error")
    expect(mark).to_have_text("10")  # the mark covers the number the checker names
    page.screenshot(path=str(screenshots / "rules-diagnostic.png"))

    page.locator("#rule-editor .cm-content").click()
    page.keyboard.press("Control+End")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("End")
    page.keyboard.type(" km")

    expect(page.locator("#diagnostics li")).to_have_count(0)
    expect(mark).to_have_count(0)


def test_completion_offers_the_fields_the_schema_knows(signed_in: Callable[..., Page]) -> None:
    page = signed_in("admin", "rules/main")
    expect(page.locator("#rule-editor .cm-content")).to_contain_text("policy urgent")
    page.locator("#rule-editor .cm-content").click()
    page.keyboard.press("Control+End")
    page.keyboard.type("\n  require r : staff.rat")

    options = page.locator(".cm-tooltip-autocomplete li")
    expect(options.filter(has_text="staff.rating").first).to_be_visible()
    expect(options.filter(has_text="staff.region")).to_have_count(0)


def test_saving_adds_a_version_and_publishing_it_makes_it_active(
    signed_in: Callable[..., Page],
    api: Callable[..., dict[str, Any]],
    text: Text,
    screenshots: Path,
) -> None:
    before = _main(api)
    page = signed_in("admin", "rules/main")
    expect(page.locator("#rule-editor .cm-content")).to_contain_text("policy urgent")
    page.locator("#rule-editor .cm-content").click()
    page.keyboard.press("Control+Home")
    page.keyboard.type(f"# 界面测试 UI test {time.time_ns()}\n")
    page.get_by_label(text("rules.note")).fill("界面测试 UI test")

    page.locator("#save").click()

    version = before["latestVersion"] + 1
    expect(page.locator('[data-field="savedVersion"]')).to_contain_text(f"v{version}")
    expect(page.locator("#example-results li.ok").first).to_be_visible()
    row = page.locator(f'#version-list tr[data-version="{version}"]')
    expect(row.locator('[data-field="status"]')).to_have_text(text("versions.DRAFT"))

    page.locator("#diff-output").wait_for(state="attached")
    page.get_by_role("button", name=text("versions.compare"), exact=True).click()
    expect(page.locator("#diff-output .diff .add")).to_contain_text("界面测试 UI test")

    page.once("dialog", lambda dialog: dialog.accept())
    row.locator('[data-action="publish"]').click()

    expect(row.locator('[data-field="status"]')).to_have_text(text("versions.PUBLISHED"))
    active = text("rules.activeLine", active=f"v{version}", latest=version)
    expect(page.locator("#active-version")).to_have_text(active)
    page.screenshot(path=str(screenshots / "rules-published.png"), full_page=True)
    assert _main(api)["activeVersion"] == version

    # rolling back is publishing the previous version again
    page.once("dialog", lambda dialog: dialog.accept())
    old = page.locator(f'#version-list tr[data-version="{before["activeVersion"]}"]')
    expect(old.locator('[data-action="publish"]')).to_have_text(text("versions.rollBack"))
    old.locator('[data-action="publish"]').click()
    expect(old.locator('[data-field="status"]')).to_have_text(text("versions.PUBLISHED"))
    assert _main(api)["activeVersion"] == before["activeVersion"]


def test_text_with_errors_is_not_saved_and_stays_in_the_editor(
    signed_in: Callable[..., Page], api: Callable[..., dict[str, Any]], text: Text
) -> None:
    before = _main(api)
    page = signed_in("admin", "rules/main")
    expect(page.locator("#rule-editor .cm-content")).to_contain_text("policy urgent")
    broken = "default policy anyone\n  require x : staff.ratng >= 3\n"
    _editor_text(page, broken)

    page.locator("#save").click()

    for words in _words(text, "rules.notSaved", "count"):
        expect(page.locator("#save-result")).to_contain_text(words)
    expect(page.locator('#diagnostics li[data-line="2"]')).to_contain_text("staff.ratng")
    expect(page.locator("#rule-editor .cm-content")).to_contain_text("staff.ratng >= 3")
    assert _main(api)["latestVersion"] == before["latestVersion"]


def test_simulation_shows_the_kpis_beside_what_happened(
    signed_in: Callable[..., Page], text: Text, screenshots: Path
) -> None:
    page = signed_in("admin", "rules/main")
    expect(page.locator("#rule-editor .cm-content")).to_contain_text("policy urgent")

    page.locator("#simulate").click()

    kpis = page.locator("#simulation-kpis")
    orders = kpis.locator("tr", has=page.locator("th", has_text=text("simulation.orders")))
    expect(orders.first.locator("td").first).not_to_have_text("0")
    expect(kpis).to_contain_text("GRAB")  # what happened, by decision kind
    for words in _words(text, "simulation.changed", "changed", "total"):
        expect(page.locator('[data-field="changed"]')).to_contain_text(words)
    page.screenshot(path=str(screenshots / "rules-simulation.png"), full_page=True)
