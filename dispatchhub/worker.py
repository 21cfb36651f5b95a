"""The Celery app: executes outbox rows and runs the relay on a beat schedule.

Start it with ``dispatchhub worker`` (a worker with an embedded beat) or, for separate
processes, ``celery -A dispatchhub.worker worker`` and ``celery -A dispatchhub.worker beat``.
Each worker process keeps one event loop and one :class:`~dispatchhub.runtime.Runtime`
(database pool, plugins), built on first use.

Delivery: acks late (rejected when the worker is lost), prefetch 1, and the outbox row's own
state machine make a redelivered or duplicated message harmless
(:func:`dispatchhub.outbox.service.execute` claims the row conditionally); a worker killed
mid-task leaves the row RUNNING, its heartbeat stops, and the relay requeues it after
``outbox_visibility_seconds`` (15 s by default). A task that finds the database away retries
with a short back-off. The worker's own heartbeat in Redis (:mod:`dispatchhub.worker_health`)
tells ``/readyz`` and ``/metrics`` a worker is alive.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any
from uuid import UUID

from celery.signals import setup_logging, worker_ready

from dispatchhub.config import Settings
from dispatchhub.outbox.broker import EXECUTE_TASK, RELAY_TASK, create_celery, send_execute

__all__ = ["celery_app", "send_execute"]

# A task that met a database outage tries again this many times (about a minute and a half)
# before leaving its row to the relay's visibility timeout.
DATABASE_RETRIES = 20

celery_app = create_celery(Settings())
_local = threading.local()


if Settings().log_format == "json":

    @setup_logging.connect
    def _json_logs(**_: Any) -> None:
        """JSON log lines in the worker too (Celery then leaves logging to us)."""
        from dispatchhub.logs import configure_logging

        configure_logging(Settings())


@worker_ready.connect
def _ready(sender: Any = None, **_: Any) -> None:
    """Start this worker's heartbeat in Redis once it is ready (:mod:`.worker_health`), and
    import every task's code now rather than in the first task (the domains pull in the
    dispatch engine's numeric libraries: seconds on a busy machine, which a row redelivered
    after a crash would otherwise wait)."""
    from dispatchhub import domains
    from dispatchhub.worker_health import start_heartbeat

    domains.load()
    settings = Settings()
    if settings.redis_url:
        start_heartbeat(settings, getattr(sender, "hostname", None))


def _run(coro: Any) -> Any:
    """Run a coroutine on this worker thread's persistent loop, with the runtime ready."""
    from dispatchhub import domains
    from dispatchhub.runtime import create_runtime

    if not hasattr(_local, "loop"):
        domains.load()
        _local.loop = asyncio.new_event_loop()
        _local.runtime = create_runtime(Settings())
    return _local.loop.run_until_complete(coro(_local.runtime))


@celery_app.task(name=EXECUTE_TASK, bind=True, max_retries=DATABASE_RETRIES)
def execute_outbox(self: Any, message_id: str, resume: bool = False) -> str:
    """Execute one outbox row (no-op when another executor already claimed it).

    When the database is away the task is retried after 1, 2, 4, then every 5 seconds
    (:data:`DATABASE_RETRIES` times) rather than left to the visibility timeout; a retry
    first takes back the row this worker left RUNNING (:func:`~dispatchhub.outbox.service.resume`).
    """
    from dispatchhub.outage_retry import RunLater, execute_or_resume
    from dispatchhub.outages import database_unavailable

    try:
        return str(_run(lambda runtime: execute_or_resume(runtime, UUID(message_id), resume)))
    except Exception as exc:
        if not (isinstance(exc, RunLater) or database_unavailable(exc)):
            raise
        countdown = min(2**self.request.retries, 5)
        raise self.retry(exc=exc, countdown=countdown, kwargs={"resume": True}) from exc


@celery_app.task(name=RELAY_TASK)
def relay_outbox() -> int:
    """One relay pass (beat runs it every ``outbox_poll_seconds``)."""
    from dispatchhub.outbox.relay import CeleryHandoff, OutboxRelay

    async def run_pass(runtime: Any) -> int:
        relay = OutboxRelay(
            runtime, CeleryHandoff(runtime.settings), visibility=runtime.outbox_visibility
        )
        try:
            return await relay.run_once()
        finally:
            await relay.stop()

    return int(_run(run_pass))
