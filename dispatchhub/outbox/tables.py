"""The transactional outbox: side effects written with the business change, run after it."""

from __future__ import annotations

from piccolo.columns import JSON, Integer, Text, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from dispatchhub.tables_common import created_at, primary_key

__all__ = ["OutboxMessage"]


class OutboxMessage(Table, tablename="outbox_messages"):
    """One job to run once the transaction that wrote it has committed.

    States: PENDING (waiting for ``available_at``), QUEUED (handed to the broker), RUNNING
    (claimed by an executor), DONE, FAILED (gave up after the maximum attempts; an admin can
    requeue it). Rows stuck in QUEUED or RUNNING past the visibility timeout are requeued by
    the relay, so a lost broker message or a killed worker loses nothing.
    """

    id = primary_key()
    task = Varchar(length=100, index=True)
    payload = JSON(default="{}")
    status = Varchar(length=8, default="PENDING", index=True)
    attempts = Integer(default=0)
    available_at = Timestamptz(default=TimestamptzNow(), index=True)
    claimed_at = Timestamptz(null=True, default=None)
    done_at = Timestamptz(null=True, default=None)
    last_error = Text(default="")
    created_at = created_at()
