"""The Celery app: executes outbox rows and runs the relay on a beat schedule.

Start it with ``dispatchhub worker`` (a worker with an embedded beat) or, for separate
processes, ``celery -A dispatchhub.worker worker`` and ``celery -A dispatchhub.worker beat``.
Each worker process keeps one event loop and one :class:`~dispatchhub.runtime.Runtime`
(database pool, plugins), built on first use.

Delivery: acks late, prefetch 1, and the outbox row's own state machine make a redelivered
or duplicated message harmless (:func:`dispatchhub.outbox.service.execute` claims the row
conditionally); a worker killed mid-task leaves the row RUNNING, and the relay requeues it
after the visibility timeout.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any
from uuid import UUID

from dispatchhub.config import Settings
from dispatchhub.outbox.broker import EXECUTE_TASK, RELAY_TASK, create_celery, send_execute

__all__ = ["celery_app", "send_execute"]

celery_app = create_celery(Settings())
_local = threading.local()


def _run(coro: Any) -> Any:
    """Run a coroutine on this worker thread's persistent loop, with the runtime ready."""
    from dispatchhub import domains
    from dispatchhub.runtime import create_runtime

    if not hasattr(_local, "loop"):
        domains.load()
        _local.loop = asyncio.new_event_loop()
        _local.runtime = create_runtime(Settings())
    return _local.loop.run_until_complete(coro(_local.runtime))


@celery_app.task(name=EXECUTE_TASK)
def execute_outbox(message_id: str) -> str:
    """Execute one outbox row (no-op when another executor already claimed it)."""
    from dispatchhub.outbox.service import execute

    outcome = _run(lambda runtime: execute(runtime, UUID(message_id)))
    return str(outcome.status)


@celery_app.task(name=RELAY_TASK)
def relay_outbox() -> int:
    """One relay pass (beat runs it every ``outbox_poll_seconds``)."""
    from dispatchhub.outbox.relay import CeleryHandoff, OutboxRelay
    from dispatchhub.runtime import OUTBOX_VISIBILITY

    async def run_pass(runtime: Any) -> int:
        relay = OutboxRelay(runtime, CeleryHandoff(runtime.settings), visibility=OUTBOX_VISIBILITY)
        try:
            return await relay.run_once()
        finally:
            await relay.stop()

    return int(_run(run_pass))
