"""Offers: a staff member accepts or rejects an order pushed or broadcast to them."""

from __future__ import annotations

from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub import db
from dispatchhub.dispatch.stats import stats_changed
from dispatchhub.errors import DomainError
from dispatchhub.orders.deadlines import promise_arrival
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.service import add_event, assign_to, now, withdraw_offers
from dispatchhub.orders.statuses import OrderChangeKind, OrderStatus
from dispatchhub.orders.tables import Offer, Order
from dispatchhub.orders.timeouts import DEFAULT_WINDOW, redispatch

__all__ = ["accept_offer", "reject_offer"]


async def _pending_offer(order_id: UUID, staff_id: UUID) -> dict[str, Any]:
    offer = await (
        Offer.select()
        .where((Offer.order == order_id) & (Offer.staff == staff_id))
        .order_by(Offer.created_at, ascending=False)
        .first()
    )
    if offer is None:
        raise DomainError(OrdersErrorCode.NOT_OFFERED, "id")
    if offer["status"] == "EXPIRED" or (
        offer["status"] == "PENDING" and offer["deadline"] <= now()
    ):
        raise DomainError(OrdersErrorCode.OFFER_EXPIRED, "id")
    if offer["status"] == "WITHDRAWN":
        # A broadcast someone else accepted first: what the staff member needs to hear.
        raise DomainError(OrdersErrorCode.ALREADY_TAKEN, "id")
    if offer["status"] != "PENDING":
        raise DomainError(OrdersErrorCode.NOT_OFFERED, "id")
    return offer


async def _answer(offer: dict[str, Any], status: str, reason: str = "") -> None:
    """Move the offer from PENDING, conditionally: a time-out may have just expired it."""
    answered = await (
        Offer.update({Offer.status: status, Offer.answered_at: now(), Offer.reason: reason})
        .where((Offer.id == offer["id"]) & (Offer.status == "PENDING"))
        .returning(Offer.id)
    )
    if not answered:
        raise DomainError(OrdersErrorCode.OFFER_EXPIRED, "id")


async def accept_offer(order_id: UUID, staff_id: UUID) -> UUID:
    """Accept an offer before its deadline: the order is assigned to ``staff_id``.

    With a broadcast, the first to accept gets the order (a conditional update from
    OFFERED); the others' offers are withdrawn.

    Raises:
        DomainError: ``NOT_OFFERED``, ``OFFER_EXPIRED`` or ``ALREADY_TAKEN``.
    """
    offer = await _pending_offer(order_id, staff_id)
    async with db.write():
        # the order row first, in every writer: concurrent accepts then queue on one lock
        # instead of each holding its own offer and waiting for the other's (a deadlock)
        at = now()
        won = await assign_to(order_id, staff_id, Order.status == OrderStatus.OFFERED, at=at)
        if not won:
            raise DomainError(OrdersErrorCode.ALREADY_TAKEN, "id")
        await _answer(offer, "ACCEPTED")
        await stats_changed(staff_id)
        await promise_arrival(order_id, staff_id, at)
        await withdraw_offers(order_id, keep=staff_id)
        await add_event(
            order_id, OrderStatus.OFFERED, OrderStatus.ASSIGNED, staff_id, "offer accepted"
        )
    return order_id


async def reject_offer(
    order_id: UUID, staff_id: UUID, reason: str, *, zone: ZoneInfo | None = None
) -> UUID:
    """Reject an offer before its deadline, with a reason.

    When no other offer of the order is still pending, the order goes to the next candidate
    of its automatic decision, or back to the grab pool when none is left; with ``zone``
    (the business time zone) that candidate is also told in-app and by SMS.

    Raises:
        DomainError: ``REASON_REQUIRED``, ``NOT_OFFERED`` or ``OFFER_EXPIRED``.
    """
    if not reason.strip():
        raise DomainError(OrdersErrorCode.REASON_REQUIRED, "reason")
    offer = await _pending_offer(order_id, staff_id)
    async with db.write():
        # lock the order row before the offer, as accept, grab and overrides do
        await Order.update({Order.updated_at: now()}).where(Order.id == order_id)
        await _answer(offer, "REJECTED", reason.strip())
        await stats_changed(staff_id)
        # the offer's answer is part of the order's history even though its state stays
        await add_event(order_id, OrderStatus.OFFERED, OrderStatus.OFFERED, staff_id,
                        reason.strip(),
                        data={"offerId": str(offer["id"]), "answer": "REJECTED"},
                        kind=OrderChangeKind.OFFER_REJECTED)  # fmt: skip
        still_pending = await Offer.exists().where(
            (Offer.order == order_id) & (Offer.status == "PENDING")
        )
        if not still_pending:
            # the next candidate of the AUTO decision, or the pool when none is left
            await redispatch(order_id, DEFAULT_WINDOW, zone=zone)
    return order_id
