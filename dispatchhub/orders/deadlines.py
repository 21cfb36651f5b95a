"""Arrival deadlines: the promise made at acceptance, the ETA, jeopardy, misses and lateness.

The flow (``docs/deadlines.md``):

1. **Promise.** When a staff member accepts (or grabs) an order whose service type promises
   an arrival window for its urgency, :func:`promise_arrival` records an
   :class:`~dispatchhub.orders.arrival_tables.ArrivalPromise` with the deadline
   (:func:`dispatchhub.catalog.arrival.arrival_deadline`) and queues :data:`CHECK_TASK` for
   the moment the deadline becomes unreachable from where they are.
2. **ETA.** When they report EN_ROUTE (:data:`ETA_TASK`, queued by the status update) and
   on each position update (:func:`refresh_eta_for_staff`, which the position mutation
   calls), the ETA is now + the road distance from the maps hook ``route_distance_km`` at
   :data:`TRAVEL_KMH`. The built-in answer is the straight line; it is multiplied by
   :data:`ROAD_FACTOR` so it estimates a road.
3. **Jeopardy.** The first time the ETA passes the deadline, the order's history gets an
   ``ARRIVAL_JEOPARDY`` entry (which the ``orderEvents`` subscription sends live) and every
   dispatcher and admin gets an in-app message.
4. **Miss.** While the staff member has not set off, once now + the least travel time (the
   straight line at :data:`FASTEST_KMH`) passes the deadline, the promise is MISSED: the
   order goes back to OPEN and is dispatched again by the policy (``orders.dispatch``;
   staff who had an offer for it are not offered it again), dispatchers are told, and the
   lateness is charged.
5. **Arrival.** IN_PROGRESS settles the promise ON_TIME or LATE (``late_min``).

Lateness (LATE or MISSED) is a provider fault: the booking's cancellation policy's
``staff_fault_compensation_minor`` is recorded as a negative ``CancellationCharge`` (kind
``late_arrival``), which the refund flow settles like any other compensation. Settled
promises feed the staff member's ``on_time_rate`` (:mod:`dispatchhub.dispatch.snapshot`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub import db
from dispatchhub.catalog.arrival import arrival_deadline
from dispatchhub.dispatch.stats import stats_changed
from dispatchhub.geo import great_circle_km
from dispatchhub.orders.arrival_notices import charge_lateness, tell_dispatchers
from dispatchhub.orders.arrival_tables import ArrivalPromise
from dispatchhub.orders.service import add_event
from dispatchhub.orders.statuses import OrderChangeKind
from dispatchhub.orders.tables import Order
from dispatchhub.outbox.handlers import register_task
from dispatchhub.outbox.service import enqueue, now
from dispatchhub.users.tables import StaffProfile

if TYPE_CHECKING:
    import pluggy

    from dispatchhub.runtime import Runtime

__all__ = [
    "CHECK_TASK",
    "ETA_TASK",
    "FASTEST_KMH",
    "ROAD_FACTOR",
    "TRAVEL_KMH",
    "Eta",
    "check_arrival_task",
    "least_travel",
    "promise_arrival",
    "refresh_eta_for_staff",
    "refresh_eta_task",
    "settle_arrival",
    "withdraw_promise",
]

CHECK_TASK = "orders.arrival_check"
ETA_TASK = "orders.arrival_eta"
# A road is about 1.3 times the straight line in a Chinese city (the default estimate).
ROAD_FACTOR = 1.3
# Mean city speed for the ETA, and the speed nobody beats for "certainly missed".
TRAVEL_KMH = 30.0
FASTEST_KMH = 60.0
# The check runs this long after the deadline became unreachable, so it sees it so.
_CHECK_SLACK = timedelta(seconds=2)
_ZONE = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True, slots=True)
class Eta:
    """One order's estimate after a refresh."""

    order_id: UUID
    eta_at: datetime
    deadline: datetime
    jeopardy: bool


def least_travel(origin: tuple[float, float], destination: tuple[float, float]) -> timedelta:
    """The shortest time the trip could take: the straight line at :data:`FASTEST_KMH`."""
    return timedelta(hours=great_circle_km(*origin, *destination) / FASTEST_KMH)


def _travel(
    plugins: pluggy.PluginManager | None,
    origin: tuple[float, float],
    destination: tuple[float, float],
) -> timedelta:
    """The expected trip: the maps hook's road distance at :data:`TRAVEL_KMH`."""
    straight = great_circle_km(*origin, *destination)
    km = None
    if plugins is not None:
        km = plugins.hook.route_distance_km(origin=origin, destination=destination)
    if km is None or abs(float(km) - straight) < 1e-9:
        km = straight * ROAD_FACTOR  # the straight-line default: estimate the road
    return timedelta(hours=float(km) / TRAVEL_KMH)


