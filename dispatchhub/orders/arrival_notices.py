"""What an arrival deadline's trouble leaves behind: dispatchers told, lateness charged.

Used by :mod:`dispatchhub.orders.deadlines` inside its write transactions.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub.authz.service import role_holders
from dispatchhub.bookings.tables import Booking
from dispatchhub.catalog.policy import CancellationPolicy, ChargeRuleKind, Fault
from dispatchhub.notifications.service import notify
from dispatchhub.orders.notices import order_params
from dispatchhub.orders.tables import Order
from dispatchhub.payments.tables import CancellationCharge
from dispatchhub.users.tables import User

__all__ = ["charge_lateness", "tell_dispatchers"]


async def tell_dispatchers(
    order_id: UUID,
    staff_id: UUID,
    template: str,
    deadline: datetime,
    eta: datetime | None,
    zone: ZoneInfo,
) -> None:
    """In-app ``template`` to every dispatcher and admin about an order's arrival."""
    recipients = await role_holders(["dispatcher", "admin"])
    if not recipients:
        return
    staff = await User.select(User.name).where(User.id == staff_id).first()
    params = await order_params(order_id, zone)
    params |= {
        "staff": staff["name"] if staff else "",
        "deadline": f"{deadline.astimezone(zone):%H:%M}",
        "eta": f"{eta.astimezone(zone):%H:%M}" if eta else "",
    }
    locales = {
        u["id"]: u["locale"]
        for u in await User.select(User.id, User.locale).where(User.id.is_in(recipients))
    }
    for user_id, locale in locales.items():
        await notify(channel="INAPP", target="", template=template, params=params,
                     locale=locale or "zh-CN", recipient_id=user_id)  # fmt: skip


async def charge_lateness(order_id: UUID, deadline: datetime, late_min: float) -> None:
    """Record lateness as a staff fault: the booking policy's staff-fault compensation."""
    row = await Order.select(Order.booking).where(Order.id == order_id).first()
    if row is None:
        return
    booking = await Booking.select(Booking.id, Booking.service_snapshot).where(
        Booking.id == row["booking"]
    ).output(load_json=True).first()  # fmt: skip
    if booking is None:
        return
    snapshot = booking["service_snapshot"] or {}
    policy = CancellationPolicy.from_json(snapshot.get("cancellation_policy"))
    compensation = policy.staff_fault_compensation_minor
    if compensation <= 0:
        return
    await CancellationCharge.insert(
        CancellationCharge(
            booking=booking["id"], amount_minor=-compensation,
            currency=snapshot.get("currency", "CNY"), fault=Fault.STAFF.value,
            rule={"kind": ChargeRuleKind.LATE_ARRIVAL.value,
                  "staff_fault_compensation_minor": compensation,
                  "deadline": deadline.isoformat(), "late_min": round(late_min, 2)},
        )
    )  # fmt: skip
