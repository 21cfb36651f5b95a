"""Fault: the Celery worker is SIGKILLed in the middle of sending text messages.

Real processes: PostgreSQL, a redis-server of the test's own, a Celery worker subprocess
with the Alibaba Cloud SMS plugin, the plugin's fake gateway (which answers each message a
moment after accepting it, so the kill lands between "accepted" and "recorded"). The
checker: every notification delivered exactly once to the gateway, all recorded as sent
with one attempt each, the outbox drained within 30 s of the fault.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from dispatchhub_sms.fake_gateway import FakeAliyunSms, serve

from dispatchhub import db
from dispatchhub.notifications.service import notify
from dispatchhub.notifications.tables import Notification
from dispatchhub.notifications.templates import TEMPLATES
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.runtime import create_runtime
from tests.faults.checker import check, check_deliveries, outbox_drained
from tests.faults.conftest import FaultDatabase, empty_tables
from tests.faults.figures import report
from tests.faults.load import LoadDriver
from tests.faults.stack import running_stack
from tests.fixtures.database import TEST_SECRET
from tests.fixtures.services import RedisProcess, start_worker

KEY_ID, SECRET, SIGN, CODE = "LTAI-faults", "faults-secret", "派单测试", "SMS_71390007"
MESSAGES = 12


class SlowGateway(FakeAliyunSms):
    """Accepts a message, then takes a while to say so (the answer the kill loses)."""

    def handle(self, method: str, raw_query: str) -> tuple[int, dict[str, object]]:
        answer = super().handle(method, raw_query)
        if "Action=SendSms" in raw_query:
            time.sleep(0.4)
        return answer


@pytest.fixture
def gateway() -> Iterator[tuple[SlowGateway, str]]:
    fake = SlowGateway(
        access_keys={KEY_ID: SECRET},
        sign_names=frozenset({SIGN}),
        templates={CODE: frozenset({"code", "minutes"})},
    )
    with serve(fake) as url:
        yield fake, url


async def test_worker_killed_mid_send_delivers_everything_exactly_once(
    fault_database: FaultDatabase,
    private_redis: RedisProcess,
    gateway: tuple[SlowGateway, str],
    tmp_path: Path,
) -> None:
    fake, url = gateway
    queue = f"dh-faults-{os.getpid()}"
    settings = fault_database.settings(redis_url=private_redis.url, celery_queue=queue)
    db.configure(settings)
    await empty_tables()
    sms_env = {
        "DISPATCHHUB_SMS_ENDPOINT": url, "DISPATCHHUB_SMS_ACCESS_KEY_ID": KEY_ID,
        "DISPATCHHUB_SMS_ACCESS_KEY_SECRET": SECRET, "DISPATCHHUB_SMS_SIGN_NAME": SIGN,
        "DISPATCHHUB_SMS_TEMPLATES": f"verification_code={CODE}",
    }  # fmt: skip
    env = {
        "DISPATCHHUB_DATABASE_URL": fault_database.url, "DISPATCHHUB_REDIS_URL": private_redis.url,
        "DISPATCHHUB_CELERY_QUEUE": queue, "DISPATCHHUB_SECRET_KEY": TEST_SECRET,
        "DISPATCHHUB_LOAD_PLUGINS": "sms", **sms_env,
    }  # fmt: skip
    worker = start_worker(env, tmp_path / "worker-1.log")
    runtime = create_runtime(settings, plugins=create_plugin_manager(load_entrypoints=False))
    relay = runtime.start_relay()
    second = None
    try:
        async with db.write():
            ids = [
                str(await notify(channel="SMS", target=f"+86139{n:08d}",
                                 template="verification_code",
                                 params={"code": f"{n:06d}", "minutes": "10"}))
                for n in range(MESSAGES)
            ]  # fmt: skip
        # the kill: while the gateway holds an accepted message's answer
        deadline = time.monotonic() + 20
        while len(fake.accepted) < 3 and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.15)
        worker.process.kill()
        worker.process.wait(5)
        killed_at = time.monotonic()
        in_flight = await Notification.count().where(Notification.status == "SENDING")
        second = start_worker(env, tmp_path / "worker-2.log")
        restarted_at = time.monotonic()  # the fault ends: a worker is back

        deadline = time.monotonic() + 45
        while time.monotonic() < deadline:
            rows = await OutboxMessage.select(OutboxMessage.status)
            if rows and all(r["status"] == "DONE" for r in rows):
                break
            await asyncio.sleep(0.2)
        drained_at = time.monotonic()
        recovery, since_kill = drained_at - restarted_at, drained_at - killed_at
    finally:
        await relay.stop()
        worker.stop()
        if second is not None:
            second.stop()

    sent = [sms.out_id for sms in fake.accepted]
    notes = await Notification.select(Notification.id, Notification.status, Notification.attempts)
    lost = [i for i in ids if i not in sent]
    doubled = sorted({i for i in sent if sent.count(i) > 1})
    report(
        f"FAULT worker SIGKILL mid-send: messages={MESSAGES} in_flight_at_kill={in_flight} "
        f"lost={len(lost)} doubled={len(doubled)} recovery_seconds={recovery:.1f} "
        f"(since the kill {since_kill:.1f})"
    )
    assert in_flight >= 1, "the kill landed between accepted and recorded"
    assert lost == [] and doubled == []
    assert {(str(n["id"]), n["status"], n["attempts"]) for n in notes} == {
        (i, "SENT", 1) for i in ids
    }
    assert recovery < 30


async def test_worker_killed_under_load_loses_and_doubles_nothing(
    fault_database: FaultDatabase,
    private_redis: RedisProcess,
    gateway: tuple[SlowGateway, str],
    tmp_path: Path,
) -> None:
    """The same kill under the steady load (bookings, grabs, status updates over HTTP);
    every new order's pool notice goes to its staff by SMS through the slow fake."""
    fake, url = gateway
    fake.templates = {CODE: frozenset()}  # any parameters: order notices, booking messages
    # the numbers here get many messages a minute (the provider's per-number flow control is
    # another test's matter: tests/notifications)
    fake.flow_limits = ((60, 100_000, "flow"),)
    templates = ",".join(f"{name}={CODE}" for name in TEMPLATES)
    sms_env = {
        "DISPATCHHUB_SMS_ENDPOINT": url, "DISPATCHHUB_SMS_ACCESS_KEY_ID": KEY_ID,
        "DISPATCHHUB_SMS_ACCESS_KEY_SECRET": SECRET, "DISPATCHHUB_SMS_SIGN_NAME": SIGN,
        "DISPATCHHUB_SMS_TEMPLATES": templates, "DISPATCHHUB_LOAD_PLUGINS": "sms",
    }  # fmt: skip
    async with running_stack(
        fault_database, private_redis, tmp_path, channels=("INAPP", "SMS"), extra_env=sms_env
    ) as stack:
        async with LoadDriver(stack.world, stack.ports) as load:
            deadline = time.monotonic() + 20
            while len(fake.accepted) < 2 and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            await asyncio.sleep(0.15)  # while the gateway holds an accepted message's answer
            stack.worker.process.kill()
            stack.worker.process.wait(5)
            in_flight = await Notification.count().where(Notification.status == "SENDING")
            await asyncio.sleep(1)
            stack.restart_worker()
            restarted_at = time.monotonic()
            await asyncio.sleep(6)
            history = await load.stop()
        recovery = await outbox_drained(time.monotonic())
        since_restart = time.monotonic() - restarted_at
    verdict = await check(history)
    statuses = await check_deliveries(verdict, [sms.out_id for sms in fake.accepted])
    report(
        f"FAULT worker SIGKILL under load: {verdict.figures()} sms_delivered="
        f"{len(fake.accepted)} sms_by_status={statuses} in_flight_at_kill={in_flight} "
        f"recovery_seconds={recovery:.1f} (since the restart {since_restart:.1f})"
    )
    verdict.assert_sound()
    assert history.count(kind="booking", outcome="ok") > 0
    assert history.count(kind="grab", outcome="ok") > 0
    assert len(fake.accepted) > 0
    assert recovery < 30
