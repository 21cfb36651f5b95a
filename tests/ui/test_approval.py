"""A dispatcher approves a booking waiting for review; its order reaches the board live."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from tests.ui.conftest import Text

Api = Callable[..., dict[str, Any]]

PENDING = """{ bookings(filter: {status: [PENDING_REVIEW]}, first: 100) {
  edges { node { id number history { kind reason } } } } }"""
BOOKING = """query ($id: ID!) { booking(id: $id) { status history { toStatus reason } } }"""
ORDERS = """{ orders(first: 100) { edges { node { id number bookingId status } } } }"""
QUEUE = """query ($status: [OrderStatus!]) { orders(filter: {status: $status}, first: 100) {
  edges { node { id } } } }"""
DECISION = """query ($id: ID!) { order(id: $id) { status assigneeId
  decision { candidates { staffId eligible failedRequirement } } } }"""
WAITING = ("OPEN", "OFFERED", "ESCALATED")


def _order_of(api: Api, booking_id: str) -> dict[str, Any] | None:
    edges = api(ORDERS, role="dispatcher")["orders"]["edges"]
    return next((e["node"] for e in edges if e["node"]["bookingId"] == booking_id), None)


def test_a_dispatcher_approves_a_booking_and_its_order_arrives_on_the_board_live(
    signed_in: Callable[..., Page],
    api: Api,
    live_server: str,
    lang: str,
    text: Text,
    screenshots: Path,
) -> None:
    # given the board open in one browser, and a booking waiting for review
    board = signed_in("dispatcher", "board")
    expect(board.locator('[data-field="live"]')).to_be_visible()
    booking = api(PENDING, role="dispatcher")["bookings"]["edges"][0]["node"]
    assert _order_of(api, booking["id"]) is None

    # when a dispatcher in a second browser approves it with a note
    desk = signed_in("dispatcher", "bookings")
    desk.locator("#filter-status").select_option("PENDING_REVIEW")
    desk.locator("#booking-filters button[type=submit]").click()
    desk.locator(f'#booking-list li[data-booking="{booking["number"]}"]').click()
    expect(desk.locator("#approve-form")).to_be_visible()
    desk.locator("#approve-note").fill(f"电话核实地址 address checked {lang}")
    desk.screenshot(path=str(screenshots / f"booking-approve-{lang}.png"), full_page=True)
    desk.locator("#approve").click()

    # then the booking is confirmed, with the note in its history
    expect(desk.locator('[data-field="done"]')).to_have_text(text("approval.done"))
    expect(desk.locator('[data-field="status"]')).to_have_text(text("status.CONFIRMED"))
    expect(desk.locator("#approve-form")).to_have_count(0)
    found = api(BOOKING, role="dispatcher", id=booking["id"])["booking"]
    assert found["status"] == "CONFIRMED"
    assert f"电话核实地址 address checked {lang}" in [h["reason"] for h in found["history"]]

    # and its order shows on the board without a reload, counted and with its age
    order = _order_of(api, booking["id"])
    assert order is not None and order["status"] in WAITING  # the demo's rules offer it first
    item = board.locator(f'#queue li[data-order="{order["number"]}"]')
    expect(item).to_be_visible(timeout=15_000)
    expect(item.locator('[data-field="age"]')).to_be_visible()
    waiting = api(QUEUE, role="dispatcher", status=list(WAITING))["orders"]["edges"]
    expect(board.locator('#queue-counts [data-queue="waiting"] strong')).to_have_text(
        str(len(waiting))
    )

    # the second browser sees it on the map
    desk.goto(f"{live_server}/admin/#/map?order={order['number']}")
    expect(desk.locator(f'path[data-order="{order["number"]}"]')).to_have_count(1)
    expect(desk.locator("#map-order h2")).to_have_text(order["number"])
    desk.screenshot(path=str(screenshots / f"map-new-order-{lang}.png"), full_page=True)

    # the dispatcher opens it: its history starts with the approval's order, then the dispatch
    item.click()
    expect(board.locator("#order-detail h2")).to_contain_text(order["number"])
    history = board.locator("#order-history tbody tr")
    expect(history.first).to_contain_text(text("orderStatus.OPEN"))

    # a manual assignment to someone the rules turned away shows the rules it breaks
    detail = api(DECISION, role="dispatcher", id=order["id"])["order"]
    refused = [c for c in detail["decision"]["candidates"] if c["eligible"] is False]
    staff = board.locator("#assign-staff")
    if refused:
        staff.select_option(refused[0]["staffId"])
    else:  # everybody considered was eligible: someone the decision did not consider
        staff.select_option(
            staff.locator("optgroup").last.locator("option").last.get_attribute("value")
        )
    chosen = staff.input_value()
    board.locator("#assign-reason").fill(f"客户点名 the customer asked for them {lang}")
    board.get_by_role("button", name=text("board.assign"), exact=True).click()
    expect(board.locator('[data-field="status"]')).to_have_text(text("orderStatus.ASSIGNED"))
    broken = board.locator("#broken-requirements li[data-requirement]")
    expect(broken.first).to_be_visible()
    if refused:
        names = broken.evaluate_all("items => items.map(li => li.dataset.requirement)")
        assert refused[0]["failedRequirement"] in names
    expect(item).to_have_count(0)
    after = api(DECISION, role="dispatcher", id=order["id"])["order"]
    assert after["assigneeId"] == chosen and after["status"] == "ASSIGNED"
    board.screenshot(path=str(screenshots / f"board-broken-rules-{lang}.png"), full_page=True)
