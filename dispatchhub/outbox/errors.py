"""Error codes of the outbox as admins handle it."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["OutboxErrorCode"]


class OutboxErrorCode(ErrorCode):
    """Why a failed outbox job could not be retried."""

    JOB_NOT_FOUND = ("找不到该任务。", "There is no such job.")
    JOB_NOT_FAILED = (
        "该任务不是失败状态(当前:{status}),无需重试。",
        "The job has not failed (it is {status}); there is nothing to retry.",
    )
