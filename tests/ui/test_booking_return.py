"""A dispatcher sends a booking waiting for review back to the customer, with a reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from tests.ui.conftest import Text

PENDING = """{ bookings(filter: {status: [PENDING_REVIEW]}, first: 100) {
  edges { node { id number } } } }"""
BOOKING = """query ($id: ID!) { booking(id: $id) { status reviewProblems { code message } } }"""


def test_a_dispatcher_sends_a_booking_back_and_the_customer_sees_why(
    signed_in: Callable[..., Page],
    api: Callable[..., dict[str, Any]],
    lang: str,
    text: Text,
    screenshots: Path,
) -> None:
    # given a booking waiting for review (the last: the approval test takes the first ones)
    booking = api(PENDING, role="dispatcher")["bookings"]["edges"][-1]["node"]
    desk = signed_in("dispatcher", "bookings")
    desk.locator("#filter-status").select_option("PENDING_REVIEW")
    desk.locator("#booking-filters button[type=submit]").click()
    desk.locator(f'#booking-list li[data-booking="{booking["number"]}"]').click()
    expect(desk.locator("#return-form")).to_be_visible()

    # a send-back without a reason is refused at the reason
    desk.locator("#send-back").click()
    expect(desk.locator('#return-form [data-error-for="reason"]')).to_be_visible()

    # when the dispatcher gives the reason and sends it back
    reason = f"请补充设备型号 add the device model {lang}"
    desk.locator("#return-reason").fill(reason)
    desk.screenshot(path=str(screenshots / f"booking-return-{lang}.png"), full_page=True)
    desk.locator("#send-back").click()

    # then it needs changes, and the customer reads the reason as its problem
    expect(desk.locator('[data-field="done"]')).to_have_text(text("approval.returned"))
    expect(desk.locator('[data-field="status"]')).to_have_text(text("status.NEEDS_CHANGES"))
    expect(desk.locator("#return-form")).to_have_count(0)
    found = api(BOOKING, role="dispatcher", language=lang, id=booking["id"])["booking"]
    assert found["status"] == "NEEDS_CHANGES"
    [problem] = found["reviewProblems"]
    assert problem["code"] == "RETURNED_BY_AGENT" and reason in problem["message"]
