"""Writes the plugin hook reference (``docs/plugin-hooks.md``) from the hookspecs' docstrings."""

from __future__ import annotations

import inspect

from dispatchhub.plugins import hookspecs

__all__ = ["hook_reference"]


def hook_reference() -> str:
    """The Markdown reference of every hook, in the order ``hookspecs.py`` declares them."""
    hooks = [
        (name, function)
        for name, function in vars(hookspecs).items()
        if inspect.isfunction(function) and hasattr(function, "dispatchhub_spec")
    ]
    lines = [
        "# Plugin hooks reference",
        "",
        "Generated from `dispatchhub/plugins/hookspecs.py` by `dispatchhub plugin-reference`;",
        "a test fails when this file and the code differ. How to write a plugin: "
        "[plugins.md](plugins.md).",
        "",
    ]
    for name, function in hooks:
        spec = function.dispatchhub_spec
        signature = str(inspect.signature(function)).replace("'", "")
        lines += [f"## `{name}{signature}`", ""]
        if spec["firstresult"]:
            lines += ["*Provider hook: stops at the first non-None result.*", ""]
        lines += [inspect.getdoc(function) or "", ""]
    return "\n".join(lines)
