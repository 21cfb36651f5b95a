"""The registry of outbox tasks: name → coroutine taking the runtime and the payload.

The core knows no task. Each domain registers its own tasks in the module that defines
them (``register_task("orders.dispatch", run_dispatch)``), and the entry points (the app,
the worker, the CLI) load the domains with :func:`dispatchhub.domains.load` before the
outbox runs. A lower domain that must make a higher one act enqueues the higher one's task
by its name, without importing it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from dispatchhub.outbox.service import Handler

__all__ = ["register_task", "task_handlers"]

_handlers: dict[str, Handler] = {}


def register_task(name: str, handler: Handler) -> Handler:
    """Make ``handler`` the one that runs outbox rows whose task is ``name``.

    Called at import time by the module that defines the task. Registering the same
    function again (a module imported twice) changes nothing; another function under a
    name already taken is a mistake and raises ``ValueError``.

    Returns:
        ``handler``, so the call can stand after the function's definition.
    """
    known = _handlers.get(name)
    if known is not None and known.__qualname__ != handler.__qualname__:
        raise ValueError(f"outbox task {name!r} is already {known.__qualname__}")
    _handlers[name] = handler
    return handler


def task_handlers() -> Mapping[str, Handler]:
    """Every task the outbox can run, by the name stored in ``OutboxMessage.task``."""
    return MappingProxyType(_handlers)
