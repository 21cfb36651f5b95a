"""Choosing for one order: rank nearby staff, follow the mode ladder, climb the fallback one."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatchhub.dispatch.assign import (
    FALLBACK_QUEUE,
    Broadcast,
    Escalate,
    Pool,
    Push,
    assign,
)
from dispatchhub.dispatch.candidates import StaffIndex
from dispatchhub.dispatch.choice import decide
from dispatchhub.rules_dsl import CompiledPolicySet, compile_source
from tests.fixtures.dispatch_engine import (
    HUANGPU,
    XUJIAHUI,
    offset,
    staff_record,
    task_record,
)


def test_the_nearest_qualified_staff_gets_the_push(city_policies: CompiledPolicySet) -> None:
    # given a qualified technician 2 km away, a closer one without the skill, a farther one
    index = StaffIndex(
        [
            staff_record("novice", offset(XUJIAHUI, 0.5, 0), skills={"hvac": 1}),
            staff_record("near", offset(XUJIAHUI, 2, 0)),
            staff_record("far", offset(XUJIAHUI, 0, 6)),
        ]
    )

    # when
    result = assign(index, city_policies, task_record("t1"))

    # then
    assert result.policy == "repair"
    assert result.action == Push("near", 5.0)
    assert [c.staff_id for c in result.ranked] == ["near", "far"]
    assert result.steps == []


def test_later_stages_broadcast_to_the_next_candidates(city_policies: CompiledPolicySet) -> None:
    # the push to s1 lapsed: the ladder's second step broadcasts to the next three
    index = StaffIndex([staff_record(f"s{i}", offset(XUJIAHUI, i, 0)) for i in range(1, 7)])

    result = assign(index, city_policies, task_record("t1"), stage=1, exclude={"s1"})

    assert result.action == Broadcast(("s2", "s3", "s4"), 2.0)
    assert result.chosen == "s2"


def test_a_stage_past_the_ladder_stays_on_its_last_step(city_policies: CompiledPolicySet) -> None:
    index = StaffIndex([staff_record(f"s{i}", offset(XUJIAHUI, i, 0)) for i in range(1, 4)])

    result = assign(index, city_policies, task_record("t1"), stage=7)

    assert result.action == Pool(("s1", "s2", "s3"))


def test_nobody_near_enough_relaxes_the_distance(city_policies: CompiledPolicySet) -> None:
    # the only technician is 18 km away: beyond 10 km, within the relaxed 25 km
    index = StaffIndex([staff_record("suburb", offset(XUJIAHUI, -18, 0))])

    result = assign(index, city_policies, task_record("t1"))

    assert result.steps == ["relax near to 25"]
    assert result.action == Push("suburb", 5.0)
    assert result.radius_km >= 18


def test_nobody_at_all_escalates_to_the_policy_queue(city_policies: CompiledPolicySet) -> None:
    index = StaffIndex([staff_record("off", XUJIAHUI, on_shift=False)])

    result = assign(index, city_policies, task_record("t1"))

    assert result.action == Escalate("repair-desk")
    assert result.ranked == [] and result.steps == ["relax near to 25"]


def test_a_ladder_without_escalate_ends_at_the_fallback_queue() -> None:
    policies = compile_source("default policy any\n  require on_shift : staff.on_shift\n")
    index = StaffIndex([staff_record("off", XUJIAHUI, on_shift=False)])

    result = assign(index, policies, task_record("t1"))

    assert result.action == Escalate(FALLBACK_QUEUE)


def test_no_applicable_policy_escalates() -> None:
    policies = compile_source(
        'policy only_hvac\n  applies when task.type == "hvac"\n  require s : staff.on_shift\n'
    )

    result = assign(StaffIndex([staff_record("s1")]), policies, task_record("t1", kind="locks"))

    assert result.policy is None
    assert result.action == Escalate(FALLBACK_QUEUE)


def test_neighbours_are_tried_when_the_district_has_nobody(
    regional_policies: CompiledPolicySet,
) -> None:
    # given a Huangpu order; Huangpu's staff are full, Jing'an next door has someone
    index = StaffIndex(
        [
            staff_record("hp", HUANGPU, region="huangpu", active=3, most=3),
            staff_record("ja", offset(HUANGPU, 1.5, -1.5), region="jingan"),
            staff_record("mh", offset(HUANGPU, -1, -1), region="minhang"),
        ]
    )

    result = assign(index, regional_policies, task_record("t1", HUANGPU, region="huangpu"))

    assert result.steps == ["neighbours"]
    assert result.action == Push("ja", 5.0)


def test_an_overloaded_district_pulls_from_neighbours_at_once(
    regional_policies: CompiledPolicySet,
) -> None:
    # Huangpu has someone free 4 km away; Jing'an has someone 1 km away. Overloaded, Huangpu
    # looks at both and the nearer one wins.
    index = StaffIndex(
        [
            staff_record("hp", offset(HUANGPU, 4, 0), region="huangpu"),
            staff_record("ja", offset(HUANGPU, 1, 0), region="jingan"),
        ]
    )
    task = task_record("t1", HUANGPU, region="huangpu")

    calm = assign(index, regional_policies, task)
    busy = assign(index, regional_policies, task, overloaded_regions={"huangpu"})

    assert calm.chosen == "hp" and calm.steps == []
    assert busy.chosen == "ja" and busy.steps == ["neighbours (region overloaded)"]


def test_a_policy_without_mode_pools_the_order() -> None:
    policies = compile_source("default policy any\n  require on_shift : staff.on_shift\n")
    index = StaffIndex([staff_record("a", offset(XUJIAHUI, 1, 0)), staff_record("b")])

    result = assign(index, policies, task_record("t1"))

    assert isinstance(result.action, Pool)
    assert set(result.action.staff_ids) == {"a", "b"}


def test_the_explaining_build_says_why_each_candidate_lost(
    explained_city_policies: CompiledPolicySet,
) -> None:
    index = StaffIndex(
        [
            staff_record("novice", offset(XUJIAHUI, 0.5, 0), skills={"hvac": 1}),
            staff_record("busy", offset(XUJIAHUI, 0.8, 0), active=3, most=3),
            staff_record("ok", offset(XUJIAHUI, 2, 0)),
        ]
    )

    result = assign(index, explained_city_policies, task_record("t1"))

    why = {e.staff_id: (e.eligible, e.failed_requirement, e.reason) for e in result.explanations}
    assert why["novice"] == (False, "skilled", "技能不足")
    assert why["busy"] == (False, "capacity", "已满")
    assert why["ok"][0] is True
    assert result.chosen == "ok"


@settings(
    max_examples=50, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    st.lists(
        st.tuples(
            st.floats(-12, 12, allow_nan=False),
            st.floats(-12, 12, allow_nan=False),
            st.integers(0, 5),
            st.integers(0, 3),
            st.booleans(),
        ),
        min_size=1,
        max_size=25,
    ),
    st.sampled_from(["hvac", "locks"]),
)
def test_with_room_for_everyone_the_index_chooses_as_a_full_scan_does(
    city_policies: CompiledPolicySet, people: list[tuple[float, float, int, int, bool]], kind: str
) -> None:
    # given any staff (some unskilled, busy or off shift) and k as large as the staff list
    policies = city_policies
    staff = [
        staff_record(f"s{i:02d}", offset(XUJIAHUI, n, e), skills={"hvac": lvl}, active=act,
                     most=3, on_shift=on)
        for i, (n, e, lvl, act, on) in enumerate(people)
    ]  # fmt: skip
    task = task_record("t1", kind=kind)

    # when
    indexed = assign(StaffIndex(staff), policies, task, k=len(staff))
    scanned = decide(policies, task, staff)

    # then the same ranking, the same ladder steps
    assert [c.staff_id for c in indexed.ranked] == [c.staff_id for c in scanned.ranked]
    assert indexed.steps == scanned.steps
    assert isinstance(indexed.action, Escalate) == (not scanned.ranked)
