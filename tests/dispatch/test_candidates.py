"""The staff index: nearest-first search, widening, moves, region limits and crossing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatchhub.dispatch.candidates import StaffIndex
from dispatchhub.dispatch.policy_scope import allowed_regions, distance_limit_km
from dispatchhub.geo import great_circle_km
from dispatchhub.rules_dsl import CompiledPolicySet, compile_source
from tests.fixtures.dispatch_engine import (
    HUANGPU,
    XUJIAHUI,
    offset,
    staff_record,
    task_record,
)

SETTINGS = settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
# points within roughly 20 km of Xujiahui
km_offsets = st.tuples(st.floats(-20, 20, allow_nan=False), st.floats(-20, 20, allow_nan=False))


def brute_nearest(
    records: dict[str, dict[str, float]], point: tuple[float, float], count: int, within: float
) -> list[str]:
    """Ids of the ``count`` nearest records within ``within`` km, by a full scan."""
    gaps = sorted(
        (great_circle_km(r["lat"], r["lon"], point[0], point[1]), sid) for sid, r in records.items()
    )
    return [sid for d, sid in gaps if d <= within][:count]


@SETTINGS
@given(
    points=st.lists(km_offsets, min_size=1, max_size=60),
    query=km_offsets,
    count=st.integers(1, 20),
    within=st.floats(0.5, 40),
)
def test_nearest_is_the_great_circle_order(
    points: list[tuple[float, float]],
    query: tuple[float, float],
    count: int,
    within: float,
) -> None:
    # given
    records = {f"s{i}": staff_record(f"s{i}", offset(XUJIAHUI, *p)) for i, p in enumerate(points)}
    index = StaffIndex(records.values())
    point = offset(XUJIAHUI, *query)

    # when
    found_km, ids = index.nearest(point[0], point[1], count, within)

    # then: the same distances as a full scan (ids may swap only on exact ties)
    expected = brute_nearest(records, point, count, within)
    assert len(ids) == len(expected)
    expected_km = [
        great_circle_km(records[i]["lat"], records[i]["lon"], point[0], point[1]) for i in expected
    ]
    assert all(abs(a - b) < 1e-6 for a, b in zip(found_km, expected_km, strict=True))


@SETTINGS
@given(
    start=st.lists(km_offsets, min_size=1, max_size=40),
    changes=st.lists(st.tuples(st.integers(0, 60), st.one_of(st.none(), km_offsets)), max_size=80),
    query=km_offsets,
)
def test_moves_and_removals_keep_the_index_exact(
    start: list[tuple[float, float]],
    changes: list[tuple[int, tuple[float, float] | None]],
    query: tuple[float, float],
) -> None:
    # given an index that rebuilds after a handful of changes, so both paths run
    records = {f"s{i}": staff_record(f"s{i}", offset(XUJIAHUI, *p)) for i, p in enumerate(start)}
    index = StaffIndex(records.values(), min_rebuild=4)

    # when staff move, join (unknown ids) and leave (None)
    for number, where in changes:
        sid = f"s{number}"
        if where is None:
            index.remove(sid)
            records.pop(sid, None)
        elif sid in records:
            lat, lon = offset(XUJIAHUI, *where)
            index.move(sid, lat, lon)
            records[sid] = {**records[sid], "lat": lat, "lon": lon}
        else:
            records[sid] = staff_record(sid, offset(XUJIAHUI, *where))
            index.upsert(records[sid])

    # then every query answers as a full scan over the current positions does
    point = offset(XUJIAHUI, *query)
    found_km, ids = index.nearest(point[0], point[1], 10, 50.0)
    expected = brute_nearest(records, point, 10, 50.0)
    assert len(index) == len(records)
    assert len(ids) == len(expected)
    assert set(ids) <= set(records)
    expected_km = [
        great_circle_km(records[i]["lat"], records[i]["lon"], point[0], point[1]) for i in expected
    ]
    assert all(abs(a - b) < 1e-6 for a, b in zip(found_km, expected_km, strict=True))


def test_a_moved_staff_member_is_found_where_they_are_now() -> None:
    index = StaffIndex([staff_record("near", XUJIAHUI), staff_record("far", HUANGPU)])

    index.move("far", *offset(XUJIAHUI, 0.1, 0))
    index.move("near", *HUANGPU)

    _, ids = index.nearest(*XUJIAHUI, 1, 50.0)
    assert ids == ["far"]


def test_search_widens_until_it_finds_eligible_staff(city_policies: CompiledPolicySet) -> None:
    # given staff nearby who lack the skill, and a qualified one 7 km away
    task = task_record("t1")
    staff = [
        staff_record(f"novice{i}", offset(XUJIAHUI, 0.2 * i, 0.3), skills={"hvac": 1})
        for i in range(5)
    ] + [staff_record("expert", offset(XUJIAHUI, 0, 7))]
    index = StaffIndex(staff)
    policy = city_policies.select(task)
    assert policy is not None

    # when the search starts at 2 km
    found = index.search(task, policy, k=1, radius_km=2.0)

    # then it widened past the first radius to the expert, judging the novices on the way
    assert [s["id"] for s in found.eligible] == ["expert"]
    assert found.radius_km >= 7.0
    assert abs(found.distances_km[0] - 7.0) < 0.01
    assert found.examined == 6


def test_search_stops_at_the_policy_distance_limit(city_policies: CompiledPolicySet) -> None:
    # the repair policy requires 10 km; an expert 12 km away never qualifies
    task = task_record("t1")
    index = StaffIndex([staff_record("expert", offset(XUJIAHUI, 12, 0))])
    policy = city_policies.select(task)
    assert policy is not None
    assert distance_limit_km(policy) == 10.0

    found = index.search(task, policy, k=3, radius_km=1.0)

    assert found.eligible == []
    assert found.radius_km == 10.0
    assert found.examined == 0
    assert found.reach_km == float("inf")


def test_search_returns_the_nearest_eligible_first_and_skips_excluded(
    city_policies: CompiledPolicySet,
) -> None:
    task = task_record("t1")
    staff = [staff_record(f"s{i}", offset(XUJIAHUI, i, 0)) for i in range(1, 6)]
    index = StaffIndex(staff)
    policy = city_policies.select(task)
    assert policy is not None

    found = index.search(task, policy, k=2, radius_km=3.0, exclude={"s1"})

    assert [s["id"] for s in found.eligible[:2]] == ["s2", "s3"]
    assert found.distances_km == sorted(found.distances_km)


def test_an_overloaded_region_searches_its_neighbours(
    regional_policies: CompiledPolicySet,
) -> None:
    # given a Huangpu order and staff only across the border in Jing'an (a neighbour)
    task = task_record("t1", HUANGPU, region="huangpu")
    index = StaffIndex([staff_record("jingan1", offset(HUANGPU, 1, -1), region="jingan")])
    policy = regional_policies.select(task)
    assert policy is not None
    assert allowed_regions(policy, task) == {"huangpu"}

    # when Huangpu is not overloaded, its own-district rule holds
    home = index.search(task, policy, k=1, radius_km=2.0)
    # and when it is, the policy's neighbours step is taken up front
    crossed = index.search(task, policy, k=1, radius_km=2.0, overloaded_regions={"huangpu"})

    assert home.eligible == [] and not home.crossed_regions
    assert [s["id"] for s in crossed.eligible] == ["jingan1"]
    assert crossed.crossed_regions and crossed.policy.neighbours


def test_a_policy_without_a_neighbours_step_never_crosses() -> None:
    policies = compile_source(
        "default policy strict\n  require region : same_region(staff, task)\n"
    )
    task = task_record("t1", HUANGPU, region="huangpu")
    index = StaffIndex([staff_record("jingan1", offset(HUANGPU, 1, -1), region="jingan")])
    policy = policies.select(task)
    assert policy is not None

    found = index.search(task, policy, k=1, radius_km=2.0, overloaded_regions={"huangpu"})

    assert found.eligible == [] and not found.crossed_regions
