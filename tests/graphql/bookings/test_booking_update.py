"""bookingUpdate: fixing what the review asked for, agents' corrections, and type suggestion."""

from __future__ import annotations

from typing import Any

import pytest

from dispatchhub.bookings.tables import BookingEvent
from dispatchhub.catalog.suggest import suggester
from dispatchhub.orders.tables import Order
from tests.fixtures.app import GraphQLClient
from tests.fixtures.bookings import XUHUI, Catalog, next_morning
from tests.fixtures.users import MakeUser, SignedIn
from tests.graphql.bookings.test_booking_create import booking_input, create

UPDATE = """
mutation Update($input: BookingUpdateInput!) {
  bookingUpdate(input: $input) {
    booking { id status serviceCode scheduledStart reviewProblems { field code } }
    errors { field code }
  }
}
"""


async def update(gql: GraphQLClient, **values: Any) -> dict[str, Any]:
    body = await gql.execute(UPDATE, {"input": values})
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["bookingUpdate"]
    return payload


@pytest.fixture
async def customer(gql: GraphQLClient, make_user: MakeUser) -> SignedIn:
    user = await make_user("customer")
    gql.headers.update(user.headers)
    return user


async def test_fixing_the_review_problems_confirms_the_booking(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    created = await create(gql, booking_input(catalog, location=None, formData={}))
    assert created["booking"]["status"] == "NEEDS_CHANGES"

    fixed = await update(
        gql, id=created["booking"]["id"], location={"lat": XUHUI[0], "lon": XUHUI[1]},
        formData={"brand": "美的 Midea"},
    )  # fmt: skip

    assert fixed["errors"] == []
    assert fixed["booking"]["status"] == "CONFIRMED"
    assert await Order.count() == 1


async def test_a_partial_fix_keeps_the_remaining_problems(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    created = await create(gql, booking_input(catalog, location=None, formData={}))

    partly = await update(gql, id=created["booking"]["id"], formData={"brand": "美的"})

    assert partly["booking"]["status"] == "NEEDS_CHANGES"
    assert partly["errors"] == [{"field": "location", "code": "REQUIRED"}]


async def test_search_finds_an_edited_booking_by_its_new_words_only(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    values = booking_input(catalog, description="客厅空调漏水 AC leaking", location=None)
    created = await create(gql, values)  # NEEDS_CHANGES: the customer may still edit it

    edited = await update(gql, id=created["booking"]["id"], description="卧室空调不制冷 AC cold")
    found = await gql.execute(
        "query ($s: String) { bookings(filter: {search: $s}) { edges { node { id } } } }",
        {"s": "卧室"},
    )
    gone = await gql.execute(
        "query ($s: String) { bookings(filter: {search: $s}) { edges { node { id } } } }",
        {"s": "客厅"},
    )

    assert edited["errors"] == [{"field": "location", "code": "REQUIRED"}]
    assert [e["node"]["id"] for e in found["data"]["bookings"]["edges"]] == [
        created["booking"]["id"]
    ]
    assert gone["data"]["bookings"]["edges"] == []


async def test_a_customer_cannot_edit_a_confirmed_booking_but_an_agent_can(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn, make_user: MakeUser
) -> None:
    created = await create(gql, booking_input(catalog))
    later = next_morning(days=4, hour=15).isoformat()

    refused = await update(gql, id=created["booking"]["id"], scheduledStart=later)
    gql.headers.update((await make_user("dispatcher")).headers)
    moved = await update(gql, id=created["booking"]["id"], scheduledStart=later)

    assert refused["errors"] == [{"field": "id", "code": "INVALID_TRANSITION"}]
    assert moved["booking"]["status"] == "CONFIRMED"
    [order] = await Order.select(Order.scheduled_start, Order.revision)
    assert order["scheduled_start"].isoformat() == later
    assert order["revision"] == 1


async def test_an_agent_cannot_unconfirm_a_booking_by_editing(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn, make_user: MakeUser
) -> None:
    created = await create(gql, booking_input(catalog))
    gql.headers.update((await make_user("dispatcher")).headers)

    night = next_morning(hour=23).isoformat()
    payload = await update(gql, id=created["booking"]["id"], scheduledStart=night)

    assert payload["booking"] is None
    assert payload["errors"] == [{"field": "scheduledStart", "code": "OUTSIDE_SERVICE_HOURS"}]


async def test_bad_edits_are_refused_and_change_nothing(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    created = await create(gql, booking_input(catalog, formData={}))

    payload = await update(gql, id=created["booking"]["id"], formData={"units": "many"})
    cleared = await update(gql, id=created["booking"]["id"], description=None)

    assert ("formData.units", "FORM_FIELD_INVALID") in [
        (e["field"], e["code"]) for e in payload["errors"]
    ]
    assert cleared["errors"] == [{"field": "description", "code": "REQUIRED"}]
    assert await BookingEvent.count().where(BookingEvent.kind == "EDITED") == 0


async def test_a_clear_description_books_the_suggested_type(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    values = booking_input(
        catalog, description="客厅空调不制冷,冷气出不来 air conditioner not cooling"
    )
    del values["serviceTypeId"]

    payload = await create(gql, values)

    assert payload["booking"]["serviceCode"] == "hvac"


async def test_a_vague_description_asks_the_customer_to_choose(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    values = booking_input(catalog, description="家里有点问题,请尽快来看看")
    del values["serviceTypeId"]

    payload = await create(gql, values)

    assert payload["booking"] is None
    [error] = payload["errors"]
    assert (error["field"], error["code"]) == ("serviceTypeId", "CHOOSE_SERVICE_TYPE")
    assert "%" in error["message"]  # the suggestions, with their confidence


async def test_an_agents_type_correction_is_recorded_and_learned(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn, make_user: MakeUser
) -> None:
    description = "书房网口没信号,路由器灯不亮 study room has no network"
    created = await create(gql, booking_input(catalog, description=description))
    gql.headers.update((await make_user("dispatcher")).headers)

    corrected = await update(
        gql, id=created["booking"]["id"], serviceTypeId=str(catalog.network), formData={},
        urgency="NORMAL",
    )  # fmt: skip

    assert corrected["booking"]["serviceCode"] == "network"
    assert await BookingEvent.count().where(BookingEvent.kind == "TYPE_CORRECTED") == 1
    [top, *_] = await suggester.suggest(description, limit=3)
    assert top.service_type["code"] == "network"
