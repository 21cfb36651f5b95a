"""Idempotency keys: a staff app resending a queued step or call for help (its answer was
lost) gets the first answer, and the server applies it once."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from strawberry import relay

from dispatchhub.orders.tables import HelpRequest, OrderEvent
from tests.fixtures.app import GraphQLClient
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.users import MakeUser, SignedIn

STEP = """
mutation ($input: OrderStatusUpdateInput!) {
  orderStatusUpdate(input: $input) { order { status } errors { field code } }
}
"""
HELP = """
mutation ($input: OrderHelpRequestInput!) {
  orderHelpRequest(input: $input) { helpRequestId errors { field code } }
}
"""


async def _as(gql: GraphQLClient, who: SignedIn, query: str, **variables: Any) -> Any:
    gql.headers.clear()
    gql.headers.update(who.headers)
    body = await gql.execute(query, variables)
    assert "errors" not in body, body
    return body["data"]


async def _job(make_user: MakeUser, world: OrdersWorld, status: str) -> tuple[SignedIn, UUID]:
    staff = await world.signed_in_staff(make_user)
    order_id = await world.open_order()
    await world.set_status(order_id, status, staff.id)
    return staff, order_id


def _gid(order_id: UUID) -> str:
    return str(relay.GlobalID("Order", str(order_id)))


async def test_a_resent_step_is_applied_once_and_answered_as_the_first(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff, order_id = await _job(make_user, orders_world, "ASSIGNED")
    step = {"id": _gid(order_id), "status": "EN_ROUTE", "idempotencyKey": "lx3k9-a1b2c3"}

    first = await _as(gql, staff, STEP, input=step)
    again = await _as(gql, staff, STEP, input=step)

    expected = {"order": {"status": "EN_ROUTE"}, "errors": []}
    assert first["orderStatusUpdate"] == again["orderStatusUpdate"] == expected
    moves = await OrderEvent.count().where(
        (OrderEvent.order == order_id) & (OrderEvent.to_status == "EN_ROUTE")
    )
    assert moves == 1
    # without a key, the same step sent again is stale, as before
    stale = await _as(gql, staff, STEP, input={**step, "idempotencyKey": None})
    assert stale["orderStatusUpdate"]["errors"] == [
        {"field": "status", "code": "ILLEGAL_TRANSITION"}
    ]


async def test_a_key_names_one_request_only(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff, order_id = await _job(make_user, orders_world, "ASSIGNED")
    other = await orders_world.open_order()
    await orders_world.set_status(other, "ASSIGNED", staff.id)
    key = "k-1"
    await _as(gql, staff, STEP, input={"id": _gid(order_id), "status": "EN_ROUTE",
                                       "idempotencyKey": key})  # fmt: skip

    reused = await _as(gql, staff, STEP, input={"id": _gid(other), "status": "EN_ROUTE",
                                                "idempotencyKey": key})  # fmt: skip
    bad = await _as(gql, staff, STEP, input={"id": _gid(other), "status": "EN_ROUTE",
                                             "idempotencyKey": "no spaces"})  # fmt: skip

    assert reused["orderStatusUpdate"]["errors"] == [
        {"field": "idempotencyKey", "code": "IDEMPOTENCY_KEY_REUSED"}
    ]
    assert bad["orderStatusUpdate"]["errors"] == [
        {"field": "idempotencyKey", "code": "IDEMPOTENCY_KEY_INVALID"}
    ]


async def test_a_refused_step_keeps_no_key(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff, order_id = await _job(make_user, orders_world, "ASSIGNED")
    finish = {"id": _gid(order_id), "status": "COMPLETED", "idempotencyKey": "k-2"}

    refused = await _as(gql, staff, STEP, input=finish)
    await orders_world.set_status(order_id, "IN_PROGRESS", staff.id)
    later = await _as(gql, staff, STEP, input=finish)

    assert refused["orderStatusUpdate"]["errors"][0]["code"] == "ILLEGAL_TRANSITION"
    assert later["orderStatusUpdate"] == {"order": {"status": "COMPLETED"}, "errors": []}


async def test_a_resent_call_for_help_makes_one_request(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff, order_id = await _job(make_user, orders_world, "IN_PROGRESS")
    ask = {"id": _gid(order_id), "message": "需要梯子 / need a ladder", "idempotencyKey": "h-1"}

    first = await _as(gql, staff, HELP, input=ask)
    again = await _as(gql, staff, HELP, input=ask)

    assert first["orderHelpRequest"]["errors"] == []
    assert again["orderHelpRequest"] == first["orderHelpRequest"]
    assert await HelpRequest.count().where(HelpRequest.order == order_id) == 1
