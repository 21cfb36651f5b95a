"""Failed outbox jobs for admins: the list and a retry."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry import relay

from dispatchhub.errors import DomainError
from dispatchhub.graphql.errors import Error
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.refusals import refusals
from dispatchhub.outbox import admin
from dispatchhub.outbox.errors import OutboxErrorCode

__all__ = ["OutboxJobType", "OutboxMutation", "OutboxQuery"]

OutboxErrorCodeEnum = strawberry.enum(OutboxErrorCode, name="OutboxErrorCode")


@strawberry.type
class OutboxError(Error):
    code: OutboxErrorCodeEnum  # type: ignore[valid-type]


@strawberry.type(name="OutboxJob", description="A side-effect job of the outbox (admins).")
class OutboxJobType:
    id: strawberry.ID = strawberry.field(description="The job's global ID.")
    task: str = strawberry.field(description="The registered task name it runs.")
    status: str = strawberry.field(description="FAILED, or PENDING once retried.")
    attempts: int = strawberry.field(description="Attempts made (0 again after a retry).")
    last_error: str = strawberry.field(description="The last attempt's exception, as text.")
    created_at: datetime = strawberry.field(description="When the job was written.")
    failed_at: datetime = strawberry.field(description="When its last attempt ran.")

    @classmethod
    def of(cls, job: admin.FailedJob) -> OutboxJobType:
        return cls(
            id=strawberry.ID(str(relay.GlobalID("OutboxJob", str(job.id)))),
            task=job.task,
            status=job.status,
            attempts=job.attempts,
            last_error=job.last_error,
            created_at=job.created_at,
            failed_at=job.failed_at,
        )


@strawberry.type
class OutboxQuery:
    @strawberry.field(description="Outbox jobs that gave up after their attempts, newest first.")
    async def failed_outbox_jobs(
        self,
        limit: Annotated[int, strawberry.argument(description="At most this many, 1..500.")] = 100,
    ) -> list[OutboxJobType]:
        return [OutboxJobType.of(job) for job in await admin.failed_jobs(limit)]


@strawberry.input
class OutboxJobRetryInput:
    id: strawberry.ID = strawberry.field(description="The FAILED job: its global ID or row id.")


@strawberry.type
class OutboxJobRetryPayload:
    job: OutboxJobType | None = strawberry.field(description="The job, PENDING again.")
    errors: list[OutboxError]


@strawberry.type
class OutboxMutation:
    @strawberry.mutation(description="Put one FAILED outbox job back to PENDING, due now.")
    @refusals(OutboxJobRetryPayload, OutboxError)
    async def outbox_job_retry(
        self, info: strawberry.Info, input: OutboxJobRetryInput
    ) -> OutboxJobRetryPayload:
        job_id = row_id(input.id, "OutboxJob")
        if job_id is None:
            raise DomainError(OutboxErrorCode.JOB_NOT_FOUND, "id")
        return OutboxJobRetryPayload(
            job=OutboxJobType.of(await admin.retry_failed(job_id)), errors=[]
        )
