"""Periodic re-optimisation: an unanswered offer moves to a much better-placed staff member;
an answered one never moves; one pass at a time is queued."""

from __future__ import annotations

from uuid import UUID

from dispatchhub.dispatch.policies import publish_version, save_version
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


SKILLED_POLICY = """
policy repair priority 10
  applies when task.type in ["hvac"]
  require skilled  : staff.skill(task.type) >= 3             reason "技能不足 skill below 3"
  require capacity : staff.active_orders < staff.max_orders  reason "已满 full"
  require near     : distance(staff, task) <= 10 km          reason "{distance(staff, task)} away"
  prefer skill weight 5 : scale(staff.skill(task.type), worst 0, best 5)
  prefer close weight 1 : scale(distance(staff, task), best 0 km, worst 10 km)
  mode push accept within 5 min, then pool
  if none: escalate "repair-desk"
default policy anyone
  require capacity : staff.active_orders < staff.max_orders
"""


async def _publish(world: OrdersWorld, source: str) -> None:
    saved = await save_version("main", source, functions=world.functions)
    await publish_version(saved.version.policy_id, saved.version.version, functions=world.functions)


async def test_a_nearer_but_lower_scored_staff_member_never_takes_the_offer(
    orders_world: OrdersWorld,
) -> None:
    # given a policy that weighs skill far above travel, and its winner: a level-5 4.4 km away
    await _publish(orders_world, SKILLED_POLICY)
    master = await orders_world.staff(FARTHER, skills={"hvac": 5})
    order_id = await orders_world.open_order()
    assert await dispatch_order(orders_world.functions, orders_world.zone, order_id) == "OFFERED"
    # and then a level-3 comes on 1.1 km away: 3.3 km less travel, 1.67 points less score
    await orders_world.staff(NEAR, skills={"hvac": 3})

    # when the pass runs
    moved = await reoptimise_offers(orders_world.functions, orders_world.zone, switch_km=1.0)

    # then the offer stays where the policy put it
    assert moved == []
    assert await _offers(order_id) == [(master, "PENDING")]


async def test_a_better_scored_staff_member_takes_the_offer_even_when_farther(
    orders_world: OrdersWorld,
) -> None:
    # given the same policy, an offer to the only level-3 there was, 1.1 km away
    await _publish(orders_world, SKILLED_POLICY)
    first = await orders_world.staff(NEAR, skills={"hvac": 3})
    order_id = await orders_world.open_order()
    assert await dispatch_order(orders_world.functions, orders_world.zone, order_id) == "OFFERED"
    # and then a level-5 comes on 4.4 km away: 2 points more skill, 0.33 less closeness
    master = await orders_world.staff(FARTHER, skills={"hvac": 5})

    # when
    moved = await reoptimise_offers(orders_world.functions, orders_world.zone, switch_km=1.0)

    # then the policy's score decides, not the travel
    assert [(m.from_staff, m.to_staff) for m in moved] == [(str(first), str(master))]
    assert await _offers(order_id) == [(first, "WITHDRAWN"), (master, "PENDING")]
