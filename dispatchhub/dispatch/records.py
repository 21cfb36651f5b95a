"""Task and staff records read from the database (the shapes are in :mod:`.snapshot`).

The dispatch engine calls these for live decisions (``at`` = now); a fixed number of
queries per call, whatever the number of staff.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub.bookings.tables import Booking
from dispatchhub.catalog.tables import Region
from dispatchhub.dispatch.snapshot import (
    ACTIVE_STATUSES,
    ARRIVAL_OUTCOMES,
    ArrivalRow,
    History,
    JobRow,
    OfferRow,
    ReviewRow,
    StaffStats,
    aggregate,
    records_from_stats,
    staff_records,
    task_record,
)
from dispatchhub.dispatch.stats import rollup_stats
from dispatchhub.geo import EARTH_RADIUS_KM
from dispatchhub.orders.arrival_tables import ArrivalPromise
from dispatchhub.orders.tables import Offer, Order
from dispatchhub.reviews.tables import Review
from dispatchhub.users.tables import StaffProfile, StaffSkill

__all__ = [
    "TASK_COLUMNS",
    "load_history",
    "load_live_staff",
    "load_staff",
    "load_tasks",
    "staff_near",
    "task_records",
]

_KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180


def _json(value: Any) -> Any:
    # joined and aliased JSON columns come back as text on some engines
    return json.loads(value) if isinstance(value, str) else value


# What a task record is built from: ``Order.select(*TASK_COLUMNS)``.
TASK_COLUMNS = (
    Order.id,
    Order.urgency,
    Order.region,
    Order.lat,
    Order.lon,
    Order.scheduled_start,
    Order.scheduled_end,
    Order.service_type.code.as_alias("service_code"),
    Order.service_type.default_duration_min.as_alias("default_duration"),
)


async def load_tasks(order_ids: Sequence[UUID], zone: ZoneInfo) -> dict[str, dict[str, Any]]:
    """Task records of orders, keyed by order id (text); unknown ids are left out.

    Args:
        order_ids: The orders.
        zone: The business time zone.
    """
    if not order_ids:
        return {}
    orders = await Order.select(*TASK_COLUMNS).where(Order.id.is_in(list(order_ids)))
    return await task_records(orders, zone)


async def task_records(
    orders: Sequence[dict[str, Any]], zone: ZoneInfo
) -> dict[str, dict[str, Any]]:
    """Task records of order rows already read with :data:`TASK_COLUMNS`, keyed by order id
    (text): what :func:`load_tasks` does without reading the orders again."""
    codes = sorted({o["region"] for o in orders if o["region"]})
    neighbours: dict[str, list[str]] = {}
    if codes:
        for region in await Region.select(Region.code, Region.neighbours).where(
            Region.code.is_in(codes)
        ):
            neighbours[region["code"]] = _json(region["neighbours"])
    return {
        str(o["id"]): task_record(
            o,
            service_type=o["service_code"] or "",
            neighbours=neighbours.get(o["region"] or "", []),
            zone=zone,
            default_duration_min=o["default_duration"],
        )
        for o in orders
    }


async def load_history(at: datetime, staff_ids: Sequence[UUID] | None = None) -> History:
    """The orders, reviews and offers of staff (all, or ``staff_ids``) up to ``at``."""
    jobs = Order.select(
        Order.id,
        Order.assignee,
        Order.service_type.code.as_alias("service_code"),
        Order.status,
        Order.assigned_at,
        Order.started_at,
        Order.completed_at,
    ).where(Order.assignee.is_not_null() & (Order.assigned_at <= at))
    follow_ups = Booking.select(Booking.follow_up_of, Booking.created_at).where(
        Booking.follow_up_of.is_not_null() & (Booking.created_at <= at)
    )
    reviews = Review.select(
        Review.staff,
        Review.order._.service_type._.code.as_alias("service_code"),
        Review.attitude,
        Review.quality,
        Review.speed,
        Review.skill,
        Review.created_at,
    ).where(Review.created_at <= at)
    offers = Offer.select(
        Offer.staff, Offer.status, Offer.created_at, Offer.deadline, Offer.answered_at,
        Offer.order._.service_type._.code.as_alias("service_code"),
    ).where(Offer.created_at <= at)  # fmt: skip
    arrivals = ArrivalPromise.select(
        ArrivalPromise.staff, ArrivalPromise.outcome, ArrivalPromise.arrived_at,
        ArrivalPromise.updated_at,
    ).where(ArrivalPromise.outcome.is_in(sorted(ARRIVAL_OUTCOMES)))  # fmt: skip
    if staff_ids is not None:
        ids = list(staff_ids)
        arrivals = arrivals.where(ArrivalPromise.staff.is_in(ids))
        jobs = jobs.where(Order.assignee.is_in(ids))
        follow_ups = follow_ups.where(Booking.follow_up_of._.assignee.is_in(ids))
        reviews = reviews.where(Review.staff.is_in(ids))
        offers = offers.where(Offer.staff.is_in(ids))
    revisited: dict[str, datetime] = {}
    for row in await follow_ups:
        key = str(row["follow_up_of"])
        if key not in revisited or row["created_at"] < revisited[key]:
            revisited[key] = row["created_at"]
    return History(
        jobs=[
            JobRow(str(j["assignee"]), j["service_code"] or "", j["status"],
                   j["assigned_at"], j["started_at"], j["completed_at"],
                   revisited.get(str(j["id"])))
            for j in await jobs
        ],
        reviews=[
            ReviewRow(str(r["staff"]), r["service_code"] or "",
                      (r["attitude"] + r["quality"] + r["speed"] + r["skill"]) / 4,
                      r["created_at"])
            for r in await reviews
        ],
        offers=[
            OfferRow(str(o["staff"]), o["status"], o["created_at"], o["deadline"],
                     o["answered_at"], o["service_code"] or "")
            for o in await offers
        ],
        arrivals=[
            ArrivalRow(str(a["staff"]), a["outcome"], a["arrived_at"] or a["updated_at"])
            for a in await arrivals
        ],
    )  # fmt: skip


def _profiles(staff_ids: Sequence[UUID] | None) -> tuple[Any, Any]:
    profiles = StaffProfile.select().where(StaffProfile.user.status == "ACTIVE")
    skills = StaffSkill.select()
    if staff_ids is not None:
        profiles = profiles.where(StaffProfile.user.is_in(list(staff_ids)))
        skills = skills.where(StaffSkill.staff.is_in(list(staff_ids)))
    return profiles.order_by(StaffProfile.user).output(load_json=True), skills


async def load_staff(
    at: datetime, zone: ZoneInfo, *, staff_ids: Sequence[UUID] | None = None
) -> list[dict[str, Any]]:
    """Staff records of active accounts as they stood at ``at``, from the whole history
    (replays, simulations; live dispatch reads the rollups with :func:`load_live_staff`).

    Args:
        at: The moment.
        zone: The business time zone.
        staff_ids: Only these users; all staff when None.

    Returns:
        Records in a stable order (by staff id); staff without a position are left out.
    """
    if staff_ids is not None and not staff_ids:
        return []
    profiles, skills = _profiles(staff_ids)
    history = await load_history(at, staff_ids)
    return staff_records(await profiles, await skills, history, at=at, zone=zone)


async def load_live_staff(
    zone: ZoneInfo, *, staff_ids: Sequence[UUID] | None = None
) -> list[dict[str, Any]]:
    """Staff records as they stand now, for live dispatch and grabs.

    The cumulative statistics come from the rollups :mod:`dispatchhub.dispatch.stats`
    keeps; only the recent load (orders in hand, today's, the last 7 days') is read from
    the staff's recent orders. The same records as ``load_staff(now, …)`` once the rollups
    have caught up with the last event.
    """
    if staff_ids is not None and not staff_ids:
        return []
    at = datetime.now(UTC)
    profiles, skills = _profiles(staff_ids)
    stats = await rollup_stats(staff_ids)
    week_ago = at - timedelta(days=7)
    recent = Order.select(
        Order.assignee, Order.status, Order.assigned_at, Order.started_at, Order.completed_at
    ).where(
        Order.assignee.is_not_null()
        # in hand, assigned in the last 7 days, or started today (a day back covers any zone)
        & (
            Order.status.is_in(sorted(ACTIVE_STATUSES))
            | (Order.assigned_at >= week_ago)
            | (Order.started_at >= at - timedelta(days=1))
        )
    )
    if staff_ids is not None:
        recent = recent.where(Order.assignee.is_in(list(staff_ids)))
    windows = aggregate(
        History(jobs=[JobRow(str(j["assignee"]), "", j["status"], j["assigned_at"],
                             j["started_at"], j["completed_at"]) for j in await recent]),
        at,
        zone,
    )  # fmt: skip
    for staff_id, window in windows.items():
        s = stats.setdefault(staff_id, StaffStats())
        s.active, s.today, s.last_7d = window.active, window.today, window.last_7d
    return records_from_stats(await profiles, await skills, stats, at=at, zone=zone)


async def staff_near(lat: float, lon: float, km: float) -> list[UUID]:
    """Active staff whose position (last reported, else home) may lie within ``km`` of a
    point: those inside the latitude/longitude box around that circle.

    The box holds every point of the circle, so searching the staff it returns finds the
    same nearest staff as searching everyone, up to ``km``. Near a pole, or where the box
    would cross the 180th meridian, longitude is not filtered.
    """

    def within(column: Any, low: float, high: float) -> Any:
        return (column >= low) & (column <= high)

    spread = km / _KM_PER_DEGREE
    low, high = lat - spread, lat + spread
    position_lat = StaffProfile.lat.is_not_null() & within(StaffProfile.lat, low, high)
    home_lat = StaffProfile.lat.is_null() & within(StaffProfile.home_lat, low, high)
    where = (StaffProfile.user.status == "ACTIVE") & (position_lat | home_lat)
    widest = max(abs(low), abs(high))
    if widest < 89:
        across = spread / math.cos(math.radians(widest))
        west, east = lon - across, lon + across
        if -180 <= west and east <= 180:
            position_lon = StaffProfile.lon.is_not_null() & within(StaffProfile.lon, west, east)
            home_lon = StaffProfile.lon.is_null() & within(StaffProfile.home_lon, west, east)
            where &= position_lon | home_lon
    rows = await StaffProfile.select(StaffProfile.user).where(where)
    return [UUID(str(row["user"])) for row in rows]
