"""Offer deadlines: an unanswered offer expires and the order goes to the next candidate."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from typing import Any
from uuid import UUID, uuid4

from starlette.applications import Starlette

from dispatchhub import db
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.notifications.tables import Notification
from dispatchhub.orders import live
from dispatchhub.orders.tables import Offer, Order, OrderEvent
from dispatchhub.orders.timeouts import expire_offer, next_candidate, schedule_expiry
from dispatchhub.outbox.service import now
from dispatchhub.runtime import Runtime
from tests.fixtures.dispatch import TASK_POINT, DispatchWorld
from tests.fixtures.services import WorkerProcess


def entry(staff_id: UUID, *, score: float | None, eligible: bool = True) -> dict[str, Any]:
    """A recorded candidate, as the dispatcher stores it (only the parts read here)."""
    return {"staff": {"id": str(staff_id)}, "eligible": eligible, "failed": None,
            "reason": None, "values": {}, "score": score, "terms": []}  # fmt: skip


async def offered_order(
    world: DispatchWorld, candidates: list[dict[str, Any]], first: list[UUID], window: timedelta
) -> tuple[UUID, list[UUID], list[UUID]]:
    """An OFFERED order with its decision and PENDING offers to ``first``, expiring after
    ``window``; returns the order, the offers and their expiry outbox rows."""
    order_id = await world.order(status="OFFERED")
    await AssignmentDecision(
        id=uuid4(), order=order_id, kind="AUTO", outcome="OFFERED", chosen=first[0],
        candidates=candidates,
    ).save()  # fmt: skip
    offers, expiries = [], []
    async with db.write():
        for staff_id in first:
            offer = Offer(order=order_id, staff=staff_id, mode="PUSH", status="PENDING",
                          deadline=now() + window)  # fmt: skip
            await offer.save()
            offers.append(UUID(str(offer.id)))
            expiries.append(await schedule_expiry(offers[-1], window))
    return order_id, offers, expiries


async def offers_of(order_id: UUID) -> list[tuple[str, str]]:
    rows = await (
        Offer.select(Offer.staff, Offer.status)
        .where(Offer.order == order_id)
        .order_by(Offer.created_at)
    )
    return [(str(r["staff"]), r["status"]) for r in rows]


async def wait_until(check: Any, timeout: float = 20.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (found := await check()):
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)
    return found


def test_next_candidate_is_the_best_eligible_one_not_offered_yet() -> None:
    a, b, c, d = uuid4(), uuid4(), uuid4(), uuid4()
    candidates = [entry(a, score=0.9), entry(b, score=0.7), entry(c, score=0.95, eligible=False),
                  entry(d, score=0.8)]  # fmt: skip
    assert next_candidate(candidates, {str(a)}) == str(d)
    assert next_candidate(candidates, {str(a), str(d)}) == str(b)
    assert next_candidate(candidates, {str(a), str(b), str(d)}) is None


async def test_a_timed_out_offer_goes_to_the_next_candidate_through_the_outbox(
    app: Starlette,
    dispatch_world: DispatchWorld,
    celery_worker: WorkerProcess | None,
) -> None:
    # given an order offered to the best of three candidates, with a one-second window
    best, second, third = [await dispatch_world.staff(n, TASK_POINT) for n in ("甲", "乙", "丙")]
    candidates = [entry(third, score=0.2), entry(best, score=0.9), entry(second, score=0.6)]
    async with live.listen() as heard:
        order_id, [first_offer], [expiry] = await offered_order(
            dispatch_world, candidates, [best], timedelta(seconds=1)
        )
        # when nobody answers: the relay hands the due row to the worker (Redis leg) or runs
        # it in the app (embedded leg)
        offers = await wait_until(lambda: _when(offers_of(order_id), lambda o: len(o) == 2))
        offer_message = await asyncio.wait_for(_next_of(heard, "OFFER"), 10)
    # then
    assert offers == [(str(best), "EXPIRED"), (str(second), "PENDING")]
    if celery_worker is not None:
        celery_worker.wait_for(f"[{expiry}] succeeded")
    order = await Order.select(Order.status).where(Order.id == order_id).first()
    assert order == {"status": "OFFERED"}
    new_offer = await (
        Offer.select(Offer.id, Offer.deadline, Offer.created_at)
        .where((Offer.order == order_id) & (Offer.staff == second))
        .first()
    )
    assert new_offer is not None
    # the next candidate gets the same window, and a deadline of their own
    window = new_offer["deadline"] - new_offer["created_at"]
    assert timedelta(seconds=0.9) < window < timedelta(seconds=1.5)
    assert offer_message.audience == (str(second),)
    assert offer_message.payload["offerId"] == str(new_offer["id"])
    assert first_offer != new_offer["id"]
    events = await OrderEvent.select(OrderEvent.to_status).where(OrderEvent.order == order_id)
    assert events == [{"to_status": "OFFERED"}]
    # the next candidate is told in the app too, not only if they happen to be subscribed
    told = await Notification.select(Notification.recipient, Notification.template).where(
        Notification.channel == "INAPP"
    )
    assert told == [{"recipient": second, "template": "order_new"}]


async def test_when_the_list_is_used_up_the_order_goes_back_to_the_pool(
    runtime: Runtime, dispatch_world: DispatchWorld
) -> None:
    only = await dispatch_world.staff("甲", TASK_POINT)
    order_id, [offer], _ = await offered_order(
        dispatch_world, [entry(only, score=0.5)], [only], timedelta(minutes=5)
    )
    async with live.listen() as heard:
        await expire_offer(runtime, {"offerId": str(offer)})
        grabbable = await asyncio.wait_for(_next_of(heard, "GRABBABLE"), 10)
    assert await offers_of(order_id) == [(str(only), "EXPIRED")]
    assert await Order.select(Order.status).where(Order.id == order_id).first() == {
        "status": "OPEN"
    }
    assert grabbable.subject == str(order_id)
    assert grabbable.audience is None
    assert grabbable.payload == {"urgency": "NORMAL"}


async def test_an_answered_offer_does_not_expire(
    runtime: Runtime, dispatch_world: DispatchWorld
) -> None:
    first, second = (
        await dispatch_world.staff("甲", TASK_POINT),
        await dispatch_world.staff("乙", TASK_POINT),
    )
    order_id, [offer], _ = await offered_order(
        dispatch_world, [entry(first, score=0.9), entry(second, score=0.5)], [first],
        timedelta(minutes=5),
    )  # fmt: skip
    await Offer.update({Offer.status: "ACCEPTED"}).where(Offer.id == offer)
    await Order.update({Order.status: "ASSIGNED", Order.assignee: first}).where(
        Order.id == order_id
    )
    # when the deadline's message runs anyway (twice: a redelivery)
    await expire_offer(runtime, {"offerId": str(offer)})
    await expire_offer(runtime, {"offerId": str(offer)})
    # then nothing moved
    assert await offers_of(order_id) == [(str(first), "ACCEPTED")]
    assert await Order.select(Order.status).where(Order.id == order_id).first() == {
        "status": "ASSIGNED"
    }


async def test_a_broadcast_moves_on_only_when_every_offer_lapsed(
    runtime: Runtime, dispatch_world: DispatchWorld
) -> None:
    a, b, c = [await dispatch_world.staff(n, TASK_POINT) for n in ("甲", "乙", "丙")]
    order_id, [offer_a, offer_b], _ = await offered_order(
        dispatch_world, [entry(a, score=0.9), entry(b, score=0.8), entry(c, score=0.1)], [a, b],
        timedelta(minutes=2),
    )  # fmt: skip
    await expire_offer(runtime, {"offerId": str(offer_a)})
    assert await offers_of(order_id) == [(str(a), "EXPIRED"), (str(b), "PENDING")]
    await expire_offer(runtime, {"offerId": str(offer_b)})
    assert sorted(await offers_of(order_id)) == sorted(
        [(str(a), "EXPIRED"), (str(b), "EXPIRED"), (str(c), "PENDING")]
    )


async def _when(rows: Any, condition: Any) -> Any:
    found = await rows
    return found if condition(found) else None


async def _next_of(queue: asyncio.Queue[live.LiveMessage], kind: str) -> live.LiveMessage:
    while True:
        message = await queue.get()
        if message.kind == kind:
            return message
