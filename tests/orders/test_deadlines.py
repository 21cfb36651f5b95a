"""Arrival deadlines end to end: promise at acceptance, ETA, jeopardy, re-dispatch, charge.

On the PostgreSQL + Redis leg (``CI=true``) the outbox tasks — the arrival check, the ETA
refresh, the re-dispatch and the statistics refresh — run in the real Celery worker.
"""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from typing import Any
from uuid import UUID

import pluggy

from dispatchhub import hookimpl
from dispatchhub.analytics.sql import Period, date_range
from dispatchhub.analytics.staff import RankingWeights, staff_ranking
from dispatchhub.analytics.tasks import task_stats
from dispatchhub.bookings.tables import Booking
from dispatchhub.catalog.arrival import set_arrival_windows
from dispatchhub.dispatch.records import load_live_staff
from dispatchhub.dispatch.stats import refresh_staff
from dispatchhub.notifications.tables import Notification
from dispatchhub.orders import live
from dispatchhub.orders.arrival_tables import ArrivalPromise
from dispatchhub.orders.deadlines import check_arrival_task, refresh_eta_for_staff
from dispatchhub.orders.dispatching import dispatch_order
from dispatchhub.orders.execution import update_status
from dispatchhub.orders.grab import grab_order
from dispatchhub.orders.offers import accept_offer
from dispatchhub.orders.service import now
from dispatchhub.orders.tables import Offer, Order, OrderEvent
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.payments.tables import CancellationCharge
from dispatchhub.runtime import Runtime
from dispatchhub.users.tables import StaffProfile
from tests.fixtures.dispatch import SHANGHAI, TASK_POINT
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.services import WorkerProcess
from tests.fixtures.users import MakeUser

# 0.01° of latitude is about 1.1 km.
TWO_KM_AWAY = (TASK_POINT[0] + 0.018, TASK_POINT[1])
NEXT_DOOR = (TASK_POINT[0] + 0.0015, TASK_POINT[1])
THREE_KM_AWAY = (TASK_POINT[0] + 0.027, TASK_POINT[1])
POLICY = {
    "rules": [{"hours_before_gte": 0, "fee_minor": 0}],
    "staff_fault_compensation_minor": 2000,
}


async def wait_until(check: Any, timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (found := await check()):
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.1)
    return found


async def _due_now_order(world: OrdersWorld) -> UUID:
    """An OPEN order wanted now ("as soon as possible"), its booking under :data:`POLICY`."""
    order_id = await world.open_order()
    await Order.update({Order.scheduled_start: now() - timedelta(minutes=5)}).where(
        Order.id == order_id
    )
    row = await Order.select(Order.booking).where(Order.id == order_id).first()
    assert row is not None
    await Booking.update(
        {Booking.service_snapshot: {"cancellation_policy": POLICY, "currency": "CNY"}}
    ).where(Booking.id == row["booking"])
    return order_id


async def _pending_offer_to(order_id: UUID, staff_id: UUID) -> bool:
    return await Offer.exists().where(
        (Offer.order == order_id) & (Offer.staff == staff_id) & (Offer.status == "PENDING")
    )


async def _inbox(user_id: UUID, template: str) -> list[dict[str, Any]]:
    return list(
        await Notification.select(Notification.body, Notification.params)
        .where((Notification.recipient == user_id) & (Notification.template == template))
        .output(load_json=True)
    )


