"""Prompt redelivery: rows of a dead executor come back within seconds; rows of a live but
slow one are never run twice; /readyz tells whether a worker is alive and the outbox keeps up.
"""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import timedelta
from typing import Any

import pytest

from dispatchhub import hookimpl
from dispatchhub.config import Settings
from dispatchhub.health import readiness
from dispatchhub.notifications.tables import Notification
from dispatchhub.outbox import service
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.plugins.notification_messages import DeliveryReceipt
from dispatchhub.worker_health import start_heartbeat
from tests.faults.conftest import FaultDatabase, empty_tables
from tests.fixtures.app import wait_for_outbox
from tests.fixtures.services import RedisProcess
from tests.outbox.test_outbox import queue_sms, runtime_with


class SlowSms:
    """A provider that takes its time (a plugin that hangs for a while)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.sent: list[str] = []
        self.lock = threading.Lock()

    @hookimpl
    def send_sms(self, message: Any) -> DeliveryReceipt:
        time.sleep(self.seconds)
        with self.lock:
            self.sent.append(message.message_id)
        return DeliveryReceipt("slow", f"slow-{len(self.sent)}")


def test_the_visibility_timeout_is_a_setting_with_a_short_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Settings().outbox_visibility_seconds <= 15
    monkeypatch.setenv("DISPATCHHUB_OUTBOX_VISIBILITY_SECONDS", "40")
    assert Settings().outbox_visibility_seconds == 40


async def test_a_row_left_running_by_a_dead_worker_runs_again_within_seconds(
    database: Settings,
) -> None:
    # given a row a worker claimed and was killed on 16 s ago (default settings)
    settings = database.model_copy(update={"redis_url": None})
    assert settings.outbox_visibility_seconds == 15
    provider = SlowSms(0)
    runtime = runtime_with(settings, provider)
    await queue_sms()
    [message_id] = await service.claim_pending(10)
    await OutboxMessage.update(
        {
            OutboxMessage.status: "RUNNING",
            OutboxMessage.attempts: 1,
            OutboxMessage.claimed_at: service.now() - timedelta(seconds=16),
        }
    ).where(OutboxMessage.id == message_id)

    # when a relay runs
    relay = runtime.start_relay()
    try:
        started = time.monotonic()
        rows = await wait_for_outbox(timeout=10)
    finally:
        await relay.stop()

    # then the row ran again at once, not after five minutes
    assert [r["status"] for r in rows] == ["DONE"]
    assert time.monotonic() - started < 5
    assert provider.sent != []


async def test_a_slow_handler_keeps_its_row_and_runs_once(database: Settings) -> None:
    # given a visibility timeout of one second and a provider taking 2.5 s
    settings = database.model_copy(update={"redis_url": None, "outbox_visibility_seconds": 1.0})
    provider = SlowSms(2.5)
    runtime = runtime_with(settings, provider)
    notification_id = await queue_sms()

    relay = runtime.start_relay()
    try:
        rows = await wait_for_outbox(timeout=15)
    finally:
        await relay.stop()

    # then the heartbeat kept the row: sent once, one attempt
    assert [(r["status"], r["attempts"]) for r in rows] == [("DONE", 1)]
    assert provider.sent == [str(notification_id)]
    notification = await Notification.objects().get(Notification.id == notification_id)
    assert (notification.status, notification.attempts) == ("SENT", 1)


@pytest.fixture
async def on_fault_database(fault_database: FaultDatabase) -> Settings:
    from dispatchhub import db

    settings = fault_database.settings()
    db.configure(settings)
    await empty_tables()
    return settings


async def test_readiness_reflects_the_worker_and_the_outbox_age(
    on_fault_database: Settings, private_redis: RedisProcess
) -> None:
    settings = on_fault_database.model_copy(
        update={"redis_url": private_redis.url, "worker_heartbeat_seconds": 0.2}
    )
    # no worker running: not ready, though database and Redis answer
    report = await readiness(settings)
    assert report.checks["database"] == report.checks["redis"] == "ok"
    assert report.checks["worker"] == "down: no worker heartbeat"
    assert not report.ok

    # a worker beating: ready
    stop = start_heartbeat(settings, "test-worker")
    try:
        await asyncio.sleep(0.3)
        report = await readiness(settings)
        assert report.checks == {
            "database": "ok", "redis": "ok", "worker": "ok", "outbox": "ok"
        }  # fmt: skip
        assert report.ok

        # a row due two minutes ago and still waiting: the outbox is behind
        await OutboxMessage(
            task="notifications.deliver", payload={"notification_id": "x"},
            available_at=service.now() - timedelta(minutes=2),
        ).save()  # fmt: skip
        report = await readiness(settings)
        assert report.checks["outbox"].startswith("down: oldest row waited 12")
        assert not report.ok
    finally:
        stop.set()

    # the worker gone: its heartbeat expires within three intervals
    await asyncio.sleep(0.8)
    assert (await readiness(settings)).checks["worker"] == "down: no worker heartbeat"
