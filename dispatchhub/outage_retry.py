"""The worker's side of a database outage: run a row, or take back the one it left RUNNING."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING
from uuid import UUID

from dispatchhub.outbox import service

if TYPE_CHECKING:
    from dispatchhub.runtime import Runtime

__all__ = ["RunLater", "execute_or_resume"]


class RunLater(Exception):
    """The row is still RUNNING with signs of life: look again shortly."""


async def execute_or_resume(runtime: Runtime, message_id: UUID, resume: bool) -> str:
    """Execute the row; on a retry after an outage, first take it back if it was left
    RUNNING (no heartbeat for 1.5 heartbeat intervals).

    Raises:
        RunLater: it is still RUNNING and may still be alive.
    """
    if resume:
        every = runtime.settings.outbox_visibility_seconds / 3
        status = await service.resume(message_id, timedelta(seconds=every * 1.5))
        if status == "RUNNING":
            raise RunLater(f"outbox row {message_id} is still running")
        if status != "QUEUED":
            return "SKIPPED"
    outcome = await service.execute(runtime, message_id)
    return outcome.status
