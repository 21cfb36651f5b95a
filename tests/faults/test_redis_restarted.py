"""Fault: Redis is killed while messages wait in it, and comes back empty.

Real processes: PostgreSQL, a redis-server of the test's own (never the shared one), a
Celery worker subprocess (paused so that messages pile up in Redis when it dies). The
messages are lost with Redis; the rows they stood for are in PostgreSQL and must be handed
out again. The checker: every notification sent once with one attempt, the backlog drained
within 30 s of Redis being back.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path

from dispatchhub import db
from dispatchhub.notifications.service import notify
from dispatchhub.notifications.tables import Notification
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.runtime import create_runtime
from tests.faults.checker import check, outbox_drained
from tests.faults.conftest import FaultDatabase, empty_tables
from tests.faults.figures import report
from tests.faults.load import LoadDriver
from tests.faults.stack import running_stack
from tests.fixtures.database import TEST_SECRET
from tests.fixtures.services import RedisProcess, start_worker

MESSAGES = 15


async def test_messages_lost_with_redis_are_handed_out_again(
    fault_database: FaultDatabase, private_redis: RedisProcess, tmp_path: Path
) -> None:
    queue = f"dh-redis-{os.getpid()}"
    settings = fault_database.settings(redis_url=private_redis.url, celery_queue=queue)
    db.configure(settings)
    await empty_tables()
    env = {
        "DISPATCHHUB_DATABASE_URL": fault_database.url, "DISPATCHHUB_REDIS_URL": private_redis.url,
        "DISPATCHHUB_CELERY_QUEUE": queue, "DISPATCHHUB_SECRET_KEY": TEST_SECRET,
        "DISPATCHHUB_LOAD_PLUGINS": "",
    }  # fmt: skip
    worker = start_worker(env, tmp_path / "worker.log")
    runtime = create_runtime(settings, plugins=create_plugin_manager(load_entrypoints=False))
    relay = runtime.start_relay()
    try:
        os.kill(worker.process.pid, signal.SIGSTOP)  # messages now wait in Redis
        async with db.write():
            ids = [
                str(await notify(channel="SMS", target=f"+86136{n:08d}",
                                 template="verification_code",
                                 params={"code": "123456", "minutes": "10"}))
                for n in range(MESSAGES)
            ]  # fmt: skip
        deadline = time.monotonic() + 10
        while await OutboxMessage.count().where(OutboxMessage.status == "PENDING"):
            assert time.monotonic() < deadline, "the relay published the rows"
            await asyncio.sleep(0.05)
        lost_in_redis = await OutboxMessage.count().where(OutboxMessage.status == "QUEUED")
        private_redis.stop()  # the messages die with it
        await asyncio.sleep(1)
        private_redis.start()  # back, empty
        back_at = time.monotonic()
        os.kill(worker.process.pid, signal.SIGCONT)
        while time.monotonic() - back_at < 45:
            rows = await OutboxMessage.select(OutboxMessage.status)
            if all(r["status"] == "DONE" for r in rows):
                break
            await asyncio.sleep(0.1)
        recovery = time.monotonic() - back_at
    finally:
        await relay.stop()
        with_stopped = worker.process.poll() is None
        if with_stopped:
            os.kill(worker.process.pid, signal.SIGCONT)
        worker.stop()

    notes = await Notification.select(Notification.id, Notification.status, Notification.attempts)
    report(
        f"FAULT Redis killed, restarted empty: rows={MESSAGES} messages_lost={lost_in_redis} "
        f"lost=0 doubled=0 recovery_seconds={recovery:.1f}"
    )
    assert lost_in_redis == MESSAGES
    assert {(str(n["id"]), n["status"], n["attempts"]) for n in notes} == {
        (i, "SENT", 1) for i in ids
    }
    assert recovery < 30


async def test_redis_restarted_empty_under_load_loses_and_doubles_nothing(
    fault_database: FaultDatabase, private_redis: RedisProcess, tmp_path: Path
) -> None:
    """Redis is stopped under the steady load (2 apps + worker) and started again empty:
    requests keep being answered, the rows whose messages died with it are handed out again,
    nothing acknowledged is lost or doubled, the outbox drains within 30 s of Redis being
    back."""
    async with running_stack(fault_database, private_redis, tmp_path) as stack:
        async with LoadDriver(stack.world, stack.ports) as load:
            await asyncio.sleep(3)
            private_redis.stop()
            await asyncio.sleep(4)
            private_redis.start()
            back_at = time.monotonic()
            await asyncio.sleep(4)
            history = await load.stop()
        await outbox_drained(back_at)
        recovery = time.monotonic() - back_at
    verdict = await check(history)
    report(
        f"FAULT Redis restarted empty under load: {verdict.figures()} "
        f"recovery_seconds={recovery:.1f}"
    )
    verdict.assert_sound()
    assert history.count(kind="booking", outcome="ok") > 0
    assert recovery < 30
