"""The customer app as a customer uses it on a phone: sign up with a code, book with the
generated form (a mistake the review catches, then fixed), follow the order live while staff
act through the API, review; reschedule and cancel with the fee shown first and charged
exactly that; reset the password; never see another customer's booking."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import httpx
from dispatchhub_payment.fake_gateway import FakeAlipay
from playwright.sync_api import Page, expect

from dispatchhub.demo import DEMO_PASSWORD
from tests.ui.conftest import LOGINS, Text
from tests.ui.customer.conftest import sent_code

Api = Callable[..., dict[str, Any]]
SHANGHAI = ZoneInfo("Asia/Shanghai")
PASSWORD = "Harbour#Kite93"

ASSIGN = """mutation ($input: OrderAssignInput!) { orderAssign(input: $input) {
  order { status } errors { message } } }"""
STATUS = """mutation ($input: OrderStatusUpdateInput!) { orderStatusUpdate(input: $input) {
  order { status } errors { message } } }"""
ME = "{ me { id name } }"
SHIFT_START = "mutation { staffShiftStart { errors { message } } }"
POSITION = """mutation ($input: StaffPositionReportInput!) { staffPositionReport(input: $input) {
  errors { field message } } }"""
BOOKING = """query ($id: ID!) { booking(id: $id) { status scheduledStart
  charges { amountMinor status } payments { purpose amountMinor status paidAt } } }"""
ORDER_REVIEW = "query ($orderId: ID!) { orderReview(orderId: $orderId) { id } }"
REPLY = """mutation ($input: ReviewReplyInput!) { reviewReply(input: $input) {
  errors { message } } }"""
WINDOWS = """mutation ($input: ServiceTypeArrivalWindowsSetInput!) {
  serviceTypeArrivalWindowsSet(input: $input) { errors { field message } } }"""
BOOKED_TYPE = "query ($id: ID!) { booking(id: $id) { serviceTypeId urgency } }"
CREATE = """mutation ($input: BookingCreateInput!) { bookingCreate(input: $input) {
  booking { id status } errors { field message } } }"""


def _sign_up(page: Page, live_server: str, ct: Text, number: str, name: str) -> float:
    """Sign up through the form; returns when the code was sent (time.monotonic())."""
    page.goto(f"{live_server}/app/")
    page.get_by_role("link", name=ct("customer.auth.toSignUp")).click()
    expect(page.get_by_role("heading", name=ct("customer.auth.signUpTitle"))).to_be_visible()
    page.get_by_label(ct("customer.auth.phone")).fill(number)
    page.get_by_role("button", name=ct("customer.auth.sendCode")).click()
    expect(page.get_by_text(ct("customer.auth.codeSent"))).to_be_visible()
    sent_at = time.monotonic()
    page.get_by_label(ct("customer.auth.code")).fill(sent_code(number))
    page.get_by_label(ct("customer.auth.name")).fill(name)
    page.get_by_label(ct("customer.auth.newPassword")).fill(PASSWORD)
    page.get_by_role("button", name=ct("customer.auth.signUp")).click()
    expect(page.get_by_role("heading", name=ct("customer.bookings.title"))).to_be_visible()
    return sent_at


def _sign_in(page: Page, live_server: str, ct: Text, login: str, password: str) -> None:
    page.goto(f"{live_server}/app/#/sign-in")
    expect(page.get_by_role("heading", name=ct("customer.auth.signInTitle"))).to_be_visible()
    page.get_by_label(ct("customer.auth.phone")).fill(login)
    page.get_by_label(ct("customer.auth.password")).fill(password)
    page.get_by_role("button", name=ct("customer.auth.signIn"), exact=True).click()
    expect(page.get_by_role("heading", name=ct("customer.bookings.title"))).to_be_visible()


def _tab(page: Page, ct: Text, name: str) -> None:
    nav = page.get_by_role("navigation", name=ct("customer.nav.label"))
    nav.get_by_role("link", name=ct(f"customer.nav.{name}"), exact=True).click()


def _before(words: str) -> str:
    """The words of a message before its first value (filled in as "§")."""
    return words.split("§")[0].strip()


def _fits_the_phone(page: Page) -> None:
    """Nothing wider than the 360 px screen: the page never scrolls sideways."""
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def _booking_id(page: Page) -> str:
    expect(page).to_have_url(re.compile(r"#/bookings/.+"))
    return unquote(page.url.split("#/bookings/")[1])


def _pay_by_qr(page: Page, ct: Text, alipay: FakeAlipay, button: str, amount: str) -> None:
    """Open the QR payment from ``button`` and pay it as the buyer does in the Alipay app; the
    page turns it into the receipt by itself."""
    before = set(alipay.trades)
    provider = "支付宝" if ct("customer.pay.title") == "支付" else "Alipay"  # as the page says
    page.get_by_role("button", name=ct(button, amount=amount, provider=provider)).click()
    payment = page.locator('[data-field="payment"]')
    expect(payment).to_contain_text(ct("customer.pay.scan", amount=amount))
    qr_image = payment.get_by_role("img", name=ct("customer.pay.qrLabel", amount=amount))
    expect(qr_image).to_be_visible()
    [number] = set(alipay.trades) - before
    assert alipay.trades[number].total_fen == int(amount.strip("¥").replace(".", ""))
    expect(payment.locator('[data-field="qr"]')).to_have_text(
        f"https://qr.alipay.com/bax{alipay.trades[number].trade_no[-12:]}"
    )
    assert alipay.pay(number) == (200, "success")  # signed notification, checked by the plugin
    expect(payment).to_have_count(0)
    paid = page.locator('[data-field="payments"] li[data-payment-status="PAID"]')
    receipt = paid.filter(has_text=number)
    expect(receipt).to_contain_text(ct("customer.pay.receipt", time="§").split("§")[0].strip())


def test_sign_up_book_follow_live_and_review(
    phone: Callable[[], Page], live_server: str, ct: Text, lang: str, api: Api,
    new_phone_number: Callable[[], str], screenshots: Path, alipay: FakeAlipay,
) -> None:  # fmt: skip
    page = phone()
    _sign_up(page, live_server, ct, new_phone_number(), "顾客 Tester")
    expect(page.locator('[data-state="empty"]')).to_be_visible()
    page.screenshot(path=str(screenshots / "1-signed-up.png"), full_page=True)
    _fits_the_phone(page)

    # describe the problem: the type is suggested, its form is generated from its schema
    _tab(page, ct, "book")
    description = page.get_by_label(ct("customer.book.description"))
    description.fill(
        "卧室空调开了一个小时还是不制冷，外机在转但吹出来的是热风。"
        if lang == "zh-CN"
        else "The bedroom air conditioner runs but does not cool at all."
    )
    page.get_by_role("button", name=ct("customer.book.suggest")).click()
    suggestion = page.locator("[data-suggestion][aria-pressed=true]")
    expect(suggestion).to_have_count(1)
    ac = "空调维修" if lang == "zh-CN" else "Air-conditioner repair"
    expect(suggestion).to_contain_text(ac)
    chosen = page.get_by_role("combobox", name=ct("customer.book.serviceType"), exact=True).locator(
        "option:checked"
    )
    expect(chosen).to_have_text(ac)  # changeable: the select holds the suggestion
    page.locator('[data-form-field="unit_count"]').fill("2")
    page.locator('[data-form-field="symptom"]').select_option("not_cooling")
    # the brand (required by the type's schema) is left empty: the review will say so
    page.get_by_label(ct("customer.book.address"), exact=True).fill("徐汇区漕溪北路 88 号 1201")
    # the pin: tap the map (drawn from the service regions, no tiles) …
    where = page.locator('p[data-field="location"]')
    expect(where).to_have_text(ct("customer.book.noLocation"))
    page.locator("[data-field=map]").screenshot(path=str(screenshots / "2-map.png"))
    page.locator('[data-field="map"]').tap(position={"x": 150, "y": 120})
    expect(where).not_to_have_text(ct("customer.book.noLocation"))
    # the top right corner of the map is outside every service region: said at once
    the_map = page.locator('[data-field="map"]')
    box = the_map.bounding_box()
    assert box is not None
    the_map.tap(position={"x": box["width"] - 6, "y": 6})
    expect(page.locator('[data-field="service-area"]')).to_have_text(ct("customer.book.outOfArea"))
    # … or choose the district, which pins its centre, inside the service area
    page.get_by_label(ct("customer.book.district")).select_option("xuhui")
    expect(where).to_have_text(ct("customer.book.locationAt", lat="31.1885", lon="121.4365"))
    expect(page.locator('[data-field="service-area"][data-served="yes"]')).to_be_visible()
    tomorrow = (datetime.now(SHANGHAI) + timedelta(days=1)).date().isoformat()
    page.get_by_label(ct("customer.book.day")).fill(tomorrow)
    # the times carry the server's capacity (bookingSlots): 10:00 has qualified staff free
    ten = page.get_by_label(ct("customer.book.time")).locator('option[value="10:00"]')
    expect(ten).to_have_attribute("data-free", re.compile(r"^[1-9][0-9]*$"))
    expect(ten).to_be_enabled()
    free = ten.get_attribute("data-free")
    expect(ten).to_have_text(ct("customer.book.slotFree", time="10:00", n=free))
    page.get_by_label(ct("customer.book.time")).select_option("10:00")
    expect(page.locator('[data-field="price"]')).to_have_text("¥120.00")  # before submitting
    submit = page.get_by_role("button", name=ct("customer.book.submit"))
    submit.dblclick()  # a double tap books once
    expect(page.locator('[data-state="needs-changes"]')).to_be_visible()
    brand_error = page.locator('[data-error-for="formData.brand"]')
    expect(brand_error).to_be_visible()
    page.screenshot(path=str(screenshots / "2-review-problem.png"), full_page=True)
    _fits_the_phone(page)
    page.locator('[data-form-field="brand"]').fill("格力 Gree")
    page.get_by_role("button", name=ct("customer.book.resubmit")).click()
    booking_id = _booking_id(page)
    expect(page.locator('[data-field="status"]')).to_have_text(ct("customer.status.CONFIRMED"))
    page.screenshot(path=str(screenshots / "3-confirmed.png"), full_page=True)
    _fits_the_phone(page)

    # in my bookings, once
    _tab(page, ct, "bookings")
    expect(page.locator('[data-list="bookings"] li')).to_have_count(1)
    page.locator('[data-list="bookings"] a').click()

    # staff act through the API; the page follows without a reload
    progress = page.locator("[data-order-id]")
    expect(page.locator('[data-live="on"]')).to_be_visible()
    order_id = progress.get_attribute("data-order-id")
    staff = api(ME, role="staff")["me"]
    # the service type promises an arrival within two hours of the appointment's start
    booked = api(BOOKED_TYPE, role="dispatcher", id=booking_id)["booking"]
    windows = api(
        WINDOWS,
        input={
            "serviceTypeId": booked["serviceTypeId"],
            "windows": [{"urgency": booked["urgency"], "minutes": 120}],
        },
    )
    assert windows["serviceTypeArrivalWindowsSet"]["errors"] == [], windows
    assigned = api(
        ASSIGN,
        role="dispatcher",
        input={"id": order_id, "staffId": staff["id"], "reason": "ui test"},
    )
    assert assigned["orderAssign"]["errors"] == [], assigned
    expect(page.locator('[data-field="staff"]')).to_have_text(staff["name"])
    # the promised deadline is the server's (Order.arrivalDeadline)
    expect(page.locator('[data-field="arrival-deadline"]')).to_contain_text(
        _before(ct("customer.booking.deadline", time="§"))
    )
    assert api(SHIFT_START, role="staff")["staffShiftStart"]["errors"] == []
    for status in ("EN_ROUTE", "IN_PROGRESS", "COMPLETED"):
        moved = api(STATUS, role="staff", input={"id": order_id, "status": status})
        assert moved["orderStatusUpdate"]["errors"] == [], moved
        expect(page.locator('[data-field="order-status"]')).to_have_text(
            ct(f"customer.orderStatus.{status}")
        )
        where = page.locator('[data-field="staff-position"]')
        if status == "EN_ROUTE":  # on the way: where the technician is, how recent, how far
            reported = api(POSITION, role="staff", input={"location": {"lat": 31.2, "lon": 121.45}})
            assert reported["staffPositionReport"]["errors"] == [], reported
            # the page reads the position every 5 s (POLL_MS): wait for the next read
            expect(where).to_contain_text(
                ct("customer.track.at", lat="31.2000", lon="121.4500"), timeout=15_000
            )
            expect(where.locator('[data-field="position-age"]')).to_contain_text(
                ct("customer.track.justNow")
            )
            # the arrival estimate is the server's (Order.etaAt, made from the reported
            # position), well before the promised deadline
            eta = where.locator('[data-field="eta"][data-late="no"]')
            expect(eta).to_contain_text(
                _before(ct("customer.track.eta", time="§", min=0)), timeout=15_000
            )
            expect(where.locator('[data-field="distance"]')).to_be_visible()
            expect(page.locator('[data-field="arrival-deadline"]')).to_be_visible()
        else:
            expect(where).to_have_count(0)
            # arrived on time: the promise is settled, the deadline gives way to the arrival
            arrived = page.locator('[data-field="arrival"][data-outcome="ON_TIME"]')
            expect(arrived).to_contain_text(_before(ct("customer.booking.arrived", time="§")))
            expect(page.locator('[data-field="arrival-deadline"]')).to_have_count(0)
        page.screenshot(path=str(screenshots / f"4-{status}.png"), full_page=True)
        _fits_the_phone(page)
    expect(page.locator('[data-field="status"]')).to_have_text(ct("customer.status.COMPLETED"))

    # pay the price by QR code through the Alipay gateway fake, and keep the receipt
    _pay_by_qr(page, ct, alipay, "customer.pay.service", "¥120.00")
    page.screenshot(path=str(screenshots / "5-paid.png"), full_page=True)
    _fits_the_phone(page)
    [paid] = api(BOOKING, role="dispatcher", id=booking_id)["booking"]["payments"]
    assert (paid["purpose"], paid["amountMinor"], paid["status"]) == ("SERVICE", 12000, "PAID")
    expect(page.get_by_role("button", name=re.compile("¥120.00"))).to_have_count(0)  # nothing due

    # review: four dimensions on five levels, and words; then edit it
    review = page.get_by_role("region", name=ct("customer.review.title"))
    review.locator('[data-dimension="speed"]').get_by_label(
        ct("customer.review.level.SATISFIED"), exact=True
    ).check()
    review.get_by_label(ct("customer.review.comment")).fill("准时到达 on time")
    review.get_by_role("button", name=ct("customer.review.submit")).click()
    expect(review.locator('[data-state="reviewed"]')).to_be_visible()
    review.get_by_role("button", name=ct("customer.review.edit")).click()
    review.locator('[data-dimension="skill"]').get_by_label(
        ct("customer.review.level.NEUTRAL"), exact=True
    ).check()
    review.get_by_role("button", name=ct("customer.review.update")).click()
    expect(review).to_contain_text(ct("customer.review.level.NEUTRAL"))
    page.screenshot(path=str(screenshots / "6-reviewed.png"), full_page=True)

    # the company replies; another visit reads the review and the reply back, still editable
    review_id = api(ORDER_REVIEW, role="dispatcher", orderId=order_id)["orderReview"]["id"]
    replied = api(REPLY, role="staff", input={"reviewId": review_id, "reply": "感谢 thank you"})
    assert replied["reviewReply"]["errors"] == [], replied
    page.reload()
    expect(review.locator('[data-field="reply"]')).to_contain_text("感谢 thank you")
    expect(review.locator('[data-dimension="skill"]')).to_have_count(0)  # shown, not a form
    expect(review).to_contain_text(ct("customer.review.level.NEUTRAL"))
    expect(review.get_by_role("button", name=ct("customer.review.edit"))).to_be_visible()
    page.screenshot(path=str(screenshots / "7-review-reply.png"), full_page=True)
    _fits_the_phone(page)
    assert api(BOOKING, role="dispatcher", id=booking_id)["booking"]["status"] == "COMPLETED"


def _fee_window_start() -> str:
    """A start 3–23 hours away inside 08:00–20:00 Shanghai time (the ¥20 notice rule)."""
    at = (datetime.now(SHANGHAI) + timedelta(hours=3)).replace(minute=0, second=0, microsecond=0)
    at += timedelta(hours=1)
    while not 8 <= at.hour < 19:
        at += timedelta(hours=1)
    return at.isoformat()


def test_reschedule_and_cancel_show_the_fee_first_and_charge_exactly_that(
    phone: Callable[[], Page], live_server: str, ct: Text, api: Api,
    new_phone_number: Callable[[], str], screenshots: Path, alipay: FakeAlipay,
) -> None:  # fmt: skip
    page = phone()
    number = new_phone_number()
    _sign_up(page, live_server, ct, number, "改约 Tester")
    # a booking a few hours ahead, made through the app's own API as this customer
    token = page.evaluate("JSON.parse(sessionStorage.getItem('dispatchhub.session')).accessToken")
    types = httpx.post(
        f"{live_server}/graphql", json={"query": '{ serviceType(code: "hvac") { id } }'}
    ).json()
    input = {
        "description": "客厅柜机漏水，地板上每天都有一滩水，麻烦师傅来看看。",
        "serviceTypeId": types["data"]["serviceType"]["id"], "scheduledStart": _fee_window_start(),
        "address": "静安区南京西路 1 号", "location": {"lat": 31.2297, "lon": 121.4480},
        "formData": {"brand": "美的 Midea", "unit_count": 1, "symptom": "leaking"},
    }  # fmt: skip
    made = httpx.post(
        f"{live_server}/graphql", json={"query": CREATE, "variables": {"input": input}},
        headers={"authorization": f"Bearer {token}"},
    ).json()["data"]["bookingCreate"]  # fmt: skip
    assert made["booking"]["status"] == "CONFIRMED", made
    booking_id = made["booking"]["id"]
    page.goto(f"{live_server}/app/#/bookings/{booking_id}")

    page.get_by_role("button", name=ct("customer.booking.reschedule")).click()
    expect(page.locator('[data-field="fee"]')).to_have_text(
        ct("customer.booking.feeNow", amount="¥20.00")
    )
    later = (datetime.now(SHANGHAI) + timedelta(days=3)).date().isoformat()
    page.get_by_label(ct("customer.book.day")).fill(later)
    page.get_by_label(ct("customer.book.time")).select_option("14:00")
    page.screenshot(path=str(screenshots / "1-reschedule-fee.png"), full_page=True)
    page.get_by_role("button", name=ct("customer.booking.confirmReschedule")).click()
    expect(page.locator('[data-field="charged"]')).to_have_text(
        ct("customer.booking.charged", amount="¥20.00")
    )
    after = api(BOOKING, role="dispatcher", id=booking_id)["booking"]
    assert [c["amountMinor"] for c in after["charges"]] == [2000]
    assert (
        datetime.fromisoformat(after["scheduledStart"]).astimezone(SHANGHAI).strftime("%H:%M")
        == "14:00"
    )
    # the fee is paid by QR code: exactly the ¥20 shown and charged
    _pay_by_qr(page, ct, alipay, "customer.pay.fees", "¥20.00")
    page.screenshot(path=str(screenshots / "2-fee-paid.png"), full_page=True)
    _fits_the_phone(page)
    after = api(BOOKING, role="dispatcher", id=booking_id)["booking"]
    assert [(p["purpose"], p["amountMinor"], p["status"]) for p in after["payments"]] == [
        ("CANCELLATION", 2000, "PAID")
    ]
    assert [c["status"] for c in after["charges"]] == ["SETTLED"]

    # three days ahead the cancellation is free, and says so first
    page.get_by_role("button", name=ct("customer.booking.cancel")).click()
    expect(page.locator('[data-field="fee"]')).to_have_text(ct("customer.booking.noFee"))
    page.get_by_role("button", name=ct("customer.booking.confirmCancel")).click()
    expect(page.locator('[data-error-for="reason"]')).to_be_visible()  # the reason is required
    page.get_by_label(ct("customer.booking.reason")).fill("plans changed 计划有变")
    page.get_by_role("button", name=ct("customer.booking.confirmCancel")).click()
    expect(page.locator('[data-field="status"]')).to_have_text(ct("customer.status.CANCELLED"))
    expect(page.locator('[data-field="charged"]')).to_have_text(
        ct("customer.booking.charged", amount="¥0.00")
    )
    page.screenshot(path=str(screenshots / "3-cancelled.png"), full_page=True)
    cancelled = api(BOOKING, role="dispatcher", id=booking_id)["booking"]
    assert cancelled["status"] == "CANCELLED"
    assert [c["amountMinor"] for c in cancelled["charges"]] == [2000]

    # the inbox has the platform's notices about it; marking them read clears the unread
    _tab(page, ct, "inbox")
    expect(page.locator('[data-list="notices"] li').first).to_be_visible()
    expect(page.locator('[data-list="notices"] li[data-unread]').first).to_be_visible()
    mark_read = ct("customer.inbox.markRead", count="§").split("§")[0]  # the count varies
    page.get_by_role("button", name=re.compile("^" + re.escape(mark_read))).click()
    expect(page.locator('[data-list="notices"] li[data-unread]')).to_have_count(0)
    page.screenshot(path=str(screenshots / "4-inbox.png"), full_page=True)
    _fits_the_phone(page)

    # another customer never sees it, in the list or by its address
    other = phone()
    _sign_in(other, live_server, ct, LOGINS["customer"], DEMO_PASSWORD)
    other.goto(f"{live_server}/app/#/bookings/{booking_id}")
    expect(other.locator('[data-state="missing"]')).to_have_text(ct("customer.booking.notFound"))
    other.goto(f"{live_server}/app/#/bookings")
    other.get_by_role("button", name=ct("customer.bookings.group.all")).click()
    expect(other.locator('[data-list="bookings"] li').first).to_be_visible()
    assert "改约" not in other.locator('[data-list="bookings"]').inner_text()


def _next_code_allowed(sent_at: float) -> None:
    """A target gets one code a minute: wait out the rest of it."""
    time.sleep(max(0.0, sent_at + 62 - time.monotonic()))


def test_password_reset_and_code_sign_in(
    phone: Callable[[], Page], live_server: str, ct: Text, new_phone_number: Callable[[], str],
) -> None:  # fmt: skip
    page = phone()
    number = new_phone_number()
    sent_at = _sign_up(page, live_server, ct, number, "Reset Tester")
    _tab(page, ct, "me")
    expect(page.locator('[data-field="phone"]')).to_have_text(number)
    page.get_by_role("button", name=ct("customer.profile.signOut")).click()

    page.get_by_role("link", name=ct("customer.auth.toReset")).click()
    expect(page.get_by_role("heading", name=ct("customer.auth.resetTitle"))).to_be_visible()
    page.get_by_label(ct("customer.auth.phone")).fill(number)
    _next_code_allowed(sent_at)
    page.get_by_role("button", name=ct("customer.auth.sendCode")).click()
    expect(page.get_by_text(ct("customer.auth.codeSent"))).to_be_visible()
    sent_at = time.monotonic()
    page.get_by_label(ct("customer.auth.code")).fill(sent_code(number))
    page.get_by_label(ct("customer.auth.newPassword")).fill("weak")
    page.get_by_role("button", name=ct("customer.auth.reset")).click()
    expect(
        page.locator('[data-error-for="newPassword"]')
    ).to_be_visible()  # too weak, said at its field
    page.get_by_label(ct("customer.auth.newPassword")).fill("Lantern#Bay2048")
    page.get_by_role("button", name=ct("customer.auth.reset")).click()
    expect(page.get_by_text(ct("customer.auth.resetDone"))).to_be_visible()
    _sign_in(page, live_server, ct, number, "Lantern#Bay2048")

    # and with a code instead of the password
    _tab(page, ct, "me")
    page.get_by_role("button", name=ct("customer.profile.signOut")).click()
    page.get_by_role("button", name=ct("customer.auth.withCode")).click()
    page.get_by_label(ct("customer.auth.phone")).fill(number)
    _next_code_allowed(sent_at)
    page.get_by_role("button", name=ct("customer.auth.sendCode")).click()
    expect(page.get_by_text(ct("customer.auth.codeSent"))).to_be_visible()
    page.get_by_label(ct("customer.auth.code")).fill(sent_code(number))
    page.get_by_role("button", name=ct("customer.auth.signIn"), exact=True).click()
    expect(page.get_by_role("heading", name=ct("customer.bookings.title"))).to_be_visible()


def test_the_profile_name_and_email_are_changed_with_refusals_at_their_fields(
    phone: Callable[[], Page], live_server: str, ct: Text, lang: str,
    new_phone_number: Callable[[], str], screenshots: Path,
) -> None:  # fmt: skip
    page = phone()
    _sign_up(page, live_server, ct, new_phone_number(), "资料 Tester")
    _tab(page, ct, "me")
    page.get_by_role("button", name=ct("customer.profile.edit")).click()
    form = page.locator('[data-form="profile"]')
    name = form.get_by_label(ct("customer.auth.name"))
    email = form.get_by_label(ct("customer.profile.email"))
    save = form.get_by_role("button", name=ct("customer.profile.save"))

    # an empty name and a malformed e-mail: each refused at its own field
    name.fill(" ")
    email.fill("someone@")
    save.click()
    expect(form.locator('[data-error-for="name"]')).to_be_visible()
    expect(form.locator('[data-error-for="email"]')).to_be_visible()
    # someone else's e-mail (the demo staff member's) is taken
    name.fill("资料 New Name")
    email.fill("staff001@demo.dispatchhub.dev")
    save.click()
    expect(form.locator('[data-error-for="name"]')).to_be_hidden()
    expect(form.locator('[data-error-for="email"] [data-code="EMAIL_TAKEN"]')).to_be_visible()
    page.screenshot(path=str(screenshots / "1-profile-refused.png"), full_page=True)
    _fits_the_phone(page)

    mine = f"profile.{lang.lower()}.{time.time_ns()}@example.com"
    email.fill(mine.upper())
    save.click()
    expect(form).to_have_count(0)
    expect(page.locator('[data-field="name"]')).to_have_text("资料 New Name")
    expect(page.locator('[data-field="email"]')).to_have_text(mine)
    page.reload()  # kept by the server
    expect(page.locator('[data-field="email"]')).to_have_text(mine)
    expect(page.locator('[data-field="name"]')).to_have_text("资料 New Name")
    page.screenshot(path=str(screenshots / "2-profile-saved.png"), full_page=True)


def test_saved_addresses_are_kept_in_the_profile_and_fill_the_booking_form(
    phone: Callable[[], Page], live_server: str, ct: Text, lang: str,
    new_phone_number: Callable[[], str], screenshots: Path,
) -> None:  # fmt: skip
    page = phone()
    _sign_up(page, live_server, ct, new_phone_number(), "地址 Tester")
    _tab(page, ct, "me")
    section = page.get_by_role("region", name=ct("customer.addresses.title"))
    expect(section.locator('[data-state="empty"]')).to_be_visible()

    # add one: a missing name is refused at its field, then saved with a district's point
    section.get_by_role("button", name=ct("customer.addresses.add")).click()
    section.get_by_label(ct("customer.book.address"), exact=True).fill("徐汇区漕溪北路 88 号 1201")
    section.get_by_label(ct("customer.book.district")).select_option("xuhui")
    section.get_by_role("button", name=ct("customer.addresses.save")).click()
    expect(section.locator('[data-error-for="label"]')).to_be_visible()
    section.get_by_label(ct("customer.addresses.label")).fill("家 Home")
    section.get_by_role("button", name=ct("customer.addresses.save")).click()
    listed = section.locator('[data-list="addresses"] li')
    expect(listed).to_have_count(1)
    expect(listed).to_contain_text("徐汇区漕溪北路 88 号 1201")
    expect(listed).to_contain_text(ct("customer.book.locationAt", lat="31.1885", lon="121.4365"))

    # a second one, renamed, then removed
    section.get_by_role("button", name=ct("customer.addresses.add")).click()
    section.get_by_label(ct("customer.addresses.label")).fill("公司")
    section.get_by_label(ct("customer.book.address"), exact=True).fill("静安区南京西路 1 号")
    section.get_by_role("button", name=ct("customer.addresses.save")).click()
    expect(listed).to_have_count(2)
    section.get_by_role("button", name=ct("customer.addresses.editOne", label="公司")).click()
    section.get_by_label(ct("customer.addresses.label")).fill("Office 公司")
    section.get_by_role("button", name=ct("customer.addresses.save")).click()
    expect(listed.nth(1)).to_contain_text("Office 公司")
    page.screenshot(path=str(screenshots / "1-addresses.png"), full_page=True)
    _fits_the_phone(page)
    page.once("dialog", lambda dialog: dialog.accept())
    remove = ct("customer.addresses.deleteOne", label="Office 公司")
    section.get_by_role("button", name=remove).click()
    expect(listed).to_have_count(1)

    # the booking form starts from the first saved address, with its point
    _tab(page, ct, "book")
    page.get_by_role("combobox", name=ct("customer.book.serviceType"), exact=True).select_option(
        label="空调维修" if lang == "zh-CN" else "Air-conditioner repair"
    )
    expect(page.get_by_label(ct("customer.book.address"), exact=True)).to_have_value(
        "徐汇区漕溪北路 88 号 1201"
    )
    expect(page.locator('p[data-field="location"]')).to_have_text(
        ct("customer.book.locationAt", lat="31.1885", lon="121.4365")
    )
    page.screenshot(path=str(screenshots / "2-prefilled.png"), full_page=True)
    _fits_the_phone(page)

    # booked from it as it is; here no payment provider is set up, and the page says so
    page.get_by_label(ct("customer.book.description")).fill(
        "客厅空调不制冷，外机不转，麻烦师傅上门看看。" if lang == "zh-CN"
        else "The living-room air conditioner does not cool; the outdoor unit is still."
    )  # fmt: skip
    page.locator('[data-form-field="brand"]').fill("海尔 Haier")
    page.locator('[data-form-field="unit_count"]').fill("1")
    page.locator('[data-form-field="symptom"]').select_option("not_cooling")
    tomorrow = (datetime.now(SHANGHAI) + timedelta(days=1)).date().isoformat()
    page.get_by_label(ct("customer.book.day")).fill(tomorrow)
    page.get_by_label(ct("customer.book.time")).select_option("10:00")
    page.get_by_role("button", name=ct("customer.book.submit")).click()
    _booking_id(page)
    expect(page.locator('[data-field="status"]')).to_have_text(ct("customer.status.CONFIRMED"))
    expect(page.locator('[data-state="no-provider"]')).to_have_text(ct("customer.pay.none"))
