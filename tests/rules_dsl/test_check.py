"""Golden tests for the checker: each case lists the diagnostics expected, with positions."""

from __future__ import annotations

import pytest

from dispatchhub.rules_dsl import check, parse, validate

HEAD = 'policy p\n  applies when task.type == "hvac"\n'
DEFAULT = "default policy d\n  require s : staff.on_shift\n"

# (label, clauses appended to HEAD (line 3 on), [(line, column, code, message part, hint part)])
CASES = [
    (
        "missing unit",
        "  require near : distance(staff, task) <= 10\n",
        [(3, 43, "MISSING_UNIT", "plain number but must be a distance", "10 km")],
    ),
    (
        "unknown field",
        "  require r : staff.ratng >= 4\n",
        [(3, 15, "UNKNOWN_FIELD", "unknown field staff.ratng", "did you mean staff.rating?")],
    ),
    (
        "unknown function",
        "  require r : distanse(staff, task) <= 1 km\n",
        [(3, 15, "UNKNOWN_FUNCTION", "unknown function distanse", "did you mean distance?")],
    ),
    (
        "optional value",
        "  require r : staff.rating >= 4\n",
        [(3, 15, "OPTIONAL_VALUE", "staff.rating may be missing", "staff.rating ?? <value>")],
    ),
    ("guarded by exists", "  require r : exists staff.rating and staff.rating >= 4\n", []),
    (
        "guarded by earlier requirement",
        "  require rated : exists staff.rating\n  require good : staff.rating >= 4\n",
        [],
    ),
    ("guard by or", "  require r : not exists staff.rating or staff.rating >= 4\n", []),
    (
        "coalesce unit",
        "  require r : staff.avg_response_min ?? 30 <= 10 min\n",
        [(3, 41, "MISSING_UNIT", "default after `??`", "30 min")],
    ),
    (
        "needs argument",
        "  require r : staff.skill >= 3\n",
        [(3, 15, "NEEDS_ARGUMENT", "staff.skill needs a service type", "staff.skill(task.type)")],
    ),
    (
        "unit mismatch",
        "  require r : staff.avg_response_min ?? 5 min <= 3 km\n",
        [
            (
                3,
                50,
                "TYPE_MISMATCH",
                "`3 km` in this comparison is distance but must be duration",
                None,
            )
        ],
    ),
    ("staff in applies", "", []),
    (
        "ungraded",
        "  prefer busy weight 1 : staff.active_orders\n",
        [(3, 26, "UNGRADED_PREFERENCE", "graded onto 0..1", "scale(")],
    ),
    (
        "negative weight",
        "  prefer b weight -1 : staff.on_shift\n",
        [(3, 10, "NEGATIVE_WEIGHT", "must not be negative", None)],
    ),
    (
        "enum typo",
        '  require r : task.urgency == "urgnet"\n',
        [(3, 31, "UNKNOWN_VALUE", '"urgnet" is not a known value', "did you mean urgent?")],
    ),
    (
        "mode order",
        "  mode pool, then push accept within 5 min\n",
        [(3, 19, "MODE_ORDER", "push, then broadcast, then pool", None)],
    ),
    (
        "accept unit",
        "  mode push accept within 5 km\n",
        [(3, 27, "UNIT_MISMATCH", "needs a duration", "5 min")],
    ),
    (
        "relax unknown",
        "  require near : distance(staff, task) <= 5 km\n  if none: relax nera to 9 km\n",
        [(4, 12, "UNKNOWN_REQUIREMENT", "no requirement named nera", "did you mean near?")],
    ),
    (
        "relax not relaxable",
        "  require on : staff.on_shift\n  if none: relax on to 3\n",
        [(4, 12, "NOT_RELAXABLE", "cannot be relaxed", None)],
    ),
    (
        "relax unit",
        "  require near : distance(staff, task) <= 5 km\n  if none: relax near to 9 min\n",
        [(4, 26, "TYPE_MISMATCH", "relaxed value is duration but must be distance", None)],
    ),
    (
        "relax tightens",
        "  require near : distance(staff, task) <= 5 km\n  if none: relax near to 2 km\n",
        [(4, 12, "RELAX_TIGHTENS", "makes it stricter", None)],
    ),
    (
        "after escalate",
        '  if none: escalate "desk", then neighbours\n',
        [
            (3, 34, "NO_EFFECT", "`neighbours` has no effect", None),
            (3, 34, "UNREACHABLE_STEP", "nothing runs after `escalate`", None),
        ],
    ),
    (
        "duplicate requirement",
        "  require a : staff.on_shift\n  require a : staff.available\n",
        [(4, 11, "DUPLICATE_NAME", "requirement a is defined twice", None)],
    ),
    (
        "duplicate clause",
        "  tie break staff.id\n  tie break staff.grade\n",
        [(4, 3, "DUPLICATE_CLAUSE", "tie break appears twice", None)],
    ),
    (
        "list element type",
        '  require r : task.hour in ["8"]\n',
        [(3, 15, "TYPE_MISMATCH", "task.hour", None)],
    ),
    (
        "division by zero",
        "  require r : staff.grade / 0 > 1\n",
        [(3, 29, "DIVISION_BY_ZERO", "division by zero", None)],
    ),
    (
        "example incomplete",
        "  require s : staff.grade >= 2\n"
        '  example "e" given task {type: "hvac"} staff {grade: 3} expect eligible\n',
        [],
    ),
    (
        "example missing field",
        "  require s : staff.max_orders >= 2\n"
        '  example "e" given task {type: "hvac"} staff {grade: 3} expect ineligible s\n',
        [(4, 3, "EXAMPLE_INCOMPLETE", "staff record lacks max_orders", None)],
    ),
    (
        "example unknown key",
        '  example "e" given task {typ: "x"} staff {} expect eligible\n',
        [
            (3, 3, "EXAMPLE_INCOMPLETE", "task record lacks type", None),
            (3, 27, "UNKNOWN_FIELD", "unknown task field typ", "did you mean type?"),
        ],
    ),
]