async def _position(staff_id: Any) -> tuple[float, float] | None:
    row = await StaffProfile.select(
        StaffProfile.lat, StaffProfile.lon, StaffProfile.home_lat, StaffProfile.home_lon
    ).where(StaffProfile.user == staff_id).first()  # fmt: skip
    if row is None:
        return None
    if row["lat"] is not None and row["lon"] is not None:
        return (row["lat"], row["lon"])
    if row["home_lat"] is not None and row["home_lon"] is not None:
        return (row["home_lat"], row["home_lon"])
    return None


def _point(order: dict[str, Any]) -> tuple[float, float] | None:
    return None if order["lat"] is None or order["lon"] is None else (order["lat"], order["lon"])


async def _schedule_check(promise_id: Any, deadline: datetime, least: timedelta) -> None:
    delay = deadline - least - now() + _CHECK_SLACK
    await enqueue(CHECK_TASK, {"promiseId": str(promise_id)},
                  delay=delay if delay > timedelta(0) else None)  # fmt: skip


async def promise_arrival(order_id: UUID, staff_id: UUID, at: datetime) -> datetime | None:
    """Record the arrival promise of an order just accepted by ``staff_id`` at ``at``.

    Runs in the accepting transaction (offer accepted, grab won). Any earlier open promise
    of the order is withdrawn. Returns the deadline, or None when the order's service type
    promises no window for its urgency.
    """
    order = await Order.select(
        Order.urgency, Order.scheduled_start, Order.lat, Order.lon,
        Order.service_type.arrival_windows.as_alias("windows"),
    ).where(Order.id == order_id).output(load_json=True).first()  # fmt: skip
    if order is None:
        return None
    windows = order["windows"]
    if isinstance(windows, str):  # a joined JSON column comes back as text on some engines
        windows = json.loads(windows)
    deadline = arrival_deadline(windows, order["urgency"], accepted=at,
                                start=order["scheduled_start"])  # fmt: skip
    await withdraw_promise(order_id)
    if deadline is None:
        return None
    promise = ArrivalPromise(order=order_id, staff=staff_id, deadline=deadline)
    await promise.save()
    origin, destination = await _position(staff_id), _point(order)
    least = least_travel(origin, destination) if origin and destination else timedelta(0)
    await _schedule_check(promise.id, deadline, least)
    return deadline


async def withdraw_promise(order_id: UUID) -> None:
    """Close the order's open promise without a verdict (it left its assignee otherwise)."""
    await ArrivalPromise.update(
        {ArrivalPromise.outcome: "WITHDRAWN", ArrivalPromise.updated_at: now()}
    ).where((ArrivalPromise.order == order_id) & (ArrivalPromise.outcome == "OPEN"))


async def settle_arrival(order_id: UUID, staff_id: UUID, at: datetime) -> str | None:
    """The assignee arrived (IN_PROGRESS): ON_TIME or LATE, in the caller's transaction.

    A late arrival is charged as a staff fault. Returns the outcome, None without a promise.
    """
    promise = await ArrivalPromise.select().where(
        (ArrivalPromise.order == order_id) & (ArrivalPromise.staff == staff_id)
        & (ArrivalPromise.outcome == "OPEN")
    ).first()  # fmt: skip
    if promise is None:
        return None
    late = max((at - promise["deadline"]).total_seconds() / 60, 0.0)
    outcome = "LATE" if late > 0 else "ON_TIME"
    await ArrivalPromise.update(
        {ArrivalPromise.outcome: outcome, ArrivalPromise.arrived_at: at,
         ArrivalPromise.late_min: round(late, 2), ArrivalPromise.updated_at: at}
    ).where(ArrivalPromise.id == promise["id"])  # fmt: skip
    if outcome == "LATE":
        await charge_lateness(order_id, promise["deadline"], late)
    await stats_changed(staff_id)
    return outcome


