"""Compiled policies: selection, ranking, ladders, relaxation, single-grab checks, examples."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dispatchhub.rules_dsl import (
    BroadcastStep,
    EscalateStep,
    FunctionRegistry,
    NeighboursStep,
    PolicyError,
    PolicyRuntimeError,
    PoolStep,
    PushStep,
    RelaxStep,
    RuleFunction,
    compile_source,
    content_hash,
    run_examples,
)
from dispatchhub.rules_dsl.functions import DEFAULT_FUNCTIONS, Param
from dispatchhub.rules_dsl.types import DISTANCE, STAFF, TASK

Factory = Callable[..., dict[str, Any]]

SELECT = [
    ("urgent hvac", {"type": "hvac", "urgency": "urgent"}, "hvac_urgent"),
    ("urgent boiler", {"type": "boiler", "urgency": "urgent"}, "hvac_urgent"),
    ("normal hvac", {"type": "hvac", "urgency": "normal"}, "anyone"),
    ("plumbing", {"type": "plumbing", "urgency": "urgent"}, "local_plumbing"),
]


@pytest.mark.parametrize(("label", "task", "policy"), SELECT, ids=[s[0] for s in SELECT])
def test_select(
    hvac_source: str, label: str, task: dict[str, str], policy: str, make_task: Factory
) -> None:
    selected = compile_source(hvac_source).select(make_task(**task))
    assert selected is not None and selected.name == policy


def test_ranking_and_tie_break(hvac_source: str, make_staff: Factory, make_task: Factory) -> None:
    policy = compile_source(hvac_source)["hvac_urgent"]
    staff = [
        make_staff("far", lat=31.40),  # ~22 km: excluded by near
        make_staff("off", on_shift=False),
        make_staff("b", active_orders=1),
        make_staff("a", active_orders=1),  # identical to b: id breaks the tie
        make_staff("busy", active_orders=3),
        make_staff("full", active_orders=4),
    ]
    decision = policy.evaluate(make_task(), staff)
    assert [c.staff_id for c in decision.ranked] == ["a", "b", "busy"]
    assert decision.ranked[0].score == pytest.approx(decision.ranked[1].score)
    assert decision.best is not None and decision.best.staff_id == "a"
    assert decision.explanations is None


def test_score_is_weighted_sum_of_grades(
    hvac_source: str, make_staff: Factory, make_task: Factory
) -> None:
    policy = compile_source(hvac_source)["hvac_urgent"]
    staff = make_staff(
        "x", lat=31.20, lon=121.45, active_orders=2, max_orders=4, ratings={"hvac": 4.0}
    )
    (ranked,) = policy.evaluate(make_task(), [staff]).ranked
    # distance 0 → close 1.0; rating (4-1)/4 = 0.75; light 1 - 2/4 = 0.5
    assert ranked.score == pytest.approx(3 * 1.0 + 2 * 0.75 + 2 * 0.5)


def test_missing_optional_uses_explicit_default(
    hvac_source: str, make_staff: Factory, make_task: Factory
) -> None:
    policy = compile_source(hvac_source)["hvac_urgent"]
    staff = make_staff("new", lat=31.20, lon=121.45, active_orders=0, ratings={})
    (ranked,) = policy.evaluate(make_task(), [staff]).ranked
    assert ranked.score == pytest.approx(3 + 2 * 0.5 + 2)  # rating ?? 3 → 0.5


def test_ladders_are_typed_data(hvac_source: str) -> None:
    compiled = compile_source(hvac_source)
    assert compiled["hvac_urgent"].mode == (PushStep(5.0), BroadcastStep(3, 2.0), PoolStep())
    assert compiled["hvac_urgent"].fallback == (
        RelaxStep("near", 25.0),
        EscalateStep("dispatch-desk"),
    )
    assert compiled["local_plumbing"].fallback == (NeighboursStep(), EscalateStep("plumbing-desk"))


def test_relax_and_neighbours(hvac_source: str, make_staff: Factory, make_task: Factory) -> None:
    compiled = compile_source(hvac_source)
    hvac = compiled["hvac_urgent"]
    far = make_staff("far", lat=31.35)  # ~16.7 km
    assert hvac.evaluate(make_task(), [far]).ranked == []
    relaxed = hvac.apply(hvac.fallback[0])
    assert relaxed is not None
    assert [c.staff_id for c in relaxed.evaluate(make_task(), [far]).ranked] == ["far"]
    assert hvac.apply(EscalateStep("x")) is None
    with pytest.raises(KeyError):
        hvac.relaxed("on_shift", 1)
    plumbing = compiled["local_plumbing"]
    task = make_task(type="plumbing")
    neighbour = make_staff("n", region="sh-changning")
    assert plumbing.evaluate(task, [neighbour]).ranked == []
    assert [c.staff_id for c in plumbing.with_neighbours().evaluate(task, [neighbour]).ranked] == [
        "n"
    ]


def test_check_requirements_lists_every_failure(
    hvac_source: str, make_staff: Factory, make_task: Factory
) -> None:
    policy = compile_source(hvac_source)["hvac_urgent"]
    staff = make_staff("s", on_shift=False, active_orders=4, lat=31.40)
    failed = policy.check_requirements(make_task(), staff)
    assert [f.name for f in failed] == ["on_shift", "capacity", "near"]
    assert failed[1].reason == "full (4/4)"
    assert failed[2].reason == "22.3 km away"
    assert policy.check_requirements(make_task(), make_staff("ok")) == []


def test_check_skips_requirements_guarded_by_a_failed_exists(
    make_staff: Factory, make_task: Factory
) -> None:
    source = """policy p
  applies when true
  require rated : exists staff.rating
  require good  : staff.rating >= 4
