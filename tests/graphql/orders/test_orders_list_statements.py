"""The N+1 guard of the order screens: a page of 50 runs the same statements as a page of 5.

A dispatcher's board (each order with its latest decision and its history), a staff
member's offers and their grab pool, each read with every nested field the screen shows.
Each row of the world carries the nested rows (two events, two decisions, an offer), so a
resolver that queried per row would show up as 45 extra statements.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from uuid import UUID

import pytest

from dispatchhub.orders.service import now
from dispatchhub.orders.tables import Offer, OrderEvent
from tests.fixtures.app import GraphQLClient
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.users import MakeUser, SignedIn
from tests.graphql.statements import counting, statements_of

MOST_STATEMENTS = 10

BOARD = """
query Board($first: Int!, $filter: OrderFilterInput) {
  orders(first: $first, filter: $filter) {
    edges { cursor node {
      id number status urgency serviceCode scheduledStart assigneeId bookingId
      customerName customerPhone address description
      history { fromStatus toStatus reason actorId at location { lat lon } }
      decision { id kind outcome chosenId createdAt
                 candidates { staffId eligible failedRequirement reason score } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
# What a staff member's app shows of an offer: no dispatch decision.
OFFERS = """
query Offers($first: Int!, $filter: OrderFilterInput) {
  orders(first: $first, filter: $filter) {
    edges { cursor node {
      id number status urgency serviceCode scheduledStart scheduledEnd region
      customerName customerPhone address description navigationUrl location { lat lon }
      history { fromStatus toStatus reason at }
    } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
# ... and of a pool order: the customer's details only once it is theirs.
POOL = """
query Pool($first: Int!, $filter: OrderFilterInput) {
  orders(first: $first, filter: $filter) {
    edges { cursor node {
      id number status urgency serviceCode scheduledStart scheduledEnd region location { lat lon }
      history { fromStatus toStatus reason at }
    } }
    pageInfo { hasNextPage endCursor }
  }
}
"""


async def _orders(
    orders_world: OrdersWorld, count: int, *, offered_to: UUID | None = None
) -> list[UUID]:
    """``count`` open orders, each with two history entries and two explained decisions."""
    world = orders_world.world
    made = []
    for index in range(count):
        order = await orders_world.open_order()
        created = now() - timedelta(minutes=count - index)
        await OrderEvent.insert(
            OrderEvent(order=order, from_status=None, to_status="OPEN", at=created),
            OrderEvent(order=order, from_status="OPEN", to_status="OPEN", reason="re-opened",
                       at=created + timedelta(seconds=1)),
        )  # fmt: skip
        for minutes, kind in ((1, "AUTO"), (2, "REOPTIMISE")):
            await world.decision(
                order, chosen=None, kind=kind, at=created + timedelta(minutes=minutes),
                record_task=False, candidates=[],
            )  # fmt: skip
        if offered_to is not None:
            await Offer(order=order, staff=offered_to, deadline=now() + timedelta(hours=1)).save()
            await orders_world.set_status(order, "OFFERED", None)
        made.append(order)
    return made


async def _page_statements(
    gql: GraphQLClient, user: SignedIn, query: str, size: int, order_filter: dict[str, Any] | None
) -> list[str]:
    gql.headers.clear()
    gql.headers.update(user.headers)
    data, statements = await statements_of(gql, query, {"first": size, "filter": order_filter})
    edges = data["orders"]["edges"]
    assert len(edges) == size
    for edge in edges:
        assert len(edge["node"]["history"]) == 2
        if "customerPhone" in edge["node"]:
            assert edge["node"]["customerPhone"] is not None
        if "decision" in edge["node"]:
            assert edge["node"]["decision"]["kind"] == "REOPTIMISE"  # the latest of the two
    return statements


async def _assert_no_n_plus_one(
    gql: GraphQLClient, user: SignedIn, query: str, order_filter: dict[str, Any] | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    async with counting(monkeypatch):
        five = await _page_statements(gql, user, query, 5, order_filter)
        fifty = await _page_statements(gql, user, query, 50, order_filter)
    assert len(five) == len(fifty), (five, fifty)
    assert len(fifty) <= MOST_STATEMENTS, "\n".join(s[:160] for s in fifty)


async def test_the_dispatchers_board_reads_50_orders_as_cheaply_as_5(
    gql: GraphQLClient,
    orders_world: OrdersWorld,
    make_user: MakeUser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given
    await _orders(orders_world, 50)
    dispatcher = await make_user("dispatcher")
    # when / then
    await _assert_no_n_plus_one(gql, dispatcher, BOARD, None, monkeypatch)


async def test_a_staff_members_offers_read_50_as_cheaply_as_5(
    gql: GraphQLClient,
    orders_world: OrdersWorld,
    make_user: MakeUser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given
    staff = await orders_world.signed_in_staff(make_user)
    await _orders(orders_world, 50, offered_to=staff.id)
    # when / then
    await _assert_no_n_plus_one(gql, staff, OFFERS, {"mine": True}, monkeypatch)


async def test_a_staff_members_pool_reads_50_as_cheaply_as_5(
    gql: GraphQLClient,
    orders_world: OrdersWorld,
    make_user: MakeUser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given
    staff = await orders_world.signed_in_staff(make_user)
    await _orders(orders_world, 50)
    # when / then
    await _assert_no_n_plus_one(gql, staff, POOL, {"grabbable": True}, monkeypatch)
