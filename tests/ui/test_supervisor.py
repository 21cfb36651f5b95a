"""The supervisor's home: help requests answered from the console, and the team's figures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Page, expect

from dispatchhub.demo import DEMO_PASSWORD
from tests.ui.conftest import SIGN_IN, Text

WORKING = """{ orders(filter: {status: [ASSIGNED, EN_ROUTE, IN_PROGRESS]}, first: 100) {
  edges { node { id number assigneeId } } } }"""
PHONE = """query ($id: ID!) { node(id: $id) { ... on User { phone } } }"""
ASK = """mutation ($id: ID!, $message: String!) {
  orderHelpRequest(input: {id: $id, message: $message}) { errors { field message code } } }"""
HELP = """{ helpRequests(first: 100) { edges { node {
  orderNumber message status resolution participants { staffId role } } } } }"""
ME = "{ me { id } }"
RANKING = """query ($from: Date!, $to: Date!) { staffRanking(from: $from, to: $to) {
  report { staffId completed score } } }"""
ASKED: set[str] = set()


def _ask_for_help(live_server: str, api: Callable[..., dict[str, Any]], message: str) -> str:
    """An assignee asks for help on one of their orders (not asked about yet); its number."""
    asked = {
        e["node"]["orderNumber"] for e in api(HELP, role="supervisor")["helpRequests"]["edges"]
    }
    order = next(
        e["node"]
        for e in api(WORKING, role="dispatcher")["orders"]["edges"]
        if e["node"]["assigneeId"] and e["node"]["number"] not in asked | ASKED
    )
    phone = api(PHONE, role="dispatcher", id=order["assigneeId"])["node"]["phone"]
    graphql = f"{live_server}/graphql"
    login = httpx.post(
        graphql, json={"query": SIGN_IN, "variables": {"login": phone, "p": DEMO_PASSWORD}}
    )
    token = login.json()["data"]["tokenCreate"]["accessToken"]
    answer = httpx.post(
        graphql,
        json={"query": ASK, "variables": {"id": order["id"], "message": message}},
        headers={"authorization": f"Bearer {token}"},
    ).json()
    assert answer["data"]["orderHelpRequest"]["errors"] == []
    ASKED.add(order["number"])
    return str(order["number"])


def test_a_supervisor_joins_a_help_request_and_closes_it(
    signed_in: Callable[..., Page],
    api: Callable[..., dict[str, Any]],
    live_server: str,
    lang: str,
    text: Text,
    screenshots: Path,
) -> None:
    # given a supervisor on their home page (not "No access")
    page = signed_in("supervisor")
    expect(page.get_by_role("heading", name=text("team.help"))).to_be_visible()
    expect(page.locator("#no-access")).to_have_count(0)

    # when a staff member asks for help, the request shows up without a reload
    message = f"需要第二个人搬热水器 {lang}"
    number = _ask_for_help(live_server, api, message)
    item = page.locator(f'#help-list li[data-help="{number}"]')
    expect(item).to_contain_text(message, timeout=15_000)  # the list is read every 5 s
    expect(item).to_contain_text(text("helpStatus.OPEN"))
    item.click()

    page.locator("#help-join").click()
    expect(page.locator("#help-done")).to_have_text(text("team.done.join", order=number))
    expect(item).to_contain_text(text("helpRole.JOINED"))
    page.screenshot(path=str(screenshots / f"supervisor-help-joined-{lang}.png"), full_page=True)

    page.locator("#help-resolution").fill("主管到场协助 went over to help")
    page.locator("#help-close").click()
    expect(page.locator("#help-done")).to_have_text(text("team.done.close", order=number))
    expect(item).to_have_count(0)  # the list shows open requests

    # then the API has the supervisor on the request and the request closed with the resolution
    me = api(ME, role="supervisor")["me"]["id"]
    found = next(
        e["node"]
        for e in api(HELP, role="supervisor")["helpRequests"]["edges"]
        if e["node"]["orderNumber"] == number and e["node"]["message"] == message
    )
    assert found["status"] == "CLOSED"
    assert found["resolution"] == "主管到场协助 went over to help"
    assert {"staffId": me, "role": "JOINED"} in found["participants"]

    page.locator("#help-filter").select_option("all")
    expect(item).to_contain_text(text("helpStatus.CLOSED"))
    page.screenshot(path=str(screenshots / f"supervisor-help-closed-{lang}.png"), full_page=True)


def test_the_team_figures_are_the_ones_the_api_reports(
    signed_in: Callable[..., Page],
    api: Callable[..., dict[str, Any]],
    screenshots: Path,
    lang: str,
) -> None:
    page = signed_in("supervisor", "team")
    start = page.locator("#perf-from").input_value()
    end = page.locator("#perf-to").input_value()
    ranking = api(RANKING, role="supervisor", **{"from": start, "to": end})["staffRanking"][
        "report"
    ]
    assert ranking, "the demo has completed orders in the last 30 days"

    rows = page.locator("#ranking tbody tr[data-staff]")
    expect(rows).to_have_count(len(ranking))
    for row in ranking:
        line = page.locator(f'#ranking tr[data-staff="{row["staffId"]}"]')
        expect(line.locator('[data-field="completed"]')).to_have_text(str(row["completed"]))
    page.screenshot(path=str(screenshots / f"supervisor-team-{lang}.png"), full_page=True)
