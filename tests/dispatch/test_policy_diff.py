"""Diffs between versions: the unified text diff and the clauses that changed in meaning."""

from __future__ import annotations

import pytest

from dispatchhub.dispatch.policies import save_version
from dispatchhub.dispatch.policy_diff import diff_sources, diff_versions
from dispatchhub.errors import DomainError
from dispatchhub.rules_dsl import DEFAULT_FUNCTIONS

BASE = """\
policy urgent priority 10
  applies when task.urgency == "urgent"
  require near : distance(staff, task) <= 10 km reason "far"
  require fast : staff.avg_response_min ?? 30 min <= 10 min
  prefer close weight 3 : scale(distance(staff, task), best 0 km, worst 10 km)
  mode push accept within 5 min, then pool
default policy anyone
  require on_shift : staff.on_shift
"""

# (what changed, edit to BASE, expected change per policy: (policy, change, requirements
# added/removed/changed, preferences added/removed/changed, other clauses))
CASES = [
    ("threshold", ("<= 10 km", "<= 12 km"),
     [("urgent", "CHANGED", ([], [], ["near"]), ([], [], []), [])]),
    ("reason", ('reason "far"', 'reason "too far"'),
     [("urgent", "CHANGED", ([], [], ["near"]), ([], [], []), [])]),
    ("weight", ("weight 3", "weight 4"),
     [("urgent", "CHANGED", ([], [], []), ([], [], ["close"]), [])]),
    ("priority", ("priority 10", "priority 20"),
     [("urgent", "CHANGED", ([], [], []), ([], [], []), ["priority"])]),
    ("requirement removed", ("  require fast : staff.avg_response_min ?? 30 min <= 10 min\n", ""),
     [("urgent", "CHANGED", ([], ["fast"], []), ([], [], []), [])]),
    ("requirement added",
     ("  require on_shift : staff.on_shift\n",
      "  require on_shift : staff.on_shift\n  require free : staff.available\n"),
     [("anyone", "CHANGED", (["free"], [], []), ([], [], []), [])]),
    ("mode", ("then pool", "then broadcast 3, then pool"),
     [("urgent", "CHANGED", ([], [], []), ([], [], []), ["mode"])]),
    ("policy added", ("default policy anyone",
                      "policy night\n  applies when task.hour < 6\n  require on : staff.available\n"
                      "default policy anyone"),
     [("night", "ADDED", (["on"], [], []), ([], [], []), [])]),
    ("layout only", ("  require near : distance(staff, task) <= 10 km",
                     "  require near:distance(staff,task)<=10km"), []),
    ("comment only", ("policy urgent", "# 加急单 urgent jobs\npolicy urgent"), []),
]  # fmt: skip


@pytest.mark.parametrize(("edit", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_changed_clauses(edit: tuple[str, str], expected: list[tuple[object, ...]]) -> None:
    new = BASE.replace(*edit)
    assert new != BASE

    diff = diff_sources(BASE, new)

    assert diff.comparable
    got = [
        (
            c.policy, c.change,
            (c.requirements.added, c.requirements.removed, c.requirements.changed),
            (c.preferences.added, c.preferences.removed, c.preferences.changed),
            c.clauses,
        )
        for c in diff.changes
    ]  # fmt: skip
    assert got == expected


def test_removed_policy_and_unified_text() -> None:
    shorter = BASE[: BASE.index("default policy")]

    diff = diff_sources(BASE, shorter, "v1", "v2")

    [change] = diff.changes
    assert (change.policy, change.change, change.requirements.removed) == (
        "anyone", "REMOVED", ["on_shift"],
    )  # fmt: skip
    assert diff.unified.startswith("--- v1\n+++ v2\n")
    assert "-default policy anyone\n" in diff.unified


def test_text_that_no_longer_parses_still_gets_a_unified_diff() -> None:
    diff = diff_sources(BASE, BASE + "policy ???\n")

    assert not diff.comparable and diff.changes == []
    assert "+policy ???" in diff.unified


async def test_diff_between_stored_versions(database: object) -> None:
    first = await save_version("main", BASE, functions=DEFAULT_FUNCTIONS)
    await save_version("main", BASE.replace("<= 10 km", "<= 12 km"), functions=DEFAULT_FUNCTIONS)

    diff = await diff_versions(first.version.policy_id, 1, 2)

    assert [c.requirements.changed for c in diff.changes] == [["near"]]
    assert (
        "--- v1" in diff.unified
        and "+  require near : distance(staff, task) <= 12 km" in diff.unified
    )
    with pytest.raises(DomainError):
        await diff_versions(first.version.policy_id, 1, 3)
