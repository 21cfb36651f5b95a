"""Tell staff about orders: in-app always, SMS and e-mail as each staff member chose."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub.notifications.service import notify
from dispatchhub.notifications.subscriptions import subscriptions_of
from dispatchhub.orders.tables import Order
from dispatchhub.outbox.service import now
from dispatchhub.users.notification_preferences import URGENT, hold_for, quiet_hours
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


async def tell_staff(
    staff_ids: Iterable[UUID], template: str, params: dict[str, str], *, zone: ZoneInfo
) -> int:
    """Queue ``template`` to each staff member by the channels they chose.

    In-app always (the inbox); SMS, e-mail and Web Push (one per subscribed browser) when
    their preferences ask for them and the account has the address
    (:mod:`dispatchhub.users.notification_preferences`). During their quiet hours (in ``zone``,
    the business time zone) SMS, e-mail and pushes wait until the quiet hours end, unless
    ``params["urgency"]`` is URGENT or EMERGENCY. Runs in the caller's transaction.

    Returns:
        How many messages were queued.
    """
    ids = list(dict.fromkeys(staff_ids))
    if not ids:
        return 0
    users: dict[Any, dict[str, Any]] = {
        u["id"]: u
        for u in await User.select(User.id, User.phone, User.email, User.locale).where(
            User.id.is_in(ids)
        )
    }
    profiles = {
        p["user"]: p
        for p in await StaffProfile.select(
            StaffProfile.user, StaffProfile.notify_channels, StaffProfile.quiet_hours
        )
        .where(StaffProfile.user.is_in(ids))
        .output(load_json=True)
    }
    browsers = await subscriptions_of(ids)
    urgent = params.get("urgency") in URGENT
    at = now()
    sent = 0
    for staff_id in ids:
        user = users.get(staff_id)
        if user is None:
            continue
        locale = user["locale"]
        await notify(channel="INAPP", target="", template=template, params=params,
                     locale=locale, recipient_id=staff_id)  # fmt: skip
        sent += 1
        profile = profiles.get(staff_id) or {}
        chosen = profile.get("notify_channels") or []
        wait = None if urgent else hold_for(quiet_hours(profile.get("quiet_hours")), at, zone)
        targets = [("SMS", user["phone"]), ("EMAIL", user["email"])]
        targets += [("WEBPUSH", str(s)) for s in browsers.get(UUID(str(staff_id)), [])]
        for channel, target in targets:
            if channel in chosen and target:
                await notify(channel=channel, target=target, template=template, params=params,
                             locale=locale, recipient_id=staff_id, delay=wait)  # fmt: skip
                sent += 1
    return sent
