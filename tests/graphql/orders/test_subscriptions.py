"""Subscriptions over a real WebSocket: sign-in in connection_init, who hears what, limits."""

from __future__ import annotations

import asyncio

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus
from websockets.typing import Origin

from dispatchhub import db
from dispatchhub.orders import live
from dispatchhub.orders.tables import Order
from dispatchhub.users.tables import User
from tests.fixtures.dispatch import DispatchWorld
from tests.fixtures.live import (
    ORDER_EVENTS,
    PROTOCOL,
    GraphQLSocket,
    change_status,
    gid,
    graphql_socket,
    order_of,
)
from tests.fixtures.users import MakeUser

DEADLINE = "2026-11-24T10:05:00+00:00"
ORDER_OFFERS = """
subscription { orderOffers { kind orderId offerId deadline urgency } }
"""


async def subscribers(count: int) -> None:
    """Wait until this process has ``count`` live subscribers (the subscription is in place)."""
    for _ in range(200):
        if live.local_subscribers() == count:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"{live.local_subscribers()} live subscribers, expected {count}")


async def test_connection_init_without_a_token_is_closed_4403(ws_url: str) -> None:
    async with graphql_socket(ws_url) as socket:
        await socket.init(None)
        assert await socket.close_code() == 4403


async def test_connection_init_with_a_bad_token_is_closed_4403(ws_url: str) -> None:
    async with graphql_socket(ws_url) as socket:
        await socket.send(
            {"type": "connection_init", "payload": {"Authorization": "Bearer not-a-token"}}
        )
        assert await socket.close_code() == 4403


async def test_a_token_in_the_upgrade_headers_alone_does_not_sign_in(
    ws_url: str, make_user: MakeUser
) -> None:
    # given a valid token sent only as a header of the HTTP upgrade
    customer = await make_user("customer")
    async with connect(
        f"{ws_url}/graphql", subprotocols=[PROTOCOL], additional_headers=customer.headers
    ) as connection:
        socket = GraphQLSocket(connection)
        # when connection_init carries none
        await socket.init(None)
        # then
        assert await socket.close_code() == 4403


async def test_subscribing_before_the_ack_is_closed_4401(ws_url: str) -> None:
    async with graphql_socket(ws_url) as socket:
        await socket.subscribe("1", ORDER_OFFERS)
        assert await socket.close_code() == 4401


async def test_a_customer_follows_their_order_live(
    ws_url: str, make_user: MakeUser, dispatch_world: DispatchWorld
) -> None:
    # given
    customer = await make_user("customer")
    order_id = await order_of(dispatch_world, customer.id)
    async with graphql_socket(ws_url) as socket:
        await socket.sign_in(customer.token)
        await socket.subscribe("1", ORDER_EVENTS, {"orderId": gid(order_id)})
        snapshot = await socket.receive()
        # when
        await change_status(order_id, "ASSIGNED", "抢单成功")
        changed = await socket.receive()
    # then
    assert snapshot["payload"]["data"]["orderEvents"] == {
        "kind": "SNAPSHOT", "orderId": gid(order_id), "status": "OPEN", "fromStatus": None,
        "reason": None,
    }  # fmt: skip
    assert changed["id"] == "1"
    assert changed["payload"]["data"]["orderEvents"] == {
        "kind": "CHANGED", "orderId": gid(order_id), "status": "ASSIGNED", "fromStatus": "OPEN",
        "reason": "抢单成功",
    }  # fmt: skip


