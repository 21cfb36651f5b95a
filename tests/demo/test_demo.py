"""The demo data: complete, consistent with the domain rules, valid, idempotent, repeatable."""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import jsonschema
import phonenumbers
import pytest
from argon2 import PasswordHasher

from dispatchhub.authz.tables import CasbinRule
from dispatchhub.bookings.listing import BookingFilter, booking_page
from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.catalog.tables import Region, ServiceType
from dispatchhub.config import Settings
from dispatchhub.demo import ADMIN_PHONE, DEMO_PASSWORD, DemoSummary, load_demo_data
from dispatchhub.demo.builder import Builder
from dispatchhub.demo.checks import check_rows
from dispatchhub.demo.loader import build_demo_rows
from dispatchhub.orders.tables import HelpRequest, Offer, Order, OrderEvent
from dispatchhub.piccolo_app import all_tables
from dispatchhub.reviews.tables import Review
from dispatchhub.users.tables import StaffProfile, StaffSkill, User

# 10:00 in Shanghai: every order state, including EN_ROUTE and IN_PROGRESS, makes sense.
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
SHANGHAI = ZoneInfo("Asia/Shanghai")
BOOKING_STATES = {
    "SUBMITTED", "NEEDS_CHANGES", "PENDING_REVIEW", "CONFIRMED", "IN_SERVICE", "COMPLETED",
    "CANCELLED",
}  # fmt: skip
ORDER_STATES_FOR = {
    "CONFIRMED": {"OPEN", "OFFERED", "ASSIGNED", "EN_ROUTE", "ESCALATED"},
    "IN_SERVICE": {"IN_PROGRESS"},
    "COMPLETED": {"COMPLETED"},
    "CANCELLED": {"CANCELLED"},
}


@pytest.fixture
async def demo(database: Settings) -> DemoSummary:
    """The database with the default demo data loaded."""
    return await load_demo_data(now=NOW)


def _hours(value: str) -> tuple[int, int]:
    hour, minute = value.split(":")
    return int(hour), int(minute)


async def test_every_booking_state_is_present_around_now(demo: DemoSummary) -> None:
    bookings = await Booking.select(Booking.status, Booking.scheduled_start)
    assert set(Counter(b["status"] for b in bookings)) == BOOKING_STATES
    assert 120 <= len(bookings) <= 180
    starts = [b["scheduled_start"] for b in bookings]
    assert all(s.tzinfo is not None for s in starts)
    assert NOW - timedelta(days=61) <= min(starts) < NOW < max(starts) <= NOW + timedelta(days=15)
    assert demo.created and demo.counts["bookings"] == len(bookings)


async def test_orders_are_consistent_with_their_bookings(demo: DemoSummary) -> None:
    bookings = {b["id"]: b for b in await Booking.select()}
    orders = {o["booking"]: o for o in await Order.select()}
    for booking_id, booking in bookings.items():
        order = orders.get(booking_id)
        if booking["status"] in ("CONFIRMED", "IN_SERVICE", "COMPLETED"):
            assert order is not None, booking["number"]
        if order is None:
            assert booking["status"] in ("SUBMITTED", "NEEDS_CHANGES", "PENDING_REVIEW",
                                         "CANCELLED")  # fmt: skip
            continue
        assert order["status"] in ORDER_STATES_FOR[booking["status"]], booking["number"]
        assert order["scheduled_start"] == booking["scheduled_start"]
        assert order["created_at"] == booking["confirmed_at"]
        if order["status"] in ("ASSIGNED", "EN_ROUTE", "IN_PROGRESS", "COMPLETED"):
            assert order["assignee"] is not None and order["assigned_at"] is not None
        if order["status"] in ("IN_PROGRESS", "COMPLETED"):
            assert order["assigned_at"] < order["started_at"] <= NOW
        if order["status"] == "COMPLETED":
            assert order["started_at"] < order["completed_at"] <= NOW
        if booking["status"] == "CANCELLED":
            assert booking["cancelled_at"] is not None and booking["cancel_reason"]
    offered = [o["id"] for o in orders.values() if o["status"] == "OFFERED"]
    pending = await Offer.select().where(Offer.status == "PENDING")
    assert offered and {o["order"] for o in pending} == set(offered)
    assert all(o["deadline"] > NOW for o in pending)


