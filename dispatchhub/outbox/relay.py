"""The relay: moves committed outbox rows to whoever executes them.

With Redis configured it hands each row to Celery (a worker runs it); without, it runs the
same :func:`~dispatchhub.outbox.service.execute` in this process. It wakes on a nudge from a
commit in this process and otherwise polls, so rows written by other processes, retries and
delayed rows (offer deadlines) are picked up too. A broker outage leaves rows PENDING; they
go out when the broker is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol
from uuid import UUID

from dispatchhub.outbox import service
from dispatchhub.outbox.broker import create_celery, send_execute

if TYPE_CHECKING:
    from dispatchhub.config import Settings
    from dispatchhub.runtime import Runtime

__all__ = ["CeleryHandoff", "InProcessHandoff", "OutboxRelay"]

log = logging.getLogger(__name__)
BROKER_RETRY = timedelta(seconds=2)
COALESCE_SECONDS = 0.02


class Handoff(Protocol):
    """Where claimed rows go."""

    async def __call__(self, runtime: Runtime, message_ids: list[UUID]) -> None: ...


class InProcessHandoff:
    """Execute claimed rows right here, one after another (the embedded mode)."""

    async def __call__(self, runtime: Runtime, message_ids: list[UUID]) -> None:
        for message_id in message_ids:
            await service.execute(runtime, message_id)


class CeleryHandoff:
    """Publish one Celery message per claimed row; rows the broker refuses go back."""

    def __init__(self, settings: Settings) -> None:
        self.celery = create_celery(settings)

    async def __call__(self, runtime: Runtime, message_ids: list[UUID]) -> None:
        # One trip to a thread for the whole batch: Celery's publishing is blocking, and a
        # thread hop per row cost the app's event loop more than the publishing itself.
        sent, problem = await asyncio.to_thread(self._publish, message_ids)
        if problem is not None:  # broker down: keep the rest for later, lose nothing
            log.warning(
                "broker unavailable, %d outbox rows wait: %r", len(message_ids) - sent, problem
            )
            await service.release(message_ids[sent:], retry_in=BROKER_RETRY)

    def _publish(self, message_ids: list[UUID]) -> tuple[int, Exception | None]:
        """Publish in order; how many went out, and what stopped the rest (None: nothing)."""
        for index, message_id in enumerate(message_ids):
            try:
                send_execute(self.celery, message_id)
            except Exception as exc:
                return index, exc
        return len(message_ids), None


class OutboxRelay:
    """A background loop in the app (and, through beat, in the worker) that drains the outbox."""

    def __init__(self, runtime: Runtime, handoff: Handoff, *, visibility: timedelta) -> None:
        self.runtime = runtime
        self.handoff = handoff
        self.visibility = visibility
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._unsubscribe = service.register_waker(self._wake.set)

    async def run_once(self) -> int:
        """Requeue stale rows, then claim and hand off every due row; returns how many."""
        await service.requeue_stale(self.visibility)
        return await self._drain()

    async def _drain(self) -> int:
        total = 0
        while ids := await service.claim_pending(self.runtime.settings.outbox_batch_size):
            await self.handoff(self.runtime, ids)
            total += len(ids)
            if len(ids) < self.runtime.settings.outbox_batch_size:
                break
        return total

    def start(self) -> None:
        """Start the loop on the running event loop."""
        self._task = asyncio.get_running_loop().create_task(self._loop(), name="outbox-relay")

    async def stop(self, timeout: float = 10.0) -> None:
        """Finish the pass in progress, then stop.

        Waiting instead of cancelling matters on SQLite: a query cancelled mid-flight
        leaves aiosqlite's thread answering a closed event loop. A row still in flight after
        ``timeout`` stays QUEUED/RUNNING and is requeued by the next relay.
        """
        self._unsubscribe()
        self._stopping = True
        self._wake.set()
        if self._task is None:
            return
        try:
            await asyncio.wait_for(asyncio.shield(self._task), timeout)
        except TimeoutError:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _loop(self) -> None:
        poll = self.runtime.settings.outbox_poll_seconds
        requeued = -math.inf
        while not self._stopping:
            self._wake.clear()
            try:
                # Stale rows are rare and wait for a visibility timeout anyway: looking for
                # them once a poll interval is enough, not on every commit's nudge.
                if time.monotonic() - requeued >= poll:
                    await service.requeue_stale(self.visibility)
                    requeued = time.monotonic()
                await self._drain()
            except Exception:  # the database may be briefly unreachable; keep relaying
                log.exception("outbox relay pass failed")
            if self._stopping:
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=poll)
            if not self._stopping:
                # Under load commits nudge the relay hundreds of times a second; a moment's
                # wait lets their rows go out in one claim and one hand-off.
                await asyncio.sleep(COALESCE_SECONDS)
