"""Fault: one of two app processes is SIGKILLed under a steady load of bookings, grabs and
status updates; and 50 staff grabbing one order, round after round, over HTTP.

Real processes: two uvicorn app processes on PostgreSQL, a redis-server of the test's own and
a Celery worker (the outbox: bookings' dispatch rows). The load (:mod:`tests.faults.load`)
spreads its requests over both processes; the checker (:mod:`tests.faults.checker`): no
acknowledged write lost, nothing applied twice, clients of the killed process got a clear
error at once (a refused or dropped connection, never a hang), the other kept answering, the
outbox drained within 30 s.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from dispatchhub.orders.tables import Order
from tests.faults.checker import check, outbox_drained
from tests.faults.conftest import FaultDatabase
from tests.faults.figures import report
from tests.faults.load import CLIENT_TIMEOUT, ORDER_GRAB, LoadDriver, global_id
from tests.faults.stack import Stack, running_stack
from tests.fixtures.services import RedisProcess

LOAD_SECONDS = 12
KILL_AFTER = 4
GRABBERS = 50
ROUNDS = 20


@pytest.fixture
async def stack(
    fault_database: FaultDatabase, private_redis: RedisProcess, tmp_path: Path
) -> AsyncIterator[Stack]:
    async with running_stack(fault_database, private_redis, tmp_path, crowd=GRABBERS) as started:
        yield started


async def test_an_app_process_killed_under_load_loses_and_doubles_nothing(stack: Stack) -> None:
    """(Then, on the surviving process, the grab race: one stack for both, to save time.)"""
    # a load on both processes: bookings, grabs from the pool, status updates
    async with LoadDriver(stack.world, stack.ports) as load:
        await asyncio.sleep(KILL_AFTER)
        stack.apps[0].kill()
        killed_at = time.monotonic()
        await asyncio.sleep(LOAD_SECONDS - KILL_AFTER)
        history = await load.stop()
    # the load is the fault's end: its last rows (dispatch, notices) drained within 30 s
    recovery = await outbox_drained(time.monotonic())
    verdict = await check(history)
    after_kill = [op for op in history.ops if op.at > killed_at]
    report(
        f"FAULT app process SIGKILL (1 of 2) under load: {verdict.figures()} "
        f"bookings_ok={history.count(kind='booking', outcome='ok')} "
        f"grabs_won={history.count(kind='grab', outcome='ok')} "
        f"status_ok={history.count(kind='status', outcome='ok')} "
        f"recovery_seconds={recovery:.1f}"
    )
    verdict.assert_sound()
    assert history.count(kind="booking", outcome="ok") > 0
    assert history.count(kind="grab", outcome="ok") > 0
    assert history.count(kind="status", outcome="ok") > 0
    assert any(op.detail.startswith("connection:") for op in after_kill)
    assert any(op.outcome == "ok" for op in after_kill), "the other process kept answering"
    assert max(op.seconds for op in history.ops) < CLIENT_TIMEOUT
    assert recovery < 30

    exact = await grab_race(stack, stack.ports[1])
    report(
        f"GRAB RACE over HTTP (surviving process): {GRABBERS} staff x {ROUNDS} rounds: "
        f"exactly one winner in {exact}/{ROUNDS}"
    )
    assert exact == ROUNDS


async def grab_race(stack: Stack, port: int) -> int:
    """50 staff grab one order at once, ROUNDS times (the order put back in the pool after
    each): the rounds with exactly one winner, every other grab told ALREADY_TAKEN."""
    load = LoadDriver(stack.world, [port])
    await load.open(GRABBERS * 2)
    customer = stack.world.customers[0]
    await load.book(customer, stack.world.other_type)  # anyone's order
    [booked] = [op for op in load.history.ops if op.outcome == "ok"]
    order = await Order.select(Order.id).where(Order.booking == booked.result).first()
    assert order is not None
    order_id = order["id"]
    await outbox_drained(time.monotonic())  # its dispatch ran: nothing moves it but grabs
    # fresh connections: a kept-alive one idle past the server's keep-alive (5 s) may be
    # closed by it just as the client reuses it (a race of HTTP/1.1, not a grab's answer)
    await load.stop()
    await load.open(GRABBERS * 2)
    exact = 0
    try:
        for _ in range(ROUNDS):
            await Order.update({Order.status: "OPEN", Order.assignee: None}).where(
                Order.id == order_id
            )
            load.history.ops.clear()
            await asyncio.gather(*(
                load.post("grab", s, ORDER_GRAB, {"id": global_id("Order", order_id)},
                          order=order_id)
                for s in stack.world.crowd
            ))  # fmt: skip
            ops = load.history.ops
            won = [op for op in ops if op.outcome == "ok"]
            refused = {op.detail for op in ops if op.outcome != "ok"}
            row = await Order.select(Order.assignee).where(Order.id == order_id).first()
            assert len(won) == 1, [(op.outcome, op.detail) for op in ops]
            assert refused == {"ALREADY_TAKEN"}, refused
            assert row == {"assignee": won[0].actor}
            exact += 1
    finally:
        await load.stop()
    return exact
