"""Live messages: published after commit, delivered to listeners in every app process.

Domains publish with :func:`publish` inside their write transaction; the message leaves once
the transaction commits, never after a rollback. Without Redis it goes straight to this
process's listeners (the embedded mode has one process). With Redis it is published on
:data:`CHANNEL`, suffixed with the Celery queue name so deployments sharing a Redis stay
apart, and every process — the publisher included — hands it to its own listeners: a change
made through one app instance, or by the Celery worker, reaches a WebSocket held by another.

Kinds in use: ``ORDER``, ``OFFER`` and ``GRABBABLE`` (:mod:`dispatchhub.orders.live`) and
``SESSIONS_ENDED`` (:mod:`dispatchhub.users.sessions`: every sign-in of a user was revoked,
so sockets they hold close at once).

Delivery is best effort, like any pub/sub: a listener that was not connected when a message
went out does not get it later. Readers catch up from the database (``orderEvents`` starts
with the order's current state for that reason; sockets also re-check their sign-in).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import weakref
from collections.abc import AsyncIterator, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import redis
import redis.asyncio as aredis

from dispatchhub import db
from dispatchhub.config import Settings

__all__ = [
    "CHANNEL",
    "LiveMessage",
    "configure",
    "listen",
    "local_subscribers",
    "publish",
]

CHANNEL = "dispatchhub:live"
QUEUE_SIZE = 256
RECONNECT_SECONDS = 1.0
# How long a listener may take to notice that its last subscriber left.
POLL_SECONDS = 0.25
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LiveMessage:
    """One live message.

    Attributes:
        kind: what happened (``ORDER``, ``OFFER``, ``GRABBABLE``, ``SESSIONS_ENDED``).
        subject: the id of what it concerns (an order, a user).
        payload: what happened, JSON-serialisable.
        audience: the user ids it is for; None means whoever listens for the kind.
    """

    kind: str
    subject: str
    payload: dict[str, Any] = field(default_factory=dict)
    audience: tuple[str, ...] | None = None

    def encode(self) -> str:
        """The message as sent over Redis."""
        return json.dumps(
            {
                "kind": self.kind,
                "subject": self.subject,
                "payload": self.payload,
                "audience": None if self.audience is None else list(self.audience),
            }
        )

    @classmethod
    def decode(cls, raw: str | bytes) -> LiveMessage:
        """A message received over Redis."""
        data = json.loads(raw)
        audience = data.get("audience")
        return cls(
            kind=str(data["kind"]),
            subject=str(data["subject"]),
            payload=dict(data.get("payload") or {}),
            audience=None if audience is None else tuple(str(s) for s in audience),
        )


_redis_url: str | None = None
_channel = CHANNEL
_publishers: dict[str, tuple[ThreadPoolExecutor, redis.Redis]] = {}
_hubs: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Hub] = weakref.WeakKeyDictionary()


def configure(settings: Settings) -> None:
    """Use the settings' Redis (or none: in-process delivery) for live messages in this
    process. :func:`dispatchhub.runtime.create_runtime` calls it, so the app and the worker
    agree."""
    global _redis_url, _channel
    _redis_url = settings.redis_url
    # Deployments sharing a Redis keep apart, as their Celery queues do.
    _channel = f"{CHANNEL}:{settings.celery_queue}"


def publish(
    kind: str,
    subject: UUID | str,
    payload: Mapping[str, Any] | None = None,
    *,
    audience: Iterable[UUID | str] | None = None,
) -> None:
    """Send a message once the current transaction commits (at once outside one).

    Call it inside :func:`db.write` (or from an ``on_commit`` callback), in the request or
    in the worker.
    """
    message = LiveMessage(
        kind,
        str(subject),
        dict(payload or {}),
        None if audience is None else tuple(str(a) for a in audience),
    )
    db.on_commit(lambda: _send(message))


def _send(message: LiveMessage) -> None:
    if _redis_url is not None:
        executor, client = _publisher(_redis_url)
        # One thread per process keeps messages in order without blocking the event loop.
        executor.submit(_publish_to_redis, client, _channel, message)
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return  # no loop, so no subscriber in this process to tell
    hub = _hubs.get(loop)
    if hub is not None:
        hub.deliver(message)


def _publisher(url: str) -> tuple[ThreadPoolExecutor, redis.Redis]:
    if url not in _publishers:
        client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        _publishers[url] = (ThreadPoolExecutor(1, thread_name_prefix="live-publish"), client)
    return _publishers[url]


def _publish_to_redis(client: redis.Redis, channel: str, message: LiveMessage) -> None:
    try:
        client.publish(channel, message.encode())
    except redis.RedisError:
        # The change is committed; readers see it when they next read the database.
        log.warning("could not publish a live message", exc_info=True)


class _Hub:
    """This event loop's subscribers and, with Redis, the one connection listening for them."""

    def __init__(self) -> None:
        # Each queue with the kinds it listens for (None: every kind).
        self.queues: dict[asyncio.Queue[LiveMessage], frozenset[str] | None] = {}
        self.listener: asyncio.Task[None] | None = None
        self.subscribed = asyncio.Event()
        self.stop = asyncio.Event()

    def deliver(self, message: LiveMessage) -> None:
        for queue, kinds in list(self.queues.items()):
            if kinds is not None and message.kind not in kinds:
                continue
            try:
                queue.put_nowait(message)
            except asyncio.QueueFull:
                # A subscriber that stopped reading loses messages rather than memory.
                log.warning("a live subscriber is %d messages behind; dropping", QUEUE_SIZE)

    async def join(
        self,
        queue: asyncio.Queue[LiveMessage],
        kinds: frozenset[str] | None,
        redis_url: str | None,
    ) -> None:
        self.queues[queue] = kinds
        if redis_url is None:
            return
        if self.listener is None:
            self.subscribed.clear()
            self.stop = asyncio.Event()
            self.listener = asyncio.create_task(self._listen(redis_url, _channel, self.stop))
        await self.subscribed.wait()

    async def leave(self, queue: asyncio.Queue[LiveMessage]) -> None:
        self.queues.pop(queue, None)
        if not self.queues and self.listener is not None:
            listener, self.listener = self.listener, None
            self.stop.set()
            await listener

    async def _listen(self, redis_url: str, channel: str, stop: asyncio.Event) -> None:
        # Polls with a timeout and stops on a flag: cancelling redis-py's blocking read can
        # leave the task waiting forever (seen with redis 8.1), and with it the app's shutdown.
        client = aredis.Redis.from_url(redis_url)
        try:
            while not stop.is_set():
                pubsub: Any = client.pubsub(ignore_subscribe_messages=True)
                try:
                    await pubsub.subscribe(channel)
                    self.subscribed.set()
                    while not stop.is_set():
                        raw = await pubsub.get_message(
                            ignore_subscribe_messages=True, timeout=POLL_SECONDS
                        )
                        if raw is not None and raw.get("type") == "message":
                            self._deliver_raw(raw["data"])
                except aredis.RedisError:
                    log.warning("live events lost Redis; reconnecting", exc_info=True)
                finally:
                    with contextlib.suppress(aredis.RedisError):
                        await pubsub.aclose()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), RECONNECT_SECONDS)
        finally:
            await client.aclose()

    def _deliver_raw(self, data: str | bytes) -> None:
        try:
            message = LiveMessage.decode(data)
        except (ValueError, KeyError, TypeError):
            log.warning("ignoring a malformed live event: %r", data)
            return
        self.deliver(message)


@contextlib.asynccontextmanager
async def listen(kinds: Iterable[str] | None = None) -> AsyncIterator[asyncio.Queue[LiveMessage]]:
    """Receive the live messages of ``kinds`` (all when None) published from now on, in
    this event loop.

    The queue is registered — and, with Redis, the channel subscribed — before the block
    starts, so a message published after entering is never missed.
    """
    loop = asyncio.get_running_loop()
    hub = _hubs.get(loop)
    if hub is None:
        hub = _hubs[loop] = _Hub()
    queue: asyncio.Queue[LiveMessage] = asyncio.Queue(QUEUE_SIZE)
    try:
        await hub.join(queue, None if kinds is None else frozenset(kinds), _redis_url)
        yield queue
    finally:
        await hub.leave(queue)


def local_subscribers(kind: str | None = None) -> int:
    """How many listeners this event loop has (for ``kind``, when given), for health checks
    and tests."""
    try:
        hub = _hubs.get(asyncio.get_running_loop())
    except RuntimeError:
        return 0
    if hub is None:
        return 0
    return sum(kind is None or kinds is None or kind in kinds for kinds in hub.queues.values())
