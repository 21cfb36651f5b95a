"""Worker heartbeats: each Celery worker says in Redis that it is alive.

A worker writes ``dispatchhub:<queue>:worker:<hostname>`` every ``worker_heartbeat_seconds``
with an expiry of three intervals; a worker that died (SIGKILL, the machine gone) simply
stops renewing it. ``/readyz`` and ``/metrics`` read these keys.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from typing import Any

from dispatchhub.config import Settings

__all__ = ["heartbeat_key", "start_heartbeat", "worker_ages"]

log = logging.getLogger(__name__)


def heartbeat_key(settings: Settings, worker: str = "*") -> str:
    """The Redis key of ``worker``'s heartbeat (``*``: the pattern of every worker's)."""
    return f"dispatchhub:{settings.celery_queue}:worker:{worker}"


def start_heartbeat(settings: Settings, worker: str | None = None) -> threading.Event:
    """Beat from a daemon thread until the returned event is set."""
    import redis

    assert settings.redis_url is not None, "heartbeats need Redis"
    name = worker or f"{socket.gethostname()}:{threading.get_native_id()}"
    client = redis.Redis.from_url(settings.redis_url, socket_timeout=2, socket_connect_timeout=2)
    every = settings.worker_heartbeat_seconds
    stop = threading.Event()

    def beat() -> None:
        while not stop.is_set():
            try:
                client.set(heartbeat_key(settings, name), str(time.time()), px=int(every * 3000))
            except redis.RedisError as exc:  # Redis away: nothing to tell it; try again
                log.warning("worker heartbeat failed: %r", exc)
            stop.wait(every)
        try:
            client.delete(heartbeat_key(settings, name))
        except redis.RedisError:
            pass
        client.close()

    threading.Thread(target=beat, name="worker-heartbeat", daemon=True).start()
    return stop


async def worker_ages(settings: Settings) -> dict[str, float]:
    """Seconds since each live worker's last heartbeat, by worker name."""
    from redis.asyncio import Redis

    assert settings.redis_url is not None
    client: Any = Redis.from_url(settings.redis_url, socket_connect_timeout=2, socket_timeout=2)
    prefix = heartbeat_key(settings, "")
    try:
        keys = [key async for key in client.scan_iter(match=heartbeat_key(settings), count=100)]
        values = await client.mget(keys) if keys else []
    finally:
        await client.aclose()
    now = time.time()
    return {
        key.decode()[len(prefix) :]: max(0.0, now - float(value))
        for key, value in zip(keys, values, strict=True)
        if value is not None
    }
