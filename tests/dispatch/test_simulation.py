"""Simulation: a draft replayed over recorded decisions, compared with what happened."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from uuid import UUID

import pytest

from dispatchhub.dispatch.errors import PolicyErrorCode, SourceRejected
from dispatchhub.dispatch.policies import save_version
from dispatchhub.dispatch.simulation import DEFAULT_POOL_WAIT_MIN, MAX_ORDERS, simulate
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.errors import DomainError
from dispatchhub.orders.tables import Offer
from dispatchhub.rules_dsl import DEFAULT_FUNCTIONS
from tests.fixtures.dispatch import MOMENT, SHANGHAI, DispatchWorld

CLOSEST = """\
default policy closest
  require skilled : staff.skill(task.type) >= 3     reason "skill {staff.skill(task.type)}"
  require near    : distance(staff, task) <= 5 km   reason "{distance(staff, task)} away"
  prefer close weight 1 : scale(distance(staff, task), best 0 km, worst 10 km)
  mode push accept within 4 min, then pool
  if none: relax near to 20 km, then escalate "dispatch-desk"
"""
NOBODY = """\
default policy nobody
  require master : staff.skill(task.type) >= 9 reason "not a master"
  if none: escalate "dispatch-desk"
"""


@dataclass
class Past:
    near: UUID
    mid: UUID
    far: UUID
    orders: list[UUID]


async def run(**kwargs: Any) -> Any:
    return await simulate(functions=DEFAULT_FUNCTIONS, zone=SHANGHAI, **kwargs)


@pytest.fixture
async def past(dispatch_world: DispatchWorld) -> Past:
    """Three staff 0.5, 3 and 9 km from the tasks; three orders all went to the far one."""
    near = await dispatch_world.staff("近 Near", (31.195, 121.44))
    mid = await dispatch_world.staff("中 Mid", (31.217, 121.44), skills={"hvac": 2})
    far = await dispatch_world.staff("远 Far", (31.27, 121.44))
    orders = []
    for day in range(3):
        created = MOMENT - timedelta(days=3 - day)
        order = await dispatch_world.order(assignee=far, created=created)
        await dispatch_world.decision(order, chosen=far, at=created + timedelta(minutes=20))
        orders.append(order)
    return Past(near, mid, far, orders)


async def test_a_draft_would_send_every_order_to_the_nearest_skilled_staff(past: Past) -> None:
    before = await AssignmentDecision.count()

    report = await run(source=CLOSEST)

    assert [o.order_id for o in report.orders] == past.orders  # oldest first
    assert {o.chosen for o in report.orders} == {str(past.near)}
    assert {o.actual for o in report.orders} == {str(past.far)}
    assert report.changed == 3 and all(o.changed for o in report.orders)
    first = report.orders[0]
    assert (first.policy, first.mode, first.steps, first.candidates, first.eligible) == (
        "closest", "PUSH", [], 3, 1,
    )  # fmt: skip
    assert first.chosen_distance_km == pytest.approx(0.556, abs=0.01)
    assert first.actual_distance_km == pytest.approx(8.896, abs=0.01)
    # per candidate: why excluded, with the values read, or the score
    why = {e.staff_id: e for e in first.explanations}
    assert why[str(past.mid)].failed_requirement == "skilled"
    assert why[str(past.mid)].reason == "skill 2"
    assert why[str(past.far)].failed_requirement == "near"
    assert why[str(past.far)].values["distance(staff, task)"] == pytest.approx(8.896, abs=0.01)
    assert why[str(past.near)].eligible and why[str(past.near)].score == pytest.approx(
        0.944, abs=0.01
    )
    assert report.staff_names == {str(past.near): "近 Near", str(past.far): "远 Far"}
    assert await AssignmentDecision.count() == before  # a simulation writes nothing


async def test_kpis_beside_what_happened(past: Past) -> None:
    report = await run(source=CLOSEST)

    simulated, actual = report.simulated, report.actual
    assert (simulated.orders, simulated.assigned, actual.assigned) == (3, 3, 3)
    assert simulated.mean_distance_km == pytest.approx(0.556, abs=0.01)
    assert actual.mean_distance_km == pytest.approx(8.896, abs=0.01)
    assert actual.p90_distance_km == pytest.approx(8.896, abs=0.01)
    # three candidates, all orders to one of them: counts 3, 0, 0
    assert simulated.load_range == actual.load_range == 3
    assert simulated.load_stddev == pytest.approx(1.4142, abs=1e-3)
    assert simulated.no_eligible_share == actual.no_eligible_share == 0.0
    assert simulated.by_mode == {"PUSH": 3} and actual.by_mode == {"AUTO": 3}
    # nobody's response time is known yet: a push waits out its accept deadline
    assert simulated.expected_wait_min == 4.0
    assert actual.expected_wait_min == 20.0  # orders were assigned 20 minutes after creation


async def test_response_times_recorded_then_shorten_the_expected_wait(
    dispatch_world: DispatchWorld, past: Past
) -> None:
    quick = dispatch_world
    order = await quick.order(assignee=past.far)
    await Offer(order=order, staff=past.near, status="ACCEPTED",
                created_at=MOMENT - timedelta(days=2), deadline=MOMENT,
                answered_at=MOMENT - timedelta(days=2, seconds=-90)).save()  # fmt: skip
    await quick.decision(order, chosen=past.far, at=MOMENT)

    report = await run(source=CLOSEST, order_ids=[order])

    [outcome] = report.orders
    assert outcome.expected_wait_min == 1.5


async def test_when_nobody_qualifies_the_draft_climbs_its_ladder(past: Past) -> None:
    relaxed = await run(source=CLOSEST.replace("<= 5 km", "<= 0.1 km"))
    nobody = await run(source=NOBODY)

    assert {tuple(o.steps) for o in relaxed.orders} == {("relax near to 20",)}
    assert {o.chosen for o in relaxed.orders} == {str(past.near)}
    assert {(o.chosen, o.escalated_to, o.mode) for o in nobody.orders} == {
        (None, "dispatch-desk", None)
    }
    assert nobody.simulated.no_eligible_share == 1.0
    assert nobody.simulated.assigned == 0 and nobody.simulated.mean_distance_km is None


async def test_a_stored_version_by_policy_and_number_or_its_latest(past: Past) -> None:
    first = await save_version("main", NOBODY, functions=DEFAULT_FUNCTIONS)
    await save_version("main", CLOSEST, functions=DEFAULT_FUNCTIONS)
    policy_id = first.version.policy_id

    old = await run(policy_id=policy_id, version=1)
    latest = await run(policy_id=policy_id)

    assert old.version is not None and old.version.version == 1
    assert old.simulated.no_eligible_share == 1.0
    assert latest.version is not None and latest.version.version == 2
    assert latest.content_hash == latest.version.content_hash


async def test_orders_by_id_or_since_and_skipped_ones(
    dispatch_world: DispatchWorld, past: Past
) -> None:
    undecided = await dispatch_world.order(status="OPEN")

    chosen = await run(source=CLOSEST, order_ids=[past.orders[2], undecided])
    recent = await run(source=CLOSEST, since=MOMENT - timedelta(days=1, hours=12))

    assert [o.order_id for o in chosen.orders] == [past.orders[2]]
    assert chosen.skipped == [undecided]
    assert [o.order_id for o in recent.orders] == [past.orders[2]]


async def test_the_latest_acted_decision_counts_and_shadows_do_not(
    dispatch_world: DispatchWorld, past: Past
) -> None:
    order = past.orders[0]
    # reassigned by a dispatcher later; and a shadow decision even later
    await dispatch_world.decision(
        order, chosen=past.mid, kind="MANUAL", at=MOMENT - timedelta(hours=2)
    )
    await dispatch_world.decision(
        order, chosen=past.near, kind="SHADOW", at=MOMENT - timedelta(hours=1)
    )

    report = await run(source=CLOSEST, order_ids=[order])

    [outcome] = report.orders
    assert outcome.recorded_kind == "MANUAL"
    assert outcome.actual == str(past.far)  # the order's assignee is what happened


async def test_orders_decided_before_tasks_were_recorded_are_rebuilt(
    dispatch_world: DispatchWorld, past: Past
) -> None:
    order = await dispatch_world.order(assignee=past.far)
    await dispatch_world.decision(order, chosen=past.far, record_task=False, at=MOMENT)

    report = await run(source=CLOSEST, order_ids=[order])

    [outcome] = report.orders
    assert outcome.error is None and outcome.chosen == str(past.near)


async def test_a_malformed_record_fails_its_order_only(
    dispatch_world: DispatchWorld, past: Past
) -> None:
    order = await dispatch_world.order(assignee=past.far)
    broken = [{"id": str(past.near), "lat": 31.19}]  # lacks skills, lon, …
    await dispatch_world.decision(order, chosen=past.far, candidates=broken, at=MOMENT)

    report = await run(source=CLOSEST)

    failed = [o for o in report.orders if o.error]
    assert [o.order_id for o in failed] == [order]
    assert "incomplete or malformed" in (failed[0].error or "")
    assert not failed[0].changed and report.changed == 3
    assert report.simulated.orders == 3  # KPIs over the orders that could be replayed


async def test_pool_wait_is_measured_from_grabbed_orders(dispatch_world: DispatchWorld) -> None:
    pooled = CLOSEST.replace("mode push accept within 4 min, then pool", "mode pool")
    far = await dispatch_world.staff("远 Far", (31.195, 121.44))
    grabbed = await dispatch_world.order(assignee=far)  # assigned 20 minutes after creation
    await dispatch_world.decision(grabbed, chosen=far, kind="GRAB")

    measured = await run(source=pooled)
    await AssignmentDecision.update({AssignmentDecision.kind: "AUTO"}, force=True)
    assumed = await run(source=pooled)

    assert measured.pool_wait_min == 20.0 and measured.simulated.expected_wait_min == 20.0
    assert assumed.pool_wait_min == DEFAULT_POOL_WAIT_MIN


async def test_refusals(past: Past) -> None:
    cases: list[tuple[dict[str, Any], PolicyErrorCode]] = [
        ({}, PolicyErrorCode.SOURCE_OR_VERSION),
        ({"source": CLOSEST, "policy_id": past.near}, PolicyErrorCode.SOURCE_OR_VERSION),
        ({"source": CLOSEST, "order_ids": [], "since": MOMENT}, PolicyErrorCode.ORDERS_OR_SINCE),
        ({"source": CLOSEST, "order_ids": [past.near] * (MAX_ORDERS + 1)},
         PolicyErrorCode.TOO_MANY_ORDERS),
        ({"policy_id": past.near}, PolicyErrorCode.POLICY_NOT_FOUND),
        ({"source": "x" * 300_000}, PolicyErrorCode.SOURCE_TOO_LARGE),
    ]  # fmt: skip
    for kwargs, code in cases:
        with pytest.raises(DomainError) as refused:
            await run(**kwargs)
        assert refused.value.errors[0].code is code, kwargs
    with pytest.raises(SourceRejected) as bad:
        await run(source=CLOSEST.replace("5 km", "5"))
    assert bad.value.diagnostics[0].code == "MISSING_UNIT"
