"""The permission grid: a tick in a role's column changes what that role can do over the API."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Page, expect

from dispatchhub.demo import DEMO_PASSWORD
from tests.ui.conftest import LOGINS, SIGN_IN, Text

RULES = "{ policyRules { subject object action shipped } }"
ME = "{ me { name } }"
STATS = '{ taskStats(period: MONTH, from: "2026-01-01", to: "2026-01-31") { errors { code } } }'


def _as_customer(live_server: str, query: str) -> dict[str, Any]:
    """The customer's raw answer (the api fixture refuses answers with errors)."""
    graphql = f"{live_server}/graphql"
    login = httpx.post(
        graphql,
        json={"query": SIGN_IN, "variables": {"login": LOGINS["customer"], "p": DEMO_PASSWORD}},
    )
    token = login.json()["data"]["tokenCreate"]["accessToken"]
    headers = {"authorization": f"Bearer {token}"}
    return httpx.post(graphql, json={"query": query}, headers=headers).json()  # type: ignore[no-any-return]


def _codes(body: dict[str, Any]) -> list[str]:
    return [e.get("extensions", {}).get("code", "") for e in body.get("errors", [])]


def test_a_tick_in_the_grid_lets_a_role_call_a_query_and_clearing_it_takes_that_back(
    signed_in: Callable[..., Page],
    api: Callable[..., dict[str, Any]],
    live_server: str,
    lang: str,
    text: Text,
    screenshots: Path,
) -> None:
    # given: customers may not read task statistics
    assert "FORBIDDEN" in _codes(_as_customer(live_server, STATS))
    page = signed_in("admin", "permissions")
    page.locator("#permission-search").fill("Query.taskStats")
    row = page.locator('#permission-grid tr[data-object="Query.taskStats"][data-action="call"]')
    cell = row.locator('td[data-role="customer"] input[type=checkbox]')
    expect(cell).not_to_be_checked()
    # shipped rules are shown and cannot be cleared
    expect(row.locator('td[data-role="dispatcher"] input')).to_be_checked()
    expect(row.locator('td[data-role="dispatcher"] input')).to_be_disabled()

    # when the admin ticks the customer's column
    cell.check()
    expect(page.locator("#permission-result")).to_have_text(
        text("permissions.added", subject="customer", object="Query.taskStats", action="call")
    )
    expect(cell).to_be_checked()
    # and the audit trail below the grid shows the change first, by this admin
    newest = page.locator("#audit-trail tbody tr").first
    expect(newest.locator('[data-field="action"]')).to_have_text("policy_rule.add")
    expect(newest.locator('[data-field="target"]')).to_contain_text("Query.taskStats")
    expect(newest.locator('[data-field="actor"]')).to_have_text(api(ME)["me"]["name"])
    page.screenshot(path=str(screenshots / f"permissions-added-{lang}.png"), full_page=True)

    # then the customer may call it over the API, and the rule is listed
    assert _codes(_as_customer(live_server, STATS)) == []
    rules = api(RULES)["policyRules"]
    assert {
        "subject": "customer",
        "object": "Query.taskStats",
        "action": "call",
        "shipped": False,
    } in rules

    # and clearing the tick takes it back
    cell.uncheck()
    expect(page.locator("#permission-result")).to_have_text(
        text("permissions.removed", subject="customer", object="Query.taskStats", action="call")
    )
    assert "FORBIDDEN" in _codes(_as_customer(live_server, STATS))
    expect(newest.locator('[data-field="action"]')).to_have_text("policy_rule.remove")
    expect(newest.locator('[data-field="target"]')).to_contain_text("Query.taskStats")
