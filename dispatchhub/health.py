"""Readiness: can this process reach the database and, when configured, Redis?"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from dispatchhub.config import Settings
from dispatchhub.db import current_engine

__all__ = ["Readiness", "readiness"]

PROBE_TIMEOUT = 2.0


@dataclass(frozen=True, slots=True)
class Readiness:
    """Each dependency's state: ``ok``, ``down: <why>`` or ``not configured``."""

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
    if settings.redis_url:
        checks["redis"] = await _probe(_redis(settings.redis_url))
    return Readiness(checks)


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
