"""Live order events: sent after commit only, and across app processes through Redis."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from uuid import UUID, uuid4

import pytest

from dispatchhub import db
from dispatchhub.config import Settings
from dispatchhub.orders import live
from dispatchhub.orders.tables import Order
from dispatchhub.runtime import Runtime
from tests.fixtures.dispatch import DispatchWorld
from tests.fixtures.live import (
    ORDER_EVENTS,
    AppProcess,
    change_status,
    gid,
    graphql_socket,
    order_of,
)
from tests.fixtures.users import MakeUser


async def test_an_event_is_sent_once_the_transaction_commits(runtime: Runtime) -> None:
    order_id = uuid4()
    async with live.listen() as heard:
        async with db.write():
            live.publish_order_event(order_id, {"status": "ASSIGNED"})
            # not yet: the change is not committed
            await asyncio.sleep(0.2)
            assert heard.empty()
        message = await asyncio.wait_for(heard.get(), 5)
    assert message == live.LiveMessage("ORDER", str(order_id), {"status": "ASSIGNED"})


async def test_a_rolled_back_change_is_never_announced(runtime: Runtime) -> None:
    async with live.listen() as heard:
        with pytest.raises(RuntimeError):
            async with db.write():
                live.publish_order_event(uuid4(), {"status": "CANCELLED"})
                raise RuntimeError("the service failed after publishing")
        async with db.write():
            live.publish_order_event(marker := uuid4(), {"status": "OPEN"})
        # the first message to arrive is the one sent after the rollback
        message = await asyncio.wait_for(heard.get(), 5)
    assert message.subject == str(marker)


async def test_every_subscriber_of_the_process_hears_each_event_in_order(
    runtime: Runtime,
) -> None:
    order_id = uuid4()
    async with live.listen() as one, live.listen() as two:
        for status in ("ASSIGNED", "EN_ROUTE", "IN_PROGRESS", "COMPLETED"):
            async with db.write():
                live.publish_order_event(order_id, {"status": status})
        heard = [
            [(await asyncio.wait_for(queue.get(), 5)).payload["status"] for _ in range(4)]
            for queue in (one, two)
        ]
    assert heard == [["ASSIGNED", "EN_ROUTE", "IN_PROGRESS", "COMPLETED"]] * 2
    assert live.local_subscribers() == 0


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)  # several processes
async def test_a_change_made_through_one_app_reaches_a_subscriber_of_another(
    database: Settings,
    runtime: Runtime,
    make_user: MakeUser,
    dispatch_world: DispatchWorld,
    app_process: Callable[[], AppProcess],
) -> None:
    # given a customer's order, and a second app instance in its own process
    customer = await make_user("customer")
    order_id: UUID = await order_of(dispatch_world, customer.id)
    other = app_process()
    # when the customer follows the order through the other instance
    async with graphql_socket(other.ws_url) as socket:
        await socket.sign_in(customer.token)
        await socket.subscribe("1", ORDER_EVENTS, {"orderId": gid(order_id)})
        snapshot = await socket.receive(timeout=15)
        # and the order changes through this one
        await change_status(order_id, "ASSIGNED", "已派单")
        changed = await socket.receive(timeout=15)
    # then
    assert snapshot["payload"]["data"]["orderEvents"]["status"] == "OPEN"
    assert changed["payload"]["data"]["orderEvents"] == {
        "kind": "CHANGED", "orderId": gid(order_id), "status": "ASSIGNED", "fromStatus": "OPEN",
        "reason": "已派单",
    }  # fmt: skip
    row = await Order.select(Order.status).where(Order.id == order_id).first()
    assert row == {"status": "ASSIGNED"}
