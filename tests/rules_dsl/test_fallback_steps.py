"""Fallback steps that drop a named requirement, or add / replace one."""

from __future__ import annotations

import pytest

from dispatchhub.dispatch.assign import assign
from dispatchhub.dispatch.candidates import StaffIndex
from dispatchhub.dispatch.choice import decide
from dispatchhub.rules_dsl import DropStep, RequireStep, compile_source, validate
from dispatchhub.rules_dsl.messages_zh import in_chinese
from tests.fixtures.dispatch_engine import XUJIAHUI, offset, staff_record, task_record

REGIONAL = """
default policy district
  require on_shift : staff.on_shift
  require region   : same_region(staff, task)              reason "不在 {task.region}"
  prefer close weight 1 : scale(distance(staff, task), best 0 km, worst 40 km)
  mode push accept within 5 min
  if none: replace region with near : distance(staff, task) <= 25 km
    reason "{distance(staff, task)} 太远", then drop on_shift, then escalate "desk"
"""


def test_the_steps_parse_as_written() -> None:
    # when
    policy = compile_source(REGIONAL)["district"]

    # then
    replace, drop, _ = policy.fallback
    assert isinstance(replace, RequireStep)
    assert (replace.replaces, replace.name) == ("region", "near")
    assert drop == DropStep("on_shift")
    replaced = policy.apply(replace)
    assert replaced is not None and replaced.requirement_names == ["on_shift", "near"]
    dropped = replaced.apply(drop)
    assert dropped is not None and dropped.requirement_names == ["near"]


def test_drop_region_then_require_25_km_decides_as_written() -> None:
    # given nobody of the task's district, a neighbour 30 km away and another 20 km away
    policies = compile_source(REGIONAL)
    far = {**staff_record("far", offset(XUJIAHUI, 30, 0)), "region": "minhang"}
    near = {**staff_record("near", offset(XUJIAHUI, 0, 20)), "region": "huangpu"}
    off = staff_record("off", XUJIAHUI, on_shift=False)
    task = task_record("t1")

    # when
    live = assign(StaffIndex([far, near, off]), policies, task)
    scanned = decide(policies, task, [far, near, off])

    # then dropping the region lets the 20 km one win (not the 30 km one: too far), and each
    # step taken is explained
    assert live.chosen == scanned.chosen == "near"
    assert (
        live.steps == scanned.steps == ["replace region with near : distance(staff, task) <= 25 km"]
    )


def test_each_step_keeps_the_earlier_ones_then_escalates() -> None:
    # given only staff of other districts 30 km away, and one off shift 10 km away
    policies = compile_source(REGIONAL)
    far = {**staff_record("far", offset(XUJIAHUI, 30, 0)), "region": "minhang"}
    off = {**staff_record("off", offset(XUJIAHUI, 10, 0), on_shift=False), "region": "minhang"}
    task = task_record("t1")

    # when
    live = assign(StaffIndex([far, off]), policies, task)

    # then dropping on_shift keeps the 25 km limit: the one off shift 10 km away
    assert live.chosen == decide(policies, task, [far, off]).chosen == "off"
    assert live.steps == [
        "replace region with near : distance(staff, task) <= 25 km",
        "drop on_shift",
    ]

    # and with nobody within 25 km at all the ladder ends at the desk
    assert assign(StaffIndex([far]), policies, task).chosen is None


def test_a_require_step_replaces_the_requirement_of_the_same_name() -> None:
    # given a 5 km limit replaced by 15 km
    policies = compile_source(
        """
default policy p
  require near : distance(staff, task) <= 5 km
  mode push accept within 5 min
  if none: require near : distance(staff, task) <= 15 km
"""
    )
    policy = policies["p"]
    widened = policy.apply(policy.fallback[0])
    assert widened is not None and widened.requirement_names == ["near"]
    ten_km = staff_record("s", offset(XUJIAHUI, 10, 0))

    # when
    live = assign(StaffIndex([ten_km]), policies, task_record("t1"))

    # then
    assert live.chosen == "s"


@pytest.mark.parametrize(
    ("step", "code", "hint"),
    [
        ("drop regoin", "UNKNOWN_REQUIREMENT", "did you mean region?"),
        ("replace regoin with near : true", "UNKNOWN_REQUIREMENT", "did you mean region?"),
        ("require near : distance(staff, task) <= 25", "MISSING_UNIT", None),
        ("require near : staff.ratingg >= 4", "UNKNOWN_FIELD", "did you mean"),
        ("require near : distance(staff, task)", "TYPE_MISMATCH", None),
        ("drop region, then drop region", "UNKNOWN_REQUIREMENT", None),
        ("drop region, then relax region to 3", "UNKNOWN_REQUIREMENT", None),
        ("replace region with near : true, then drop region", "UNKNOWN_REQUIREMENT", None),
        ("require near : staff.rating >= 4", "OPTIONAL_VALUE", None),
    ],
)
def test_steps_are_checked_like_the_rest(step: str, code: str, hint: str | None) -> None:
    # given
    source = REGIONAL.replace(
        "replace region with near : distance(staff, task) <= 25 km\n"
        '    reason "{distance(staff, task)} 太远", then drop on_shift, then escalate "desk"',
        step,
    )

    # when
    errors = [d for d in validate(source) if d.is_error]

    # then one error at the step's line, worded in both languages
    assert [d.code for d in errors] == [code]
    assert errors[0].line == 7
    if hint is not None:
        assert errors[0].hint is not None and hint in errors[0].hint
    assert in_chinese(errors[0].message) != errors[0].message
