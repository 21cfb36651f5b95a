"""Tell staff about orders: in-app always, SMS where their profile asks for it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub.notifications.service import notify
from dispatchhub.orders.tables import Order
from dispatchhub.users.tables import StaffProfile, User

__all__ = ["order_params", "tell_staff"]


async def order_params(order_id: UUID, zone: ZoneInfo) -> dict[str, str]:
    """What a message about an order says: number, service, urgency, time window, address
    (and ``code``, the service type's code, for the caller)."""
    row = await Order.select(
        Order.number, Order.urgency, Order.scheduled_start, Order.scheduled_end,
        Order.service_type.name_zh.as_alias("service"),
        Order.service_type.code.as_alias("code"),
        Order.booking.address.as_alias("address"),
    ).where(Order.id == order_id).first()  # fmt: skip
    assert row is not None
    start = row["scheduled_start"].astimezone(zone)
    end = row["scheduled_end"].astimezone(zone) if row["scheduled_end"] else None
    window = f"{start:%Y-%m-%d %H:%M}" + (f"–{end:%H:%M}" if end else "")
    return {
        "number": row["number"],
        "service": row["service"] or "",
        "urgency": row["urgency"],
        "time": window,
        "address": row["address"] or "",
        "code": row["code"] or "",
    }


async def tell_staff(staff_ids: Iterable[UUID], template: str, params: dict[str, str]) -> int:
    """Queue ``template`` to each staff member by the channels of their profile.

    In-app always (the inbox); SMS when ``notify_channels`` lists it. Runs in the caller's
    transaction.

    Returns:
        How many messages were queued.
    """
    ids = list(dict.fromkeys(staff_ids))
    if not ids:
        return 0
    users: dict[Any, dict[str, Any]] = {
        u["id"]: u for u in await User.select(User.id, User.phone).where(User.id.is_in(ids))
    }
    channels = {
        p["user"]: p["notify_channels"]
        for p in await StaffProfile.select(StaffProfile.user, StaffProfile.notify_channels)
        .where(StaffProfile.user.is_in(ids))
        .output(load_json=True)
    }
    sent = 0
    for staff_id in ids:
        user = users.get(staff_id)
        if user is None:
            continue
        await notify(channel="INAPP", target="", template=template, params=params,
                     recipient_id=staff_id)  # fmt: skip
        sent += 1
        if "SMS" in (channels.get(staff_id) or []) and user["phone"]:
            await notify(channel="SMS", target=user["phone"], template=template, params=params,
                         recipient_id=staff_id)  # fmt: skip
            sent += 1
    return sent
