"""Offer deadlines: an offer nobody answered in time expires and the order moves on.

Whoever creates an offer enqueues :data:`OFFER_EXPIRED` in the same transaction with
``delay`` = the accept window (:func:`schedule_expiry`). The outbox runs :func:`expire_offer`
at the deadline — in the Celery worker with Redis, in the app otherwise. If the offer is
still PENDING it becomes EXPIRED; once no offer of the order is pending any more, the order
goes to the next candidate of its latest automatic decision who has not had an offer yet,
or back to the grab pool when the list is used up. Every step is a conditional update, so a
late accept, a duplicate run or a concurrent re-dispatch cannot offer the order twice.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub import db
from dispatchhub.dispatch.decisions import DecisionKind
from dispatchhub.dispatch.stats import stats_changed
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.orders import live
from dispatchhub.orders.notices import order_params, tell_staff
from dispatchhub.orders.service import add_event
from dispatchhub.orders.statuses import OrderStatus
from dispatchhub.orders.tables import Offer, Order
from dispatchhub.outbox.handlers import register_task
from dispatchhub.outbox.service import enqueue, now

if TYPE_CHECKING:
    from dispatchhub.runtime import Runtime

__all__ = ["OFFER_EXPIRED", "expire_offer", "next_candidate", "redispatch", "schedule_expiry"]

OFFER_EXPIRED = "orders.offer_expired"
DEFAULT_WINDOW = timedelta(minutes=5)


async def schedule_expiry(offer_id: UUID, window: timedelta) -> UUID:
    """Enqueue the offer's expiry, in the caller's transaction; returns the outbox row id.

    Args:
        offer_id: the offer just created.
        window: how long the staff member has to answer (the deadline minus now).
    """
    return await enqueue(OFFER_EXPIRED, {"offerId": str(offer_id)}, delay=window)


async def expire_offer(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Outbox handler of :data:`OFFER_EXPIRED` (``payload = {"offerId": …}``).

    Runs in the worker (Redis) or the app's relay; a no-op when the offer was answered,
    withdrawn or already expired, so a redelivered message changes nothing.
    """
    offer_order = await Offer.select(Offer.order).where(Offer.id == payload["offerId"]).first()
    if offer_order is None:
        return
    async with db.write():
        # Lock the order row before the offer, in the order accept, reject, grab and
        # overrides take them, so an expiry racing an accept cannot deadlock on PostgreSQL.
        await Order.update({Order.updated_at: now()}).where(Order.id == offer_order["order"])
        expired = await (
            Offer.update(
                {Offer.status: "EXPIRED", Offer.answered_at: now(),
                 Offer.reason: "到期未应答 / no answer before the deadline"}
            )
            .where((Offer.id == payload["offerId"]) & (Offer.status == "PENDING"))
            .returning(Offer.order, Offer.staff, Offer.deadline, Offer.created_at)
        )  # fmt: skip
        if not expired:
            return
        offer = expired[0]
        await stats_changed(offer["staff"])
        order_id = UUID(str(offer["order"]))
        pending = await Offer.count().where((Offer.order == order_id) & (Offer.status == "PENDING"))
        if pending:
            return  # a broadcast: someone else may still accept
        window = offer["deadline"] - offer["created_at"]
        await redispatch(
            order_id,
            window if window > timedelta(0) else DEFAULT_WINDOW,
            zone=runtime.settings.zone,
        )


def next_candidate(candidates: Sequence[Mapping[str, Any]], offered: set[str]) -> str | None:
    """The best-scored eligible candidate of a recorded decision not offered the order yet.

    Args:
        candidates: ``AssignmentDecision.candidates`` (see
            :func:`dispatchhub.dispatch.snapshot.candidate_entry`).
        offered: staff ids that already had an offer for the order.
    """
    ranked = sorted(
        (c for c in candidates if c.get("eligible")),
        key=lambda c: -(c.get("score") or 0.0),
    )
    for candidate in ranked:
        staff_id = str(candidate["staff"]["id"])
        if staff_id not in offered:
            return staff_id
    return None


async def redispatch(order_id: UUID, window: timedelta, *, zone: ZoneInfo | None = None) -> None:
    """Offer an OFFERED order whose offers all lapsed or were rejected to the next candidate
    of its latest AUTO decision, or put it back in the grab pool when none is left.

    Runs inside the caller's transaction; a no-op when the order is no longer OFFERED.

    Args:
        order_id: the order.
        window: the new offer's accept window.
        zone: the business time zone; with it the next candidate is also told by in-app
            message and SMS (their profile's channels), not only by the live subscription.
    """
    order = await Order.select(Order.status, Order.revision, Order.urgency).where(
        Order.id == order_id
    ).first()  # fmt: skip
    if order is None or order["status"] != OrderStatus.OFFERED:
        return
    decision = await (
        AssignmentDecision.select(AssignmentDecision.candidates)
        .where(
            (AssignmentDecision.order == order_id) & (AssignmentDecision.kind == DecisionKind.AUTO)
        )
        .order_by(AssignmentDecision.created_at, ascending=False)
        .first()
    )
    offered = {
        str(r["staff"]) for r in await Offer.select(Offer.staff).where(Offer.order == order_id)
    }
    candidates = _candidates(decision["candidates"]) if decision else []
    staff_id = next_candidate(candidates, offered)
    to_status = OrderStatus.OFFERED if staff_id else OrderStatus.OPEN
    at = now()
    moved = await (
        Order.update(
            {Order.status: to_status, Order.revision: Order.revision + 1, Order.updated_at: at}
        )
        .where((Order.id == order_id) & (Order.revision == order["revision"]))
        .returning(Order.id)
    )
    if not moved:
        return  # someone else changed the order meanwhile; their change stands
    if staff_id is None:
        reason = "没有其他候选人,进入抢单池 / no candidate left: back to the pool"
        await add_event(order_id, OrderStatus.OFFERED, OrderStatus.OPEN, None, reason)
        live.publish_grabbable(order_id, {"urgency": order["urgency"]})
        return
    deadline = at + window
    offer = Offer(order=order_id, staff=staff_id, mode="PUSH", status="PENDING", deadline=deadline)
    await offer.save()
    await schedule_expiry(UUID(str(offer.id)), window)
    await add_event(
        order_id, OrderStatus.OFFERED, OrderStatus.OFFERED, None,
        "上一派单未被接受,改派下一候选人 / previous offer not taken: next candidate",
        data={"offerId": str(offer.id), "staffId": staff_id},
    )  # fmt: skip
    live.publish_offer(
        order_id, staff_id,
        {"offerId": str(offer.id), "deadline": deadline.isoformat(), "mode": "PUSH",
         "urgency": order["urgency"]},
    )  # fmt: skip
    if zone is not None:
        params = await order_params(order_id, zone)
        await tell_staff(
            [UUID(staff_id)], "order_new", {**params, "how": "派给您 / offered to you"}, zone=zone
        )


def _candidates(raw: Any) -> list[Mapping[str, Any]]:
    value = json.loads(raw) if isinstance(raw, str) else raw
    return list(value or [])


register_task("orders.offer_expired", expire_offer)
