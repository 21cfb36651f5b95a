"""Event hooks, delivered through the outbox: one row per implementing plugin.

A booking service calls :func:`emit` inside its transaction. Each plugin that implements the
hook gets its own outbox row, so one plugin raising (or its remote system being down) is
retried on its own and never blocks the request, the other plugins, or the delivery.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

from dispatchhub.outbox.handlers import register_task
from dispatchhub.outbox.service import enqueue

if TYPE_CHECKING:
    from dispatchhub.runtime import Runtime

__all__ = ["emit", "run_plugin_event"]


async def emit(plugins: pluggy.PluginManager, hook: str, **kwargs: Any) -> int:
    """Queue ``hook(**kwargs)`` for every plugin implementing it; returns how many rows.

    Call it inside the business transaction; ``kwargs`` must be JSON-serialisable.
    """
    caller = getattr(plugins.hook, hook)
    count = 0
    for impl in caller.get_hookimpls():
        await enqueue("plugins.event", {"hook": hook, "plugin": impl.plugin_name, "kwargs": kwargs})
        count += 1
    return count


async def run_plugin_event(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Outbox task: call one plugin's implementation of one event hook."""
    caller = getattr(runtime.plugins.hook, payload["hook"])
    for impl in caller.get_hookimpls():
        if impl.plugin_name == payload["plugin"]:
            impl.function(**payload["kwargs"])
            return
    # The plugin was uninstalled or disallowed since the event: nothing left to call.


register_task("plugins.event", run_plugin_event)
