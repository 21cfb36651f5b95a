"""A call for help made without a network waits on the phone and reaches the server once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from playwright.sync_api import Page, expect

Text = Callable[..., str]
Api = Callable[..., dict[str, Any]]

GRAB = "mutation ($id: ID!) { orderGrab(input: {id: $id}) { errors { code message } } }"
START = """mutation ($id: ID!) { orderStatusUpdate(input: {id: $id, status: IN_PROGRESS}) {
  errors { code message } } }"""
HELP = """{ helpRequests(first: 50) { edges { node { orderNumber message status } } } }"""
MESSAGE = "楼道没信号，需要一位同事 / no signal here, need a colleague"


def test_a_call_for_help_made_offline_is_sent_once_when_the_network_returns(
    phone: Callable[..., Page], pool_order: Callable[[], dict[str, Any]], api: Api, text: Text
) -> None:
    # given a job of mine under way, open on the phone
    order = pool_order()
    assert api(GRAB, role="staff", id=order["id"])["orderGrab"]["errors"] == []
    assert api(START, role="staff", id=order["id"])["orderStatusUpdate"]["errors"] == []
    page = phone()
    page.evaluate(f"location.hash = '#/job/{order['id']}'")
    expect(page.locator("#job")).to_have_attribute("data-order", order["number"])

    # when the network is gone and they ask for help
    page.context.set_offline(True)
    expect(page.locator("#connection")).to_have_text(text("staff.offline"))
    page.get_by_label(text("staff.job.helpMessage")).fill(MESSAGE)
    page.get_by_role("button", name=text("staff.job.askHelp")).click()

    # then the app says it waits on the device
    expect(page.locator(".banner.warning")).to_contain_text(text("staff.job.helpQueued"))
    outbox = page.locator("#outbox")
    expect(outbox).to_contain_text(text("staff.queue.waiting", count=1))
    expect(outbox).to_contain_text(text("staff.queue.help", number=order["number"]))

    # and, with the network back, it is sent, once
    page.context.set_offline(False)
    expect(outbox).to_have_count(0, timeout=30_000)
    asked = [
        e["node"]
        for e in api(HELP, role="staff")["helpRequests"]["edges"]
        if e["node"]["orderNumber"] == order["number"]
    ]
    assert asked == [{"orderNumber": order["number"], "message": MESSAGE, "status": "OPEN"}]
