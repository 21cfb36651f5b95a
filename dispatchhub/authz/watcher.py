"""Policy changes reach every app instance: a Casbin watcher over Redis pub/sub.

The instance that changes a rule updates its own enforcer at once (Casbin does) and, once
the transaction that stored the change has committed, publishes a message on
:data:`CHANNEL`; every other instance reloads its policy from the database when it hears
it. Publishing after commit matters: a reload triggered earlier would read the old rows.

A reload replaces the whole in-memory policy with what it read, so one that was already
reading when this instance made a change could put the old rules back. :attr:`RedisWatcher.lock`
prevents that: a reload holds it, and so does a change made through
:mod:`dispatchhub.authz.service` from before it touches the enforcer until its transaction has
committed; a reload therefore reads either before the change or after its commit.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import uuid
from collections.abc import Callable
from typing import Any

import redis.asyncio as redis

from dispatchhub import db

__all__ = ["CHANNEL", "RedisWatcher"]

CHANNEL = "dispatchhub:casbin-policy"
RECONNECT_SECONDS = 1.0
POLL_SECONDS = 0.5
log = logging.getLogger(__name__)


class RedisWatcher:
    """Casbin's watcher interface (``set_update_callback``, ``update``, ``close``)."""

    def __init__(self, redis_url: str, *, channel: str = CHANNEL) -> None:
        self.channel = channel
        self.instance = uuid.uuid4().hex  # who published, for the logs
        self.lock = asyncio.Lock()
        self._stopping = False
        self._client = redis.Redis.from_url(redis_url)
        self._callback: Callable[[], Any] | None = None
        self._listener: asyncio.Task[None] | None = None
        self._publishing: set[asyncio.Task[None]] = set()

    def set_update_callback(self, callback: Callable[[], Any]) -> None:
        """What to run when another instance changed the policy (a reload of the enforcer)."""
        self._callback = callback

    async def start(self) -> None:
        """Subscribe, and return once the subscription is in place."""
        self._listener = asyncio.create_task(self._listen(await self._subscribe()))

    async def _subscribe(self) -> Any:
        pubsub = self._client.pubsub(ignore_subscribe_messages=True)
        await pubsub.subscribe(self.channel)
        return pubsub

    def update(self) -> None:
        """Tell the other instances, after the enclosing transaction commits."""
        db.on_commit(self._publish_soon)

    def _publish_soon(self) -> None:
        task = asyncio.get_running_loop().create_task(self._publish())
        self._publishing.add(task)
        task.add_done_callback(self._publishing.discard)

    async def _publish(self) -> None:
        try:
            await self._client.publish(self.channel, self.instance)
        except redis.RedisError:
            # The change is stored; other instances pick it up at their next reload.
            log.exception("could not announce a policy change")

    async def _listen(self, pubsub: Any) -> None:
        while not self._stopping:
            try:
                # Poll with a timeout and stop on a flag: cancelling redis-py's blocking read
                # inside ``listen()`` can hang, and with it the app's shutdown.
                while not self._stopping:
                    message = await pubsub.get_message(
                        ignore_subscribe_messages=True, timeout=POLL_SECONDS
                    )
                    if message is not None and message.get("type") == "message":
                        await self._reload()
            except redis.RedisError:
                log.warning("policy watcher lost Redis; reconnecting", exc_info=True)
            finally:
                with contextlib.suppress(redis.RedisError):
                    await pubsub.aclose()
            if self._stopping:
                return
            pubsub = await self._resubscribe()
            await self._reload()  # changes made while we were away sent no message to us

    async def _resubscribe(self) -> Any:
        while True:
            await asyncio.sleep(RECONNECT_SECONDS)
            try:
                return await self._subscribe()
            except redis.RedisError:
                continue

    async def _reload(self) -> None:
        if self._callback is None:
            return
        async with self.lock:
            try:
                result = self._callback()
                if inspect.isawaitable(result):
                    await result
            except Exception:
                log.exception("reloading the policy failed")

    async def close(self) -> None:
        """Stop listening and close the connection."""
        if self._publishing:
            await asyncio.gather(*self._publishing, return_exceptions=True)
        self._stopping = True
        if self._listener is not None:
            try:
                await asyncio.wait_for(self._listener, timeout=POLL_SECONDS * 5)
            except TimeoutError:
                self._listener.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._listener
        await self._client.aclose()
