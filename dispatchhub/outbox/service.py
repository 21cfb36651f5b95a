"""Writing outbox rows and executing them, exactly once per committed row.

A row moves PENDING → QUEUED (the relay claimed it and handed it to Celery or to the
in-process executor) → RUNNING (an executor claimed it) → DONE. Every move is a conditional
update, so two relays, a redelivered Celery message or two workers can never run the same
row twice; a handler that raises sends the row back to PENDING with exponential back-off
until ``outbox_max_attempts``, then to FAILED, where it stays for an admin to requeue.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID

from dispatchhub import db
from dispatchhub.outbox.tables import OutboxMessage

if TYPE_CHECKING:
    from dispatchhub.runtime import Runtime

__all__ = [
    "Handler",
    "claim_pending",
    "enqueue",
    "execute",
    "release",
    "Backlog",
    "backlog",
    "requeue_stale",
    "resume",
    "wake_relays",
]

log = logging.getLogger(__name__)

Handler = Callable[["Runtime", dict[str, Any]], Awaitable[None]]
_wakers: list[Callable[[], None]] = []
MAX_BACKOFF = timedelta(minutes=10)


def now() -> datetime:
    """The current UTC time (one place, so tests and services agree)."""
    return datetime.now(UTC)


async def enqueue(task: str, payload: dict[str, Any], *, delay: timedelta | None = None) -> UUID:
    """Write an outbox row in the caller's transaction and nudge the relay after commit.

    Call it inside :func:`dispatchhub.db.write` together with the business change: the row
    exists exactly when the change committed.

    Args:
        task: a name from :func:`dispatchhub.outbox.handlers.task_handlers`.
        payload: JSON-serialisable arguments of the handler.
        delay: run no earlier than this from now (offer deadlines, reminders).

    Returns:
        The row's id.
    """
    from dispatchhub.outbox.handlers import task_handlers

    if task not in task_handlers():
        raise ValueError(f"unknown outbox task {task!r}")
    row = OutboxMessage(task=task, payload=payload, available_at=now() + (delay or timedelta()))
    await row.save()
    if delay is None:
        db.on_commit(wake_relays)
    return UUID(str(row.id))


def wake_relays() -> None:
    """Tell the relays in this process that new rows are waiting."""
    for wake in list(_wakers):
        wake()


def register_waker(wake: Callable[[], None]) -> Callable[[], None]:
    """Subscribe a relay to :func:`wake_relays`; returns the function that unsubscribes it."""
    _wakers.append(wake)
    return lambda: _wakers.remove(wake)


async def claim_pending(limit: int) -> list[UUID]:
    """Move up to ``limit`` due PENDING rows to QUEUED and return their ids, oldest first."""
    due = await (
        OutboxMessage.select(OutboxMessage.id)
        .where((OutboxMessage.status == "PENDING") & (OutboxMessage.available_at <= now()))
        .order_by(OutboxMessage.available_at)
        .limit(limit)
    )
    if not due:
        return []
    claimed = await (
        OutboxMessage.update({OutboxMessage.status: "QUEUED", OutboxMessage.claimed_at: now()})
        .where(
            OutboxMessage.id.is_in([row["id"] for row in due]) & (OutboxMessage.status == "PENDING")
        )
        .returning(OutboxMessage.id)
    )
    return [UUID(str(row["id"])) for row in claimed]


async def release(message_ids: list[UUID], *, retry_in: timedelta) -> None:
    """Give QUEUED rows back (the broker refused them); they are retried after ``retry_in``."""
    if message_ids:
        await OutboxMessage.update(
            {OutboxMessage.status: "PENDING", OutboxMessage.available_at: now() + retry_in}
        ).where(OutboxMessage.id.is_in(message_ids) & (OutboxMessage.status == "QUEUED"))


async def requeue_stale(visibility: timedelta) -> int:
    """Requeue rows QUEUED or RUNNING for longer than ``visibility``.

    That is a broker message that was lost, or a worker killed in the middle of a handler.
    Handlers are written to be idempotent for this case (providers get the message id).
    """
    stale = await (
        OutboxMessage.update({OutboxMessage.status: "PENDING"})
        .where(
            OutboxMessage.status.is_in(["QUEUED", "RUNNING"])
            & (OutboxMessage.claimed_at < now() - visibility)
        )
        .returning(OutboxMessage.id)
    )
    if stale:
        log.warning("requeued %d outbox rows past their visibility timeout", len(stale))
    return len(stale)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What :func:`execute` did with one row."""

    status: str
    error: str = ""