async def test_the_deadline_flow_end_to_end(
    orders_world: OrdersWorld, make_user: MakeUser, celery_worker: WorkerProcess | None
) -> None:
    # given hvac promising arrival within 1 minute of acceptance for NORMAL orders, a
    # dispatcher, staff A 2 km away (offered the order first) and staff B next door
    service_type = orders_world.world.service_type
    assert service_type is not None
    await set_arrival_windows(service_type, [{"urgency": "NORMAL", "minutes": 1}])
    dispatcher = await make_user("dispatcher")
    a = await orders_world.staff(TWO_KM_AWAY)
    order_id = await _due_now_order(orders_world)
    assert await dispatch_order(orders_world.functions, SHANGHAI, order_id) == "OFFERED"
    b = await orders_world.staff(NEXT_DOOR)

    # when A accepts: 2 km cannot be covered in a minute even at the fastest speed
    await accept_offer(order_id, a)

    # then the arrival check (in the worker on the Redis leg) finds the promise certainly
    # missed before A set off, and the order is re-dispatched by the policy: offered to B
    await wait_until(lambda: _pending_offer_to(order_id, b))
    [missed] = await ArrivalPromise.select().where(ArrivalPromise.staff == a)
    assert missed["outcome"] == "MISSED" and missed["late_min"] > 0
    assert missed["deadline"] - missed["created_at"] < timedelta(minutes=1, seconds=1)
    history = await OrderEvent.select(OrderEvent.from_status, OrderEvent.to_status).where(
        OrderEvent.order == order_id
    ).order_by(OrderEvent.at)  # fmt: skip
    assert {"from_status": "ASSIGNED", "to_status": "OPEN"} in history
    # the lateness is a staff fault: the policy's compensation, owed to the customer
    [charge] = await CancellationCharge.select().output(load_json=True)
    assert charge["amount_minor"] == -2000 and charge["fault"] == "STAFF"
    assert charge["rule"]["kind"] == "late_arrival"
    [told] = await _inbox(dispatcher.id, "arrival_missed")
    assert "重新派单" in told["body"]

    # when B accepts and sets off, 150 m away
    await accept_offer(order_id, b)
    await update_status(order_id, b, "EN_ROUTE")

    # then the ETA is computed from the maps hook (the straight line times the road factor)
    async def eta_set() -> Any:
        row = await ArrivalPromise.select().where(ArrivalPromise.staff == b).first()
        return row if row and row["eta_at"] else None

    promise = await wait_until(eta_set)
    assert promise["eta_at"] < promise["deadline"] and promise["jeopardy_at"] is None

    # when B's reported position turns out 3 km away (the position mutation's update)
    async with live.listen() as heard:
        await StaffProfile.update(
            {StaffProfile.lat: THREE_KM_AWAY[0], StaffProfile.lon: THREE_KM_AWAY[1],
             StaffProfile.located_at: now()}
        ).where(StaffProfile.user == b)  # fmt: skip
        [eta] = await refresh_eta_for_staff(b, zone=SHANGHAI)
        message = await asyncio.wait_for(_jeopardy(heard), 10)

    # then the dispatcher is alerted live and in the inbox, once
    assert eta.jeopardy and eta.eta_at > eta.deadline
    assert message.subject == str(order_id)
    assert message.payload["kind"] == "ARRIVAL_JEOPARDY"
    [alert] = await _inbox(dispatcher.id, "arrival_jeopardy")
    assert alert["params"]["number"]
    await refresh_eta_for_staff(b, zone=SHANGHAI)
    assert len(await _inbox(dispatcher.id, "arrival_jeopardy")) == 1

    # when B arrives within the minute after all
    await update_status(order_id, b, "IN_PROGRESS")

    # then B's promise was kept; A's on-time rate is 0, B's 1 (readable by policies)
    [kept] = await ArrivalPromise.select().where(ArrivalPromise.staff == b)
    assert kept["outcome"] == "ON_TIME"
    await refresh_staff(a)
    await refresh_staff(b)
    records = {r["id"]: r for r in await load_live_staff(SHANGHAI, staff_ids=[a, b])}
    assert records[str(a)]["on_time_rate"] == 0.0
    assert records[str(b)]["on_time_rate"] == 1.0
    if celery_worker is not None:
        # the check, the re-dispatch and the ETA ran in the real worker
        for task in ("orders.arrival_check", "orders.dispatch", "orders.arrival_eta"):
            ran = await OutboxMessage.select(OutboxMessage.id).where(
                (OutboxMessage.task == task) & (OutboxMessage.status == "DONE")
            )
            assert ran, task
            for row in ran:
                celery_worker.wait_for(f"[{row['id']}] succeeded")


