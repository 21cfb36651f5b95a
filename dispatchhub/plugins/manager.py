"""Builds the plugin manager: built-in defaults, then installed entry-point plugins.

There is no module-global manager: the app factory and the worker each create one and pass
it down (Datasette's lesson: a global makes plugins leak between tests).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from importlib.metadata import entry_points
from types import ModuleType

import pluggy

from dispatchhub.plugins import hookspecs
from dispatchhub.plugins.defaults import DEFAULT_PLUGINS

__all__ = ["ENTRY_POINT_GROUP", "create_plugin_manager", "plugin_names"]

ENTRY_POINT_GROUP = "dispatchhub.plugins"
log = logging.getLogger(__name__)


def create_plugin_manager(
    *,
    load_entrypoints: bool = True,
    allow: Iterable[str] | None = None,
    extra: Iterable[object] = (),
    trace: bool = False,
) -> pluggy.PluginManager:
    """Create a plugin manager with the hook specs and every plugin that should be active.

    Args:
        load_entrypoints: load installed distributions from the ``dispatchhub.plugins``
            entry-point group (off in tests that want the core alone).
        allow: entry-point names to load; None loads every installed plugin. Set from
            ``DISPATCHHUB_LOAD_PLUGINS``.
        extra: plugin objects or modules to register after the others (tests, embedding).
        trace: log every hook call and its result (``DISPATCHHUB_TRACE_PLUGINS``).

    Returns:
        The manager, with unknown hook implementations already rejected.
    """
    pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    pm.add_hookspecs(hookspecs)
    for module in DEFAULT_PLUGINS:
        pm.register(module, name=_default_name(module))
    if load_entrypoints:
        allowed = None if allow is None else set(allow)
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if allowed is not None and ep.name not in allowed:
                continue
            pm.register(ep.load(), name=ep.name)
    for plugin in extra:
        pm.register(plugin)
    pm.check_pending()
    if trace:
        pm.trace.root.setwriter(log.info)
        pm.enable_tracing()
    return pm


def plugin_names(pm: pluggy.PluginManager) -> list[str]:
    """Names of the registered plugins, built-in defaults included, sorted."""
    return sorted(name for name, _ in pm.list_name_plugin() if name)


def _default_name(module: ModuleType) -> str:
    return "dispatchhub." + module.__name__.rsplit(".", 1)[-1]
