"""A started stack for the fault scenarios under load: app processes (uvicorn) and a Celery
worker on the fault database, a redis-server of the test's own, and the load's world."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from dispatchhub import db
from tests.faults.conftest import FaultDatabase, empty_tables
from tests.faults.load import LoadWorld, build_world
from tests.fixtures.database import TEST_SECRET
from tests.fixtures.services import REPO, RedisProcess, WorkerProcess, free_port, start_worker


def start_app(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    """An app process on ``port``, once its ``/healthz`` answers."""
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


def stop_app(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@dataclass
class Stack:
    """The started processes; :meth:`restart_worker` replaces a killed worker."""

    world: LoadWorld
    env: dict[str, str]
    ports: list[int]
    apps: list[subprocess.Popen[bytes]]
    worker: WorkerProcess
    logs: Path
    workers: list[WorkerProcess] = field(default_factory=list)

    def restart_worker(self) -> WorkerProcess:
        self.worker = start_worker(self.env, self.logs / f"worker-{len(self.workers) + 1}.log")
        self.workers.append(self.worker)
        return self.worker


@asynccontextmanager
async def running_stack(
    fault_database: FaultDatabase,
    redis: RedisProcess,
    logs: Path,
    *,
    database_url: str | None = None,
    apps: int = 2,
    crowd: int = 6,
    channels: tuple[str, ...] = ("INAPP",),
    extra_env: dict[str, str] | None = None,
) -> AsyncIterator[Stack]:
    """Empty tables, the load's world (staff told by ``channels``), ``apps`` app processes
    and one worker, whose database is ``database_url`` (e.g. through a proxy; default:
    direct). The test process itself stays on the direct URL (the checker reads the truth)."""
    queue = f"dh-load-{os.getpid()}-{free_port()}"
    settings = fault_database.settings(redis_url=redis.url, celery_queue=queue)
    db.configure(settings)
    await empty_tables()
    world = await build_world(settings, crowd=crowd, channels=channels)
    env = {
        "DISPATCHHUB_DATABASE_URL": database_url or fault_database.url,
        "DISPATCHHUB_SECRET_KEY": TEST_SECRET, "DISPATCHHUB_REDIS_URL": redis.url,
        "DISPATCHHUB_CELERY_QUEUE": queue, "DISPATCHHUB_LOAD_PLUGINS": "",
        "DISPATCHHUB_REOPTIMISE_SECONDS": "0", "DISPATCHHUB_ROLLUP_REFRESH_SECONDS": "0",
        **(extra_env or {}),
    }  # fmt: skip
    worker = start_worker(env, logs / "worker.log")
    stack = Stack(world, env, [free_port() for _ in range(apps)], [], worker, logs, [worker])
    try:
        for port in stack.ports:
            stack.apps.append(start_app(env, port, logs / f"app-{port}.log"))
        yield stack
    finally:
        for process in stack.apps:
            stop_app(process)
        for started in stack.workers:
            started.stop()
