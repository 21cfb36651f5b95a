"""bookingReturn: an agent sends a PENDING_REVIEW booking back to its customer with a reason."""

from __future__ import annotations

from typing import Any

from dispatchhub.bookings.tables import BookingEvent
from dispatchhub.orders.tables import Order
from tests.fixtures.app import GraphQLClient
from tests.fixtures.bookings import Catalog
from tests.fixtures.users import MakeUser
from tests.graphql.bookings.test_booking_create import booking_input, create
from tests.graphql.bookings.test_booking_update import update

RETURN = """mutation ($id: ID!, $reason: String!) {
  bookingReturn(input: {id: $id, reason: $reason}) {
    booking { status reviewProblems { field code message } } errors { field code } } }"""
REASON = "请补充路由器型号和宽带运营商 / add the router model and the ISP"


async def send_back(gql: GraphQLClient, booking_id: str, reason: str) -> dict[str, Any]:
    body = await gql.execute(RETURN, {"id": booking_id, "reason": reason})
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["bookingReturn"]
    return payload


async def test_an_agent_sends_a_booking_back_the_customer_sees_why_and_resubmits(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser
) -> None:
    # given a customer's booking waiting for manual review
    customer = await make_user("customer")
    gql.headers.update(customer.headers)
    network = {"serviceTypeId": str(catalog.network), "formData": {}, "urgency": "NORMAL"}
    created = await create(gql, booking_input(catalog, **network))
    booking_id = created["booking"]["id"]
    assert created["booking"]["status"] == "PENDING_REVIEW"

    # when a dispatcher sends it back with a reason (blank first: refused at its field)
    gql.headers.update((await make_user("dispatcher")).headers)
    blank = await send_back(gql, booking_id, "   ")
    returned = await send_back(gql, booking_id, REASON)

    # then it NEEDS_CHANGES, the reason is its problem, and the history keeps it
    assert blank == {"booking": None, "errors": [{"field": "reason", "code": "REQUIRED"}]}
    assert returned["errors"] == []
    assert returned["booking"]["status"] == "NEEDS_CHANGES"
    [problem] = returned["booking"]["reviewProblems"]
    assert (problem["field"], problem["code"]) == (None, "RETURNED_BY_AGENT")
    assert REASON in problem["message"]
    events = await BookingEvent.select(BookingEvent.kind, BookingEvent.reason).where(
        BookingEvent.kind == "RETURNED"
    )
    assert events == [{"kind": "RETURNED", "reason": REASON}]
    assert await Order.count() == 0

    # and it cannot be sent back twice; the customer's update puts it under review again
    again = await send_back(gql, booking_id, REASON)
    assert [(e["field"], e["code"]) for e in again["errors"]] == [("id", "INVALID_TRANSITION")]
    gql.headers.update(customer.headers)
    fixed = await update(
        gql, id=booking_id, description="路由器 TP-Link AX3000,电信宽带 / TP-Link, China Telecom"
    )
    assert fixed["errors"] == []
    assert fixed["booking"]["status"] == "PENDING_REVIEW"
    assert fixed["booking"]["reviewProblems"] == []


async def test_only_a_booking_under_review_can_be_sent_back(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser
) -> None:
    gql.headers.update((await make_user("customer")).headers)
    confirmed = await create(gql, booking_input(catalog))
    assert confirmed["booking"]["status"] == "CONFIRMED"
    gql.headers.update((await make_user("dispatcher")).headers)

    refused = await send_back(gql, confirmed["booking"]["id"], REASON)

    assert refused["booking"] is None
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [("id", "INVALID_TRANSITION")]
