"""Property tests: compiled decisions equal the reference interpreter's; bad text never crashes."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatchhub.rules_dsl import PolicyError, compile_source, parse, validate
from dispatchhub.rules_dsl.interpreter import Interpreter

SETTINGS = settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

small = st.integers(min_value=0, max_value=5)
CONDITIONS = [
    st.just("staff.on_shift"),
    st.just("not staff.available"),
    small.map(lambda n: f"staff.skill(task.type) >= {n}"),
    st.just("staff.active_orders < staff.max_orders"),
    st.integers(1, 30).map(lambda n: f"distance(staff, task) <= {n} km"),
    st.integers(100, 9000).map(lambda n: f"distance(staff, task) > {n} m"),
    small.map(lambda n: f"staff.grade >= {n}"),
    st.tuples(small, small).map(lambda p: f"staff.rating ?? {p[0]} >= {p[1]}"),
    small.map(lambda n: f"exists staff.rating and staff.rating > {n}"),
    small.map(lambda n: f"not exists staff.rating or staff.rating < {n}"),
    st.integers(1, 30).map(lambda n: f"staff.avg_response_min ?? 20 min <= {n} min"),
    st.just('"gas-safe" in staff.certifications'),
    st.just('"粤语" not in staff.languages'),
    st.just("same_region(staff, task)"),
    st.floats(0.1, 1.0).map(lambda f: f"saturation(staff) < {f:.2f}"),
    small.map(lambda n: f"staff.orders_last_7d * 2 + 1 <= {n * 6}"),
    st.just("staff.has_skill(task.type) and staff.done_count(task.type) / 2 >= 3"),
    st.just("staff.avg_completion_min(task.type) ?? 1 h < 2 h - 30 min"),
]
condition = st.recursive(
    st.one_of(*CONDITIONS).map(lambda c: f"({c})"),
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(["and", "or"]), inner).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"
        ),
        inner.map(lambda c: f"not ({c})"),
    ),
    max_leaves=4,
)
GRADES = [
    st.just("scale(distance(staff, task), best 0 km, worst 20 km)"),
    st.just("scale(staff.rating ?? 3, worst 1, best 5)"),
    st.just("scale(staff.active_orders, best 0, worst staff.max_orders)"),
    st.just("scale(staff.avg_response_min ?? 30 min, best 1 min, worst 1 h)"),
    st.just("staff.region == task.region"),
    st.just("scale(staff.years_experience, worst 0, best 10)"),
]
TIE_KEYS = ["staff.active_orders asc", "staff.grade desc", "staff.region", "distance(staff, task)"]
APPLIES = [
    'task.type == "hvac"',
    'task.urgency in ["urgent", "emergency"]',
    "task.hour >= 12",
    'task.weekday != "sun" and task.time < 18:00',
]


@st.composite
def policy_sources(draw: st.DrawFn) -> str:
    lines: list[str] = []
    for index in range(draw(st.integers(1, 3))):
        priority = draw(st.integers(0, 3))
        lines.append(f"policy p{index} priority {priority}")
        lines.append(f"  applies when {draw(st.sampled_from(APPLIES))}")
        for r in range(draw(st.integers(0, 4))):
            lines.append(f"  require r{r} : {draw(condition)}")
        for w in range(draw(st.integers(0, 3))):
            weight = draw(st.integers(1, 5))
            lines.append(f"  prefer w{w} weight {weight} : {draw(st.one_of(*GRADES))}")
        keys = draw(st.lists(st.sampled_from(TIE_KEYS), max_size=2, unique=True))
        if keys:
            lines.append(f"  tie break {', '.join(keys)}")
    lines.append("default policy fallback")
    lines.append(f"  require on : {draw(condition)}")
    return "\n".join(lines) + "\n"


def _staff(index: int, draw: st.DrawFn) -> dict[str, Any]:
    maybe = st.one_of(st.none(), st.sampled_from([1.0, 2.5, 3.0, 4.0, 5.0]))
    return {
        "id": f"s{index}",
        "region": draw(st.sampled_from(["a", "b"])),
        "lat": 31.2 + draw(st.integers(-10, 10)) / 100,
        "lon": 121.4 + draw(st.integers(-10, 10)) / 100,
        "on_shift": draw(st.booleans()),
        "available": draw(st.booleans()),
        "active_orders": draw(st.integers(0, 4)),
        "max_orders": draw(st.integers(0, 4)),
        "grade": draw(small),
        "years_experience": draw(st.integers(0, 12)),
        "rating": draw(maybe),
        "avg_response_min": draw(st.one_of(st.none(), st.floats(0, 40))),
        "acceptance_rate": None,
        "on_time_rate": None,
        "first_time_fix_rate": 0.5,
        "orders_today": 1,
        "orders_last_7d": draw(st.integers(0, 20)),
        "shift_remaining_min": None,
        "certifications": draw(st.lists(st.sampled_from(["gas-safe", "elec"]), max_size=2)),
        "languages": draw(st.lists(st.sampled_from(["粤语", "en"]), max_size=2)),
        "skills": draw(st.dictionaries(st.sampled_from(["hvac", "plumbing"]), small)),
        "ratings": draw(st.dictionaries(st.sampled_from(["hvac", "plumbing"]), maybe.filter(bool))),
        "done_by_type": {"hvac": draw(st.integers(0, 10))},
        "completion_min_by_type": draw(st.dictionaries(st.just("hvac"), st.floats(10, 200))),
        "ratings_smoothed": draw(st.dictionaries(st.just("hvac"), st.floats(1, 5))),
        "first_time_fix_by_type": draw(st.dictionaries(st.just("hvac"), st.floats(0, 1))),
        "acceptance_by_type": draw(st.dictionaries(st.just("hvac"), st.floats(0, 1))),
    }


@st.composite
def worlds(draw: st.DrawFn) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    task = {
        "id": "t",
        "type": draw(st.sampled_from(["hvac", "plumbing"])),
        "urgency": draw(st.sampled_from(["normal", "urgent"])),
        "region": "a",
        "neighbour_regions": ["b"],
        "lat": 31.2,
        "lon": 121.4,
        "hour": draw(st.integers(0, 23)),
        "weekday": draw(st.sampled_from(["sat", "sun"])),
        "time": draw(st.integers(0, 1439)),
    }
    return task, [_staff(i, draw) for i in range(draw(st.integers(0, 12)))]


@SETTINGS
@given(source=policy_sources(), world=worlds())
def test_compiled_equals_interpreter(
    source: str, world: tuple[dict[str, Any], list[dict[str, Any]]]
) -> None:
    task, staff = world
    compiled = compile_source(source, explain=True)
    policy_set = parse(source)
    reference = Interpreter()
    expected_policy = reference.select(policy_set, task)
    selected = compiled.select(task)
    assert selected is not None and expected_policy is not None
    assert selected.name == expected_policy.name
    decision = selected.evaluate(task, staff)
    ranked = [(c.staff_id, c.score) for c in decision.ranked]
    assert ranked == reference.rank(expected_policy, task, staff)
    failures = [n.failed_requirement for n in decision.explanations or []]
    assert failures == [reference.first_failure(expected_policy, task, s) for s in staff]
    plain = compile_source(source)[selected.name].evaluate(task, staff)
    assert [(c.staff_id, c.score) for c in plain.ranked] == ranked
    for member in staff:
        checked = selected.check_requirements(task, member)
        first = reference.first_failure(expected_policy, task, member)
        assert (checked[0].name if checked else None) == first


@SETTINGS
@given(source=policy_sources(), world=worlds(), cut=st.integers(0, 12))
def test_rows_scored_in_batches_rank_as_one_evaluation(
    source: str, world: tuple[dict[str, Any], list[dict[str, Any]]], cut: int
) -> None:
    task, staff = world
    for explain in (False, True):
        policy = compile_source(source, explain=explain).select(task)
        assert policy is not None
        first, notes = policy.score(task, staff[:cut])
        second, more = policy.score(task, staff[cut:])
        whole = policy.evaluate(task, staff)

        assert policy.ranked(first + second) == whole.ranked
        explained = policy.explained(notes) + policy.explained(more)
        assert explained == (whole.explanations or [])


def _assert_positioned(source: str) -> None:
    diagnostics = validate(source)
    for diagnostic in diagnostics:
        assert diagnostic.line >= 1 and diagnostic.column >= 1
        assert diagnostic.message
    try:
        compile_source(source)
    except PolicyError as error:
        assert error.errors and error.diagnostics == tuple(
            sorted(diagnostics, key=lambda d: (not d.is_error, d.line, d.column))
        )


FRAGMENTS = [*"policy requireapplies when:.()[]\"'#<=>?!0123456789 km\n\t{}staffask,空调"]
FRAGMENTS += ["policy p\n", " and ", "staff.", "task.", " require r : ", "default policy d\n"]


@SETTINGS
@given(text=st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join))
def test_random_text_only_gives_positioned_diagnostics(text: str) -> None:
    _assert_positioned(text)


@SETTINGS
@given(source=policy_sources(), data=st.data())
def test_mutated_policies_only_give_positioned_diagnostics(
    source: str, data: st.DataObject
) -> None:
    for _ in range(3):
        position = data.draw(st.integers(0, len(source)))
        action = data.draw(st.sampled_from(["delete", "insert", "swap"]))
        if action == "delete":
            source = source[:position] + source[position + 3 :]
        elif action == "insert":
            piece = data.draw(
                st.sampled_from(["(", ")", " or", ":", "km", "\n", '"', "staff.", "??", "9"])
            )
            source = source[:position] + piece + source[position:]
        else:
            source = source[:position] + source[position:][::-1][:5] + source[position + 5 :]
    _assert_positioned(source)