default policy d
"""
    policy = compile_source(source)["p"]
    failed = policy.check_requirements(make_task(), make_staff("s", rating=None))
    assert [f.name for f in failed] == ["rated"]
    failed = policy.check_requirements(make_task(), make_staff("s", rating=3.0))
    assert [f.name for f in failed] == ["good"]


def test_errors_raise_policy_error_with_every_diagnostic() -> None:
    with pytest.raises(PolicyError) as caught:
        compile_source("policy p\n  applies when staff.x\n  require a : staff.rating > 1\n")
    codes = [d.code for d in caught.value.diagnostics]
    assert codes == ["STAFF_IN_APPLIES", "OPTIONAL_VALUE", "NO_DEFAULT"]


def test_warnings_are_kept_on_the_result(make_task: Factory) -> None:
    compiled = compile_source('policy p\n  applies when task.urgency == "soon"\n')
    assert [w.code for w in compiled.warnings] == ["NO_DEFAULT", "UNKNOWN_VALUE"]
    assert compiled.select(make_task()) is None


def test_content_hash_ignores_layout_noise(hvac_source: str) -> None:
    compiled = compile_source(hvac_source)
    assert compiled.content_hash == content_hash(hvac_source.replace("\n", "  \r\n") + "\n\n")
    assert compiled.content_hash != content_hash(hvac_source.replace("10 km", "11 km"))
    assert len(compiled.content_hash) == 64


def test_missing_record_field_is_a_runtime_error(
    hvac_source: str, make_staff: Factory, make_task: Factory
) -> None:
    policy = compile_source(hvac_source)["hvac_urgent"]
    staff = make_staff("s")
    del staff["max_orders"]
    with pytest.raises(PolicyRuntimeError, match="max_orders"):
        policy.evaluate(make_task(), [staff])


def test_plugin_function_replaces_distance(
    hvac_source: str, make_staff: Factory, make_task: Factory
) -> None:
    def road_km(staff: object, task: object) -> float:
        return 99.0

    plugin = RuleFunction(
        "distance", (Param("staff", STAFF), Param("task", TASK)), DISTANCE, road_km, "road distance"
    )
    registry: FunctionRegistry = DEFAULT_FUNCTIONS.extended([plugin])
    policy = compile_source(hvac_source, functions=registry)["hvac_urgent"]
    assert policy.evaluate(make_task(), [make_staff("s")]).ranked == []


EXAMPLES = """policy p
  applies when task.type == "hvac"
  require skilled : staff.skill(task.type) >= 3 reason "技能不足"
  require near : distance(staff, task) <= 5 km
  example "师傅技能够" given task {type: "hvac", lat: 31.2, lon: 121.4}
          staff {skills: {hvac: 4}, lat: 31.2, lon: 121.4} expect eligible
  example "too far" given task {type: "hvac", lat: 31.2, lon: 121.4}
          staff {skills: {hvac: 4}, lat: 31.5, lon: 121.4} expect ineligible near
  example "wrong guess" given task {type: "hvac", lat: 31.2, lon: 121.4}
          staff {skills: {hvac: 1}, lat: 31.2, lon: 121.4} expect ineligible near
default policy d
"""


def test_run_examples() -> None:
    results = run_examples(compile_source(EXAMPLES))
    assert [(r.name, r.line, r.passed) for r in results] == [
        ("师傅技能够", 5, True),
        ("too far", 7, True),
        ("wrong guess", 9, False),
    ]
    assert results[2].message == "ineligible: skilled (技能不足), but the example expects near"


def test_generated_code_only_uses_bound_names(hvac_source: str) -> None:
    policy = compile_source(hvac_source)["hvac_urgent"]
    assert "hvac" not in policy.functions.source  # literals live in bound constants
    assert "import" not in policy.functions.source and "eval" not in policy.functions.source


def test_reference_examples_compile_and_pass() -> None:
    text = (Path(__file__).parents[2] / "docs" / "dsl.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```\n(.*?)```", text, re.S)
    sources = [b for b in blocks if "policy " in b and "error" not in b]
    assert len(sources) == 2
    for source in sources:
        compiled = compile_source(source)
        assert all(r.passed for r in run_examples(compiled))
