"""The ``dispatchhub`` command as an operator runs it."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dispatchhub.config import Settings
from dispatchhub.notifications.tables import Notification
from dispatchhub.outbox.tables import OutboxMessage
from tests.fixtures.database import Backend
from tests.fixtures.services import REPO, RedisProcess
from tests.outbox.test_outbox import queue_sms

CLI = [sys.executable, "-m", "dispatchhub.cli"]


def run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DISPATCHHUB_")}
    return subprocess.run(
        [*CLI, *args], cwd=cwd, env={**clean, **env}, capture_output=True, text=True, timeout=120
    )


def test_migrate_creates_every_table_on_a_fresh_database(tmp_path: Path) -> None:
    result = run(["migrate"], tmp_path)

    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "var" / "dispatchhub.sqlite") as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert {"users", "bookings", "orders", "outbox_messages", "casbin_rules"} <= tables
    assert (tmp_path / "var" / "secret.key").stat().st_mode & 0o777 == 0o600


def test_demo_loads_once_and_prints_logins(tmp_path: Path) -> None:
    first = run(["demo"], tmp_path)
    second = run(["demo"], tmp_path)

    assert first.returncode == second.returncode == 0, first.stderr
    assert "+8613800000000" in first.stdout and "Demo#2026pass" in first.stdout
    assert first.stdout.splitlines()[-6:] == second.stdout.splitlines()[-6:]
    with sqlite3.connect(tmp_path / "var" / "dispatchhub.sqlite") as connection:
        [(users,)] = connection.execute("SELECT count(*) FROM users")
    assert users == 96


def test_export_schema_writes_the_committed_sdl(tmp_path: Path) -> None:
    result = run(["export-schema", "--output", str(tmp_path / "s.graphql")], REPO)

    assert result.returncode == 0, result.stderr
    assert (tmp_path / "s.graphql").read_text() == (REPO / "schema.graphql").read_text()


def test_worker_explains_that_it_needs_redis(tmp_path: Path) -> None:
    result = run(["worker"], tmp_path)

    assert result.returncode == 2
    assert "DISPATCHHUB_REDIS_URL" in result.stdout


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)  # the worker needs a broker
async def test_worker_with_beat_relays_rows_no_app_handed_over(
    backend: Backend, database: Settings, private_redis: RedisProcess, tmp_path: Path
) -> None:
    # given a committed notification and no app process to relay it
    notification_id = await queue_sms()

    # when an operator starts `dispatchhub worker` (Celery worker + beat running the relay)
    env = {
        **backend.worker_env(),
        "DISPATCHHUB_REDIS_URL": private_redis.url,
        "DISPATCHHUB_CELERY_QUEUE": "cli-worker",
        "DISPATCHHUB_OUTBOX_POLL_SECONDS": "0.5",
    }
    with (tmp_path / "worker.log").open("w") as log:
        worker = subprocess.Popen(
            [*CLI, "worker", "--concurrency", "1"],
            cwd=tmp_path,
            env={**os.environ, **env},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while (await OutboxMessage.select(OutboxMessage.status))[0]["status"] != "DONE":
            assert time.monotonic() < deadline, (tmp_path / "worker.log").read_text()[-3000:]
            assert worker.poll() is None, (tmp_path / "worker.log").read_text()[-3000:]
            await asyncio.sleep(0.2)
    finally:
        worker.terminate()
        worker.wait(20)

    # then beat's relay handed it to the worker, which delivered it once
    sent = await Notification.objects().get(Notification.id == notification_id)
    assert (sent.status, sent.attempts) == ("SENT", 1)
