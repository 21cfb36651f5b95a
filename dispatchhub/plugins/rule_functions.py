"""The functions policies can call: built-ins, plugin contributions, and road distance."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import cast
from weakref import WeakKeyDictionary

import pluggy

from dispatchhub.rules_dsl import DEFAULT_FUNCTIONS, FunctionRegistry, RuleFunction

__all__ = ["RuleFunctionConflict", "registry_for", "rule_functions"]

DEFAULT_DISTANCE_PLUGIN = "dispatchhub.distance"
_registries: WeakKeyDictionary[pluggy.PluginManager, FunctionRegistry] = WeakKeyDictionary()


class RuleFunctionConflict(Exception):
    """Two sources define the same rule-function name."""


def rule_functions(plugins: pluggy.PluginManager) -> FunctionRegistry:
    """The registry a process compiles policies with.

    Plugins' ``register_rule_functions`` contributions are added; a name that is already
    taken (by a built-in or another plugin) is refused, naming both. When a plugin other than
    the built-in default answers ``route_distance_km`` (a maps plugin), ``distance`` asks the
    hook, so policies get road distance without changing their text.

    Raises:
        RuleFunctionConflict: at start-up, so a clash is never silently resolved.
    """
    owners = dict.fromkeys(DEFAULT_FUNCTIONS, "dispatchhub")
    contributed: list[RuleFunction] = []
    for impl in plugins.hook.register_rule_functions.get_hookimpls():
        functions = cast("list[RuleFunction]", impl.function() or [])
        for function in functions:
            if function.name in owners:
                raise RuleFunctionConflict(
                    f"rule function {function.name!r} from plugin {impl.plugin_name!r} "
                    f"is already defined by {owners[function.name]!r}"
                )
            owners[function.name] = impl.plugin_name
            contributed.append(function)
    distance_plugins = [
        impl.plugin_name
        for impl in plugins.hook.route_distance_km.get_hookimpls()
        if impl.plugin_name != DEFAULT_DISTANCE_PLUGIN
    ]
    if distance_plugins:
        contributed.append(_road_distance(plugins))
    return DEFAULT_FUNCTIONS.extended(contributed)


def registry_for(plugins: pluggy.PluginManager) -> FunctionRegistry:
    """The process's registry for a plugin manager, built once.

    Compiled policies are cached per registry, so every caller in a process (requests, the
    dispatch task, simulations) must hand over the same one.
    """
    found = _registries.get(plugins)
    if found is None:
        found = _registries[plugins] = rule_functions(plugins)
    return found


def _road_distance(plugins: pluggy.PluginManager) -> RuleFunction:
    hook = plugins.hook.route_distance_km

    def road_distance_km(staff: Mapping[str, float], task: Mapping[str, float]) -> float:
        km: float = hook(
            origin=(staff["lat"], staff["lon"]), destination=(task["lat"], task["lon"])
        )
        return km

    return dataclasses.replace(
        DEFAULT_FUNCTIONS["distance"],
        impl=road_distance_km,
        doc="road distance between staff and task (km), from the maps plugin",
    )
