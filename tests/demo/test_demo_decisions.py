"""The demo's published policy and recorded decisions: enough for a simulation to replay."""

from __future__ import annotations

from datetime import UTC, datetime

from dispatchhub.config import Settings
from dispatchhub.demo import load_demo_data
from dispatchhub.dispatch.policies import MAIN_POLICY, active_policy_set
from dispatchhub.dispatch.simulation import simulate
from dispatchhub.dispatch.snapshot import recorded_staff
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.orders.tables import Order
from dispatchhub.rules_dsl import DEFAULT_FUNCTIONS, DEFAULT_SCHEMA, run_examples

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


async def test_every_assigned_order_has_a_replayable_decision(database: Settings) -> None:
    await load_demo_data(now=NOW)

    active = await active_policy_set(DEFAULT_FUNCTIONS)
    assert active is not None
    version, policy_set = active
    assert version.policy_name == MAIN_POLICY and version.version == 1
    assert all(r.passed for r in run_examples(policy_set))
    assigned = await Order.select(Order.id, Order.assignee).where(
        Order.status.is_in(["ASSIGNED", "EN_ROUTE", "IN_PROGRESS", "COMPLETED"])
    )
    decisions = {d["order"]: d for d in await AssignmentDecision.select().output(load_json=True)}
    assert len(assigned) > 50 and set(decisions) == {o["id"] for o in assigned}
    required = set(DEFAULT_SCHEMA.required_fields("staff"))
    for order in assigned:
        decision = decisions[order["id"]]
        assert decision["kind"] in ("AUTO", "GRAB", "MANUAL")
        assert decision["chosen"] == order["assignee"]
        assert decision["policy_version"] == version.id
        staff = recorded_staff(decision["candidates"])
        assert str(order["assignee"]) in {s["id"] for s in staff}
        assert all(required <= set(s) for s in staff)
        assert set(DEFAULT_SCHEMA.required_fields("task")) <= set(decision["task"])
        verdicts = [c["eligible"] for c in decision["candidates"]]
        assert None not in verdicts


async def test_the_published_policy_replays_over_the_demo(database: Settings) -> None:
    await load_demo_data(now=NOW)
    active = await active_policy_set(DEFAULT_FUNCTIONS)
    assert active is not None

    report = await simulate(
        functions=DEFAULT_FUNCTIONS,
        zone=database.zone,
        policy_id=active[0].policy_id,
        version=active[0].version,
    )

    assert report.orders and all(o.error is None for o in report.orders)
    assert {o.policy for o in report.orders} == {"urgent", "technical", "everyday"}
    assert report.simulated.assigned > report.simulated.orders * 0.8
    assert report.simulated.mean_distance_km is not None
    assert report.simulated.mean_distance_km < report.actual.mean_distance_km  # type: ignore[operator]
