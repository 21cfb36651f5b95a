"""What a booking's changes do to its order: orders subscribe to the bookings' events here.

Bookings sit below orders (docs/architecture.md): they publish what happened in their
transaction (:mod:`dispatchhub.domain_events`), and the order follows in the same one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from dispatchhub.domain_events import subscribe
from dispatchhub.orders.service import open_order
from dispatchhub.orders.statuses import OrderStatus
from dispatchhub.orders.tables import Order, OrderEvent

__all__ = [
    "cancel_orders",
    "follow_booking",
    "follow_up_of",
    "move_orders",
    "order_stage",
]


async def follow_booking(booking: dict[str, Any]) -> None:
    """``booking.changed``: a confirmed booking's order takes its new time, place, urgency
    and type."""
    await Order.update(
        {
            Order.service_type: booking["service_type"],
            Order.urgency: booking["urgency"],
            Order.region: booking["region"],
            Order.lat: booking["lat"],
            Order.lon: booking["lon"],
            Order.scheduled_start: booking["scheduled_start"],
            Order.scheduled_end: booking["scheduled_end"],
            Order.revision: Order.revision + 1,
        }
    ).where(Order.booking == booking["id"])


async def move_orders(booking_id: UUID, start: datetime, end: datetime) -> None:
    """``booking.rescheduled``: the booking's order takes its new time."""
    await Order.update({Order.scheduled_start: start, Order.scheduled_end: end}).where(
        Order.booking == booking_id
    )


async def cancel_orders(booking_id: UUID, actor_id: UUID, reason: str) -> None:
    """``booking.cancelled``: the booking's order is cancelled too, unless completed."""
    cancelled = await (
        Order.update({Order.status: OrderStatus.CANCELLED, Order.revision: Order.revision + 1})
        .where((Order.booking == booking_id) & (Order.status != OrderStatus.COMPLETED))
        .returning(Order.id)
    )
    for order in cancelled:
        await OrderEvent.insert(
            OrderEvent(
                order=order["id"], to_status=OrderStatus.CANCELLED, actor=actor_id, reason=reason
            )
        )


async def order_stage(booking_id: UUID) -> str | None:
    """Question ``order.stage``: the status of the booking's order; None without one."""
    order = await Order.select(Order.status).where(Order.booking == booking_id).first()
    return None if order is None else str(order["status"])


async def follow_up_of(order_id: UUID, customer_id: UUID) -> dict[str, Any] | None:
    """Question ``order.follow_up``: the status and assignee of the customer's order that a
    repeat visit names; None when it is not theirs or does not exist."""
    row: dict[str, Any] | None = await (
        Order.select(Order.status, Order.assignee)
        .where((Order.id == order_id) & (Order.booking.customer == customer_id))
        .first()
    )
    return row


subscribe("booking.confirmed", open_order)
subscribe("booking.changed", follow_booking)
subscribe("booking.rescheduled", move_orders)
subscribe("booking.cancelled", cancel_orders)
subscribe("order.stage", order_stage)
subscribe("order.follow_up", follow_up_of)