@pytest.mark.parametrize(("label", "clauses", "expected"), CASES, ids=[c[0] for c in CASES])
def test_checker_diagnostics(
    label: str, clauses: str, expected: list[tuple[int, int, str, str, str | None]]
) -> None:
    diagnostics = check(parse(HEAD + clauses + DEFAULT))
    found = [(d.line, d.column, d.code) for d in diagnostics]
    assert found == [(line, col, code) for line, col, code, _, _ in expected]
    for diagnostic, (_, _, _, message, hint) in zip(diagnostics, expected, strict=True):
        assert message in diagnostic.message
        if hint is not None:
            assert diagnostic.hint is not None and hint in diagnostic.hint


POLICY_CASES = [
    (
        "staff in applies",
        "policy p\n  applies when staff.on_shift\n" + DEFAULT,
        [(2, 16, "STAFF_IN_APPLIES")],
    ),
    (
        "missing applies",
        "policy p\n  require a : staff.on_shift\n" + DEFAULT,
        [(1, 8, "MISSING_APPLIES")],
    ),
    ("no default", HEAD, [(1, 8, "NO_DEFAULT")]),
    ("two defaults", HEAD + DEFAULT + "default policy e\n", [(5, 16, "DUPLICATE_DEFAULT")]),
    (
        "duplicate policy",
        HEAD + HEAD + DEFAULT,
        [(3, 8, "DUPLICATE_NAME"), (3, 8, "SHADOWED_POLICY")],
    ),
    (
        "shadowed",
        'policy wide priority 5\n  applies when task.type in ["hvac", "gas"]\n'
        'policy narrow priority 1\n  applies when task.type == "gas" and task.hour >= 8\n'
        + DEFAULT,
        [(3, 8, "SHADOWED_POLICY")],
    ),
    (
        "not shadowed",
        'policy wide priority 1\n  applies when task.type in ["hvac", "gas"]\n'
        'policy narrow priority 5\n  applies when task.type == "gas" and task.hour >= 8\n'
        + DEFAULT,
        [],
    ),
    (
        "unreachable",
        "policy never\n  applies when task.hour > 20 and task.hour < 6\n" + DEFAULT,
        [(1, 8, "UNREACHABLE_POLICY")],
    ),
    (
        "default shadowed",
        "policy all\n  applies when task.hour >= 0 or true\n"
        "policy every\n  applies when true\n" + DEFAULT,
        [(5, 16, "SHADOWED_POLICY")],
    ),
]


@pytest.mark.parametrize(
    ("label", "source", "expected"), POLICY_CASES, ids=[c[0] for c in POLICY_CASES]
)
def test_policy_level_diagnostics(
    label: str, source: str, expected: list[tuple[int, int, str]]
) -> None:
    assert [(d.line, d.column, d.code) for d in validate(source)] == expected


def test_clean_source_has_no_diagnostics(hvac_source: str) -> None:
    assert validate(hvac_source) == []
