"""Every syntax error of a policy text in one pass, in English and in Chinese."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatchhub.rules_dsl import validate
from dispatchhub.rules_dsl.messages_zh import in_chinese

GOOD_CLAUSES = [
    "  require on_shift{n} : staff.on_shift",
    "  require near{n} : distance(staff, task) <= 10 km",
    "  prefer close{n} weight 2 : scale(distance(staff, task), best 0 km, worst 10 km)",
    "  require quick{n} : staff.avg_response_min ?? 0 min <= 90 s",
]
BAD_CLAUSES = [
    "  require near{n} : distance(staff, task) <= <= 10 km",
    "  prefer close{n} weight : staff.rating",
    "  require cap{n} : staff.active_orders < (staff.max_orders",
    "  require : staff.on_shift",
]


def test_three_errors_in_three_clauses_are_reported_together() -> None:
    # given a text with an unknown unit, a preference without its weight and a doubled <
    source = "\n".join(
        [
            "policy a",
            '  applies when task.type == "hvac"',
            "  require near : distance(staff, task) <= 10 kmx",
            "  require ok : staff.on_shift and",
            "    staff.available",
            "  prefer close weight : scale(distance(staff, task), best 0 km, worst 10 km)",
            "default policy b",
            "  require cap : staff.active_orders < < staff.max_orders",
            "",
        ]
    )

    # when
    found = validate(source)

    # then one diagnostic each, in order, at their lines; each has Chinese wording
    assert [(d.line, d.code) for d in found] == [
        (3, "UNKNOWN_UNIT"),
        (6, "SYNTAX_ERROR"),
        (8, "SYNTAX_ERROR"),
    ]
    assert all(in_chinese(d.message) != d.message for d in found)


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 3)), min_size=1, max_size=12))
def test_each_bad_clause_is_reported_once(clauses: list[tuple[bool, int]]) -> None:
    # given a policy whose clauses are good or bad at random
    lines = ["default policy p"]
    lines += [
        (BAD_CLAUSES if bad else GOOD_CLAUSES)[i].format(n=n) for n, (bad, i) in enumerate(clauses)
    ]
    source = "\n".join(lines) + "\n"

    # when
    found = [d for d in validate(source) if d.is_error]

    # then exactly the bad lines are reported (a clean text only may warn)
    bad_lines = [n + 2 for n, (bad, _) in enumerate(clauses) if bad]
    if bad_lines:
        assert [d.line for d in found] == bad_lines
    else:
        assert found == []
