"""The staff app at /staff/ on a phone-sized viewport, with the real server and demo data.

``text`` here reads the shared catalogue and the staff app's own (``staff.*``); ``phone``
opens a page signed in as a staff member (any demo login) in a context of its own (so a test
can take its network away); ``pool_order`` / ``offered_order`` make work through the API the
way a customer's booking does.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from dispatchhub.demo import DEMO_PASSWORD
from tests.ui.conftest import CATALOGUE, LOGINS

STAFF_CATALOGUE = Path(__file__).resolve().parents[3] / "web" / "apps" / "staff" / "src" / "locales"
PHONE = {"width": 390, "height": 844}
HOME = {"latitude": 31.2389, "longitude": 121.4812}  # the demo staff member's home, Huangpu
Api = Callable[..., dict[str, Any]]


@pytest.fixture
def text(lang: str) -> Callable[..., str]:
    messages: dict[str, Any] = {}
    for folder in (CATALOGUE, STAFF_CATALOGUE):
        messages.update(json.loads((folder / f"{lang}.json").read_text(encoding="utf-8")))

    def t(key: str, **values: Any) -> str:
        found: Any = messages
        for part in key.split("."):
            found = found[part]
        return re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]), found)

    return t


@pytest.fixture
def phone(
    chromium: Browser, live_server: str, lang: str, text: Callable[..., str]
) -> Iterator[Callable[..., Page]]:
    """``phone(login)``: the staff app signed in as ``login`` on a phone; no request may
    leave the server."""
    external: list[str] = []
    contexts: list[BrowserContext] = []

    def open_app(login: str = LOGINS["staff"]) -> Page:
        context = chromium.new_context(
            locale=lang, viewport=PHONE, is_mobile=True, has_touch=True,
            geolocation=HOME, permissions=["geolocation"],
        )  # fmt: skip
        context.add_init_script(f"localStorage.setItem('dispatchhub.locale', {json.dumps(lang)})")
        context.on(
            "request",
            lambda r: external.append(r.url) if not r.url.startswith(live_server) else None,
        )
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{live_server}/staff/")
        page.get_by_label(text("login.login")).fill(login)
        page.get_by_label(text("login.password")).fill(DEMO_PASSWORD)
        page.get_by_role("button", name=text("login.submit"), exact=True).click()
        expect(page.locator("#sign-out")).to_be_visible()
        return page

    yield open_app
    for context in contexts:
        context.close()
    assert external == []  # nothing loaded from outside this server


BOOK = """mutation ($input: BookingCreateInput!) { bookingCreate(input: $input) {
  booking { number status } errors { code message } } }"""
SERVICE_TYPES = "{ serviceTypes { id code } }"
# The demo customer (LOGINS["customer"]), not whichever customer an earlier test created.
CUSTOMERS = (
    '{ users(filter: {role: "customer", search: "13700000001"}, first: 1)'
    " { edges { node { id } } } }"
)
LATEST = """query ($first: Int!) { orders(first: $first) { edges { node {
  id number status bookingId decision { chosenId } } } } }"""
BOOKING_NUMBER = "query ($id: ID!) { node(id: $id) { ... on Booking { number } } }"


def book(api: Api, service: str, description: str, form: dict[str, Any]) -> dict[str, Any]:
    """A booking taken by phone at the demo staff member's door (confirmed at once), and the
    order it opened (``id``, ``number``, ``status``, ``decision``)."""
    types = {s["code"]: s["id"] for s in api(SERVICE_TYPES, role="dispatcher")["serviceTypes"]}
    customer = api(CUSTOMERS, role="dispatcher")["users"]["edges"][0]["node"]["id"]
    start = (datetime.now(UTC) + timedelta(hours=2)).replace(minute=0, second=0, microsecond=0)
    booking = {
        "description": description, "address": "上海市黄浦区南京东路100号", "channel": "PHONE",
        "customerId": customer, "serviceTypeId": types[service],
        "scheduledStart": start.isoformat(),
        "location": {"lat": HOME["latitude"] + 0.001, "lon": HOME["longitude"] + 0.002},
        "formData": form,
    }  # fmt: skip
    made = api(BOOK, role="dispatcher", input=booking)["bookingCreate"]
    assert made["errors"] == [] and made["booking"]["status"] == "CONFIRMED", made
    # Dispatch runs after the booking's transaction (the outbox, in-process here).
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        for edge in api(LATEST, role="dispatcher", first=20)["orders"]["edges"]:
            order = edge["node"]
            number = api(BOOKING_NUMBER, role="dispatcher", id=order["bookingId"])["node"]
            if number["number"] == made["booking"]["number"] and order["decision"]:
                return order  # type: ignore[no-any-return]
        time.sleep(0.3)
    raise AssertionError("the booking's order was not dispatched")


@pytest.fixture
def pool_order(api: Api) -> Callable[[], dict[str, Any]]:
    """A plumbing job in Huangpu: the everyday policy pools it for the district's plumbers."""
    return lambda: book(
        api, "plumbing", "厨房水槽堵了 / the sink is blocked", {"location": "kitchen_sink"}
    )


@pytest.fixture
def offered_order(api: Api) -> Callable[[], dict[str, Any]]:
    """A locksmith job in Huangpu: the technical policy pushes it to the best locksmith."""
    return lambda: book(
        api, "locksmith", "门锁打不开 / locked out", {"lock_type": "mechanical", "need": "open"}
    )


PHONE_OF = "query ($id: ID!) { node(id: $id) { ... on User { phone } } }"


def login_of(api: Api, user_id: str) -> str:
    return api(PHONE_OF, role="admin", id=user_id)["node"]["phone"]  # type: ignore[no-any-return]
