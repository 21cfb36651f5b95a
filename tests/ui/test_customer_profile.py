"""Dashboards: a dispatcher finds a customer and reads the profile the API reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from tests.ui.conftest import LOGINS, Text

CUSTOMER = """query ($search: String) { users(filter: {role: "customer", search: $search},
  first: 5) { edges { node { id name } } } }"""
PROFILE = """query ($id: ID!) { customerProfile(customerId: $id) { report {
  bookings spendMinor preferredServiceTypes } errors { code } } }"""


def test_a_dispatcher_reads_a_customers_profile(
    signed_in: Callable[..., Page],
    api: Callable[..., dict[str, Any]],
    lang: str,
    text: Text,
    screenshots: Path,
) -> None:
    phone = LOGINS["customer"]
    [customer] = [e["node"] for e in api(CUSTOMER, search=phone)["users"]["edges"]]
    report = api(PROFILE, role="dispatcher", id=customer["id"])["customerProfile"]["report"]
    assert report["bookings"] > 0  # the demo customer has booked

    page = signed_in("dispatcher", "dashboards")
    page.locator("#profile-search").fill(phone)
    page.locator("#profile-find").click()
    page.locator(f'#profile-customers li[data-customer="{customer["id"]}"] button').click()

    figures = page.locator("#profile-figures")
    expect(figures.locator('[data-field="bookings"]')).to_have_text(str(report["bookings"]))
    spend = f"¥{report['spendMinor'] / 100:.2f}"  # formatMoney: no grouping
    expect(figures.locator('[data-field="spend"]')).to_have_text(spend)
    expect(figures.locator('[data-field="preferredServiceTypes"]')).to_have_text(
        ", ".join(report["preferredServiceTypes"]) or "—"
    )
    expect(page.locator("#customer-profile h2")).to_have_text(text("profile.title"))
    page.locator("#customer-profile").screenshot(path=str(screenshots / f"profile-{lang}.png"))


def test_a_supervisor_sees_no_customer_profile(signed_in: Callable[..., Page]) -> None:
    page = signed_in("supervisor", "dashboards")
    expect(page.locator("#chart-volume, .chart").first).to_be_visible()
    expect(page.locator("#customer-profile")).to_have_count(0)
