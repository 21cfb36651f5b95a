"""The Celery side of the outbox: the app's configuration and the "execute this row" message.

The relay publishes with it (:class:`dispatchhub.outbox.relay.CeleryHandoff`); the worker
(:mod:`dispatchhub.worker`, on top) consumes with it.
"""

from __future__ import annotations

from uuid import UUID

from celery import Celery

from dispatchhub.config import Settings

__all__ = ["EXECUTE_TASK", "RELAY_TASK", "create_celery", "send_execute"]

EXECUTE_TASK = "dispatchhub.outbox.execute"
RELAY_TASK = "dispatchhub.outbox.relay"


def create_celery(settings: Settings) -> Celery:
    """A Celery app for ``settings`` (memory transport when no Redis is configured)."""
    app = Celery("dispatchhub", set_as_current=False)
    app.conf.update(
        broker_url=settings.redis_url or "memory://",
        broker_connection_retry_on_startup=True,
        task_default_queue=settings.celery_queue,
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        worker_hijack_root_logger=False,
        broker_transport_options={"visibility_timeout": 3600},
        beat_schedule={
            "outbox-relay": {"task": RELAY_TASK, "schedule": settings.outbox_poll_seconds}
        },
        timezone="UTC",
    )
    return app


def send_execute(app: Celery, message_id: UUID) -> None:
    """Publish one "execute this outbox row" message; raises when the broker is down."""
    # The Celery task id is the row id, so worker logs name the outbox row they ran.
    app.send_task(EXECUTE_TASK, args=[str(message_id)], task_id=str(message_id), retry=False)
