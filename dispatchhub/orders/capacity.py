"""How many qualified staff are free for a booking time: the customer app's time slots.

The model, deliberately simple (docs/customer-app.md, "Times from capacity"):

- the slots of a local ``day`` are every half hour of the service type's service windows
  (``catalog.hours.windows_on``) at which its ``default_duration_min`` still fits;
- a staff member **counts** for the slot when their profile's region is the slot's region,
  their account is active, their skills meet the type's ``required_skills`` levels, and their
  weekly calendar (``StaffProfile.shifts``) covers the whole slot (start to start + duration);
- such a staff member is **free** in the slot while fewer of their active orders (ASSIGNED,
  EN_ROUTE, IN_PROGRESS) overlap it than their ``max_active_orders``;
- orders of the region not yet assigned (OPEN, OFFERED, ESCALATED) that overlap the slot will
  take someone: each takes one free staff member off the count.

``free`` is what is left (never below 0); a slot with ``free == 0`` is full.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.catalog.hours import windows_on
from dispatchhub.catalog.tables import ServiceType
from dispatchhub.errors import DomainError
from dispatchhub.orders.statuses import OrderStatus
from dispatchhub.orders.tables import Order
from dispatchhub.users.shifts import calendar_minutes_left
from dispatchhub.users.tables import StaffProfile, StaffSkill

__all__ = ["SLOT_STEP", "Slot", "slot_capacity"]

SLOT_STEP = timedelta(minutes=30)
_HELD = (OrderStatus.ASSIGNED, OrderStatus.EN_ROUTE, OrderStatus.IN_PROGRESS)
_WAITING = (OrderStatus.OPEN, OrderStatus.OFFERED, OrderStatus.ESCALATED)


@dataclass(frozen=True, slots=True)
class Slot:
    """One bookable time and the staff for it."""

    start: datetime
    end: datetime
    staff: int  # qualified staff whose calendar covers the slot
    free: int  # of those, still able to take it (after the orders already there)


def _loaded(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _overlaps(order: Mapping[str, Any], start: datetime, end: datetime, default: timedelta) -> bool:
    o_start: datetime = order["scheduled_start"]
    o_end: datetime = order["scheduled_end"] or o_start + default
    return o_start < end and start < o_end


async def slot_capacity(
    service_type_id: UUID, region: str, day: date, zone: ZoneInfo
) -> list[Slot]:
    """The slots of ``day`` (local to ``zone``) for a service type in a region.

    Raises:
        DomainError: ``NOT_FOUND`` at ``serviceTypeId``.
    """
    service_type = (
        await ServiceType.select(
            ServiceType.service_hours, ServiceType.required_skills, ServiceType.default_duration_min
        )
        .where(ServiceType.id == service_type_id)
        .first()
    )
    if service_type is None:
        raise DomainError(CatalogErrorCode.NOT_FOUND, "serviceTypeId", what="service type")
    hours = {"service_hours": _loaded(service_type["service_hours"])}
    required: dict[str, int] = _loaded(service_type["required_skills"]) or {}
    duration = timedelta(minutes=int(service_type["default_duration_min"] or 60))

    profiles = await StaffProfile.select(
        StaffProfile.user, StaffProfile.shifts, StaffProfile.max_active_orders
    ).where(
        (StaffProfile.region == region) & (StaffProfile.user.status == "ACTIVE")
    )  # fmt: skip
    skills: dict[str, dict[str, int]] = {}
    if profiles and required:
        rows = await StaffSkill.select(StaffSkill.staff, StaffSkill.skill, StaffSkill.level).where(
            StaffSkill.staff.is_in([p["user"] for p in profiles])
        )
        for row in rows:
            skills.setdefault(str(row["staff"]), {})[row["skill"]] = row["level"]
    qualified = [
        p
        for p in profiles
        if all(skills.get(str(p["user"]), {}).get(s, 0) >= lvl for s, lvl in required.items())
    ]

    midnight = datetime.combine(day, datetime.min.time(), tzinfo=zone)
    starts: list[datetime] = []
    for window in windows_on(hours, day):
        at = window.start
        while at + duration <= window.end:
            starts.append(midnight + at)
            at += SLOT_STEP
    if not starts:
        return []
    first, last = starts[0], starts[-1] + duration
    orders = await Order.select(
        Order.assignee, Order.status, Order.region, Order.scheduled_start, Order.scheduled_end
    ).where(
        (Order.scheduled_start < last)
        & (Order.scheduled_start > first - timedelta(days=1))
        & Order.status.is_in([*_HELD, *_WAITING])
    )  # fmt: skip

    slots: list[Slot] = []
    for start in starts:
        end = start + duration
        local = start.astimezone(zone)
        here = [o for o in orders if _overlaps(o, start, end, duration)]
        covering = [
            p
            for p in qualified
            if (calendar_minutes_left(_loaded(p["shifts"]) or [], local) or 0)
            >= duration.total_seconds() / 60
        ]
        free = 0
        for p in covering:
            held = sum(1 for o in here if o["assignee"] == p["user"] and o["status"] in _HELD)
            if held < int(p["max_active_orders"] or 0):
                free += 1
        waiting = sum(1 for o in here if o["status"] in _WAITING and o["region"] == region)
        slots.append(Slot(start, end, len(covering), max(0, free - waiting)))
    return slots
