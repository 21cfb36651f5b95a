"""The platform's domains, loaded by the entry points (the app, the worker, the CLI).

Loading a domain runs the modules that add its contributions to the core's registries:
its outbox tasks (:func:`dispatchhub.outbox.handlers.register_task`). This module sits
on top, with the entry points: the core below never names a domain.
"""

from __future__ import annotations

import importlib

__all__ = ["TASK_MODULES", "load"]

# The modules that register outbox tasks, lowest domain first.
TASK_MODULES = (
    "dispatchhub.plugins.events",
    "dispatchhub.notifications.tasks",
    "dispatchhub.bookings.export",
    "dispatchhub.payments.service",
    "dispatchhub.dispatch.stats",
    "dispatchhub.orders.dispatching",
    "dispatchhub.orders.timeouts",
    "dispatchhub.orders.reoptimise",
    "dispatchhub.reviews.tasks",
    "dispatchhub.analytics.rollups",
)


def load() -> None:
    """Import every domain module that registers something; idempotent and cheap after
    the first call."""
    for name in TASK_MODULES:
        importlib.import_module(name)
