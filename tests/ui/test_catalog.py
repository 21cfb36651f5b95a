"""An admin adds a field to a service type's booking form: the preview shows it at once, and
a dispatcher's phone booking asks for it and sends what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from playwright.sync_api import Page, expect

from tests.ui.conftest import Text

Api = Callable[..., dict[str, Any]]

TYPES = "{ serviceTypes { id code name formSchema } }"
CUSTOMERS = """{ users(filter: {role: "customer", search: "13700000001"}, first: 1)
    { edges { node { id name phone } } } }"""
BOOKING = """query ($number: String!) { bookings(filter: {search: $number}, first: 5) {
  edges { node { number channel customerId formData } } } }"""


def test_an_admin_adds_a_form_field_and_the_preview_and_a_phone_booking_follow_it(
    signed_in: Callable[..., Page], api: Api, lang: str, text: Text, screenshots: Path
) -> None:
    service = api(TYPES)["serviceTypes"][0]
    field = f"gate_code_{lang.replace('-', '_').lower()}"
    title = {"zh-CN": "门禁密码", "en": "Gate code"}[lang]

    # given the admin's catalog page on the service type
    admin = signed_in("admin", "catalog")
    admin.locator("#catalog-type").select_option(service["id"])
    rows = admin.locator("#form-fields tbody tr")
    before = len(service["formSchema"].get("properties", {}))
    expect(rows).to_have_count(before)

    # when a field is added, the preview follows as it is typed
    admin.locator("#add-field").click()
    row = rows.last
    row.locator('input[name="name"]').fill(field)
    row.locator('input[name="titleZh"]').fill("门禁密码")
    row.locator('input[name="titleEn"]').fill("Gate code")
    preview = admin.locator(f'#form-preview [data-form-field="{field}"]')
    expect(preview).to_be_visible()
    expect(admin.locator("#form-preview")).to_contain_text(title)
    admin.screenshot(path=str(screenshots / f"catalog-form-preview-{lang}.png"), full_page=True)
    admin.locator("#save-form").click()
    expect(admin.locator("#form-saved")).to_be_visible()
    saved = next(s for s in api(TYPES)["serviceTypes"] if s["id"] == service["id"])
    assert saved["formSchema"]["properties"][field] == {
        "type": "string", "title": "门禁密码", "x-title-en": "Gate code",
    }  # fmt: skip

    # then a dispatcher booking for a caller is asked for it, and the booking carries it
    customer = api(CUSTOMERS, role="dispatcher")["users"]["edges"][0]["node"]
    desk = signed_in("dispatcher", "phone")
    desk.locator("#phone-search").fill(customer["phone"])
    desk.locator("#customer-search button[type=submit]").click()
    desk.locator(f'#customer-results li[data-customer="{customer["id"]}"]').click()
    expect(desk.locator('[data-field="customer"]')).to_contain_text(customer["name"])
    desk.locator("#phone-type").select_option(service["id"])
    asked = desk.locator(f'#phone-booking [data-form-field="{field}"]')
    expect(asked).to_be_visible()
    expect(desk.locator("#phone-booking")).to_contain_text(title)
    asked.fill("#1234")
    start = datetime.now(ZoneInfo("Asia/Shanghai")) + timedelta(days=4)
    desk.locator("#phone-start").fill(start.strftime("%Y-%m-%dT10:00"))
    desk.locator("#phone-description").fill("客户来电：厨房水龙头漏水 the kitchen tap leaks")
    desk.locator("#phone-address").fill("上海市徐汇区漕溪北路100弄1号101室")
    desk.locator("#phone-book").click()
    booked = desk.locator("#phone-booked")
    expect(booked).to_be_visible()
    desk.screenshot(path=str(screenshots / f"phone-booking-{lang}.png"), full_page=True)
    number = (
        booked.inner_text()
        .split("：" if lang == "zh-CN" else ": ")[1]
        .split("（")[0]
        .split(" (")[0]
    )
    found = api(BOOKING, role="dispatcher", number=number)["bookings"]["edges"][0]["node"]
    assert found["channel"] == "PHONE"
    assert found["customerId"] == customer["id"]
    assert found["formData"][field] == "#1234"
