"""The payment placeholder is installed, discoverable and harmless."""

from __future__ import annotations

from importlib.metadata import entry_points

from dispatchhub_payment import plugin

from dispatchhub.plugins.manager import ENTRY_POINT_GROUP, create_plugin_manager


def test_entry_point_points_at_the_plugin_module() -> None:
    [ep] = [ep for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name == "payment"]

    assert ep.value == "dispatchhub_payment.plugin"
    assert ep.load() is plugin
    assert ep.dist is not None and ep.dist.name == "dispatchhub-payment"


def test_plugin_manager_registers_it() -> None:
    pm = create_plugin_manager(allow=["payment"])

    assert pm.get_plugin("payment") is plugin


def test_it_implements_no_hooks_yet() -> None:
    pm = create_plugin_manager(allow=["payment"])

    assert pm.get_hookcallers(plugin) == []
