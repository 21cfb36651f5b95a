"""Response statistics count only the staff member's own answers (issue #22).

The offers are answered through the paths production uses — ``accept_offer``,
``reject_offer``, the expiry job :func:`expire_offer` and the withdrawal a broadcast's
winner causes — and read back through the rollups live dispatch uses, so the tests see
exactly what production writes (``answered_at`` on expired and withdrawn offers included).
"""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID, uuid4

from dispatchhub import db
from dispatchhub.dispatch.records import load_live_staff, load_staff
from dispatchhub.dispatch.stats import refresh_staff
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.orders.offers import accept_offer, reject_offer
from dispatchhub.orders.service import now
from dispatchhub.orders.tables import Offer
from dispatchhub.orders.timeouts import expire_offer
from dispatchhub.runtime import Runtime
from tests.fixtures.dispatch import SHANGHAI, TASK_POINT, DispatchWorld


async def _offered(
    world: DispatchWorld, staff: list[UUID], *, asked_ago: timedelta, window: timedelta
) -> tuple[UUID, list[UUID]]:
    """An OFFERED order with PENDING offers to ``staff`` made ``asked_ago``."""
    order_id = await world.order(status="OFFERED", created=now() - timedelta(hours=1))
    await AssignmentDecision(
        id=uuid4(), order=order_id, kind="AUTO", outcome="OFFERED", chosen=staff[0],
        candidates=[],
    ).save()  # fmt: skip
    asked = now() - asked_ago
    ids = []
    async with db.write():
        for staff_id in staff:
            offer = Offer(order=order_id, staff=staff_id, mode="BROADCAST", status="PENDING",
                          deadline=asked + window, created_at=asked)  # fmt: skip
            await offer.save()
            ids.append(UUID(str(offer.id)))
    return order_id, ids


async def test_expiry_and_withdrawal_are_not_responses(
    runtime: Runtime, dispatch_world: DispatchWorld
) -> None:
    # given a staff member who accepts one offer after a minute, lets one expire (5 minutes)
    # and loses a broadcast to a colleague who accepts first (withdrawn after 2 minutes)
    me = await dispatch_world.staff("甲", TASK_POINT)
    colleague = await dispatch_world.staff("乙", TASK_POINT)
    accepted, _ = await _offered(
        dispatch_world, [me], asked_ago=timedelta(minutes=1), window=timedelta(minutes=5)
    )
    await accept_offer(accepted, me)
    _, [lapsing] = await _offered(
        dispatch_world, [me], asked_ago=timedelta(minutes=5), window=timedelta(minutes=5)
    )
    await expire_offer(runtime, {"offerId": str(lapsing)})
    lost, _ = await _offered(
        dispatch_world, [me, colleague], asked_ago=timedelta(minutes=2),
        window=timedelta(minutes=5),
    )  # fmt: skip
    await accept_offer(lost, colleague)
    statuses = sorted(
        r["status"] for r in await Offer.select(Offer.status).where(Offer.staff == me)
    )
    assert statuses == ["ACCEPTED", "EXPIRED", "WITHDRAWN"]

    # when the rollups are rebuilt from what was written
    await refresh_staff(me)
    [live] = await load_live_staff(SHANGHAI, staff_ids=[me])
    [replayed] = await load_staff(now(), SHANGHAI, staff_ids=[me])

    # then only the accept is a response; the expiry counts against acceptance, the
    # withdrawal for nothing (the old code said 2.667 min and 1/3)
    for record in (live, replayed):
        assert record["avg_response_min"] is not None
        assert abs(record["avg_response_min"] - 1.0) < 0.05
        assert record["acceptance_rate"] == 0.5
        assert record["acceptance_by_type"] == {"hvac": round((5 * 0.8 + 1) / 7, 3)}


async def test_a_rejection_is_a_response_and_counts_against_acceptance(
    runtime: Runtime, dispatch_world: DispatchWorld
) -> None:
    # given a rejection after 3 minutes and an accept after 1 minute
    me = await dispatch_world.staff("甲", TASK_POINT)
    other = await dispatch_world.staff("乙", TASK_POINT)
    rejected, _ = await _offered(
        dispatch_world, [me, other], asked_ago=timedelta(minutes=3),
        window=timedelta(minutes=5),
    )  # fmt: skip
    await reject_offer(rejected, me, "太远 / too far")
    accepted, _ = await _offered(
        dispatch_world, [me], asked_ago=timedelta(minutes=1), window=timedelta(minutes=5)
    )
    await accept_offer(accepted, me)

    # when
    await refresh_staff(me)
    [record] = await load_live_staff(SHANGHAI, staff_ids=[me])

    # then both answers are responses (mean 2 minutes), one of two accepted
    assert abs(record["avg_response_min"] - 2.0) < 0.05
    assert record["acceptance_rate"] == 0.5
