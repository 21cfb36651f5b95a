"""Periodic outbox tasks: one run queued at a time, however often it is asked for."""

from __future__ import annotations

from datetime import timedelta

from dispatchhub.config import Settings
from dispatchhub.orders.reoptimise import TASK
from dispatchhub.outbox.periodic import schedule
from dispatchhub.outbox.tables import OutboxMessage


async def test_one_run_is_queued_however_often_it_is_asked_for(database: Settings) -> None:
    await schedule(TASK, timedelta(seconds=60))
    await schedule(TASK, timedelta(seconds=60))
    await schedule(TASK, timedelta(0))  # disabled: nothing

    rows = await OutboxMessage.select(OutboxMessage.status).where(OutboxMessage.task == TASK)
    assert rows == [{"status": "PENDING"}]
