"""Periodic re-optimisation: an unanswered offer moves to a much better-placed staff member;
an answered one never moves; one pass at a time is queued."""

from __future__ import annotations

from uuid import UUID

from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.orders.dispatching import dispatch_order
from dispatchhub.orders.offers import accept_offer
from dispatchhub.orders.reoptimise import reoptimise_offers
from dispatchhub.orders.tables import Offer, Order
from tests.fixtures.dispatch import TASK_POINT
from tests.fixtures.orders import OrdersWorld

NEAR = (TASK_POINT[0] + 0.01, TASK_POINT[1])  # about 1.1 km away
FARTHER = (TASK_POINT[0] + 0.04, TASK_POINT[1])  # about 4.4 km away


async def _offers(order_id: UUID) -> list[tuple[UUID, str]]:
    rows = (
        await Offer.select(Offer.staff, Offer.status)
        .where(Offer.order == order_id)
        .order_by(Offer.created_at)
    )
    return [(r["staff"], r["status"]) for r in rows]


async def _offered_far(world: OrdersWorld) -> tuple[UUID, UUID]:
    """An order pushed to the only staff member there was, 4.4 km away: (order, them)."""
    far = await world.staff(FARTHER)
    order_id = await world.open_order()
    assert await dispatch_order(world.functions, world.zone, order_id) == "OFFERED"
    return order_id, far


async def test_an_unanswered_offer_moves_to_someone_much_nearer(
    orders_world: OrdersWorld,
) -> None:
    # given an offer to a staff member 4.4 km away, and then someone 1.1 km away comes on
    order_id, far = await _offered_far(orders_world)
    near = await orders_world.staff(NEAR)

    # when the pass runs
    moved = await reoptimise_offers(orders_world.functions, orders_world.zone, switch_km=1.0)

    # then the offer moved, with the deadline it had, and the move is explained
    assert [(m.from_staff, m.to_staff) for m in moved] == [(str(far), str(near))]
    assert await _offers(order_id) == [(far, "WITHDRAWN"), (near, "PENDING")]
    deadlines = await Offer.select(Offer.deadline).where(Offer.order == order_id)
    assert len({d["deadline"] for d in deadlines}) == 1
    decision = await AssignmentDecision.select(
        AssignmentDecision.kind, AssignmentDecision.chosen
    ).where(AssignmentDecision.order == order_id).order_by(
        AssignmentDecision.created_at, ascending=False
    ).first()  # fmt: skip
    assert decision == {"kind": "REOPTIMISE", "chosen": near}
    status = await Order.select(Order.status).where(Order.id == order_id).first()
    assert status == {"status": "OFFERED"}


async def test_a_small_gain_or_an_accepted_offer_stays_put(orders_world: OrdersWorld) -> None:
    # given an offer 4.4 km away and someone 3.9 km away: less than the switch threshold
    order_id, far = await _offered_far(orders_world)
    await orders_world.staff((TASK_POINT[0] + 0.035, TASK_POINT[1]))
    assert await reoptimise_offers(orders_world.functions, orders_world.zone,
                                   switch_km=1.0) == []  # fmt: skip

    # when the far one accepts and a much nearer one appears
    await accept_offer(order_id, far)
    await orders_world.staff(NEAR)

    # then nothing moves: the order is theirs
    assert await reoptimise_offers(orders_world.functions, orders_world.zone,
                                   switch_km=1.0) == []  # fmt: skip
    assert await _offers(order_id) == [(far, "ACCEPTED")]
