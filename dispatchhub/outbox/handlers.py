"""The registry of outbox tasks: name → coroutine taking the runtime and the payload."""

from __future__ import annotations

from functools import cache

from dispatchhub.outbox.service import Handler

__all__ = ["task_handlers"]


@cache
def task_handlers() -> dict[str, Handler]:
    """Every task the outbox can run, by the name stored in ``OutboxMessage.task``."""
    from dispatchhub.analytics.rollups import TASK as REFRESH_ROLLUPS
    from dispatchhub.analytics.rollups import run_refresh
    from dispatchhub.bookings.export import run_export
    from dispatchhub.dispatch.stats import REFRESH_TASK, refresh_staff_task
    from dispatchhub.notifications.tasks import deliver_notification
    from dispatchhub.orders.deadlines import CHECK_TASK as ARRIVAL_CHECK
    from dispatchhub.orders.deadlines import ETA_TASK as ARRIVAL_ETA
    from dispatchhub.orders.deadlines import check_arrival_task, refresh_eta_task
    from dispatchhub.orders.dispatching import run_dispatch
    from dispatchhub.orders.reoptimise import TASK as REOPTIMISE
    from dispatchhub.orders.reoptimise import run_reoptimise
    from dispatchhub.orders.timeouts import expire_offer
    from dispatchhub.payments.service import REFUND_TASK, run_refund
    from dispatchhub.plugins.events import run_plugin_event
    from dispatchhub.reviews.tasks import send_review_invitation

    return {
        REFRESH_ROLLUPS: run_refresh,
        "bookings.export": run_export,
        REFRESH_TASK: refresh_staff_task,
        "notifications.deliver": deliver_notification,
        "orders.dispatch": run_dispatch,
        ARRIVAL_CHECK: check_arrival_task,
        ARRIVAL_ETA: refresh_eta_task,
        "orders.offer_expired": expire_offer,
        REOPTIMISE: run_reoptimise,
        REFUND_TASK: run_refund,
        "plugins.event": run_plugin_event,
        "reviews.invite": send_review_invitation,
    }
