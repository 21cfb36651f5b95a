"""Dispatch is idempotent per order revision: a dispatch row run again after its commit
offers and tells nobody a second time."""

from __future__ import annotations

from dispatchhub.dispatch.policies import publish_version, save_version
from dispatchhub.notifications.tables import Notification
from dispatchhub.orders.dispatching import run_dispatch
from dispatchhub.orders.tables import Order
from dispatchhub.runtime import Runtime
from tests.fixtures.orders import OrdersWorld

POOL_POLICY = """
default policy everyone
  require capacity : staff.active_orders < staff.max_orders
  mode pool
"""


async def test_a_pool_dispatch_run_again_tells_nobody_twice(
    orders_world: OrdersWorld, runtime: Runtime
) -> None:
    saved = await save_version("main", POOL_POLICY, functions=orders_world.functions)
    await publish_version(saved.version.policy_id, 2, functions=orders_world.functions)
    for _ in range(3):
        await orders_world.staff()
    order_id = await orders_world.open_order()
    revision = (await Order.select(Order.revision).where(Order.id == order_id).first())["revision"]
    payload = {"order_id": str(order_id), "revision": revision}

    await run_dispatch(runtime, payload)
    told = await Notification.count().where(Notification.template == "order_new")
    await run_dispatch(runtime, payload)  # the same row again: its DONE mark was lost

    assert told == 3 * 2  # three staff, in the inbox and by SMS
    assert await Notification.count().where(Notification.template == "order_new") == told
    order = await Order.select(Order.status, Order.revision).where(Order.id == order_id).first()
    assert order == {"status": "OPEN", "revision": revision + 1}


async def test_an_order_edited_before_its_dispatch_ran_is_still_dispatched(
    orders_world: OrdersWorld, runtime: Runtime
) -> None:
    saved = await save_version("main", POOL_POLICY, functions=orders_world.functions)
    await publish_version(saved.version.policy_id, 2, functions=orders_world.functions)
    await orders_world.staff()
    order_id = await orders_world.open_order()
    payload = {"order_id": str(order_id), "revision": 0}
    # the customer rescheduled before the dispatch row ran (the order followed its booking)
    await Order.update({Order.revision: Order.revision + 1}).where(Order.id == order_id)

    await run_dispatch(runtime, payload)

    assert await Notification.count().where(Notification.template == "order_new") == 2
