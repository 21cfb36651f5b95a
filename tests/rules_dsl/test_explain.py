"""The explaining build: first failing requirement with values and reason, or score terms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from dispatchhub.rules_dsl import compile_source

Factory = Callable[..., dict[str, Any]]

CASES = [
    ("off shift", {"on_shift": False}, "on_shift", "off shift", {"staff.on_shift": False}),
    (
        "unskilled",
        {"skills": {"plumbing": 5}},
        "skilled",
        "skill below 3",
        {"staff.skill(task.type)": 0},
    ),
    (
        "full",
        {"active_orders": 4},
        "capacity",
        "full (4/4)",
        {"staff.active_orders": 4, "staff.max_orders": 4},
    ),
    (
        "far",
        {"lat": 31.40},
        "near",
        "22.3 km away",
        {"distance(staff, task)": pytest.approx(22.25, abs=0.01)},
    ),
]


@pytest.mark.parametrize(
    ("label", "overrides", "requirement", "reason", "values"), CASES, ids=[c[0] for c in CASES]
)
def test_excluded_candidates(
    hvac_source: str,
    label: str,
    overrides: dict[str, object],
    requirement: str,
    reason: str,
    values: dict[str, object],
    make_staff: Factory,
    make_task: Factory,
) -> None:
    policy = compile_source(hvac_source, explain=True)["hvac_urgent"]
    decision = policy.evaluate(make_task(), [make_staff("s", **overrides)])
    assert decision.ranked == []
    (note,) = decision.explanations or []
    assert (note.staff_id, note.eligible, note.failed_requirement) == ("s", False, requirement)
    assert note.reason == reason
    assert note.values == values
    assert note.score is None and note.terms == []


def test_eligible_candidates_show_each_term(
    hvac_source: str, make_staff: Factory, make_task: Factory
) -> None:
    compiled = compile_source(hvac_source, explain=True)
    staff = make_staff("s", lat=31.20, lon=121.45, active_orders=1, ratings={})
    decision = compiled["hvac_urgent"].evaluate(make_task(), [staff])
    (note,) = decision.explanations or []
    assert note.eligible and note.failed_requirement is None
    terms = {t.name: (t.weight, t.raw_value, t.graded, t.contribution) for t in note.terms}
    assert terms == {
        "close": (3.0, 0.0, 1.0, 3.0),
        "rating": (2.0, 3.0, 0.5, 1.0),
        "light": (2.0, 1, 0.75, 1.5),
    }
    assert note.score == pytest.approx(5.5) == decision.ranked[0].score


def test_default_reason_names_condition_and_values(make_staff: Factory, make_task: Factory) -> None:
    source = (
        "policy p\n  applies when true\n"
        "  require fast : staff.avg_response_min ?? 60 min <= 15 min\ndefault policy d\n"
    )
    policy = compile_source(source, explain=True)["p"]
    (note,) = (
        policy.evaluate(make_task(), [make_staff("s", avg_response_min=None)]).explanations or []
    )
    assert note.reason == (
        "(staff.avg_response_min ?? 60 min) <= 15 min is false (staff.avg_response_min = missing)"
    )
    assert note.values == {"staff.avg_response_min": None}


def test_explaining_build_ranks_like_the_plain_one(
    hvac_source: str, make_staff: Factory, make_task: Factory
) -> None:
    staff = [make_staff(str(i), lat=31.2 + i / 200, active_orders=i % 4) for i in range(30)]
    plain = compile_source(hvac_source)["hvac_urgent"].evaluate(make_task(), staff)
    explained = compile_source(hvac_source, explain=True)["hvac_urgent"].evaluate(
        make_task(), staff
    )
    assert plain.ranked == explained.ranked
    assert len(explained.explanations or []) == 30
