"""A staff member's day on a phone: an offer answered before its deadline, a pool order
grabbed (and one lost to a colleague, with the reason), a job moved through its statuses with
the network gone for part of the way, and a call for help."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from playwright.sync_api import Page, expect

from tests.ui.conftest import LOGINS
from tests.ui.staff.conftest import HOME, login_of

Text = Callable[..., str]
Api = Callable[..., dict[str, Any]]
Make = Callable[[], dict[str, Any]]

HISTORY = """query ($id: ID!) { order(id: $id) { status assigneeId
  history { fromStatus toStatus reason location { lat lon } } } }"""
HELP = """{ helpRequests(first: 50) { edges { node { orderNumber message status
  participants { role } } } } }"""
ME = "{ me { id } }"
HELP_MESSAGE = "需要第二位师傅 / need a second pair of hands"


def _card(page: Page, section: str, number: str) -> Any:
    return page.locator(f'#{section} article[data-order="{number}"]')


def test_a_pool_order_arrives_live_is_grabbed_and_worked_through_a_lost_network(
    phone: Callable[..., Page], pool_order: Make, api: Api, text: Text
) -> None:
    page = phone()
    page.locator("#tab-pool").click()
    expect(page.locator("#pool h2")).to_have_text(text("staff.pool.title"))

    # given a plumbing job booked by phone while the app is open
    order = pool_order()
    # then it appears in the pool without a reload, with its distance from here
    card = _card(page, "pool", order["number"])
    expect(card).to_be_visible(timeout=20_000)
    expect(card.locator('[data-field="distance"]')).to_have_text(
        re.compile(re.escape(text("staff.order.distance", km="X")).replace("X", r"0\.\d"))
    )

    # when the staff member grabs it
    card.get_by_role("button", name=text("staff.pool.grab")).click()
    expect(page.locator(".banner.ok")).to_contain_text(
        text("staff.pool.grabbed", number=order["number"])
    )
    page.locator("#tab-jobs").click()
    _card(page, "jobs", order["number"]).get_by_role("link", name=text("staff.jobs.open")).click()

    # then the job shows the customer's contact, now that it is theirs, and the way there
    expect(page.locator("#job")).to_have_attribute("data-order", order["number"])
    expect(page.locator('#job [data-field="phone"]')).to_have_text(re.compile(r"^\+86\d{11}$"))
    expect(page.locator('#job [data-field="address"]')).to_have_text("上海市黄浦区南京东路100号")
    navigate = page.locator("#navigate")
    expect(navigate).to_have_text(text("staff.job.navigate"))
    expect(navigate).to_have_attribute(
        "href", re.compile(r"^https://uri\.amap\.com/navigation\?to=121\.\d+%2C31\.\d+%2C")
    )

    # when they set off (the only steps offered are the ones the server takes next)
    status = page.locator('#job [data-field="status"]')
    expect(page.locator("#next button")).to_have_count(2)
    page.locator('#next button[data-status="EN_ROUTE"]').click()
    expect(status).to_have_text(text("staff.status.EN_ROUTE"))
    expect(page.locator("#next button")).to_have_count(1)

    # and lose the network, arrive and start
    page.context.set_offline(True)
    # (the app, reopened without a network, shows the job as last read on the device)
    page.reload()
    expect(page.locator("#connection")).to_have_text(text("staff.offline"))
    expect(status).to_have_text(text("staff.status.EN_ROUTE"))
    expect(page.locator('#job [data-field="address"]')).to_have_text("上海市黄浦区南京东路100号")
    page.get_by_label(text("staff.job.note")).fill("到了，开始疏通 / arrived, starting")
    page.locator('#next button[data-status="IN_PROGRESS"]').click()
    expect(page.locator(".banner.warning")).to_contain_text(text("staff.job.queued"))
    expect(page.locator("#outbox")).to_contain_text(text("staff.queue.waiting", count=1))
    expect(status).to_have_text(text("staff.status.IN_PROGRESS"))
    assert api(HISTORY, role="dispatcher", id=order["id"])["order"]["status"] == "EN_ROUTE"

    # then, with the network back, the waiting step is sent once
    page.context.set_offline(False)
    expect(page.locator("#outbox")).to_have_count(0, timeout=30_000)
    expect(page.locator('#next button[data-status="COMPLETED"]')).to_be_visible()

    # and they ask for help
    page.get_by_label(text("staff.job.helpMessage")).fill(HELP_MESSAGE)
    page.get_by_role("button", name=text("staff.job.askHelp")).click()
    expect(page.locator(".banner.ok")).to_contain_text(text("staff.job.helpSent"))

    # and a supervisor, in the app on their own phone, joins and sees the job's details
    helper = phone(LOGINS["supervisor"])
    helper.locator("#tab-help").click()
    call = helper.locator(f'#help-requests article[data-order="{order["number"]}"]')
    expect(call.locator('[data-field="message"]')).to_have_text(HELP_MESSAGE)
    call.get_by_role("button", name=text("staff.help.join")).click()
    expect(helper.locator(".banner.ok")).to_contain_text(
        text("staff.help.joined", number=order["number"])
    )
    call.get_by_role("link", name=text("staff.jobs.open")).click()
    expect(helper.locator('#job [data-field="phone"]')).to_have_text(re.compile(r"^\+86\d{11}$"))
    expect(helper.locator("#next")).to_have_count(0)  # the steps stay with the assignee

    # and finish
    page.locator('#next button[data-status="COMPLETED"]').click()
    expect(status).to_have_text(text("staff.status.COMPLETED"))
    expect(page.locator("#next")).to_have_count(0)

    # the server has each step once, in order, with where it happened
    done = api(HISTORY, role="dispatcher", id=order["id"])["order"]
    # (the helper joining is in the history too, without a change of status)
    moves = [h for h in done["history"] if h["fromStatus"] != h["toStatus"]]
    assert [(h["fromStatus"], h["toStatus"]) for h in moves[-4:]] == [
        ("OPEN", "ASSIGNED"), ("ASSIGNED", "EN_ROUTE"),
        ("EN_ROUTE", "IN_PROGRESS"), ("IN_PROGRESS", "COMPLETED"),
    ]  # fmt: skip
    assert done["status"] == "COMPLETED"
    assert moves[-2]["reason"] == "到了，开始疏通 / arrived, starting"
    where = moves[-3]["location"]
    assert abs(where["lat"] - HOME["latitude"]) < 1e-6
    assert abs(where["lon"] - HOME["longitude"]) < 1e-6
    asked = [e["node"] for e in api(HELP, role="staff")["helpRequests"]["edges"]]
    mine = next(h for h in asked if h["orderNumber"] == order["number"])
    assert (mine["message"], mine["status"]) == (HELP_MESSAGE, "OPEN")
    assert "JOINED" in [p["role"] for p in mine["participants"]]


def test_two_staff_grab_one_order_and_the_loser_is_told_why(
    phone: Callable[..., Page], pool_order: Make, api: Api, text: Text
) -> None:
    order = pool_order()
    eligible = [
        c["staffId"]
        for c in api(DECISION, role="dispatcher", id=order["id"])["order"]["decision"]["candidates"]
        if c["eligible"]
    ]
    me = api(ME, role="staff")["me"]["id"]
    colleague = next(staff for staff in eligible if staff != me)
    mine, theirs = phone(), phone(login_of(api, colleague))
    for page in (mine, theirs):
        page.locator("#tab-pool").click()
        expect(_card(page, "pool", order["number"])).to_be_visible()

    # the colleague is quicker
    grab = text("staff.pool.grab")
    _card(theirs, "pool", order["number"]).get_by_role("button", name=grab).click()
    expect(theirs.locator(".banner.ok")).to_contain_text(
        text("staff.pool.grabbed", number=order["number"])
    )
    _card(mine, "pool", order["number"]).get_by_role("button", name=grab).click()
    expect(mine.locator(".banner.error")).to_contain_text(
        text("staff.pool.refused", reason=text("staff.pool.ALREADY_TAKEN"))
    )
    expect(_card(mine, "pool", order["number"])).to_have_count(0)
    assert api(HISTORY, role="dispatcher", id=order["id"])["order"]["assigneeId"] == colleague


DECISION = """query ($id: ID!) { order(id: $id) { decision { chosenId
  candidates { staffId eligible } } } }"""


def test_an_offer_is_rejected_with_a_reason_and_the_next_one_accepted_before_its_deadline(
    phone: Callable[..., Page], offered_order: Make, api: Api, text: Text
) -> None:
    first = offered_order()
    assert first["status"] == "OFFERED"
    chosen = first["decision"]["chosenId"]
    page = phone(login_of(api, chosen))
    offer = _card(page, "offers", first["number"])
    expect(offer).to_be_visible()

    # rejecting asks for a reason, and the offer moves on
    offer.get_by_role("button", name=text("staff.offers.reject")).click()
    offer.get_by_label(text("staff.offers.reason")).fill("今天已排满 / fully booked today")
    offer.get_by_role("button", name=text("staff.offers.sendReject")).click()
    expect(page.locator(".banner.ok")).to_contain_text(
        text("staff.offers.rejected", number=first["number"])
    )
    expect(offer).to_have_count(0)
    moved = api(HISTORY, role="dispatcher", id=first["id"])["order"]["history"]
    answers = [(h["fromStatus"], h["toStatus"], h["reason"]) for h in moved]
    assert ("OFFERED", "OFFERED", "今天已排满 / fully booked today") in answers

    # a new offer arrives live, with the time left to answer
    second = offered_order()
    assert second["decision"]["chosenId"] == chosen
    offer = _card(page, "offers", second["number"])
    expect(offer).to_be_visible(timeout=20_000)
    countdown = offer.locator('[data-field="countdown"]')
    expect(countdown).to_have_text(
        re.compile(re.escape(text("staff.offers.left", time="X")).replace("X", r"[45]:\d\d"))
    )
    offer.get_by_role("button", name=text("staff.offers.accept")).click()
    expect(page.locator(".banner.ok")).to_contain_text(
        text("staff.offers.accepted", number=second["number"])
    )
    accepted = api(HISTORY, role="dispatcher", id=second["id"])["order"]
    assert accepted["status"] == "ASSIGNED" and accepted["assigneeId"] == chosen
    page.locator("#tab-jobs").click()
    expect(_card(page, "jobs", second["number"])).to_be_visible()


GRAB = """mutation ($id: ID!) { orderGrab(input: {id: $id}) { errors { code } } }"""
STEP = """mutation ($input: OrderStatusUpdateInput!) { orderStatusUpdate(input: $input) {
  errors { code message } } }"""
STAFF = """{ users(filter: {role: "staff", region: "huangpu"}, first: 5) {
  edges { node { id } } } }"""
ASSIGN = """mutation ($input: OrderAssignInput!) { orderAssign(input: $input) {
  errors { code } } }"""


def test_a_step_queued_offline_that_became_stale_is_refused_with_the_servers_reason(
    phone: Callable[..., Page],
    pool_order: Make,
    api: Api,
    text: Text,
    live_server: str,
    lang: str,
) -> None:
    order = pool_order()
    assert api(GRAB, role="staff", id=order["id"])["orderGrab"]["errors"] == []
    page = phone()
    page.goto(f"{live_server}/staff/#/job/{order['id']}")
    expect(page.locator('#next button[data-status="EN_ROUTE"]')).to_be_visible()

    # given a step taken without a network
    page.context.set_offline(True)
    page.locator('#next button[data-status="EN_ROUTE"]').click()
    expect(page.locator("#outbox")).to_contain_text(text("staff.queue.waiting", count=1))
    # while a dispatcher gives the job to a colleague
    me = api(ME, role="staff")["me"]["id"]
    staff = api(STAFF, role="dispatcher")["users"]["edges"]
    colleague = next(e["node"]["id"] for e in staff if e["node"]["id"] != me)
    moved = {"id": order["id"], "staffId": colleague, "reason": "客户改约 / customer's request"}
    assert api(ASSIGN, role="dispatcher", input=moved)["orderAssign"]["errors"] == []

    # when the network is back, the server refuses the stale step and the app says why
    page.context.set_offline(False)
    why = api(STEP, role="staff", language=lang, input={"id": order["id"], "status": "EN_ROUTE"})
    reason = why["orderStatusUpdate"]["errors"][0]["message"]  # what the server says to them
    expect(page.locator("#outbox .bad")).to_have_text(
        text(
            "staff.queue.refused",
            number=order["number"],
            status=text("staff.status.EN_ROUTE"),
            reason=reason,
        ),
        timeout=30_000,
    )
    expect(page.locator("#outbox li")).to_have_count(0)
    after = api(HISTORY, role="dispatcher", id=order["id"])["order"]
    assert after["status"] == "ASSIGNED" and after["assigneeId"] == colleague
    assert "EN_ROUTE" not in [h["toStatus"] for h in after["history"]]
