"""An order opened with its booking is dispatched by the outbox (in-process or the worker)."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

from dispatchhub import db
from dispatchhub.bookings.tables import Booking
from dispatchhub.dispatch.policies import publish_version, save_version
from dispatchhub.orders.dispatching import dispatch_order
from dispatchhub.orders.service import now, open_order
from dispatchhub.orders.tables import Offer, Order, OrderEvent
from dispatchhub.outbox.tables import OutboxMessage
from tests.fixtures.dispatch import TASK_POINT
from tests.fixtures.orders import OrdersWorld


async def _dispatched(timeout: float = 20.0) -> None:
    """Wait for the ``orders.dispatch`` row (the offer's expiry waits five minutes more)."""
    deadline = time.monotonic() + timeout
    while not await OutboxMessage.exists().where(
        (OutboxMessage.task == "orders.dispatch") & (OutboxMessage.status == "DONE")
    ):
        assert time.monotonic() < deadline, "orders.dispatch did not run"
        await asyncio.sleep(0.05)


async def test_opening_an_order_queues_its_dispatch(orders_world: OrdersWorld) -> None:
    # given an eligible staff member and a confirmed booking
    staff = await orders_world.staff((TASK_POINT[0] + 0.01, TASK_POINT[1]))
    start = now() + timedelta(days=1)
    booking = Booking(
        number="B-DISPATCH1", customer=orders_world.world.customer,
        service_type=orders_world.world.service_type, description="空调不制冷 / AC not cooling",
        scheduled_start=start, scheduled_end=start + timedelta(minutes=90),
        address="上海市徐汇区漕溪北路1号", lat=TASK_POINT[0], lon=TASK_POINT[1], region="xuhui",
        urgency="NORMAL", status="CONFIRMED",
    )  # fmt: skip
    await booking.save()
    row = await Booking.select().where(Booking.id == booking.id).first()
    assert row is not None

    # when its order is opened (as the booking review does) and the outbox runs
    async with db.write():
        order_id = await open_order(row, actor_id=None)
    await _dispatched()

    # then the order was pushed to that staff member
    order = await Order.select(Order.status).where(Order.id == order_id).first()
    assert order == {"status": "OFFERED"}
    [offer] = await Offer.select(Offer.staff, Offer.mode).where(Offer.order == order_id)
    assert offer == {"staff": staff, "mode": "PUSH"}
    events = await OrderEvent.select(OrderEvent.to_status).where(OrderEvent.order == order_id)
    assert [e["to_status"] for e in events] == ["OPEN", "OFFERED"]


WIDE_POLICY = """
default policy anywhere
  require capacity : staff.active_orders < staff.max_orders
  prefer close weight 1 : scale(distance(staff, task), best 0 km, worst 50 km)
  mode push accept within 5 min
"""


async def test_the_search_reaches_past_the_first_box_when_nobody_nearer_qualifies(
    orders_world: OrdersWorld,
) -> None:
    saved = await save_version("main", WIDE_POLICY, functions=orders_world.functions)
    await publish_version(saved.version.policy_id, 2, functions=orders_world.functions)
    # 0.27° of latitude is about 30 km: outside the first 10 km box, inside the 50 km reach
    far = await orders_world.staff((TASK_POINT[0] + 0.27, TASK_POINT[1]))
    await orders_world.staff((TASK_POINT[0] + 0.55, TASK_POINT[1]))  # about 61 km: never
    order_id = await orders_world.open_order()

    outcome = await dispatch_order(orders_world.functions, orders_world.zone, order_id)

    assert outcome == "OFFERED"
    assert await Offer.select(Offer.staff).where(Offer.order == order_id) == [{"staff": far}]
