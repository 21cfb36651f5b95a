"""The bookings page: the list and its filters, one booking's detail, cancel, export."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Page, expect

from tests.ui.conftest import Text

TIME_IN_PAST = {"zh-CN": "早于现在", "en": "cannot be in the past"}

Api = Callable[..., dict[str, Any]]
SHANGHAI = ZoneInfo("Asia/Shanghai")

LIST = """query ($filter: BookingFilterInput, $after: String) {
  bookings(filter: $filter, first: 20, after: $after) {
    edges { node { id number status customerId serviceTypeId
      history { reason } charges { amountMinor status } payments { number }
      reviewProblems { field message } } }
    pageInfo { endCursor } } }"""

BOOKING = """query ($id: ID!) { booking(id: $id) { status cancelReason
  charges { amountMinor fault status } } }"""

CUSTOMER = "query ($id: ID!) { node(id: $id) { ... on User { name phone } } }"

CREATE = """mutation ($input: BookingCreateInput!) { bookingCreate(input: $input) {
  booking { number } errors { code } } }"""


def _bookings(
    api: Api, after: str | None = None, language: str = "zh-CN", **filter: Any
) -> list[dict[str, Any]]:
    data = api(LIST, role="dispatcher", language=language, filter=filter, after=after)["bookings"]
    return [e["node"] for e in data["edges"]]


def _listed(page: Page) -> list[str]:
    expect(page.locator('#booking-list[aria-busy="false"]')).to_have_count(1)
    return page.locator("#booking-list li[data-booking]").evaluate_all(
        "items => items.map(li => li.dataset.booking)"
    )


def _filter(page: Page, status: str = "", search: str = "") -> None:
    page.locator("#filter-status").select_option(status)
    page.locator("#filter-search").fill(search)
    page.locator("#booking-filters button[type=submit]").click()
    expect(page.locator('#booking-list[aria-busy="false"]')).to_have_count(1)


def _yuan(minor: int) -> str:
    return f"{'-' if minor < 0 else ''}¥{abs(minor) / 100:.2f}"


def test_the_list_is_what_the_bookings_query_returns_page_by_page(
    signed_in: Callable[..., Page], api: Api, text: Text
) -> None:
    first = _bookings(api)
    page = signed_in("dispatcher", "bookings")
    expect(page.locator("#booking-list li[data-booking]")).to_have_count(20)
    assert _listed(page) == [b["number"] for b in first]
    row = page.locator(f'#booking-list li[data-booking="{first[0]["number"]}"]')
    expect(row.locator(".badge")).to_have_class(f"badge {first[0]['status']}")

    cursor = api(LIST, role="dispatcher", filter={})["bookings"]["pageInfo"]["endCursor"]
    second = _bookings(api, after=cursor)
    page.get_by_role("button", name=text("bookings.more"), exact=True).click()
    expect(page.locator("#booking-list li[data-booking]")).to_have_count(40)
    assert _listed(page) == [b["number"] for b in first + second]


def test_status_dates_and_search_narrow_the_list(
    signed_in: Callable[..., Page], api: Api, lang: str, text: Text
) -> None:
    page = signed_in("dispatcher", "bookings")
    _filter(page, "NEEDS_CHANGES")
    wanted = [b["number"] for b in _bookings(api, status=["NEEDS_CHANGES"])]
    assert 0 < len(wanted) < 20
    expect(page.locator("#booking-list li[data-booking]")).to_have_count(len(wanted))
    assert _listed(page) == wanted
    expect(page.locator("#booking-list .badge.NEEDS_CHANGES")).to_have_count(len(wanted))

    start = datetime.now(SHANGHAI).date() + timedelta(days=2)
    end = start + timedelta(days=2)
    page.locator("#filter-from").fill(start.isoformat())
    page.locator("#filter-to").fill(end.isoformat())
    _filter(page, "CONFIRMED")
    dated = _bookings(api, status=["CONFIRMED"], **_days(start, end))
    expect(page.locator("#booking-list li[data-booking]")).to_have_count(len(dated))
    assert _listed(page) == [b["number"] for b in dated]
    page.locator("#filter-from").fill("")
    page.locator("#filter-to").fill("")

    # The demo's bookings carry no search text; one booked through the API has it.
    # (a word of its own for each language's run: both book into the same database)
    word = {"zh-CN": "晾衣架摇杆", "en": "晾衣架挂钩"}[lang]
    number = _book(api, f"阳台的{word}断了，需要更换")
    _filter(page, search=word)
    expect(page.locator("#booking-list li[data-booking]")).to_have_count(1)
    assert _listed(page) == [number] == [b["number"] for b in _bookings(api, search=word)]

    _filter(page, search="不存在的词语")
    expect(page.locator("#no-bookings")).to_have_text(text("bookings.noMatch"))
    expect(page.locator("#load-more")).to_be_hidden()


def _days(start: date, end: date) -> dict[str, str]:
    def midnight(day: date) -> str:
        return datetime.combine(day, datetime.min.time(), SHANGHAI).isoformat()

    return {"from": midnight(start), "to": midnight(end + timedelta(days=1))}


def _book(api: Api, description: str) -> str:
    some = _bookings(api, status=["CONFIRMED"])[0]
    today = datetime.now(SHANGHAI).replace(hour=10, minute=0, second=0, microsecond=0)
    start = (today + timedelta(days=3)).isoformat()
    booking = {
        "description": description, "address": "上海市徐汇区漕溪北路100弄1号101室",
        "channel": "PHONE", "customerId": some["customerId"],
        "serviceTypeId": some["serviceTypeId"], "scheduledStart": start,
    }  # fmt: skip
    created = api(CREATE, role="dispatcher", input=booking)["bookingCreate"]
    return created["booking"]["number"]  # type: ignore[no-any-return]


def test_the_detail_shows_review_problems_history_charges_and_payments(
    signed_in: Callable[..., Page], api: Api, lang: str, text: Text, screenshots: Path
) -> None:
    page = signed_in("dispatcher", "bookings")
    review = _bookings(api, language=lang, status=["NEEDS_CHANGES"])[0]
    _filter(page, "NEEDS_CHANGES")
    page.locator(f'#booking-list li[data-booking="{review["number"]}"]').click()
    expect(page.locator("#booking-detail h2")).to_contain_text(review["number"])
    problems = page.locator("#review-problems li")
    expect(problems).to_have_count(len(review["reviewProblems"]))
    expect(problems.first).to_contain_text(review["reviewProblems"][0]["message"])
    history = page.locator("#history tbody tr")
    expect(history).to_have_count(len(review["history"]))
    expect(history.last).to_contain_text(review["history"][-1]["reason"])

    charged = next(b for b in _bookings(api, status=["CANCELLED"]) if b["charges"])
    _filter(page, "CANCELLED")
    page.locator(f'#booking-list li[data-booking="{charged["number"]}"]').click()
    charge = charged["charges"][0]
    expect(page.locator("#charges tbody tr").first).to_contain_text(_yuan(charge["amountMinor"]))
    expect(page.locator("#cancel-form")).to_have_count(0)  # a cancelled booking stays so

    paid = next(b for b in _bookings(api, status=["COMPLETED"]) if b["payments"])
    _filter(page, "COMPLETED")
    page.locator(f'#booking-list li[data-booking="{paid["number"]}"]').click()
    expect(page.locator("#payments tbody tr").first).to_contain_text(paid["payments"][0]["number"])
    expect(page.locator("#payments tbody tr").first).to_contain_text(text("paymentStatus.PAID"))
    customer = api(CUSTOMER, id=paid["customerId"])["node"]
    expect(page.locator('[data-field="customer"]')).to_have_text(
        f"{customer['name']} {customer['phone']}"
    )
    page.screenshot(path=str(screenshots / "bookings-detail.png"), full_page=True)


def test_an_agent_cancels_with_a_reason_and_sees_the_compensation(
    signed_in: Callable[..., Page], api: Api, lang: str, text: Text, screenshots: Path
) -> None:
    booking = _bookings(api, status=["CONFIRMED"])[-1]
    page = signed_in("dispatcher", "bookings")
    _filter(page, "CONFIRMED")
    page.locator(f'#booking-list li[data-booking="{booking["number"]}"]').click()

    # the server refuses a time in the past at the start field; what was typed stays
    page.locator("#reschedule-start").fill("2020-01-06T10:00")
    page.locator("#reschedule-form button[type=submit]").click()
    expect(page.locator('[data-error-for="scheduledStart"]')).to_contain_text(TIME_IN_PAST[lang])
    expect(page.locator("#reschedule-start")).to_have_value("2020-01-06T10:00")

    page.locator("#cancel-fault").select_option("STAFF")
    cancel = page.get_by_role("button", name=text("bookings.cancel"), exact=True)
    cancel.click()
    expect(page.locator('[data-error-for="reason"]')).to_have_text(text("bookings.giveReason"))
    expect(page.locator("#cancel-fault")).to_have_value("STAFF")
    assert api(BOOKING, id=booking["id"])["booking"]["status"] == "CONFIRMED"
    page.screenshot(path=str(screenshots / "bookings-errors.png"), full_page=True)

    page.locator("#cancel-reason").fill("师傅生病 staff fell ill")
    cancel.click()
    expect(page.locator('[data-field="status"]')).to_have_text(text("status.CANCELLED"))
    after = api(BOOKING, id=booking["id"])["booking"]
    assert after["status"] == "CANCELLED"
    assert after["cancelReason"] == "师傅生病 staff fell ill"
    charge = after["charges"][-1]
    assert charge["fault"] == "STAFF" and charge["amountMinor"] < 0
    expect(page.locator('[data-field="charge"]')).to_have_text(
        text("bookings.compensateCustomer", amount=_yuan(-charge["amountMinor"]))
    )
    expect(page.locator("#cancel-form")).to_have_count(0)
    row = page.locator(f'#booking-list li[data-booking="{booking["number"]}"]')
    expect(row).to_have_count(0)  # the list (confirmed only) was loaded again


def test_export_csv_downloads_the_listed_bookings(
    signed_in: Callable[..., Page], api: Api, text: Text
) -> None:
    page = signed_in("dispatcher", "bookings")
    _filter(page, "PENDING_REVIEW")
    listed = _listed(page)
    assert listed == [b["number"] for b in _bookings(api, status=["PENDING_REVIEW"])]
    page.get_by_role("button", name=text("bookings.export", format="CSV"), exact=True).click()
    link = page.locator("#export-link")
    expect(link).to_contain_text(str(len(listed)))
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename.endswith(".csv")
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    header, *rows = csv.reader(io.StringIO(text))
    assert header[:2] == ["预约号 Number", "状态 Status"]
    assert sorted(row[0] for row in rows) == sorted(listed)


@pytest.mark.parametrize("role", ["customer", "staff"])
def test_customers_and_staff_have_no_bookings_page(
    signed_in: Callable[..., Page], text: Text, role: str
) -> None:
    page = signed_in(role, "bookings")
    expect(page.locator("#no-access")).to_be_visible()
    expect(page.locator("#nav a", has_text=text("nav.bookings"))).to_have_count(0)
