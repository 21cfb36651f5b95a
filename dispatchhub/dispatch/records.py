"""Task and staff records read from the database (the shapes are in :mod:`.snapshot`).

The dispatch engine calls these for live decisions (``at`` = now); a fixed number of
queries per call, whatever the number of staff.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub.catalog.tables import Region
from dispatchhub.dispatch.snapshot import (
    History,
    JobRow,
    OfferRow,
    ReviewRow,
    staff_records,
    task_record,
)
from dispatchhub.orders.tables import Offer, Order
from dispatchhub.reviews.tables import Review
from dispatchhub.users.tables import StaffProfile, StaffSkill

__all__ = ["load_staff", "load_tasks"]


def _json(value: Any) -> Any:
    # joined and aliased JSON columns come back as text on some engines
    return json.loads(value) if isinstance(value, str) else value


async def load_tasks(order_ids: Sequence[UUID], zone: ZoneInfo) -> dict[str, dict[str, Any]]:
    """Task records of orders, keyed by order id (text); unknown ids are left out.

    Args:
        order_ids: The orders.
        zone: The business time zone.
    """
    if not order_ids:
        return {}
    orders = await Order.select(
        Order.id,
        Order.urgency,
        Order.region,
        Order.lat,
        Order.lon,
        Order.scheduled_start,
        Order.scheduled_end,
        Order.service_type.code.as_alias("service_code"),
        Order.service_type.default_duration_min.as_alias("default_duration"),
    ).where(Order.id.is_in(list(order_ids)))
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


async def load_staff(
    at: datetime, zone: ZoneInfo, *, staff_ids: Sequence[UUID] | None = None
) -> list[dict[str, Any]]:
    """Staff records of active accounts as of ``at``.

    Args:
        at: The moment (now, for live dispatch).
        zone: The business time zone.
        staff_ids: Only these users; all staff when None.

    Returns:
        Records in a stable order (by staff id); staff without a position are left out.
    """
    profiles = StaffProfile.select().where(StaffProfile.user.status == "ACTIVE")
    skills = StaffSkill.select()
    jobs = Order.select(
        Order.assignee,
        Order.service_type.code.as_alias("service_code"),
        Order.status,
        Order.assigned_at,
        Order.started_at,
        Order.completed_at,
    ).where(Order.assignee.is_not_null() & (Order.assigned_at <= at))
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
        Offer.staff, Offer.status, Offer.created_at, Offer.deadline, Offer.answered_at
    ).where(Offer.created_at <= at)
    if staff_ids is not None:
        if not staff_ids:
            return []
        ids = list(staff_ids)
        profiles = profiles.where(StaffProfile.user.is_in(ids))
        skills = skills.where(StaffSkill.staff.is_in(ids))
        jobs = jobs.where(Order.assignee.is_in(ids))
        reviews = reviews.where(Review.staff.is_in(ids))
        offers = offers.where(Offer.staff.is_in(ids))
    history = History(
        jobs=[
            JobRow(str(j["assignee"]), j["service_code"] or "", j["status"],
                   j["assigned_at"], j["started_at"], j["completed_at"])
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
                     o["answered_at"])
            for o in await offers
        ],
    )  # fmt: skip
    rows = await profiles.order_by(StaffProfile.user).output(load_json=True)
    return staff_records(rows, await skills, history, at=at, zone=zone)