async def test_a_late_arrival_is_charged_and_counts_against_the_rate(
    orders_world: OrdersWorld,
) -> None:
    # given an accepted order whose deadline has passed (no check has run yet)
    service_type = orders_world.world.service_type
    assert service_type is not None
    await set_arrival_windows(service_type, [{"urgency": "NORMAL", "minutes": 30}])
    staff = await orders_world.staff(NEXT_DOOR)
    order_id = await _due_now_order(orders_world)
    await dispatch_order(orders_world.functions, SHANGHAI, order_id)
    await accept_offer(order_id, staff)
    await ArrivalPromise.update({ArrivalPromise.deadline: now() - timedelta(minutes=12)}).where(
        ArrivalPromise.order == order_id
    )
    await update_status(order_id, staff, "EN_ROUTE")

    # when the staff member arrives
    await update_status(order_id, staff, "IN_PROGRESS")

    # then 12 minutes late, charged as a staff fault
    [promise] = await ArrivalPromise.select().where(ArrivalPromise.order == order_id)
    assert promise["outcome"] == "LATE" and 12 <= promise["late_min"] < 13
    [charge] = await CancellationCharge.select(CancellationCharge.amount_minor)
    assert charge["amount_minor"] == -2000
    await refresh_staff(staff)
    [record] = await load_live_staff(SHANGHAI, staff_ids=[staff])
    assert record["on_time_rate"] == 0.0

    # and staffRanking shows it once the order is completed
    await update_status(order_id, staff, "COMPLETED")
    today = now().astimezone(SHANGHAI).date()
    [row] = await staff_ranking(date_range(today, today, SHANGHAI), RankingWeights())
    assert row.staff_id == staff and row.on_time_rate == 0.0
    stats = await task_stats(Period.DAY, date_range(today, today, SHANGHAI))
    assert (stats.arrivals, stats.on_time_rate) == (1, 0.0)


async def test_no_window_no_promise(orders_world: OrdersWorld) -> None:
    staff = await orders_world.staff(NEXT_DOOR)
    order_id = await _due_now_order(orders_world)
    await dispatch_order(orders_world.functions, SHANGHAI, order_id)
    await accept_offer(order_id, staff)
    assert await ArrivalPromise.count() == 0
    assert await refresh_eta_for_staff(staff) == []


async def _jeopardy(queue: asyncio.Queue[live.LiveMessage]) -> live.LiveMessage:
    while True:
        message = await queue.get()
        if message.kind == "ORDER" and message.payload.get("kind") == "ARRIVAL_JEOPARDY":
            return message


async def test_a_cancelled_orders_promise_is_withdrawn_by_its_check(
    orders_world: OrdersWorld, runtime: Runtime
) -> None:
    service_type = orders_world.world.service_type
    assert service_type is not None
    await set_arrival_windows(service_type, [{"urgency": "NORMAL", "minutes": 30}])
    staff = await orders_world.staff(NEXT_DOOR)
    order_id = await _due_now_order(orders_world)
    await dispatch_order(orders_world.functions, SHANGHAI, order_id)
    await accept_offer(order_id, staff)
    await Order.update({Order.status: "CANCELLED"}).where(Order.id == order_id)
    [promise] = await ArrivalPromise.select(ArrivalPromise.id)

    await check_arrival_task(runtime, {"promiseId": str(promise["id"])})

    [after] = await ArrivalPromise.select(ArrivalPromise.outcome)
    assert after["outcome"] == "WITHDRAWN"
    assert await CancellationCharge.count() == 0


class _RoadMap:
    """A maps plugin that knows the road: 10 km, whatever the points."""

    @hookimpl
    def route_distance_km(
        self, origin: tuple[float, float], destination: tuple[float, float]
    ) -> float:
        return 10.0


