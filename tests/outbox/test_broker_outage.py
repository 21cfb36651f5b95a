"""With the broker down nothing is lost: rows wait in the database and go out when it is back."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from dispatchhub.config import Settings
from dispatchhub.outbox.relay import CeleryHandoff, OutboxRelay
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.runtime import OUTBOX_VISIBILITY, Runtime, create_runtime
from tests.fixtures.database import Backend
from tests.fixtures.services import RedisProcess, WorkerProcess, start_worker
from tests.outbox.test_outbox import queue_sms


@pytest.fixture
def broker_runtime(backend: Backend, database: Settings, private_redis: RedisProcess) -> Runtime:
    """A runtime publishing to a Redis server of this test's own."""
    settings = database.model_copy(
        update={"redis_url": private_redis.url, "celery_queue": "outage"}
    )
    return create_runtime(settings)


@pytest.fixture
def outage_worker(
    broker_runtime: Runtime, backend: Backend, tmp_path: Path
) -> Iterator[WorkerProcess]:
    env = {
        **backend.worker_env(),
        "DISPATCHHUB_REDIS_URL": str(broker_runtime.settings.redis_url),
        "DISPATCHHUB_CELERY_QUEUE": "outage",
    }
    worker = start_worker(env, tmp_path / "worker.log")
    yield worker
    worker.stop()


async def delivery_status() -> list[str]:
    rows = await OutboxMessage.select(OutboxMessage.status).where(
        OutboxMessage.task == "notifications.deliver"
    )
    return [row["status"] for row in rows]


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)  # only that leg has a broker
async def test_row_waits_while_redis_is_down_and_runs_once_it_is_back(
    broker_runtime: Runtime, private_redis: RedisProcess, outage_worker: WorkerProcess
) -> None:
    relay = OutboxRelay(
        broker_runtime, CeleryHandoff(broker_runtime.settings), visibility=OUTBOX_VISIBILITY
    )
    try:
        # given Redis is down when a notification commits
        private_redis.stop()
        await queue_sms()

        # when the relay tries to hand it over
        assert await relay.run_once() == 1

        # then the broker refused it and the row is waiting, not lost
        assert await delivery_status() == ["PENDING"]

        # when Redis is back and the retry time has come
        private_redis.start()
        await OutboxMessage.update({OutboxMessage.available_at: OutboxMessage.created_at}).where(
            OutboxMessage.status == "PENDING"
        )
        assert await relay.run_once() == 1

        # then the worker runs it exactly once
        [row] = await OutboxMessage.select().where(OutboxMessage.task == "notifications.deliver")
        ran = f"Task dispatchhub.outbox.execute[{row['id']}] succeeded"
        output = await asyncio.to_thread(outage_worker.wait_for, ran, timeout=60)
        assert output.count(ran) == 1
        assert await delivery_status() == ["DONE"]
    finally:
        await relay.stop()
