"""The platform's domains, loaded by the entry points (the app, the worker, the CLI).

Loading a domain runs the modules that add its contributions to the core's registries:
its outbox tasks (:func:`dispatchhub.outbox.handlers.register_task`) and what it hears of
lower domains (:func:`dispatchhub.domain_events.subscribe`). This module sits
on top, with the entry points: the core below never names a domain.
"""

from __future__ import annotations

import importlib

__all__ = ["MODULES", "load"]

# The modules that register outbox tasks or subscribe to domain events, lowest domain first.
MODULES = (
    "dispatchhub.plugins.events",
    "dispatchhub.notifications.tasks",
    "dispatchhub.bookings.export",
    "dispatchhub.bookings.type_examples",
    "dispatchhub.payments.service",
    "dispatchhub.payments.charges",
    "dispatchhub.dispatch.stats",
    "dispatchhub.orders.dispatching",
    "dispatchhub.orders.timeouts",
    "dispatchhub.orders.reoptimise",
    "dispatchhub.orders.deadlines",
    "dispatchhub.orders.service_report",
    "dispatchhub.orders.booking_events",
    "dispatchhub.reviews.tasks",
    "dispatchhub.analytics.rollups",
)


def load() -> None:
    """Import every domain module that registers something; idempotent and cheap after
    the first call."""
    for name in MODULES:
        importlib.import_module(name)
