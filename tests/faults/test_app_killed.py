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
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dispatchhub import db
from dispatchhub.orders.tables import Order
from tests.faults.checker import check, outbox_drained
from tests.faults.conftest import FaultDatabase, empty_tables
from tests.faults.figures import report
from tests.faults.load import (
    CLIENT_TIMEOUT,
    ORDER_GRAB,
    LoadDriver,
    LoadWorld,
    build_world,
    global_id,
)
from tests.fixtures.database import TEST_SECRET
from tests.fixtures.services import REPO, RedisProcess, WorkerProcess, free_port, start_worker

LOAD_SECONDS = 12
KILL_AFTER = 4
GRABBERS = 50
ROUNDS = 20


def start_app(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "dispatchhub.asgi:app", "--host", "127.0.0.1",
             "--port", str(port), "--log-level", "warning"],
            cwd=REPO, env={**os.environ, **env}, stdout=handle, stderr=subprocess.STDOUT,
        )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            break
        time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"app did not start:\n{log.read_text(errors='replace')[-3000:]}")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


class Stack:
    """Two app processes and a worker on the fault database, with the load's world."""

    def __init__(
        self, world: LoadWorld, apps: list[subprocess.Popen[bytes]], ports: list[int],
        worker: WorkerProcess,
    ) -> None:  # fmt: skip
        self.world, self.apps, self.ports, self.worker = world, apps, ports, worker


@pytest.fixture
async def stack(
    fault_database: FaultDatabase, private_redis: RedisProcess, tmp_path: Path
) -> Iterator[Stack]:
    queue = f"dh-killed-{os.getpid()}"
    settings = fault_database.settings(redis_url=private_redis.url, celery_queue=queue)
    db.configure(settings)
    await empty_tables()
    world = await build_world(settings, crowd=GRABBERS)
    env = {
        "DISPATCHHUB_DATABASE_URL": fault_database.url, "DISPATCHHUB_SECRET_KEY": TEST_SECRET,
        "DISPATCHHUB_REDIS_URL": private_redis.url, "DISPATCHHUB_CELERY_QUEUE": queue,
        "DISPATCHHUB_LOAD_PLUGINS": "", "DISPATCHHUB_REOPTIMISE_SECONDS": "0",
        "DISPATCHHUB_ROLLUP_REFRESH_SECONDS": "0",
    }  # fmt: skip
    worker = start_worker(env, tmp_path / "worker.log")
    ports = [free_port(), free_port()]
    apps: list[subprocess.Popen[bytes]] = []
    try:
        for port in ports:
            apps.append(start_app(env, port, tmp_path / f"app-{port}.log"))
        yield Stack(world, apps, ports, worker)
    finally:
        for process in apps:
            stop(process)
        worker.stop()


async def test_an_app_process_killed_under_load_loses_and_doubles_nothing(stack: Stack) -> None:
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


async def test_fifty_staff_grabbing_one_order_have_exactly_one_winner_every_round(
    stack: Stack,
) -> None:
    load = LoadDriver(stack.world, stack.ports)
    async with load:  # the driver's clients only: stop its loops at once, keep its post()
        await load.stop()
    load.history.ops.clear()
    load._client = httpx.AsyncClient(  # noqa: SLF001 - reused for the rounds
        timeout=CLIENT_TIMEOUT, limits=httpx.Limits(max_connections=GRABBERS * 2)
    )
    customer = stack.world.customers[0]
    await load.book(customer, stack.world.other_type)  # anyone's order
    [booked] = [op for op in load.history.ops if op.outcome == "ok"]
    order = await Order.select(Order.id).where(Order.booking == booked.result).first()
    assert order is not None
    order_id = order["id"]
    await outbox_drained(time.monotonic())  # its dispatch ran: nothing moves it but grabs
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
        await load._client.aclose()  # noqa: SLF001
    report(f"FAULT-FREE grab race over HTTP: {GRABBERS} staff x {ROUNDS} rounds: "
           f"exactly one winner in {exact}/{ROUNDS}")  # fmt: skip
