"""Plugins extend the policy language with functions, and maps plugins supply distance."""

from __future__ import annotations

import pytest

from dispatchhub import hookimpl
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.plugins.rule_functions import RuleFunctionConflict, rule_functions
from dispatchhub.rules_dsl import Param, RuleFunction, compile_source, validate
from dispatchhub.rules_dsl.types import BOOL, TASK

POLICY = """
default policy vip_first
  require vip_ok : not is_vip(task) or staff.grade >= 4  reason "VIP needs level 4"
  require near : distance(staff, task) <= 5 km  reason "too far"
"""
TASK_AT_SQUARE = {"type": "hvac", "lat": 31.2304, "lon": 121.4737, "customer_tier": "vip"}


def staff(
    staff_id: str, level: int, lat: float = 31.2304, lon: float = 121.4737
) -> dict[str, object]:
    return {"id": staff_id, "grade": level, "lat": lat, "lon": lon}


class VipFunctions:
    @hookimpl
    def register_rule_functions(self) -> list[RuleFunction]:
        return [
            RuleFunction(
                "is_vip",
                (Param("task", TASK),),
                BOOL,
                lambda task: task.get("customer_tier") == "vip",
                "the booking's customer is a VIP (from the CRM)",
            )
        ]


def test_hook_register_rule_functions_adds_a_function_policies_can_call() -> None:
    registry = rule_functions(create_plugin_manager(load_entrypoints=False, extra=[VipFunctions()]))

    policy = compile_source(POLICY, functions=registry).select(TASK_AT_SQUARE)
    assert policy is not None
    decision = policy.evaluate(TASK_AT_SQUARE, [staff("junior", 2), staff("senior", 5)])

    assert [c.staff_id for c in decision.ranked] == ["senior"]


def test_without_the_plugin_the_function_is_unknown() -> None:
    registry = rule_functions(create_plugin_manager(load_entrypoints=False))

    [error] = validate(POLICY, functions=registry)
    assert (error.code, error.line, error.column) == ("UNKNOWN_FUNCTION", 3, 24)
    assert "is_vip" in error.message


def test_a_clashing_function_name_is_refused_naming_both_owners() -> None:
    class Clash:
        @hookimpl
        def register_rule_functions(self) -> list[RuleFunction]:
            return [VipFunctions().register_rule_functions()[0]]

    plugins = create_plugin_manager(load_entrypoints=False, extra=[VipFunctions(), Clash()])

    with pytest.raises(RuleFunctionConflict, match="is_vip"):
        rule_functions(plugins)


def test_a_maps_plugin_turns_distance_into_road_distance() -> None:
    class Roads:
        @hookimpl
        def route_distance_km(
            self, origin: tuple[float, float], destination: tuple[float, float]
        ) -> float:
            return 7.5  # a river between them

    straight = rule_functions(create_plugin_manager(load_entrypoints=False))
    road = rule_functions(create_plugin_manager(load_entrypoints=False, extra=[Roads()]))
    here, across = staff("a", 5), staff("b", 5, lat=31.2397, lon=121.4998)

    assert straight["distance"].impl(across, TASK_AT_SQUARE) == pytest.approx(2.6, abs=0.2)
    assert road["distance"].impl(here, TASK_AT_SQUARE) == 7.5
