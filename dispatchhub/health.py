"""Readiness: can this process reach the database and, when configured, Redis; is a worker
alive (with Redis); is the outbox keeping up (its oldest due row younger than
``ready_outbox_age_seconds``)?"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from dispatchhub.config import Settings
from dispatchhub.db import current_engine

__all__ = ["Readiness", "readiness"]

PROBE_TIMEOUT = 2.0


@dataclass(frozen=True, slots=True)
class Readiness:
    """Each dependency's state: ``ok``, ``down: <why>``, ``unknown`` (what it depends on is
    down) or ``not configured``."""

    checks: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Whether every configured dependency answered."""
        return all(state in {"ok", "not configured"} for state in self.checks.values())

    def as_dict(self) -> dict[str, object]:
        """The JSON body of ``/readyz``."""
        return {"status": "ok" if self.ok else "unavailable", "checks": self.checks}


async def readiness(settings: Settings) -> Readiness:
    """Probe the database and Redis, each with a short timeout."""
    checks = {"database": await _probe(_database()), "redis": "not configured"}
    checks["worker"] = "not configured"  # in-process jobs: this process is the worker
    if settings.redis_url:
        checks["redis"] = await _probe(_redis(settings.redis_url))
        checks["worker"] = await _worker(settings) if checks["redis"] == "ok" else "unknown"
    checks["outbox"] = await _outbox(settings) if checks["database"] == "ok" else "unknown"
    return Readiness(checks)


async def _worker(settings: Settings) -> str:
    from dispatchhub.worker_health import worker_ages

    try:
        ages = await asyncio.wait_for(worker_ages(settings), PROBE_TIMEOUT)
    except Exception as exc:  # Redis answered PING but not this: report, never crash
        return f"down: {type(exc).__name__}"
    return "ok" if ages else "down: no worker heartbeat"


async def _outbox(settings: Settings) -> str:
    from dispatchhub.outbox.service import backlog

    try:
        waiting = await asyncio.wait_for(backlog(), PROBE_TIMEOUT)
    except Exception as exc:  # report any failure as "down", never crash the probe
        return f"down: {type(exc).__name__}"
    oldest = max((b.oldest_seconds for b in waiting.values()), default=0.0)
    if oldest > settings.ready_outbox_age_seconds:
        return f"down: oldest row waited {oldest:.0f} s"
    return "ok"


async def _probe(check: asyncio.Future[None] | object) -> str:
    try:
        await asyncio.wait_for(check, PROBE_TIMEOUT)  # type: ignore[arg-type]
    except Exception as exc:  # report any failure as "down", never crash the probe
        return f"down: {type(exc).__name__}"
    return "ok"


async def _database() -> None:
    await current_engine().run_ddl("SELECT 1")


async def _redis(url: str) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(url, socket_connect_timeout=PROBE_TIMEOUT)
    try:
        await client.ping()
    finally:
        await client.aclose()
