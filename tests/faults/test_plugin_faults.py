"""Faults in plugins: a provider that raises for a while, one that hangs for a while; under a
steady trickle of notifications, every message reaches the provider exactly once and the
backlog drains within 30 s of the plugin recovering."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from dispatchhub import hookimpl
from dispatchhub.config import Settings
from dispatchhub.notifications.tables import Notification
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.plugins.notification_messages import DeliveryReceipt
from tests.faults.figures import report
from tests.outbox.test_outbox import queue_sms, runtime_with

FAULT_SECONDS = 3.0
MESSAGES = 15


class FaultyProvider:
    """Raises (or hangs) until ``healthy_at``, then accepts; records what it accepted."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.healthy_at = time.monotonic() + 3600
        self.accepted: list[str] = []
        self.refused = 0
        self.lock = threading.Lock()

    @hookimpl
    def send_sms(self, message: Any) -> DeliveryReceipt:
        if time.monotonic() < self.healthy_at:
            if self.mode == "raises":
                with self.lock:
                    self.refused += 1
                raise ConnectionError("provider down")
            time.sleep(max(0.0, self.healthy_at - time.monotonic()))  # hangs until it recovers
        with self.lock:
            self.accepted.append(message.message_id)
        return DeliveryReceipt("faulty", f"m-{len(self.accepted)}")


@pytest.mark.parametrize("mode", ["raises", "hangs"])
async def test_a_faulty_plugin_delays_but_never_loses_or_doubles(
    database: Settings, mode: str
) -> None:
    settings = database.model_copy(update={"redis_url": None, "outbox_visibility_seconds": 1.0})
    provider = FaultyProvider(mode)
    runtime = runtime_with(settings, provider)
    relay = runtime.start_relay()
    try:
        provider.healthy_at = time.monotonic() + FAULT_SECONDS
        ids = []
        for n in range(MESSAGES):  # a steady trickle through the fault
            ids.append(str(await queue_sms(f"+86135{n:08d}")))
            await asyncio.sleep(FAULT_SECONDS / MESSAGES)
        while time.monotonic() < provider.healthy_at:
            await asyncio.sleep(0.05)
        healthy = time.monotonic()
        while time.monotonic() - healthy < 40:
            rows = await OutboxMessage.select(OutboxMessage.status)
            if all(r["status"] == "DONE" for r in rows):
                break
            await asyncio.sleep(0.1)
        recovery = time.monotonic() - healthy
    finally:
        await relay.stop()

    doubled = sorted({i for i in provider.accepted if provider.accepted.count(i) > 1})
    lost = [i for i in ids if i not in provider.accepted]
    report(
        f"FAULT plugin {mode} for {FAULT_SECONDS:.0f}s ({database.database_kind}): "
        f"messages={MESSAGES} refusals_seen={provider.refused} lost={len(lost)} "
        f"doubled={len(doubled)} recovery_seconds={recovery:.1f}"
    )
    assert lost == [] and doubled == []
    notes = await Notification.select(Notification.status)
    assert {n["status"] for n in notes} == {"SENT"}
    assert recovery < 30
