"""Fault: the worker's database connections are cut for 10 s while rows keep coming.

Real processes: PostgreSQL behind a proxy the test cuts, a redis-server of the test's own, a
Celery worker subprocess. The app side (the relay) keeps its own connection, so messages
reach the worker during the cut and meet a database that is away: they must retry with a
short back-off, not wait for the visibility timeout. The checker: every row done, each
notification sent once with one attempt, the backlog drained within seconds of the cut
ending.
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

from dispatchhub import db
from dispatchhub.notifications.service import notify
from dispatchhub.notifications.tables import Notification
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.runtime import create_runtime
from tests.faults.checker import check, outbox_drained
from tests.faults.conftest import FaultDatabase, empty_tables, through
from tests.faults.figures import report
from tests.faults.load import LoadDriver
from tests.faults.proxy import TcpProxy
from tests.faults.stack import running_stack
from tests.fixtures.database import TEST_SECRET
from tests.fixtures.services import RedisProcess, start_worker

CUT_SECONDS = 10
MESSAGES = 20


async def test_rows_met_by_a_database_cut_run_within_seconds_of_its_end(
    fault_database: FaultDatabase, private_redis: RedisProcess, db_proxy: TcpProxy, tmp_path: Path
) -> None:
    queue = f"dh-cut-{os.getpid()}"
    settings = fault_database.settings(redis_url=private_redis.url, celery_queue=queue)
    db.configure(settings)
    await empty_tables()
    env = {
        "DISPATCHHUB_DATABASE_URL": through(fault_database.url, db_proxy),
        "DISPATCHHUB_REDIS_URL": private_redis.url, "DISPATCHHUB_CELERY_QUEUE": queue,
        "DISPATCHHUB_SECRET_KEY": TEST_SECRET, "DISPATCHHUB_LOAD_PLUGINS": "",
        "DISPATCHHUB_DB_COMMAND_TIMEOUT": "2",
    }  # fmt: skip
    worker = start_worker(env, tmp_path / "worker.log")
    runtime = create_runtime(settings, plugins=create_plugin_manager(load_entrypoints=False))
    relay = runtime.start_relay()
    try:
        db_proxy.cut()
        cut_at = time.monotonic()
        ids = []
        while time.monotonic() - cut_at < CUT_SECONDS:  # a steady trickle during the cut
            async with db.write():
                ids.append(str(await notify(
                    channel="SMS", target=f"+86137{len(ids):08d}", template="verification_code",
                    params={"code": "123456", "minutes": "10"},
                )))  # fmt: skip
            await asyncio.sleep(CUT_SECONDS / MESSAGES)
        queued = await OutboxMessage.count().where(OutboxMessage.status == "QUEUED")
        db_proxy.restore()
        restored_at = time.monotonic()
        while time.monotonic() - restored_at < 40:
            rows = await OutboxMessage.select(OutboxMessage.status)
            if all(r["status"] == "DONE" for r in rows):
                break
            await asyncio.sleep(0.1)
        recovery = time.monotonic() - restored_at
    finally:
        await relay.stop()
        worker.stop()

    notes = await Notification.select(Notification.id, Notification.status, Notification.attempts)
    retried = worker.output().count("Retry in")
    report(
        f"FAULT database cut {CUT_SECONDS}s (worker): rows={len(ids)} queued_during_cut={queued} "
        f"task_retries={retried} lost=0 doubled=0 recovery_seconds={recovery:.1f}"
    )
    assert queued >= MESSAGES // 2, "messages reached the worker while its database was away"
    assert retried > 0
    assert {(str(n["id"]), n["status"], n["attempts"]) for n in notes} == {
        (i, "SENT", 1) for i in ids
    }
    assert recovery < 12, "short back-off, not the visibility timeout"


async def test_a_database_cut_under_load_is_answered_clearly_and_loses_nothing(
    fault_database: FaultDatabase, private_redis: RedisProcess, db_proxy: TcpProxy, tmp_path: Path
) -> None:
    """Two app processes and the worker reach PostgreSQL through the proxy; it is cut for
    CUT_SECONDS under the steady load. Clients see 503 JSON or GraphQL errors with a code
    (never a hang); nothing acknowledged is lost or doubled; the outbox drains within 30 s of
    the cut ending."""
    env = {"DISPATCHHUB_DB_COMMAND_TIMEOUT": "2"}
    async with running_stack(
        fault_database, private_redis, tmp_path,
        database_url=through(fault_database.url, db_proxy), extra_env=env,
    ) as stack:  # fmt: skip
        async with LoadDriver(stack.world, stack.ports) as load:
            await asyncio.sleep(3)
            db_proxy.cut()
            cut_at = time.monotonic()
            await asyncio.sleep(CUT_SECONDS)
            db_proxy.restore()
            restored_at = time.monotonic()
            await asyncio.sleep(4)
            history = await load.stop()
        await outbox_drained(restored_at)
        recovery = time.monotonic() - restored_at
    verdict = await check(history)
    during = [op for op in history.ops if cut_at <= op.at - op.seconds < restored_at]
    after = [op for op in history.ops if op.at - op.seconds > restored_at + 1]
    report(
        f"FAULT database cut {CUT_SECONDS}s under load (2 apps + worker): {verdict.figures()} "
        f"errors_during_cut={sum(op.outcome == 'error' for op in during)} "
        f"slowest_answer={max(op.seconds for op in history.ops):.1f}s "
        f"recovery_seconds={recovery:.1f}"
    )
    verdict.assert_sound()
    assert any(op.outcome == "error" for op in during), "the cut was felt"
    assert any(op.outcome == "ok" for op in after), "answers again once the cut ends"
    assert history.count(kind="booking", outcome="ok") > 0
    assert recovery < 30
