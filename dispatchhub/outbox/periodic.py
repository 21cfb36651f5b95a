"""Outbox tasks that run every so often by queueing their own next run.

A periodic task's handler calls :func:`schedule` when it ends (also when it failed), and the
app calls it at start-up for the first run. The run is an ordinary
delayed outbox row, so it runs in the app's relay or in the Celery worker alike; when a run
is already queued none is added, so several app processes settle on one chain.
"""

from __future__ import annotations

from datetime import timedelta

from dispatchhub import db
from dispatchhub.outbox.service import enqueue
from dispatchhub.outbox.tables import OutboxMessage

__all__ = ["schedule"]


async def _queued(task: str) -> bool:
    return bool(
        await OutboxMessage.exists().where(
            (OutboxMessage.task == task) & OutboxMessage.status.is_in(["PENDING", "QUEUED"])
        )
    )


async def schedule(task: str, every: timedelta) -> None:
    """Queue the next run of ``task`` in ``every`` unless one is queued (0 disables)."""
    if every > timedelta(0) and not await _queued(task):
        async with db.write():
            await enqueue(task, {}, delay=every)
