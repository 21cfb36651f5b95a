"""The transactional outbox: a committed row runs exactly once; a rolled-back one never exists."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from dispatchhub import db, hookimpl
from dispatchhub.config import Settings
from dispatchhub.notifications.service import notify
from dispatchhub.notifications.tables import Notification
from dispatchhub.outbox import service
from dispatchhub.outbox.service import enqueue, execute
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.runtime import Runtime, create_runtime
from tests.fixtures.app import wait_for_outbox
from tests.fixtures.services import WorkerProcess


async def queue_sms(target: str = "+8613912345678") -> Any:
    async with db.write():
        return await notify(
            channel="SMS", target=target, template="verification_code",
            params={"code": "123456", "minutes": "10"},
        )  # fmt: skip


class RaisingSms:
    """An SMS provider whose gateway is down."""

    calls = 0

    @hookimpl
    def send_sms(self, message: object) -> None:
        RaisingSms.calls += 1
        raise ConnectionError("gateway unreachable")


@pytest.fixture
def in_process(database: Settings) -> Settings:
    """The test database with jobs forced in-process, so test plugins are the ones called."""
    return database.model_copy(update={"redis_url": None, "outbox_max_attempts": 3})


def runtime_with(settings: Settings, *extra: object) -> Runtime:
    return create_runtime(
        settings, plugins=create_plugin_manager(load_entrypoints=False, extra=extra)
    )


async def test_committed_row_runs_exactly_once(
    app: object, celery_worker: WorkerProcess | None
) -> None:
    # given a notification committed with its outbox row
    notification_id = await queue_sms()

    # when the relay (in-process, or through Redis to the Celery worker) drains the outbox
    rows = await wait_for_outbox()

    # then the row ran once and the message was delivered once
    assert [(r["task"], r["status"], r["attempts"]) for r in rows] == [
        ("notifications.deliver", "DONE", 1)
    ]
    sent = await Notification.objects().get(Notification.id == notification_id)
    assert (sent.status, sent.provider, sent.attempts) == ("SENT", "log", 1)
    if celery_worker is not None:
        ran = f"Task dispatchhub.outbox.execute[{rows[0]['id']}] succeeded"
        assert celery_worker.wait_for(ran).count(ran) == 1


async def test_rolled_back_transaction_leaves_no_row(database: Settings) -> None:
    with pytest.raises(RuntimeError, match="booking refused"):
        async with db.write():
            await queue_sms()
            raise RuntimeError("booking refused")

    assert await OutboxMessage.count() == 0
    assert await Notification.count() == 0


async def test_unknown_task_is_refused_at_write_time(database: Settings) -> None:
    with pytest.raises(ValueError, match="unknown outbox task"):
        async with db.write():
            await enqueue("no.such.task", {})

    assert await OutboxMessage.count() == 0


async def test_a_row_delivered_twice_runs_once(in_process: Settings) -> None:
    runtime = runtime_with(in_process)
    await queue_sms()
    [message_id] = await service.claim_pending(10)

    first = await execute(runtime, message_id)
    second = await execute(runtime, message_id)  # e.g. Celery redelivered the message

    assert (first.status, second.status) == ("DONE", "SKIPPED")
    assert [n["attempts"] for n in await Notification.select(Notification.attempts)] == [1]


async def test_failing_provider_retries_with_backoff_then_gives_up(in_process: Settings) -> None:
    runtime = runtime_with(in_process, RaisingSms())
    notification_id = await queue_sms()
    outcomes = []
    for _ in range(3):
        await OutboxMessage.update({OutboxMessage.available_at: service.now()}).where(
            OutboxMessage.status == "PENDING"
        )  # skip the back-off wait
        [message_id] = await service.claim_pending(10)
        outcomes.append(await execute(runtime, message_id))

    assert [o.status for o in outcomes] == ["PENDING", "PENDING", "FAILED"]
    assert "gateway unreachable" in outcomes[-1].error
    row = await OutboxMessage.objects().first()
    assert (row.status, row.attempts) == ("FAILED", 3)
    notification = await Notification.objects().get(Notification.id == notification_id)
    assert (notification.status, notification.attempts) == ("PENDING", 3)
    assert "gateway unreachable" in notification.last_error


async def test_retry_waits_for_its_backoff(in_process: Settings) -> None:
    runtime = runtime_with(in_process, RaisingSms())
    await queue_sms()
    [message_id] = await service.claim_pending(10)
    await execute(runtime, message_id)

    assert await service.claim_pending(10) == []  # not due yet
    row = await OutboxMessage.objects().first()
    assert row.available_at > service.now() + timedelta(seconds=1)


async def test_stale_claims_are_requeued(in_process: Settings) -> None:
    # given a row a worker claimed and then died on
    await queue_sms()
    [message_id] = await service.claim_pending(10)
    await OutboxMessage.update(
        {OutboxMessage.claimed_at: service.now() - timedelta(minutes=10)}
    ).where(OutboxMessage.id == message_id)

    # when the relay looks for stale rows
    requeued = await service.requeue_stale(timedelta(minutes=5))

    # then the row is claimable again and runs
    assert requeued == 1
    assert await service.claim_pending(10) == [message_id]
    assert (await execute(runtime_with(in_process), message_id)).status == "DONE"


async def test_fresh_claims_are_not_requeued(in_process: Settings) -> None:
    await queue_sms()
    await service.claim_pending(10)

    assert await service.requeue_stale(timedelta(minutes=5)) == 0