async def test_the_eta_uses_the_maps_hook_and_estimates_the_road_from_the_straight_line(
    orders_world: OrdersWorld, plugins: pluggy.PluginManager
) -> None:
    # given a staff member on the way, 2 km from the order as the crow flies
    service_type = orders_world.world.service_type
    assert service_type is not None
    await set_arrival_windows(service_type, [{"urgency": "NORMAL", "minutes": 240}])
    staff = await orders_world.staff(TWO_KM_AWAY)
    order_id = await _due_now_order(orders_world)
    await dispatch_order(orders_world.functions, SHANGHAI, order_id)
    await accept_offer(order_id, staff)
    await update_status(order_id, staff, "EN_ROUTE")

    # when estimated by the built-in straight line: 2 km x 1.3 at 30 km/h = 5.2 minutes
    before = now()
    [eta] = await refresh_eta_for_staff(staff, plugins=plugins)
    assert timedelta(minutes=5.0) < eta.eta_at - before < timedelta(minutes=5.4)

    # when a maps plugin knows the road (10 km): 20 minutes
    plugins.register(_RoadMap())
    before = now()
    [eta] = await refresh_eta_for_staff(staff, plugins=plugins)
    assert timedelta(minutes=19.9) < eta.eta_at - before < timedelta(minutes=20.1)
    assert not eta.jeopardy


async def test_who_missed_the_promise_is_not_asked_again(orders_world: OrdersWorld) -> None:
    # given the only qualified staff member grabs an order they cannot reach in a minute
    service_type = orders_world.world.service_type
    assert service_type is not None
    await set_arrival_windows(service_type, [{"urgency": "NORMAL", "minutes": 1}])
    only = await orders_world.staff(TWO_KM_AWAY)
    order_id = await _due_now_order(orders_world)
    await grab_order(orders_world.functions, SHANGHAI, order_id, only)

    # when the arrival check finds it missed, the order is dispatched again without them:
    # nobody else qualifies, so it escalates instead of going back to them
    async def escalated() -> bool:
        row = await Order.select(Order.status).where(Order.id == order_id).first()
        return row is not None and row["status"] == "ESCALATED"

    await wait_until(escalated)
    assert not await Offer.exists().where(Offer.order == order_id)


async def test_on_the_way_past_the_deadline_without_news_alerts_once(
    orders_world: OrdersWorld, runtime: Runtime, make_user: MakeUser
) -> None:
    # given an assignee on the way whose estimate was fine, then no position came
    service_type = orders_world.world.service_type
    assert service_type is not None
    await set_arrival_windows(service_type, [{"urgency": "NORMAL", "minutes": 30}])
    dispatcher = await make_user("dispatcher")
    staff = await orders_world.staff(NEXT_DOOR)
    order_id = await _due_now_order(orders_world)
    await dispatch_order(orders_world.functions, SHANGHAI, order_id)
    await accept_offer(order_id, staff)
    await update_status(order_id, staff, "EN_ROUTE")
    [promise] = await ArrivalPromise.select(ArrivalPromise.id)
    payload = {"promiseId": str(promise["id"])}

    # when the check runs before the deadline: nothing yet
    await check_arrival_task(runtime, payload)
    assert await _inbox(dispatcher.id, "arrival_jeopardy") == []

    # when it runs after the deadline (twice: a redelivery)
    await ArrivalPromise.update({ArrivalPromise.deadline: now() - timedelta(minutes=1)}).where(
        ArrivalPromise.id == promise["id"]
    )
    await check_arrival_task(runtime, payload)
    await check_arrival_task(runtime, payload)

    # then the dispatcher is alerted once, and the history says so
    assert len(await _inbox(dispatcher.id, "arrival_jeopardy")) == 1
    kinds = [
        (e["data"] or {}).get("kind")
        for e in await OrderEvent.select(OrderEvent.data)
        .where(OrderEvent.order == order_id)
        .output(load_json=True)
    ]
    assert kinds.count("ARRIVAL_JEOPARDY") == 1
