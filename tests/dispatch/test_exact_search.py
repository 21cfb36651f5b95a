"""The live engine chooses what a full scan of every staff member chooses, fast.

``assign`` judges the nearest staff first and stops once nobody not yet judged can beat the
best found (a bound from the policy's own terms); ``choice.decide`` judges everyone. The two
must agree on the winner and on a broadcast's staff, ties and fallback steps included.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatchhub.dispatch.assign import Broadcast, Escalate, Push, assign
from dispatchhub.dispatch.candidates import StaffIndex
from dispatchhub.dispatch.choice import decide
from dispatchhub.dispatch.score_bound import score_bound
from dispatchhub.rules_dsl import compile_source
from dispatchhub.rules_dsl.functions import haversine_km
from tests.fixtures.dispatch_engine import XUJIAHUI, offset, staff_record, task_record

SETTINGS = settings(
    max_examples=120, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

MASTER = """
default policy masters
  require on_shift : staff.on_shift
  require near     : distance(staff, task) <= 30 km
  prefer close  weight 1 : scale(distance(staff, task), best 0 km, worst 30 km)
  prefer rating weight 5 : scale(staff.rating ?? 3, worst 1, best 5)
  mode push accept within 5 min
"""


def _rated(staff_id: str, point: tuple[float, float], rating: float | None) -> dict[str, Any]:
    return {**staff_record(staff_id, point), "rating": rating}


def test_a_master_far_away_beats_many_nearer_worse_staff() -> None:
    # given twenty mediocre staff within 2 km and a master 13 km away
    policies = compile_source(MASTER)
    staff = [_rated(f"near{i:02d}", offset(XUJIAHUI, i * 0.1, 0), 2.0) for i in range(20)]
    staff.append(_rated("master", offset(XUJIAHUI, 13, 0), 5.0))
    task = task_record("t1")

    # when
    chosen = assign(StaffIndex(staff), policies, task)

    # then the policy decides, not the search depth: 5 + 17/30 beats 5 × 0.25 + ~1
    assert chosen.chosen == "master" == decide(policies, task, staff).chosen
    assert isinstance(chosen.action, Push)


def test_a_policy_without_a_distance_limit_finds_staff_60_km_away() -> None:
    # given a same-region policy with no distance requirement and the only staff member 60 km
    policies = compile_source(
        """
default policy district
  require region : same_region(staff, task)
  prefer close weight 1 : scale(distance(staff, task), best 0 km, worst 100 km)
  mode push accept within 5 min
  if none: escalate "desk"
"""
    )
    far = staff_record("far", offset(XUJIAHUI, 60, 0))
    other = {**staff_record("other", offset(XUJIAHUI, 1, 0)), "region": "huangpu"}
    task = task_record("t1")

    # when
    chosen = assign(StaffIndex([far, other]), policies, task)

    # then no 50 km cap: the order goes to them rather than to the desk
    assert chosen.chosen == "far"
    assert not isinstance(chosen.action, Escalate)


def test_the_bound_shrinks_only_with_distance_terms() -> None:
    # given the master policy: rating at most 5, closeness 1 at 0 km and 0 from 30 km
    bound = score_bound(compile_source(MASTER)["masters"])

    # then
    assert bound.at(0) > 6.0 > bound.at(1)
    assert 5.0 < bound.at(30) < 5.0 + 1e-6
    assert bound.beaten_by(5.5, 20) and not bound.beaten_by(5.5, 10)


# Policies the worlds are judged by: a distance limit or none, a yes/no distance term, a
# missing value defaulted with ??, tie-breaks, a relax step, a broadcast.
POLICIES = [
    """
default policy p
  require on_shift : staff.on_shift
  require near     : distance(staff, task) <= 10 km
  prefer close  weight 1 : scale(distance(staff, task), best 0 km, worst 10 km)
  prefer rating weight 3 : scale(staff.rating ?? 3, worst 1, best 5)
  mode push accept within 5 min
  if none: relax near to 40 km, then escalate "desk"
""",
    """
default policy p
  require capacity : staff.active_orders < staff.max_orders
  prefer close  weight 2 : scale(distance(staff, task), best 1 km, worst 25 km)
  prefer inside weight 1 : distance(staff, task) <= 5 km
  prefer light  weight 2 : scale(staff.active_orders, best 0, worst staff.max_orders)
  tie break staff.rating ?? 0 desc
  mode broadcast 3 accept within 2 min, then pool
""",
    """
default policy p
  require skilled : staff.skill(task.type) >= 2
  prefer rating weight 4 : scale(staff.rating ?? 2, worst 1, best 5)
  prefer near   weight 1 : 3 km >= distance(staff, task)
  mode push accept within 5 min
""",
    """
default policy p
  require region : same_region(staff, task)
  prefer close weight 1 : scale(distance(staff, task), best 0 km, worst 50 km)
  prefer skill weight 1 : scale(staff.skill(task.type), worst 0, best 5)
  mode push accept within 5 min
  if none: neighbours, then escalate "desk"
""",
    """
default policy p
  require region : same_region(staff, task)
  require skilled : staff.skill(task.type) >= 3
  prefer close weight 2 : scale(distance(staff, task), best 0 km, worst 30 km)
  prefer rating weight 1 : scale(staff.rating ?? 3, worst 1, best 5)
  mode push accept within 5 min
  if none: drop region, then require skilled : staff.skill(task.type) >= 1 and
    distance(staff, task) <= 25 km, then escalate "desk"