async def refresh_eta_for_staff(
    staff_user_id: UUID,
    *,
    plugins: pluggy.PluginManager | None = None,
    zone: ZoneInfo | None = None,
) -> list[Eta]:
    """Re-estimate the arrivals of a staff member from their position in ``staff_profiles``.

    Call it after their position changed (the position mutation) and when they set off
    (:data:`ETA_TASK`). For each order they hold with an open promise: EN_ROUTE, the ETA is
    stored and a first ETA past the deadline alerts the dispatchers; ASSIGNED (not yet on
    the way), a deadline that can no longer be met re-dispatches the order.

    Args:
        staff_user_id: the staff member's user id.
        plugins: the runtime's plugin manager (its ``route_distance_km``); None estimates
            by the straight line times :data:`ROAD_FACTOR`, as the built-in default does.
        zone: the business time zone, for the times in messages.

    Returns:
        The ETAs stored (EN_ROUTE orders).
    """
    zone = zone or _ZONE
    origin = await _position(staff_user_id)
    promises = await ArrivalPromise.select(
        ArrivalPromise.id, ArrivalPromise.order, ArrivalPromise.deadline,
        ArrivalPromise.jeopardy_at,
        ArrivalPromise.order.status.as_alias("status"),
        ArrivalPromise.order.assignee.as_alias("assignee"),
        ArrivalPromise.order.lat.as_alias("lat"), ArrivalPromise.order.lon.as_alias("lon"),
    ).where(
        (ArrivalPromise.staff == staff_user_id) & (ArrivalPromise.outcome == "OPEN")
    )  # fmt: skip
    found: list[Eta] = []
    for p in promises:
        order_id = UUID(str(p["order"]))
        destination = _point(p)
        if origin is None or destination is None:
            continue
        if p["assignee"] is None or UUID(str(p["assignee"])) != staff_user_id:
            async with db.write():
                await withdraw_promise(order_id)
            continue
        if p["status"] == "ASSIGNED":
            if now() + least_travel(origin, destination) > p["deadline"]:
                await _miss(p, staff_user_id, origin, destination, zone)
            continue
        if p["status"] != "EN_ROUTE":
            continue
        at = now()
        eta = at + _travel(plugins, origin, destination)
        jeopardy = eta > p["deadline"]
        async with db.write():
            values: dict[Any, Any] = {ArrivalPromise.eta_at: eta,
                                      ArrivalPromise.eta_updated_at: at,
                                      ArrivalPromise.updated_at: at}  # fmt: skip
            if jeopardy and p["jeopardy_at"] is None:
                values[ArrivalPromise.jeopardy_at] = at
                await _alert(order_id, staff_user_id, p["status"], p["deadline"], eta, zone)
            await ArrivalPromise.update(values).where(
                (ArrivalPromise.id == p["id"]) & (ArrivalPromise.outcome == "OPEN")
            )
        found.append(Eta(order_id, eta, p["deadline"], jeopardy))
    return found


async def position_reported(staff_user_id: UUID) -> bool:
    """After a staff member's position changed: queue :data:`ETA_TASK` when it matters.

    Only a staff member holding an open arrival promise has arrivals to re-estimate, so
    the other reports (most of them) cost one indexed read and queue nothing. The estimate
    runs in the worker, keeping a maps provider's HTTP calls off the request.

    Returns:
        True when the re-estimate was queued.
    """
    held = await ArrivalPromise.exists().where(
        (ArrivalPromise.staff == staff_user_id) & (ArrivalPromise.outcome == "OPEN")
    )
    if held:
        async with db.write():
            await enqueue(ETA_TASK, {"staffId": str(staff_user_id)})
    return bool(held)


