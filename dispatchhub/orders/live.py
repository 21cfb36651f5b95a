"""Live order events: published after commit, delivered to subscribers in every app process.

Services call :func:`publish_order_event` (a status change), :func:`publish_offer` (an order
pushed to one staff member) or :func:`publish_grabbable` (an order entered the grab pool)
inside their write transaction; the message leaves once the transaction commits, never after
a rollback. Without Redis the message goes straight to this process's subscribers (the
embedded mode has one process). With Redis it is published on :data:`CHANNEL`, suffixed with
the Celery queue name so deployments sharing a Redis stay apart, and every process — the
publisher included — hands it to its own subscribers: a change made through one app instance,
or by the Celery worker, reaches a WebSocket held by another.

Delivery is best effort, like any pub/sub: a subscriber that was not connected when a message
went out does not get it later. Clients catch up by reading the order (``orderEvents`` starts
with the order's current state for that reason).
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
from typing import Any, Literal
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
    "publish_grabbable",
    "publish_offer",
    "publish_order_event",
]

CHANNEL = "dispatchhub:orders-live"
QUEUE_SIZE = 256
RECONNECT_SECONDS = 1.0
# How long a listener may take to notice that its last subscriber left.
POLL_SECONDS = 0.25
log = logging.getLogger(__name__)

Kind = Literal["ORDER", "OFFER", "GRABBABLE"]


@dataclass(frozen=True, slots=True)
class LiveMessage:
    """One live event.

    Attributes:
        kind: ``ORDER`` (something happened to the order), ``OFFER`` (the order was offered
            to the staff in ``staff_ids``), ``GRABBABLE`` (it can be grabbed).
        order_id: the order's id.
        payload: what happened, JSON-serialisable (``status``, ``fromStatus``, ``reason``…).
        staff_ids: who an ``OFFER`` or ``GRABBABLE`` is for; None means every staff member.
    """

    kind: Kind
    order_id: str
    payload: dict[str, Any] = field(default_factory=dict)
    staff_ids: tuple[str, ...] | None = None

    def encode(self) -> str:
        """The message as sent over Redis."""
        return json.dumps(
            {
                "kind": self.kind,
                "orderId": self.order_id,
                "payload": self.payload,
                "staffIds": None if self.staff_ids is None else list(self.staff_ids),
            }
        )

    @classmethod
    def decode(cls, raw: str | bytes) -> LiveMessage:
        """A message received over Redis."""
        data = json.loads(raw)
        staff = data.get("staffIds")
        return cls(
            kind=data["kind"],
            order_id=str(data["orderId"]),
            payload=dict(data.get("payload") or {}),
            staff_ids=None if staff is None else tuple(str(s) for s in staff),
        )


_redis_url: str | None = None
_channel = CHANNEL
_publishers: dict[str, tuple[ThreadPoolExecutor, redis.Redis]] = {}
_hubs: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Hub] = weakref.WeakKeyDictionary()


def configure(settings: Settings) -> None:
    """Use the settings' Redis (or none: in-process delivery) for live events in this process.

    :func:`dispatchhub.runtime.create_runtime` calls it, so the app and the worker agree.
    """
    global _redis_url, _channel
    _redis_url = settings.redis_url
    # Deployments sharing a Redis keep apart, as their Celery queues do.
    _channel = f"{CHANNEL}:{settings.celery_queue}"


def publish_order_event(order_id: UUID | str, payload: Mapping[str, Any]) -> None:
    """Tell subscribers of the order what happened to it, once the transaction commits.

    Called by order services in the request or in the worker, inside :func:`db.write`
    (or from an ``on_commit`` callback, where it sends at once).

    Args:
        order_id: the order.
        payload: JSON-serialisable facts: ``status`` (required for a status change),
            ``fromStatus``, ``reason``, ``actorId``, ``at`` (ISO 8601), ``lat``, ``lon``.
    """
    _publish(LiveMessage("ORDER", str(order_id), dict(payload)))


def publish_offer(order_id: UUID | str, staff_id: UUID | str, payload: Mapping[str, Any]) -> None:
    """Tell one staff member that an order was offered to them, once the transaction commits.

    Args:
        order_id: the order.
        staff_id: the user the offer is for.
        payload: JSON-serialisable facts (``offerId``, ``deadline``, ``mode``…).
    """
    _publish(LiveMessage("OFFER", str(order_id), dict(payload), (str(staff_id),)))


def publish_grabbable(
    order_id: UUID | str,
    payload: Mapping[str, Any],
    *,
    staff_ids: Iterable[UUID | str] | None = None,
) -> None:
    """Tell staff that an order can be grabbed, once the transaction commits.

    Args:
        order_id: the order.
        payload: JSON-serialisable facts (``serviceType``, ``urgency``, ``region``…).
        staff_ids: the eligible staff; None tells every staff member.
    """
    audience = None if staff_ids is None else tuple(str(s) for s in staff_ids)
    _publish(LiveMessage("GRABBABLE", str(order_id), dict(payload), audience))


def _publish(message: LiveMessage) -> None:
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
        # The change is committed; live viewers see it when they next read the order.
        log.warning("could not publish a live order event", exc_info=True)


class _Hub:
    """This event loop's subscribers and, with Redis, the one connection listening for them."""

    def __init__(self) -> None:
        self.queues: set[asyncio.Queue[LiveMessage]] = set()
        self.listener: asyncio.Task[None] | None = None
        self.subscribed = asyncio.Event()
        self.stop = asyncio.Event()

    def deliver(self, message: LiveMessage) -> None:
        for queue in list(self.queues):
            try:
                queue.put_nowait(message)
            except asyncio.QueueFull:
                # A subscriber that stopped reading loses messages rather than memory.
                log.warning("a live subscriber is %d messages behind; dropping", QUEUE_SIZE)

    async def join(self, queue: asyncio.Queue[LiveMessage], redis_url: str | None) -> None:
        self.queues.add(queue)
        if redis_url is None:
            return
        if self.listener is None:
            self.subscribed.clear()
            self.stop = asyncio.Event()
            self.listener = asyncio.create_task(self._listen(redis_url, _channel, self.stop))
        await self.subscribed.wait()

    async def leave(self, queue: asyncio.Queue[LiveMessage]) -> None:
        self.queues.discard(queue)
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
async def listen() -> AsyncIterator[asyncio.Queue[LiveMessage]]:
    """Receive every live message published from now on, in this event loop.

    The queue is registered — and, with Redis, the channel subscribed — before the block
    starts, so a message published after entering is never missed.
    """
    loop = asyncio.get_running_loop()
    hub = _hubs.get(loop)
    if hub is None:
        hub = _hubs[loop] = _Hub()
    queue: asyncio.Queue[LiveMessage] = asyncio.Queue(QUEUE_SIZE)
    try:
        await hub.join(queue, _redis_url)
        yield queue
    finally:
        await hub.leave(queue)


def local_subscribers() -> int:
    """How many subscribers this event loop has (for health checks and tests)."""
    try:
        hub = _hubs.get(asyncio.get_running_loop())
    except RuntimeError:
        return 0
    return 0 if hub is None else len(hub.queues)
