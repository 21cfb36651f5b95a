"""Batch assignment: exact against brute force, capacities, balance, neighbour pull, re-plans."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatchhub.dispatch.batch import OfferChange, greedy, optimise, reoptimise
from dispatchhub.dispatch.batch_model import BatchOptions, arc_cost_m
from dispatchhub.dispatch.candidates import great_circle_from_chord, to_xyz
from dispatchhub.dispatch.policy_scope import for_region_load
from dispatchhub.dispatch.workload import balance_marginal_m, free_capacity, overloaded_regions
from dispatchhub.rules_dsl import CompiledPolicySet, compile_source
from tests.fixtures.dispatch_engine import (
    CITY_POLICY,
    HUANGPU,
    REGIONAL_POLICY,
    XUJIAHUI,
    offset,
    staff_record,
    task_record,
)

POLICIES = {"city": compile_source(CITY_POLICY), "regional": compile_source(REGIONAL_POLICY)}
SETTINGS = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
Record = dict[str, Any]


def km_between(task: Record, staff: Record) -> float:
    """The distance the model uses (great-circle, through the same chord formula)."""
    chord = np.linalg.norm(to_xyz(staff["lat"], staff["lon"]) - to_xyz(task["lat"], task["lon"]))
    return float(great_circle_from_chord(chord))


def choices(
    tasks: Sequence[Record],
    staff: Sequence[Record],
    policies: CompiledPolicySet,
    options: BatchOptions,
) -> list[dict[int, int]]:
    """Per task: staff position → pair cost (metres) of every staff member it may take."""
    overloaded = overloaded_regions(tasks, staff) if options.neighbour_pull else set()
    result = []
    for task in tasks:
        policy = policies.select(task)
        allowed: dict[int, int] = {}
        if policy is not None:
            policy, crossing = for_region_load(policy, task, overloaded)
            admitted = {c.staff_id for c in policy.evaluate(task, staff).ranked}
            for i, s in enumerate(staff):
                km = km_between(task, s)
                if s["id"] in admitted and km <= options.max_radius_km:
                    crosses = crossing and s["region"] != task["region"]
                    allowed[i] = int(arc_cost_m(km, crosses, options.cross_region_km))
        result.append(allowed)
    return result


def brute_force(
    tasks: Sequence[Record],
    staff: Sequence[Record],
    policies: CompiledPolicySet,
    options: BatchOptions,
) -> int:
    """The least cost over every assignment, by enumeration."""
    room = [s for s in staff if free_capacity(s) > 0]
    allowed = choices(tasks, room, policies, options)
    penalty = round(1000 * options.unassigned_km)
    best: int | None = None
    for pick in itertools.product(*[[None, *a] for a in allowed]):
        taken = Counter(s for s in pick if s is not None)
        if any(n > free_capacity(room[s]) for s, n in taken.items()):
            continue
        cost = sum(penalty if s is None else allowed[t][s] for t, s in enumerate(pick))
        cost += sum(
            balance_marginal_m(room[s], j, options.balance_km)
            for s, n in taken.items()
            for j in range(1, n + 1)
        )
        best = cost if best is None else min(best, cost)
    assert best is not None
    return best


REGIONS = st.sampled_from(["xuhui", "huangpu", "minhang"])
offsets = st.tuples(st.floats(-9, 9, allow_nan=False), st.floats(-9, 9, allow_nan=False))
tasks_strategy = st.lists(
    st.tuples(offsets, REGIONS, st.sampled_from(["hvac", "locks"])), min_size=1, max_size=4
).map(
    lambda rows: [
        task_record(f"t{i}", offset(XUJIAHUI, *p), region=r, kind=k)
        for i, (p, r, k) in enumerate(rows)
    ]
)
staff_strategy = st.lists(
    st.tuples(offsets, REGIONS, st.integers(0, 5), st.integers(0, 2), st.integers(1, 3)),
    min_size=1,
    max_size=6,
).map(
    lambda rows: [
        staff_record(
            f"s{i}", offset(XUJIAHUI, *p), region=r, skills={"hvac": lvl}, active=min(a, m), most=m
        )
        for i, (p, r, lvl, a, m) in enumerate(rows)
    ]  # fmt: skip
)
options_strategy = st.builds(
    BatchOptions,
    candidates=st.sampled_from([1, 1, 2]),
    balance_km=st.sampled_from([0.0, 3.0]),
    unassigned_km=st.sampled_from([2.0, 8.0, 100.0]),
    cross_region_km=st.sampled_from([0.0, 2.0]),
    neighbour_pull=st.booleans(),
    arcs_per_round=st.integers(1, 4),
)


@SETTINGS
@given(
    tasks=tasks_strategy,
    staff=staff_strategy,
    options=options_strategy,
    which=st.sampled_from(["city", "regional"]),
)
def test_optimise_equals_brute_force(
    tasks: list[Record], staff: list[Record], options: BatchOptions, which: str
) -> None:
    # given few candidates per task, so pricing has to find the rest
    policies = POLICIES[which]

    # when
    result = optimise(tasks, staff, policies, options)

    # then: the least possible cost, and it says it proved it
    assert result.cost == brute_force(tasks, staff, policies, options)
    assert result.optimal
    assert greedy(tasks, staff, policies, options).cost >= result.cost


@settings(
    max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    tasks=st.lists(st.tuples(offsets, REGIONS), min_size=1, max_size=40),
    staff=staff_strategy,
    more_staff=st.lists(st.tuples(offsets, REGIONS, st.integers(1, 4)), max_size=12),
    which=st.sampled_from(["city", "regional"]),
)
def test_capacity_is_never_exceeded_and_every_pair_is_eligible(
    tasks: list[tuple[tuple[float, float], str]],
    staff: list[Record],
    more_staff: list[tuple[tuple[float, float], str, int]],
    which: str,
) -> None:
    # given more orders than places, often
    orders = [
        task_record(f"t{i}", offset(XUJIAHUI, *p), region=r) for i, (p, r) in enumerate(tasks)
    ]
    people = staff + [
        staff_record(f"x{i}", offset(XUJIAHUI, *p), region=r, most=m)
        for i, (p, r, m) in enumerate(more_staff)
    ]
    options = BatchOptions(candidates=2)
    policies = POLICIES[which]

    # when
    result = optimise(orders, people, policies, options)

    # then
    by_id = {s["id"]: s for s in people}
    for staff_id, count in result.new_orders().items():
        assert count <= free_capacity(by_id[staff_id])
    allowed = choices(orders, people, policies, options)
    for t, task in enumerate(orders):
        chosen = result.assignments.get(task["id"])
        assert (chosen is None) == (task["id"] in result.unassigned)
        if chosen is not None:
            assert people.index(by_id[chosen]) in allowed[t]


def test_greedy_takes_the_staff_a_later_order_needed(city_policies: CompiledPolicySet) -> None:
    # given: A could use X or Y; B can only reach X. Greedy gives X to A first.
    tasks = [task_record("A", XUJIAHUI), task_record("B", offset(XUJIAHUI, 0, 6))]
    staff = [
        staff_record("X", offset(XUJIAHUI, 0, 2), most=1),
        staff_record("Y", offset(XUJIAHUI, 0, -2.5), most=1),
    ]
    options = BatchOptions(balance_km=0)

    best = optimise(tasks, staff, city_policies, options)
    first_come = greedy(tasks, staff, city_policies, options)

    assert best.assignments == {"A": "Y", "B": "X"}
    assert first_come.assignments == {"A": "X", "B": "Y"}
    assert first_come.distance_km > best.distance_km + 4


def test_balance_spreads_orders_between_similar_staff(city_policies: CompiledPolicySet) -> None:
    tasks = [task_record("t1"), task_record("t2")]
    staff = [
        staff_record("a", offset(XUJIAHUI, 1.0, 0)),
        staff_record("b", offset(XUJIAHUI, 1.3, 0)),
    ]

    travel_only = optimise(tasks, staff, city_policies, BatchOptions(balance_km=0))
    balanced = optimise(tasks, staff, city_policies, BatchOptions(balance_km=3))

    assert travel_only.new_orders() == {"a": 2}
    assert balanced.new_orders() == {"a": 1, "b": 1}


def test_neighbour_pull_places_orders_of_an_overloaded_district(
    regional_policies: CompiledPolicySet,
) -> None:
    # given six Huangpu orders, two free places in Huangpu and five in Jing'an next door
    tasks = [task_record(f"t{i}", offset(HUANGPU, 0.2 * i, 0), region="huangpu") for i in range(6)]
    staff = [
        staff_record("hp", offset(HUANGPU, 0.5, 0), region="huangpu", most=2),
        staff_record("ja", offset(HUANGPU, 2, -1), region="jingan", most=5),
    ]
    assert overloaded_regions(tasks, staff) == {"huangpu"}

    strict = optimise(tasks, staff, regional_policies, BatchOptions(neighbour_pull=False))
    pulled = optimise(tasks, staff, regional_policies, BatchOptions(neighbour_pull=True))

    assert len(strict.unassigned) == 4
    assert pulled.unassigned == []
    assert pulled.new_orders() == {"hp": 2, "ja": 4}
    assert pulled.optimal and strict.optimal


def test_tasks_with_nobody_in_reach_stay_unassigned(city_policies: CompiledPolicySet) -> None:
    tasks = [task_record("t1"), task_record("t2", kind="locks")]
    staff = [staff_record("far", offset(XUJIAHUI, 40, 0))]

    result = optimise(tasks, staff, city_policies, BatchOptions(max_radius_km=30))

    assert result.unassigned == ["t1", "t2"]
    assert result.cost == 2 * 100_000


def test_reoptimise_moves_an_offer_only_for_a_real_gain(city_policies: CompiledPolicySet) -> None:
    # given t1 offered to s_far (5 km); s_near (0.3 km) has since come free
    tasks = [task_record("t1")]
    staff = [
        staff_record("s_far", offset(XUJIAHUI, 5, 0)),
        staff_record("s_near", offset(XUJIAHUI, 0.3, 0)),
        staff_record("s_close", offset(XUJIAHUI, 4.5, 0)),
    ]

    moved, _ = reoptimise({"t1": "s_far"}, tasks, staff, city_policies, BatchOptions(balance_km=0))
    kept, _ = reoptimise(
        {"t1": "s_close"}, tasks, staff[::2], city_policies, BatchOptions(balance_km=0)
    )

    assert moved == [OfferChange("t1", "s_far", "s_near")]
    # s_far is only 0.5 km worse than s_close: not worth withdrawing the offer
    assert kept == []


def test_reoptimise_places_new_orders_and_drops_offers_no_longer_eligible(
    city_policies: CompiledPolicySet,
) -> None:
    tasks = [task_record("t1"), task_record("t2", offset(XUJIAHUI, 1, 0))]
    staff = [
        staff_record("busy", XUJIAHUI, active=3, most=3),
        staff_record("free", offset(XUJIAHUI, 0.5, 0), most=2),
    ]

    changes, result = reoptimise({"t1": "busy"}, tasks, staff, city_policies)

    assert changes == [OfferChange("t1", "busy", "free"), OfferChange("t2", None, "free")]
    assert result.unassigned == []


@pytest.mark.parametrize("candidates", [1, 4, 32])
def test_the_answer_does_not_depend_on_how_many_candidates_start(
    city_policies: CompiledPolicySet, candidates: int
) -> None:
    rng = np.random.default_rng(7)
    tasks = [task_record(f"t{i}", offset(XUJIAHUI, *rng.normal(0, 1.5, 2))) for i in range(60)]
    staff = [
        staff_record(f"s{i}", offset(XUJIAHUI, *rng.normal(0, 4, 2)), most=2) for i in range(50)
    ]

    result = optimise(tasks, staff, city_policies, BatchOptions(candidates=candidates))
    reference = optimise(tasks, staff, city_policies, BatchOptions(candidates=len(staff)))

    assert result.optimal
    assert result.cost == reference.cost