""",
]
COMPILED = [compile_source(text) for text in POLICIES]

# a few spots reused so that staff share positions (exact distance ties), near and far away
SPOTS = st.sampled_from([(0.0, 0.0), (0.5, 0.5), (3.0, -4.0), (0.0, 10.0), (6.0, 8.0)])
FREE = st.tuples(st.floats(-3, 3), st.floats(-3, 3))
FAR = st.tuples(st.floats(-80, 80), st.floats(-80, 80))
PERSON = st.tuples(
    st.one_of(SPOTS, FREE, FAR),
    st.sampled_from([None, 1.0, 3.0, 4.5, 5.0]),
    st.integers(0, 3),
    st.integers(0, 5),
    st.booleans(),
    st.sampled_from(["xuhui", "xuhui", "huangpu", "minhang"]),
)


@SETTINGS
@given(
    people=st.lists(PERSON, min_size=1, max_size=70),
    which=st.integers(0, len(POLICIES) - 1),
    k=st.sampled_from([1, 2, 16]),
)
def test_generated_worlds_choose_as_the_full_scan(
    people: list[tuple[tuple[float, float], float | None, int, int, bool, str]],
    which: int,
    k: int,
) -> None:
    # given any staff: near and far, on shared spots, with missing ratings, busy, off shift
    policies = COMPILED[which]
    staff = [
        {
            **staff_record(f"s{i:02d}", offset(XUJIAHUI, *spot), skills={"hvac": level},
                           active=active, most=3, on_shift=on, region=region),
            "rating": rating,
        }
        for i, (spot, rating, active, level, on, region) in enumerate(people)
    ]  # fmt: skip
    task = task_record("t1")

    # when
    live = assign(StaffIndex(staff), policies, task, k=k, radius_km=1.0)
    scanned = decide(policies, task, staff)

    # then the same winner (tie-breaks included), the same broadcast, the same steps
    assert live.chosen == scanned.chosen
    assert live.steps == scanned.steps
    if isinstance(live.action, Broadcast):
        assert list(live.action.staff_ids) == [c.staff_id for c in scanned.ranked[:3]]


@SETTINGS
@given(north=st.floats(0.5, 30), extra=st.integers(0, 20))
def test_staff_exactly_on_a_distance_limit_are_judged(north: float, extra: int) -> None:
    # given the one qualified staff member exactly on the policy's distance limit
    task = task_record("t1")
    edge = staff_record("edge", offset(XUJIAHUI, north, 0), skills={"hvac": 4})
    limit = haversine_km(edge, task)
    policies = compile_source(
        f"""
default policy p
  require near : distance(staff, task) <= {limit!r} km
  require skilled : staff.skill(task.type) >= 4
  prefer close weight 1 : scale(distance(staff, task), best 0 km, worst {limit!r} km)
  mode push accept within 5 min
"""
    )
    staff = [edge] + [
        staff_record(f"n{i}", offset(XUJIAHUI, 0.1, 0), skills={"hvac": 1}) for i in range(extra)
    ]

    # when
    live = assign(StaffIndex(staff), policies, task)

    # then
    assert live.chosen == decide(policies, task, staff).chosen == "edge"


@SETTINGS
@given(
    start=st.lists(FREE, min_size=1, max_size=40),
    moves=st.lists(st.tuples(st.integers(0, 39), FREE), max_size=30),
    km=st.floats(0.1, 5),
)
def test_within_finds_everyone_inside_the_radius(
    start: list[tuple[float, float]], moves: list[tuple[int, tuple[float, float]]], km: float
) -> None:
    # given an index with moved staff (some in the overlay, some stale in the tree)
    records = {f"s{i}": staff_record(f"s{i}", offset(XUJIAHUI, *p)) for i, p in enumerate(start)}
    index = StaffIndex(records.values(), min_rebuild=8)
    for i, point in moves:
        if f"s{i}" in records:
            records[f"s{i}"] = staff_record(f"s{i}", offset(XUJIAHUI, *point))
            index.upsert(records[f"s{i}"])

    # when
    found_km, ids = index.within(XUJIAHUI[0], XUJIAHUI[1], km)

    # then exactly the staff within km (up to float slack), nearest first
    task = task_record("t")
    gaps = {sid: haversine_km(r, task) for sid, r in records.items()}
    assert {sid for sid, d in gaps.items() if d <= km - 1e-6} <= set(ids)
    assert all(gaps[sid] <= km + 1e-6 for sid in ids)
    assert found_km == sorted(found_km)


@SETTINGS
@given(score=st.floats(0, 7))
def test_the_horizon_is_where_the_bound_falls_below_a_score(score: float) -> None:
    # given the two-term policy of the generated worlds (closeness 2 over 1..25 km, within 5 km)
    bound = score_bound(COMPILED[1]["p"])

    # when
    horizon = bound.horizon_km(score)

    # then nobody at or past it can reach the score, and just short of it somebody could
    if horizon == float("inf"):
        assert not bound.beaten_by(score, 1e6)
    else:
        assert bound.beaten_by(score, horizon)
        assert horizon == 0 or not bound.beaten_by(score, horizon * (1 - 1e-6) - 1e-6)
