"""Failed outbox jobs as an admin sees them, and putting one back to run again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from dispatchhub import db
from dispatchhub.errors import DomainError
from dispatchhub.outbox.errors import OutboxErrorCode
from dispatchhub.outbox.service import now, wake_relays
from dispatchhub.outbox.tables import OutboxMessage

__all__ = ["FailedJob", "failed_jobs", "retry_failed"]

FAILED = "FAILED"
PENDING = "PENDING"


@dataclass(frozen=True, slots=True)
class FailedJob:
    """A row that gave up after its attempts."""

    id: UUID
    task: str
    attempts: int
    last_error: str
    created_at: datetime
    failed_at: datetime
    status: str


def _job(row: dict[str, Any]) -> FailedJob:
    return FailedJob(
        id=row["id"],
        task=row["task"],
        attempts=row["attempts"],
        last_error=row["last_error"],
        created_at=row["created_at"],
        # the last attempt's claim is when it ran and failed
        failed_at=row["claimed_at"] or row["available_at"],
        status=row["status"],
    )


async def failed_jobs(limit: int = 100) -> list[FailedJob]:
    """The FAILED rows, most recently failed first (at most ``limit``)."""
    rows = (
        await OutboxMessage.select()
        .where(OutboxMessage.status == FAILED)
        .order_by(OutboxMessage.claimed_at, ascending=False)
        .limit(max(1, min(limit, 500)))
    )
    return [_job(row) for row in rows]


async def retry_failed(job_id: UUID) -> FailedJob:
    """Put a FAILED row back to PENDING, due now, with its attempts counted afresh.

    Raises:
        DomainError: ``JOB_NOT_FOUND`` or ``JOB_NOT_FAILED`` at ``id``.
    """
    async with db.write():
        row = await OutboxMessage.select().where(OutboxMessage.id == job_id).first()
        if row is None:
            raise DomainError(OutboxErrorCode.JOB_NOT_FOUND, "id")
        if row["status"] != FAILED:
            raise DomainError(OutboxErrorCode.JOB_NOT_FAILED, "id", status=row["status"])
        await OutboxMessage.update(
            {
                OutboxMessage.status: PENDING,
                OutboxMessage.attempts: 0,
                OutboxMessage.available_at: now(),
                OutboxMessage.claimed_at: None,
            }
        ).where((OutboxMessage.id == job_id) & (OutboxMessage.status == FAILED))
    wake_relays()
    return _job({**row, "status": PENDING, "attempts": 0})
