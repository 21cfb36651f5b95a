"""The dispatch board: the queue, a recorded decision, and a manual assignment."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from tests.ui.conftest import Text

REASON_REQUIRED = {"zh-CN": "请填写原因", "en": "A reason is required"}

ORDERS = """query ($status: [OrderStatus!]) { orders(filter: {status: $status}, first: 100) {
  edges { node { id number status assigneeId } } } }"""

DECIDED = """{ orders(filter: {status: [ASSIGNED]}, first: 100) { edges { node {
  number decision { candidates { staffId eligible failedRequirement reason } } } } } }"""


def _orders(api: Callable[..., dict[str, Any]], *status: str) -> dict[str, dict[str, Any]]:
    edges = api(ORDERS, role="dispatcher", status=list(status))["orders"]["edges"]
    return {e["node"]["number"]: e["node"] for e in edges}


def test_a_dispatcher_assigns_a_waiting_order_and_sees_the_assignee(
    signed_in: Callable[..., Page],
    api: Callable[..., dict[str, Any]],
    lang: str,
    text: Text,
    screenshots: Path,
) -> None:
    waiting = _orders(api, "OPEN", "OFFERED", "ESCALATED")
    page = signed_in("dispatcher", "board")
    items = page.locator("#queue li[data-order]")
    expect(items).to_have_count(len(waiting))
    number = items.first.get_attribute("data-order")
    assert number in waiting
    items.first.click()
    expect(page.locator("#order-detail h2")).to_contain_text(number)

    # without a reason the server refuses, and says so at the reason field
    staff = page.locator("#assign-staff")
    staff.select_option(index=1)
    chosen = staff.input_value()
    name = staff.locator(f'option[value="{chosen}"]').inner_text()
    assign = page.get_by_role("button", name=text("board.assign"), exact=True)
    assign.click()
    expect(page.locator('[data-error-for="reason"]')).to_contain_text(REASON_REQUIRED[lang])
    expect(staff).to_have_value(chosen)  # what was chosen stays

    page.locator("#assign-reason").fill("客户指定 customer asked for them")
    assign.click()

    expect(page.locator('[data-field="assignee"]')).to_have_text(name.split("（")[0])
    expect(page.locator('[data-field="status"]')).to_have_text(text("orderStatus.ASSIGNED"))
    expect(page.locator("#assign-result")).to_contain_text(
        text("board.assignedTo", name=name.split("（")[0])
    )
    expect(page.locator(f'#queue li[data-order="{number}"]')).to_have_count(0)
    page.screenshot(path=str(screenshots / "board-assigned.png"), full_page=True)
    order = _orders(api, "ASSIGNED")[number]
    assert order["assigneeId"] == chosen


def test_an_assigned_order_shows_each_candidate_with_its_verdict_and_score(
    signed_in: Callable[..., Page],
    api: Callable[..., dict[str, Any]],
    text: Text,
    screenshots: Path,
) -> None:
    decided = api(DECIDED, role="dispatcher")["orders"]["edges"]
    order = next(
        e["node"]
        for e in decided
        if {c["eligible"] for c in e["node"]["decision"]["candidates"]} == {True, False}
    )
    failed = next(c for c in order["decision"]["candidates"] if c["eligible"] is False)
    page = signed_in("dispatcher", "board")
    page.locator("#queue-filter").select_option("assigned")

    page.locator(f'#queue li[data-order="{order["number"]}"]').click()

    rows = page.locator("#candidates tbody tr")
    expect(rows).to_have_count(len(order["decision"]["candidates"]))
    expect(rows.first).to_contain_text(text("board.eligible"))  # eligible first, best score first
    row = page.locator(f'#candidates tr[data-staff="{failed["staffId"]}"]')
    expect(row).to_contain_text(f"✗ {failed['failedRequirement']}")
    expect(row).to_contain_text(failed["reason"])
    expect(page.locator("#candidates .badge.ok")).to_have_count(1)  # the chosen one
    page.screenshot(path=str(screenshots / "board-decision.png"), full_page=True)


STAFF = """{ users(filter: {role: "staff", status: ACTIVE}, first: 1) { edges { node { id } } } }"""
ASSIGN = """mutation ($input: OrderAssignInput!) { orderAssign(input: $input) {
  order { status } errors { message } } }"""


def test_the_queue_follows_orders_taken_elsewhere_without_a_reload(
    signed_in: Callable[..., Page], api: Callable[..., dict[str, Any]]
) -> None:
    page = signed_in("dispatcher", "board")
    expect(page.locator('[data-field="live"]')).to_be_visible()  # graphql-transport-ws is up
    items = page.locator("#queue li[data-order]")
    expect(items.first).to_be_visible()
    number = items.last.get_attribute("data-order")
    order = _orders(api, "OPEN", "OFFERED", "ESCALATED")[number]
    staff = api(STAFF, role="dispatcher")["users"]["edges"][0]["node"]["id"]

    # another dispatcher assigns it through the API
    input = {"id": order["id"], "staffId": staff, "reason": "another desk took it"}
    taken = api(ASSIGN, role="dispatcher", input=input)["orderAssign"]
    assert taken["errors"] == [] and taken["order"]["status"] == "ASSIGNED"

    expect(page.locator(f'#queue li[data-order="{number}"]')).to_have_count(0)