async def refresh_eta_task(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Outbox task :data:`ETA_TASK` (``{"staffId": …}``): queued when staff set off."""
    await refresh_eta_for_staff(
        UUID(payload["staffId"]), plugins=runtime.plugins, zone=runtime.settings.zone
    )


async def check_arrival_task(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Outbox task :data:`CHECK_TASK` (``{"promiseId": …}``), due when the deadline stops
    being reachable from where the staff member was: a miss if they have still not set off
    and cannot make it; checked again later if they came closer meanwhile. On the way, the
    ETA watches; once the deadline itself has passed without arrival or alert, dispatchers
    are alerted (a staff member whose position stopped coming)."""
    p = await ArrivalPromise.select(
        ArrivalPromise.id, ArrivalPromise.order, ArrivalPromise.staff, ArrivalPromise.deadline,
        ArrivalPromise.outcome, ArrivalPromise.jeopardy_at, ArrivalPromise.eta_at,
        ArrivalPromise.order.status.as_alias("status"),
        ArrivalPromise.order.assignee.as_alias("assignee"),
        ArrivalPromise.order.lat.as_alias("lat"), ArrivalPromise.order.lon.as_alias("lon"),
    ).where(ArrivalPromise.id == payload["promiseId"]).first()  # fmt: skip
    if p is None or p["outcome"] != "OPEN":
        return  # settled
    staff_id = UUID(str(p["staff"]))
    if p["status"] == "EN_ROUTE":
        await _overdue(p, staff_id, runtime.settings.zone)
        return
    if p["status"] != "ASSIGNED" or p["assignee"] is None or UUID(str(p["assignee"])) != staff_id:
        # cancelled or no longer theirs: nothing to keep
        async with db.write():
            await ArrivalPromise.update(
                {ArrivalPromise.outcome: "WITHDRAWN", ArrivalPromise.updated_at: now()}
            ).where((ArrivalPromise.id == p["id"]) & (ArrivalPromise.outcome == "OPEN"))
        return
    origin, destination = await _position(staff_id), _point(p)
    if origin is None or destination is None:
        return
    least = least_travel(origin, destination)
    if now() + least > p["deadline"]:
        await _miss(p, staff_id, origin, destination, runtime.settings.zone)
    else:
        async with db.write():
            await _schedule_check(p["id"], p["deadline"], least)


async def _overdue(p: dict[str, Any], staff_id: UUID, zone: ZoneInfo) -> None:
    """On the way: alert once the deadline passed unalerted, else look again at it."""
    if p["jeopardy_at"] is not None:
        return
    at = now()
    async with db.write():
        if at <= p["deadline"]:
            await enqueue(CHECK_TASK, {"promiseId": str(p["id"])},
                          delay=p["deadline"] - at + _CHECK_SLACK)  # fmt: skip
            return
        alerted = await (
            ArrivalPromise.update({ArrivalPromise.jeopardy_at: at, ArrivalPromise.updated_at: at})
            .where((ArrivalPromise.id == p["id"]) & ArrivalPromise.jeopardy_at.is_null())
            .returning(ArrivalPromise.id)
        )
        if alerted:
            eta = max(p["eta_at"] or at, at)  # a stale estimate is at least now
            await _alert(UUID(str(p["order"])), staff_id, "EN_ROUTE", p["deadline"], eta, zone)


async def _miss(
    p: dict[str, Any],
    staff_id: UUID,
    origin: tuple[float, float],
    destination: tuple[float, float],
    zone: ZoneInfo,
) -> None:
    """The promise can no longer be kept before the staff member set off: re-dispatch."""
    order_id = UUID(str(p["order"]))
    at = now()
    late = (at + least_travel(origin, destination) - p["deadline"]).total_seconds() / 60
    async with db.write():
        moved = await (
            Order.update(
                {Order.status: "OPEN", Order.assignee: None, Order.assigned_at: None,
                 Order.revision: Order.revision + 1, Order.updated_at: at}
            )
            .where((Order.id == order_id) & (Order.status == "ASSIGNED")
                   & (Order.assignee == staff_id))
            .returning(Order.id)
        )  # fmt: skip
        if not moved:
            return  # set off or changed hands meanwhile: that stands
        await ArrivalPromise.update(
            {ArrivalPromise.outcome: "MISSED", ArrivalPromise.late_min: round(late, 2),
             ArrivalPromise.updated_at: at}
        ).where(ArrivalPromise.id == p["id"])  # fmt: skip
        reason = (
            "无法按承诺时间到达,按派单策略重新派单 / "
            "the promised arrival can no longer be met: re-dispatched by the policy"
        )
        facts = {"deadline": p["deadline"].isoformat(), "staffId": str(staff_id)}
        await add_event(order_id, "ASSIGNED", "OPEN", None, reason, data=facts)
        await enqueue("orders.dispatch", {"order_id": str(order_id)})
        await charge_lateness(order_id, p["deadline"], late)
        await stats_changed(staff_id)
        await tell_dispatchers(order_id, staff_id, "arrival_missed", p["deadline"], None, zone)


async def _alert(
    order_id: UUID,
    staff_id: UUID,
    status: str,
    deadline: datetime,
    eta: datetime,
    zone: ZoneInfo,
) -> None:
    """ETA past the deadline: a history entry sent live, and the dispatchers' inboxes."""
    reason = (
        f"预计 {eta.astimezone(zone):%H:%M} 到达,晚于承诺的 {deadline.astimezone(zone):%H:%M} / "
        f"expected at {eta.astimezone(zone):%H:%M}, after the promised "
        f"{deadline.astimezone(zone):%H:%M}"
    )
    await add_event(order_id, status, status, None, reason,
                    data={"deadline": deadline.isoformat(), "eta": eta.isoformat()},
                    kind=OrderChangeKind.ARRIVAL_JEOPARDY)  # fmt: skip
    await tell_dispatchers(order_id, staff_id, "arrival_jeopardy", deadline, eta, zone)


register_task(CHECK_TASK, check_arrival_task)
register_task(ETA_TASK, refresh_eta_task)
