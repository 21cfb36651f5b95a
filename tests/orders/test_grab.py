"""Online grab: eligibility by the active policy, and exactly one winner under contention."""

from __future__ import annotations

import asyncio
import time
from uuid import UUID

import pytest

from dispatchhub.config import Settings
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.errors import DomainError
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.grab import grab_order
from dispatchhub.orders.tables import Order, OrderEvent
from tests.fixtures.dispatch import TASK_POINT
from tests.fixtures.orders import OrdersWorld

GRABBERS = 50
RUNS = 100
# 0.01° of latitude is about 1.1 km: 0.2° puts a staff member some 22 km away.
FAR = (TASK_POINT[0] + 0.2, TASK_POINT[1])


async def _grab(world: OrdersWorld, order_id: UUID, staff_id: UUID) -> OrdersErrorCode | None:
    try:
        await grab_order(world.functions, world.zone, order_id, staff_id)
    except DomainError as error:
        code = error.errors[0].code
        assert isinstance(code, OrdersErrorCode)
        return code
    return None


async def test_fifty_concurrent_grabs_have_exactly_one_winner_every_time(
    orders_world: OrdersWorld, database: Settings, capsys: pytest.CaptureFixture[str]
) -> None:

    # given 50 eligible staff and one order, put back in the pool after every run
    staff = [await orders_world.staff() for _ in range(GRABBERS)]
    order_id = await orders_world.open_order()
    started = time.perf_counter()
    winners: list[UUID] = []
    for _ in range(RUNS):
        # when all of them grab it at once
        results = await asyncio.gather(*(_grab(orders_world, order_id, s) for s in staff))
        # then exactly one wins and every other one is told it is taken
        won = [s for s, r in zip(staff, results, strict=True) if r is None]
        assert len(won) == 1, results
        assert [r for r in results if r is not None] == [OrdersErrorCode.ALREADY_TAKEN] * (
            GRABBERS - 1
        )
        row = await Order.select(Order.status, Order.assignee).where(Order.id == order_id).first()
        assert row == {"status": "ASSIGNED", "assignee": won[0]}
        winners.append(won[0])
        await orders_world.set_status(order_id, "OPEN", None)
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(f"\n{database.database_kind}: {RUNS} runs x {GRABBERS} grabs: {elapsed:.1f} s")
    grabs = await AssignmentDecision.count().where(
        (AssignmentDecision.kind == "GRAB") & (AssignmentDecision.outcome == "ASSIGNED")
    )
    assert grabs == RUNS
    events = await OrderEvent.count().where(
        (OrderEvent.order == order_id) & (OrderEvent.to_status == "ASSIGNED")
    )
    assert events == RUNS


async def test_an_ineligible_grab_is_refused_with_the_policy_reasons(
    orders_world: OrdersWorld,
) -> None:
    far = await orders_world.staff(FAR)
    unskilled = await orders_world.staff(skills={"plumbing": 5})
    order_id = await orders_world.open_order()

    with pytest.raises(DomainError) as refused:
        await grab_order(orders_world.functions, orders_world.zone, order_id, far)
    [error] = refused.value.errors
    assert error.code is OrdersErrorCode.NOT_ELIGIBLE
    assert "km away" in error.message("en")
    assert await _grab(orders_world, order_id, unskilled) is OrdersErrorCode.NOT_ELIGIBLE

    row = await Order.select(Order.status).where(Order.id == order_id).first()
    assert row == {"status": "OPEN"}
    refusals = (
        await AssignmentDecision.select(AssignmentDecision.outcome, AssignmentDecision.candidates)
        .where(AssignmentDecision.order == order_id)
        .output(load_json=True)
    )
    assert sorted(r["outcome"] for r in refusals) == ["REFUSED", "REFUSED"]
    assert {r["candidates"][0]["failed"] for r in refusals} == {"near", "skilled"}


async def test_staff_without_a_profile_and_unknown_orders_are_refused(
    orders_world: OrdersWorld,
) -> None:
    order_id = await orders_world.open_order()
    nobody = orders_world.world.customer  # a user without a staff profile
    assert nobody is not None
    assert await _grab(orders_world, order_id, nobody) is OrdersErrorCode.NOT_ELIGIBLE
    assert await _grab(orders_world, UUID(int=8), nobody) is OrdersErrorCode.NOT_FOUND


async def test_an_assigned_order_cannot_be_grabbed(orders_world: OrdersWorld) -> None:
    first, second = await orders_world.staff(), await orders_world.staff()
    order_id = await orders_world.open_order()
    assert await _grab(orders_world, order_id, first) is None
    assert await _grab(orders_world, order_id, second) is OrdersErrorCode.ALREADY_TAKEN
