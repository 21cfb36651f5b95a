"""Shadow mode: drafts evaluated beside the active policy on live orders, never acted on."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any
from uuid import UUID

import pytest

from dispatchhub.dispatch.policies import publish_version, save_version
from dispatchhub.dispatch.records import load_staff, load_tasks
from dispatchhub.dispatch.shadow import compare_shadow, record_shadow
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.orders.tables import Offer, Order
from dispatchhub.rules_dsl import DEFAULT_FUNCTIONS
from tests.fixtures.dispatch import MOMENT, SHANGHAI, DispatchWorld

F = DEFAULT_FUNCTIONS
ACTIVE = """\
default policy anyone
  require skilled : staff.has_skill(task.type)
"""
CLOSEST = """\
default policy closest
  require near : distance(staff, task) <= 5 km reason "{distance(staff, task)} away"
  prefer close weight 1 : scale(distance(staff, task), best 0 km, worst 5 km)
"""
SENIOR = """\
default policy senior
  require senior : staff.grade >= 5 reason "grade {staff.grade}"
  if none: escalate "senior-desk"
"""


async def shadow(name: str, draft: str) -> UUID:
    """Policy ``name`` with ACTIVE published and ``draft`` in shadow; returns the policy id."""
    await save_version(name, ACTIVE, functions=F)
    saved = await save_version(name, draft, functions=F)
    await publish_version(saved.version.policy_id, 1, functions=F)
    await publish_version(saved.version.policy_id, 2, functions=F, shadow=True)
    return saved.version.policy_id


async def live(
    dispatch_world: DispatchWorld, order: UUID
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The task and staff records the dispatch engine would evaluate now."""
    task = (await load_tasks([order], SHANGHAI))[str(order)]
    return task, await load_staff(MOMENT, SHANGHAI)


async def test_nothing_is_recorded_without_a_shadow_version(dispatch_world: DispatchWorld) -> None:
    await dispatch_world.staff("近 Near", (31.195, 121.44))
    order = await dispatch_world.order(status="OPEN")
    await save_version("main", CLOSEST, functions=F)

    assert await record_shadow(order, *await live(dispatch_world, order), functions=F) == []
    assert await AssignmentDecision.count() == 0


async def test_shadow_choices_are_recorded_and_never_acted_on(
    dispatch_world: DispatchWorld,
) -> None:
    near = await dispatch_world.staff("近 Near", (31.195, 121.44))
    far = await dispatch_world.staff("远 Far", (31.27, 121.44))
    order = await dispatch_world.order(status="OPEN")
    await shadow("main", CLOSEST)
    await shadow("seniors", SENIOR)
    task, staff = await live(dispatch_world, order)

    ids = await record_shadow(order, task, staff, functions=F)

    rows = (
        await AssignmentDecision.select()
        .where(AssignmentDecision.id.is_in(ids))
        .output(load_json=True)
    )
    by_outcome = {r["outcome"]: r for r in rows}
    assert set(by_outcome) == {"CHOSEN", "ESCALATED"}
    chosen = by_outcome["CHOSEN"]
    assert chosen["kind"] == "SHADOW" and chosen["chosen"] == near
    assert chosen["task"] == task and chosen["policy_version"] is not None
    verdicts = {c["staff"]["id"]: c for c in chosen["candidates"]}
    assert verdicts[str(near)]["eligible"] is True and verdicts[str(near)]["terms"]
    assert verdicts[str(far)]["failed"] == "near"
    assert verdicts[str(far)]["reason"].endswith("km away")
    assert by_outcome["ESCALATED"]["chosen"] is None
    # nothing acted on: the order is still open, nobody was offered it
    row = await Order.select().where(Order.id == order).first()
    assert row is not None and (row["status"], row["assignee"]) == ("OPEN", None)
    assert await Offer.count() == 0


async def test_a_failing_shadow_is_recorded_as_an_error_and_dispatch_goes_on(
    dispatch_world: DispatchWorld, caplog: pytest.LogCaptureFixture
) -> None:
    order = await dispatch_world.order(status="OPEN")
    await shadow("main", CLOSEST)
    task, _ = await live(dispatch_world, order)

    with caplog.at_level(logging.WARNING, "dispatchhub.dispatch.shadow"):
        [decision] = await record_shadow(order, task, [{"id": "no-position"}], functions=F)

    row = await AssignmentDecision.select().where(AssignmentDecision.id == decision).first()
    assert row is not None and (row["outcome"], row["chosen"]) == ("ERROR", None)
    assert "failed on order" in caplog.text


async def test_comparison_with_what_was_acted_on(dispatch_world: DispatchWorld) -> None:
    near = await dispatch_world.staff("近 Near", (31.195, 121.44))
    far = await dispatch_world.staff("远 Far", (31.27, 121.44))
    policy_id = await shadow("main", CLOSEST)
    orders = []
    for hours, actual in ((5, near), (4, far), (3, None)):
        order = await dispatch_world.order(status="OPEN")
        task, staff = await live(dispatch_world, order)
        [decision] = await record_shadow(order, task, staff, functions=F)
        await AssignmentDecision.update(
            {AssignmentDecision.created_at: MOMENT - timedelta(hours=hours)}
        ).where(AssignmentDecision.id == decision)
        if actual is not None:
            await dispatch_world.decision(order, chosen=actual, at=MOMENT)
        orders.append(order)

    report = await compare_shadow(policy_id, first=2)

    assert (report.total, report.compared, report.agreed, report.agreement_rate) == (3, 2, 1, 0.5)
    newest, second = report.rows.items
    assert report.rows.has_next
    assert (newest.order_id, newest.agrees, newest.actual_kind) == (orders[2], None, None)
    assert (second.order_id, second.agrees) == (orders[1], False)
    assert (second.shadow_chosen, second.actual_chosen) == (str(near), str(far))
    rest = await compare_shadow(policy_id, first=2, after=(second.decided_at, second.decision_id))
    assert [r.order_id for r in rest.rows.items] == [orders[0]] and not rest.rows.has_next
    assert rest.rows.items[0].agrees is True and rest.rows.items[0].version == 2
    recent = await compare_shadow(policy_id, since=MOMENT - timedelta(hours=3, minutes=30))
    assert recent.total == 1
