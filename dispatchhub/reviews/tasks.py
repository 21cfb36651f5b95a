"""The review invitation: when an order completes, ask its customer for a review.

Orders sit below reviews: the order execution service enqueues the task
``reviews.invite`` (payload ``{"order_id": …}``) inside the transaction that completes the
order, and :func:`send_review_invitation`, registered here, notifies the customer in-app
and, when they have a phone, by SMS.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from dispatchhub import db
from dispatchhub.notifications.service import notify
from dispatchhub.orders.tables import Order
from dispatchhub.outbox.handlers import register_task
from dispatchhub.reviews.tables import Review
from dispatchhub.users.tables import User

if TYPE_CHECKING:
    from dispatchhub.runtime import Runtime

__all__ = ["INVITE_TASK", "send_review_invitation"]

INVITE_TASK = "reviews.invite"


async def send_review_invitation(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Outbox task: notify the customer of a completed, not yet reviewed order.

    Nothing is sent when the order is gone, not COMPLETED (reopened by an agent) or already
    reviewed, so a retried or late row never nags.
    """
    order_id = UUID(payload["order_id"])
    order = await (
        Order.select(
            Order.number,
            Order.status,
            Order.booking.customer,
            Order.booking.service_snapshot,
        )  # fmt: skip
        .where(Order.id == order_id)
        .output(load_json=True)
        .first()
    )
    if order is None or order["status"] != "COMPLETED":
        return
    if await Review.exists().where(Review.order == order_id):
        return
    customer = await (
        User.select(User.id, User.phone, User.locale)
        .where(User.id == order["booking.customer"])
        .first()
    )
    if customer is None:
        return
    snapshot = order["booking.service_snapshot"]
    zh = customer["locale"].lower().startswith("zh")
    service = snapshot.get("name_zh" if zh else "name_en", "") if isinstance(snapshot, dict) else ""
    days = runtime.settings.review_window_days
    params = {"number": order["number"], "service": service, "days": str(days)}
    async with db.write():
        await notify(
            channel="INAPP", target="", template="review_invitation", params=params,
            locale=customer["locale"], recipient_id=customer["id"],
        )  # fmt: skip
        if customer["phone"]:
            await notify(
                channel="SMS", target=customer["phone"], template="review_invitation",
                params=params, locale=customer["locale"], recipient_id=customer["id"],
            )  # fmt: skip


register_task(INVITE_TASK, send_review_invitation)