async def test_a_customer_cannot_follow_another_customers_order(
    ws_url: str, make_user: MakeUser, dispatch_world: DispatchWorld
) -> None:
    owner = await make_user("customer")
    other = await make_user("customer")
    order_id = await order_of(dispatch_world, owner.id)
    async with graphql_socket(ws_url) as socket:
        await socket.sign_in(other.token)
        await socket.subscribe("1", ORDER_EVENTS, {"orderId": gid(order_id)})
        refused = await socket.receive()
        await change_status(order_id, "ASSIGNED")
        completed = await socket.receive()
    assert refused["payload"]["data"] is None
    assert refused["payload"]["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert completed == {"id": "1", "type": "complete"}


async def test_without_an_order_id_each_caller_hears_only_the_orders_they_may_follow(
    ws_url: str, make_user: MakeUser, dispatch_world: DispatchWorld
) -> None:
    # given two customers' orders, the first one assigned to a staff member
    alice, bob = await make_user("customer"), await make_user("customer")
    staff, dispatcher = await make_user("staff"), await make_user("dispatcher")
    alices, bobs = await order_of(dispatch_world, alice.id), await order_of(dispatch_world, bob.id)
    await Order.update({Order.assignee: staff.id}).where(Order.id == alices)
    sockets: dict[str, GraphQLSocket] = {}
    async with (
        graphql_socket(ws_url) as sockets["alice"],
        graphql_socket(ws_url) as sockets["staff"],
        graphql_socket(ws_url) as sockets["dispatcher"],
    ):
        for name, user in (("alice", alice), ("staff", staff), ("dispatcher", dispatcher)):
            await sockets[name].sign_in(user.token)
            await sockets[name].subscribe("all", ORDER_EVENTS)
        await subscribers(3)
        # when bob's order changes, then alice's
        await change_status(bobs, "CANCELLED")
        await change_status(alices, "EN_ROUTE")
        heard = {
            name: [
                (await socket.receive())["payload"]["data"]["orderEvents"]["orderId"]
                for _ in range(2 if name == "dispatcher" else 1)
            ]
            for name, socket in sockets.items()
        }
    # then nobody but the dispatcher heard of bob's order
    assert heard == {"alice": [gid(alices)], "staff": [gid(alices)],
                     "dispatcher": [gid(bobs), gid(alices)]}  # fmt: skip


async def test_staff_hear_offers_made_to_them_and_orders_up_for_grabs(
    ws_url: str, make_user: MakeUser, dispatch_world: DispatchWorld
) -> None:
    me, colleague = await make_user("staff"), await make_user("staff")
    first, second = await dispatch_world.order(status="OFFERED"), await dispatch_world.order()
    async with graphql_socket(ws_url) as socket:
        await socket.sign_in(me.token)
        await socket.subscribe("offers", ORDER_OFFERS)
        await subscribers(1)
        async with db.write():
            live.publish_offer(first, colleague.id, {"offerId": "x", "urgency": "URGENT"})
            live.publish_offer(
                first, me.id, {"offerId": "o-1", "deadline": "2026-11-24T10:05:00+00:00"}
            )
            live.publish_grabbable(second, {"urgency": "NORMAL"}, staff_ids=[colleague.id])
            live.publish_grabbable(second, {"urgency": "NORMAL"})
        offered, grabbable = await socket.receive(), await socket.receive()
    assert offered["payload"]["data"]["orderOffers"] == {
        "kind": "OFFERED", "orderId": gid(first), "offerId": "o-1",
        "deadline": DEADLINE, "urgency": None,
    }  # fmt: skip
    assert grabbable["payload"]["data"]["orderOffers"]["kind"] == "GRABBABLE"
    assert grabbable["payload"]["data"]["orderOffers"]["orderId"] == gid(second)


async def test_a_role_without_the_rule_is_refused_before_the_stream_starts(
    ws_url: str, make_user: MakeUser
) -> None:
    # given a customer, whom no rule lets call Subscription.orderOffers
    customer = await make_user("customer")
    async with graphql_socket(ws_url) as socket:
        await socket.sign_in(customer.token)
        # when
        await socket.subscribe("1", ORDER_OFFERS)
        refused = await socket.receive()
        # then: refused, and no listener was ever set up for the caller
        assert refused["payload"]["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        assert live.local_subscribers() == 0


async def test_a_connection_may_hold_at_most_ten_subscriptions(
    ws_url: str, make_user: MakeUser
) -> None:
    staff = await make_user("staff")
    async with graphql_socket(ws_url) as socket:
        await socket.sign_in(staff.token)
        for n in range(10):
            await socket.subscribe(str(n), ORDER_OFFERS)
        await subscribers(10)
        await socket.subscribe("10", ORDER_OFFERS)
        refused = await socket.receive()
    assert refused["id"] == "10"
    assert refused["type"] == "error"
    assert refused["payload"][0]["message"] == "Subscription limit reached"


async def test_a_page_of_another_site_may_not_open_a_socket(
    ws_url: str, make_user: MakeUser
) -> None:
    staff = await make_user("staff")
    own_origin = ws_url.replace("ws://", "http://")
    # a page of another site: refused at the handshake
    with pytest.raises(InvalidStatus) as refused:
        async with connect(
            f"{ws_url}/graphql", subprotocols=[PROTOCOL], origin=Origin("https://evil.example")
        ):
            pass
    assert refused.value.response.status_code == 403
    # the app's own pages may
    async with connect(
        f"{ws_url}/graphql", subprotocols=[PROTOCOL], origin=Origin(own_origin)
    ) as connection:
        await GraphQLSocket(connection).sign_in(staff.token)


async def test_a_revoked_sign_in_closes_the_socket_of_an_open_subscription(
    ws_url: str, make_user: MakeUser, dispatch_world: DispatchWorld
) -> None:
    # given a customer following their order (tests re-check sign-ins every 0.3 s)
    customer = await make_user("customer")
    order_id = await order_of(dispatch_world, customer.id)
    async with graphql_socket(ws_url) as socket:
        await socket.sign_in(customer.token)
        await socket.subscribe("1", ORDER_EVENTS, {"orderId": gid(order_id)})
        snapshot = await socket.receive()

        # when their sessions are revoked behind the platform's back (no announcement)
        await User.update({User.token_generation: User.token_generation + 1}).where(
            User.id == customer.id
        )
        # then the periodic re-check closes the socket as revoked
        code = await socket.close_code()

    assert snapshot["payload"]["data"]["orderEvents"]["kind"] == "SNAPSHOT"
    assert code == 4403
