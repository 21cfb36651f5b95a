"""bookingCreate: refused input stores nothing; reviewable input is stored with its problems."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.catalog.tables import ServiceType
from dispatchhub.notifications.tables import Notification
from dispatchhub.orders.tables import Order
from tests.fixtures.app import GraphQLClient
from tests.fixtures.bookings import FAR_AWAY, XUHUI, Catalog, next_morning
from tests.fixtures.users import MakeUser, SignedIn

CREATE = """
mutation Create($input: BookingCreateInput!) {
  bookingCreate(input: $input) {
    booking { id number status channel region priceMinor serviceCode serviceName
              reviewProblems { field code } customerId }
    errors { field code message }
  }
}
"""


def booking_input(catalog: Catalog, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "serviceTypeId": str(catalog.hvac),
        "description": "客厅空调不制冷,开机后有异响 / AC not cooling, rattles",
        "scheduledStart": next_morning().isoformat(),
        "address": "上海市徐汇区漕溪北路 88 号 1201 室",
        "location": {"lat": XUHUI[0], "lon": XUHUI[1]},
        "formData": {"brand": "格力 Gree", "units": 2},
        "urgency": "URGENT",
    }
    values.update(changes)
    return values


@pytest.fixture
async def customer(gql: GraphQLClient, make_user: MakeUser) -> SignedIn:
    user = await make_user("customer")
    gql.headers.update(user.headers)
    return user


async def create(gql: GraphQLClient, values: dict[str, Any]) -> dict[str, Any]:
    body = await gql.execute(CREATE, {"input": values})
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["bookingCreate"]
    return payload


async def stored() -> tuple[int, int, int]:
    return await Booking.count(), await Order.count(), await Notification.count()


async def test_a_complete_booking_is_confirmed_with_its_order_and_notices(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    payload = await create(gql, booking_input(catalog))

    booking = payload["booking"]
    assert payload["errors"] == []
    assert (booking["status"], booking["region"], booking["serviceCode"]) == (
        "CONFIRMED", "xuhui", "hvac",
    )  # fmt: skip
    assert booking["serviceName"] == "空调维修"
    assert booking["priceMinor"] == 20000
    assert booking["number"].startswith("B")
    [order] = await Order.select()
    assert (order["status"], order["region"], order["urgency"]) == ("OPEN", "xuhui", "URGENT")
    channels = sorted(n["channel"] for n in await Notification.select(Notification.channel))
    assert channels == ["INAPP", "SMS"]
    kinds = [e["to_status"] for e in await BookingEvent.select().order_by(BookingEvent.at)]
    assert kinds == ["SUBMITTED", "CONFIRMED"]


async def test_an_item_sets_the_price(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    payload = await create(gql, booking_input(catalog, serviceItemId=str(catalog.hvac_item)))

    assert payload["booking"]["priceMinor"] == 15000


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"scheduledStart": next_morning(hour=21).isoformat()}, "scheduledStart",
         "OUTSIDE_SERVICE_HOURS"),
        ({"location": {"lat": FAR_AWAY[0], "lon": FAR_AWAY[1]}}, "location",
         "OUTSIDE_SERVICE_AREA"),
        ({"location": None}, "location", "REQUIRED"),
        ({"formData": {"units": 1}}, "formData.brand", "FORM_FIELD_REQUIRED"),
        ({"description": "坏了"}, "description", "DESCRIPTION_TOO_SHORT"),
        ({"description": "!!!!!!!! ?????? aaaaaaaaaaaaaaaa"}, "description",
         "DESCRIPTION_NOT_READABLE"),
        ({"address": "   "}, "address", "REQUIRED"),
    ],
)  # fmt: skip
async def test_review_problems_keep_the_booking_as_needs_changes(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn,
    changes: dict[str, Any], field: str, code: str,
) -> None:  # fmt: skip
    payload = await create(gql, booking_input(catalog, **changes))

    assert payload["booking"]["status"] == "NEEDS_CHANGES"
    assert {"field": field, "code": code} in [
        {"field": e["field"], "code": e["code"]} for e in payload["errors"]
    ]
    assert all(e["message"] for e in payload["errors"])
    assert payload["booking"]["reviewProblems"] == [
        {"field": e["field"], "code": e["code"]} for e in payload["errors"]
    ]
    assert await Order.count() == 0  # nothing to dispatch yet


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"serviceTypeId": "5b1c3d6e-0000-4000-8000-000000000000"}, "serviceTypeId",
         "UNKNOWN_SERVICE_TYPE"),
        ({"serviceTypeId": "not-an-id"}, "serviceTypeId", "UNKNOWN_SERVICE_TYPE"),
        ({"formData": {"brand": "格力", "units": "two"}}, "formData.units", "FORM_FIELD_INVALID"),
        ({"formData": {"brand": "格力", "colour": "white"}}, "formData.colour",
         "FORM_FIELD_UNKNOWN"),
        ({"scheduledStart": (datetime.now(UTC) - timedelta(hours=1)).isoformat()},
         "scheduledStart", "TIME_IN_PAST"),
        ({"scheduledEnd": next_morning(hour=9).isoformat()}, "scheduledEnd", "END_BEFORE_START"),
        ({"description": "漏" * 100_000}, "description", "TOO_LONG"),
        ({"location": {"lat": 91.0, "lon": 121.4}}, "location", "INVALID_POINT"),
        ({"location": {"lat": 31.2, "lon": -181.0}}, "location", "INVALID_POINT"),
        ({"specialRequirements": ["helicopter"]}, "specialRequirements.0",
         "UNKNOWN_SPECIAL_REQUIREMENT"),
        ({"channel": "PHONE"}, "channel", "CHANNEL_NOT_ALLOWED"),
        ({"customerId": "5b1c3d6e-0000-4000-8000-000000000001"}, "customerId",
         "CUSTOMER_NOT_ALLOWED"),
        ({"formData": ["not", "an", "object"]}, "formData", "FORM_NOT_OBJECT"),
    ],
)  # fmt: skip
async def test_bad_input_is_refused_at_its_field_and_nothing_is_stored(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn,
    changes: dict[str, Any], field: str, code: str,
) -> None:  # fmt: skip
    payload = await create(gql, booking_input(catalog, **changes))

    assert payload["booking"] is None
    assert (field, code) in [(e["field"], e["code"]) for e in payload["errors"]]
    assert await stored() == (0, 0, 0)


async def test_an_unknown_form_field_names_it(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    payload = await create(gql, booking_input(catalog, formData={"brand": "格力", "colour": "x"}))

    assert any("colour" in e["message"] for e in payload["errors"])


async def test_manual_review_types_wait_for_an_agent(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn, make_user: MakeUser
) -> None:
    created = await create(
        gql,
        booking_input(catalog, serviceTypeId=str(catalog.network), formData={}, urgency="NORMAL"),
    )
    assert created["booking"]["status"] == "PENDING_REVIEW"
    assert await Order.count() == 0

    gql.headers.update((await make_user("dispatcher")).headers)
    body = await gql.execute(
        'mutation($id: ID!) { bookingApprove(input: {id: $id, note: "checked"}) '
        "{ booking { status } errors { code } } }",
        {"id": created["booking"]["id"]},
    )

    assert body["data"]["bookingApprove"] == {"booking": {"status": "CONFIRMED"}, "errors": []}
    assert await Order.count() == 1


@pytest.mark.parametrize("id_form", ["global id", "row id (as clients kept before)"])
async def test_an_agent_books_by_phone_for_a_customer(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser, id_form: str
) -> None:
    customer = await make_user("customer")
    agent = await make_user("dispatcher")
    gql.headers.update(agent.headers)
    customer_id = customer.global_id if id_form.startswith("global") else str(customer.id)

    missing = await create(gql, booking_input(catalog, channel="PHONE"))
    payload = await create(gql, booking_input(catalog, channel="PHONE", customerId=customer_id))

    assert [(e["field"], e["code"]) for e in missing["errors"]] == [
        ("customerId", "CUSTOMER_REQUIRED")
    ]
    assert payload["booking"]["channel"] == "PHONE"
    assert payload["booking"]["customerId"] == customer.global_id
    [row] = await Booking.select(Booking.entered_by, Booking.customer)
    assert (row["entered_by"], row["customer"]) == (agent.id, customer.id)


async def test_a_retried_request_returns_the_same_booking(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    values = booking_input(catalog, idempotencyKey="form-submit-7f3a")

    first = await create(gql, values)
    second = await create(gql, values)

    assert first["booking"]["id"] == second["booking"]["id"]
    assert await Booking.count() == 1


async def test_twenty_concurrent_requests_with_one_key_make_one_booking(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    values = booking_input(catalog, idempotencyKey="double-click")

    payloads = await asyncio.gather(*(create(gql, values) for _ in range(20)))

    assert len({p["booking"]["id"] for p in payloads}) == 1
    assert all(p["errors"] == [] for p in payloads)
    assert await Booking.count() == 1
    assert await Order.count() == 1


async def test_editing_the_service_type_does_not_change_past_bookings(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    created = await create(gql, booking_input(catalog))

    await ServiceType.update(
        {ServiceType.name_zh: "空调维修(新)", ServiceType.price_minor: 1}
    ).where(ServiceType.id == catalog.hvac)
    body = await gql.execute(
        "query($id: ID!) { booking(id: $id) { serviceName priceMinor } }",
        {"id": created["booking"]["id"]},
    )

    assert body["data"]["booking"] == {"serviceName": "空调维修", "priceMinor": 20000}