async def test_event_histories_lead_to_the_current_status(demo: DemoSummary) -> None:
    for table, events, key in ((Booking, BookingEvent, "booking"), (Order, OrderEvent, "order")):
        current = {row["id"]: row["status"] for row in await table.select(table.id, table.status)}
        history: dict[Any, list[dict[str, Any]]] = {}
        for event in await events.select().order_by(events.at):
            history.setdefault(event[key], []).append(event)
        assert set(history) == set(current)
        for row_id, chain in history.items():
            assert chain[0]["from_status"] is None
            for before, after in zip(chain, chain[1:], strict=False):
                assert after["from_status"] == before["to_status"]
                assert after["at"] >= before["at"]
            assert chain[-1]["to_status"] == current[row_id]
            assert chain[-1]["at"] <= NOW


async def test_bookings_are_scheduled_inside_service_hours(demo: DemoSummary) -> None:
    hours = {t["id"]: t["service_hours"] for t in await ServiceType.select().output(load_json=True)}
    for booking in await Booking.select():
        window = hours[booking["service_type"]]
        start = booking["scheduled_start"].astimezone(SHANGHAI)
        end = booking["scheduled_end"].astimezone(SHANGHAI)
        assert start.date() == end.date()
        assert _hours(window["start"]) <= (start.hour, start.minute)
        assert (end.hour, end.minute) <= _hours(window["end"])


async def test_every_service_type_has_skilled_staff_in_every_region(demo: DemoSummary) -> None:
    skills: dict[Any, dict[str, int]] = {}
    for row in await StaffSkill.select():
        skills.setdefault(row["staff"], {})[row["skill"]] = row["level"]
    region_of = {p["user"]: p["region"] for p in await StaffProfile.select()}
    regions = [r["code"] for r in await Region.select(Region.code)]
    for service in await ServiceType.select().output(load_json=True):
        required = service["required_skills"]
        qualified = [
            staff for staff, levels in skills.items()
            if all(levels.get(code, 0) >= level for code, level in required.items())
        ]  # fmt: skip
        assert len(qualified) >= 2, service["code"]
        for region in service["service_regions"] or regions:
            assert sum(region_of[s] == region for s in qualified) >= 2, (service["code"], region)


async def test_contacts_are_normalised(demo: DemoSummary) -> None:
    users = await User.select(User.id, User.phone, User.email)
    staff_ids = {p["user"] for p in await StaffProfile.select(StaffProfile.user)}
    assert len(staff_ids) == 50
    for user in users:
        number = phonenumbers.parse(user["phone"])
        assert phonenumbers.is_valid_number(number), user["phone"]
        assert (
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            == (user["phone"])
        )
        assert user["email"] is None or user["email"] == user["email"].lower()
    assert len({u["phone"] for u in users}) == len(users)


async def test_search_finds_demo_bookings_by_number_words_and_customer(
    demo: DemoSummary,
) -> None:
    rows = await Booking.select(
        Booking.id, Booking.number, Booking.description, Booking.address,
        Booking.customer.name.as_alias("name"), Booking.customer.phone.as_alias("phone"),
    )  # fmt: skip
    for row in rows:
        found = {
            str(b["id"])
            for b in await booking_rows(BookingFilter(search=row["number"]))
        }  # fmt: skip
        assert str(row["id"]) in found, row["number"]
    sample = rows[0]
    for term in (sample["description"][:4], sample["address"][:6], sample["name"], sample["phone"]):
        assert str(sample["id"]) in {
            str(b["id"]) for b in await booking_rows(BookingFilter(search=term))
        }, term


async def booking_rows(f: BookingFilter) -> list[dict[str, Any]]:
    return (await booking_page(f, first=100, after=None)).rows