async def execute(runtime: Runtime, message_id: UUID) -> Outcome:
    """Run one QUEUED row's handler, unless someone else already has.

    The same function runs in the Celery worker and in the in-process relay.

    Returns:
        ``SKIPPED`` when the row was not QUEUED (a duplicate delivery), else the row's new
        status: DONE, PENDING (will retry) or FAILED.
    """
    from dispatchhub.outbox.handlers import task_handlers

    claimed = await (
        OutboxMessage.update(
            {
                OutboxMessage.status: "RUNNING",
                OutboxMessage.claimed_at: now(),
                OutboxMessage.attempts: OutboxMessage.attempts + 1,
            }
        )
        .where((OutboxMessage.id == message_id) & (OutboxMessage.status == "QUEUED"))
        .returning(OutboxMessage.task, OutboxMessage.payload, OutboxMessage.attempts)
    )
    if not claimed:
        return Outcome("SKIPPED")
    row = claimed[0]
    from dispatchhub.logs import log_context

    payload_ids = json.loads(row["payload"])
    order = payload_ids.get("order_id") if isinstance(payload_ids, dict) else None
    log_context(outbox_id=str(message_id), task=row["task"], order_id=order)
    stop = asyncio.Event()
    alive = asyncio.get_running_loop().create_task(
        _keep_alive(message_id, runtime.settings.outbox_visibility_seconds / 3, stop)
    )
    try:
        payload = row["payload"]  # UPDATE ... RETURNING hands JSON back as text
        await task_handlers()[row["task"]](runtime, json.loads(payload))
    except Exception as exc:  # any handler or plugin failure: retry later, never lose the row
        log.warning("outbox %s (%s) failed: %r", message_id, row["task"], exc)
        return await _failed(message_id, row["attempts"], runtime.settings.outbox_max_attempts, exc)
    finally:
        stop.set()
        await alive  # never cancelled mid-statement (SQLite's thread would answer a dead loop)
    await OutboxMessage.update({OutboxMessage.status: "DONE", OutboxMessage.done_at: now()}).where(
        (OutboxMessage.id == message_id) & (OutboxMessage.status == "RUNNING")
    )
    return Outcome("DONE")


async def _keep_alive(message_id: UUID, every: float, stop: asyncio.Event) -> None:
    """While a handler runs, show it is alive: ``claimed_at`` moves on every ``every``
    seconds, so :func:`requeue_stale` takes back only rows whose executor is gone."""
    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
            return
        try:
            await OutboxMessage.update({OutboxMessage.claimed_at: now()}).where(
                (OutboxMessage.id == message_id) & (OutboxMessage.status == "RUNNING")
            )
        except Exception as exc:  # the database away: the handler will find out too
            log.warning("outbox %s heartbeat failed: %r", message_id, exc)


async def resume(message_id: UUID, grace: timedelta) -> str | None:
    """Take back a row this executor left RUNNING when the database went away mid-task.

    The row goes back to QUEUED (ready for :func:`execute`) when nothing has shown life for
    ``grace`` (longer than the heartbeat interval, so a live executor keeps it).

    Returns:
        The row's status afterwards (None when the row is gone): QUEUED means run it now,
        RUNNING that someone else still is (or it is too early to tell).
    """
    await OutboxMessage.update({OutboxMessage.status: "QUEUED"}).where(
        (OutboxMessage.id == message_id)
        & (OutboxMessage.status == "RUNNING")
        & (OutboxMessage.claimed_at < now() - grace)
    )
    row = (
        await OutboxMessage.select(OutboxMessage.status)
        .where(OutboxMessage.id == message_id)
        .first()
    )
    return None if row is None else str(row["status"])


@dataclass(frozen=True, slots=True)
class Backlog:
    """One task's due rows not done yet, and how long the oldest of them has waited."""

    waiting: int
    oldest_seconds: float


async def backlog() -> dict[str, Backlog]:
    """Per task, the due rows not yet done (PENDING, QUEUED or RUNNING) and the age of the
    oldest (from when it became due); rows held for later do not count."""
    rows = await OutboxMessage.raw(
        "SELECT task, MIN(available_at) AS oldest, COUNT(*) AS waiting FROM outbox_messages "
        "WHERE status IN ('PENDING', 'QUEUED', 'RUNNING') AND available_at <= {} "
        "GROUP BY task",
        now(),
    )
    found: dict[str, Backlog] = {}
    for row in rows:
        oldest = row["oldest"]
        if isinstance(oldest, str):  # SQLite hands timestamps back as text
            oldest = datetime.fromisoformat(oldest)
        if oldest.tzinfo is None:
            oldest = oldest.replace(tzinfo=UTC)
        age = max(0.0, (now() - oldest).total_seconds())
        found[str(row["task"])] = Backlog(int(row["waiting"]), age)
    return found


async def _failed(message_id: UUID, attempts: int, max_attempts: int, exc: Exception) -> Outcome:
    error = f"{type(exc).__name__}: {exc}"[:2000]
    if attempts >= max_attempts:
        values: dict[Any, Any] = {OutboxMessage.status: "FAILED"}
        status = "FAILED"
    else:
        backoff = min(timedelta(seconds=2**attempts), MAX_BACKOFF)
        values = {OutboxMessage.status: "PENDING", OutboxMessage.available_at: now() + backoff}
        status = "PENDING"
    values[OutboxMessage.last_error] = error
    await OutboxMessage.update(values).where(
        (OutboxMessage.id == message_id) & (OutboxMessage.status == "RUNNING")
    )
    return Outcome(status, error)