async def test_forms_are_json_schema_and_bookings_fill_them(demo: DemoSummary) -> None:
    validators = {}
    for service in await ServiceType.select().output(load_json=True):
        jsonschema.Draft202012Validator.check_schema(service["form_schema"])
        validators[service["id"]] = jsonschema.Draft202012Validator(service["form_schema"])
        assert service["keywords"] and service["cancellation_policy"]["rules"]
    for booking in await Booking.select().output(load_json=True):
        validators[booking["service_type"]].validate(booking["form_data"])
        assert booking["service_snapshot"]["form_schema"]
        if booking["status"] == "NEEDS_CHANGES":
            # as the service's review stores them: a message in each language
            [problem, *_] = booking["review_errors"]
            assert set(problem) == {"field", "code", "message_zh", "message_en"}
            assert problem["message_zh"] and problem["message_en"]
        if booking["channel"] == "PHONE":
            assert demo.roles[str(booking["entered_by"])] == "dispatcher"


async def test_roles_logins_and_reviews(demo: DemoSummary) -> None:
    grants = await CasbinRule.select().where(CasbinRule.ptype == "g")
    assert {g["v0"]: g["v1"] for g in grants} == demo.roles
    assert Counter(demo.roles.values()) == {
        "admin": 1, "dispatcher": 2, "supervisor": 3, "staff": 50, "customer": 40,
    }  # fmt: skip
    admin = await User.select().where(User.phone == ADMIN_PHONE).first()
    assert admin is not None and admin["email"] == "admin@demo.dispatchhub.dev"
    assert PasswordHasher().verify(admin["password_hash"], DEMO_PASSWORD)
    assert {x.role for x in demo.logins} >= {"admin", "dispatcher", "staff", "customer"}
    reviews = await Review.select()
    assert reviews and all(1 <= r[k] <= 5 for r in reviews for k in ("attitude", "skill"))
    assert sum(r["quality"] >= 4 for r in reviews) > len(reviews) / 2


async def test_second_call_writes_nothing(demo: DemoSummary) -> None:
    again = await load_demo_data(now=NOW + timedelta(hours=1), seed=99)
    assert not again.created
    assert again.counts == demo.counts
    assert again.roles == demo.roles and again.logins == demo.logins


async def test_same_seed_gives_the_same_data(database: Settings) -> None:
    async def snapshot() -> list[list[dict[str, Any]]]:
        return [await t.select().order_by(t.id) for t in (User, Booking, Order, OrderEvent)]

    await load_demo_data(now=NOW, seed=3, staff_count=12, customer_count=10)
    first = await snapshot()
    for table in reversed(all_tables()):
        await table.delete(force=True)
    await load_demo_data(now=NOW, seed=3, staff_count=12, customer_count=10)
    assert await snapshot() == first
    for table in reversed(all_tables()):
        await table.delete(force=True)
    await load_demo_data(now=NOW, seed=4, staff_count=12, customer_count=10)
    assert await snapshot() != first


async def test_rows_the_api_cannot_show_stop_the_load(database: Settings) -> None:
    # given the demo's rows with a help request in a state the domain lacks
    builder = Builder(random.Random(5), NOW, SHANGHAI)
    rows = build_demo_rows(builder, staff_count=12, customer_count=10)
    [request, *_] = rows[HelpRequest]
    request.status = "RESOLVED"

    # then the check the loader runs refuses them, naming the value
    with pytest.raises(ValueError, match=r"help_requests.status = 'RESOLVED'"):
        check_rows(rows)


async def test_numbers_follow_the_live_scheme(demo: DemoSummary) -> None:
    bookings = {b["id"]: b for b in await Booking.select(Booking.id, Booking.number)}
    orders = await Order.select(Order.number, Order.booking)
    assert all(re.fullmatch(r"B\d{8}-[0-9A-F]{6}", b["number"]) for b in bookings.values())
    assert orders and all(o["number"] == "D" + bookings[o["booking"]]["number"][1:] for o in orders)
