"""Periodic re-optimisation of offers nobody has answered yet.

Orders pushed one at a time are each placed well, but not the set of them: an offer made a
minute ago may have a much nearer staff member now (they came on shift, finished a job, or
the next order took the one the first should have had). Every
``reoptimise_seconds`` the outbox task ``orders.reoptimise`` re-plans the pending push
offers together with :func:`dispatchhub.dispatch.replan.replan`: the active policy's own
score, under its own requirements, is maximised over all of them, and an offer moves only when
that gains more than ``reoptimise_switch_km`` is worth under the policy's distance terms
(otherwise it stays where the policy put it). Staff who already had an offer for the order
are not offered it again. For a move the old offer is withdrawn, the new staff member
gets an offer with the time the old one had left, the move is recorded as a REOPTIMISE
decision and in the order's history. Accepted orders are never touched: each move is
conditional on the old offer still being PENDING.

The task schedules its own next run (``delay``), so it runs in the app's relay or in the
Celery worker alike; a pass that finds another run already queued schedules none, so
several app processes settle on one chain.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub import db
from dispatchhub.dispatch.batch import OfferChange
from dispatchhub.dispatch.decisions import DecisionKind, DecisionOutcome
from dispatchhub.dispatch.policies import active_policy_set
from dispatchhub.dispatch.records import load_live_staff, load_tasks
from dispatchhub.dispatch.replan import replan
from dispatchhub.dispatch.snapshot import candidate_entry
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.orders import live
from dispatchhub.orders.notices import order_params, tell_staff
from dispatchhub.orders.service import add_event, now
from dispatchhub.orders.statuses import OrderChangeKind, OrderStatus
from dispatchhub.orders.tables import Offer
from dispatchhub.orders.timeouts import schedule_expiry
from dispatchhub.outbox.handlers import register_task
from dispatchhub.outbox.periodic import schedule
from dispatchhub.plugins.rule_functions import registry_for
from dispatchhub.rules_dsl import FunctionRegistry

if TYPE_CHECKING:
    from dispatchhub.runtime import Runtime

__all__ = ["TASK", "reoptimise_offers", "run_reoptimise"]

TASK = "orders.reoptimise"


async def reoptimise_offers(
    functions: FunctionRegistry, zone: ZoneInfo, *, switch_km: float
) -> list[OfferChange]:
    """Re-plan the pending push offers once; the moves made.

    Args:
        functions: The process's rule-function registry.
        zone: The business time zone.
        switch_km: A move must gain more than this much travel is worth in the policy's
            score.
    """
    at = now()
    pending = await Offer.select(Offer.id, Offer.order, Offer.staff, Offer.deadline).where(
        (Offer.status == "PENDING") & (Offer.mode == "PUSH") & (Offer.deadline > at)
        & (Offer.order.status == OrderStatus.OFFERED)
    )  # fmt: skip
    active = await active_policy_set(functions, explain=False)
    if not pending or active is None:
        return []
    version, policies = active
    offers = {str(o["order"]): str(o["staff"]) for o in pending}
    tasks = await load_tasks([UUID(k) for k in offers], zone)
    staff = await load_live_staff(zone)
    earlier = await Offer.select(Offer.order, Offer.staff).where(
        Offer.order.is_in([UUID(k) for k in offers])
    )
    excluded: dict[str, set[str]] = {}
    for row in earlier:
        excluded.setdefault(str(row["order"]), set()).add(str(row["staff"]))
    changes = replan(
        offers, list(tasks.values()), staff, policies, switch_km=switch_km, excluded=excluded
    )
    by_order = {str(o["order"]): o for o in pending}
    records = {str(s["id"]): s for s in staff}
    moved = []
    for change in changes:
        if change.from_staff is None or change.to_staff is None:
            continue  # a pending offer is only ever moved, never taken back unplaced
        offer = by_order[change.task_id]
        async with db.write():
            withdrawn = await (
                Offer.update(
                    {
                        Offer.status: "WITHDRAWN",
                        Offer.answered_at: at,
                        Offer.reason: "重新优化 / re-optimised",
                    }
                )  # fmt: skip
                .where((Offer.id == offer["id"]) & (Offer.status == "PENDING"))
                .returning(Offer.id)
            )
            if not withdrawn:
                continue  # answered meanwhile: that stands
            order_id, window = UUID(change.task_id), offer["deadline"] - at
            new = Offer(order=order_id, staff=UUID(change.to_staff), mode="PUSH",
                        status="PENDING", deadline=offer["deadline"])  # fmt: skip
            await new.save()
            await schedule_expiry(UUID(str(new.id)), window)
            await AssignmentDecision(
                order=order_id, kind=DecisionKind.REOPTIMISE, policy_version=version.id,
                content_hash=version.content_hash, outcome=DecisionOutcome.OFFERED,
                chosen=UUID(change.to_staff), task=tasks[change.task_id],
                candidates=[candidate_entry(records[s], None)
                            for s in (change.to_staff, change.from_staff) if s in records],
            ).save()  # fmt: skip
            await add_event(order_id, OrderStatus.OFFERED, OrderStatus.OFFERED, None,
                            "re-optimised: offered to a better-placed staff member",
                            data={"from": change.from_staff, "to": change.to_staff},
                            kind=OrderChangeKind.REOFFERED)  # fmt: skip
            live.publish_offer(order_id, change.to_staff,
                               {"offerId": str(new.id), "mode": "PUSH",
                                "deadline": offer["deadline"].isoformat()})  # fmt: skip
            params = await order_params(order_id, zone)
            await tell_staff([UUID(change.to_staff)], "order_new",
                             {**params, "how": "派给您 / offered to you"}, zone=zone)  # fmt: skip
        moved.append(change)
    return moved


async def run_reoptimise(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Outbox task ``orders.reoptimise``: one pass, then the next one queued."""
    settings = runtime.settings
    every = timedelta(seconds=settings.reoptimise_seconds)
    try:
        await reoptimise_offers(
            registry_for(runtime.plugins), settings.zone, switch_km=settings.reoptimise_switch_km
        )
    finally:
        await schedule(TASK, every)


register_task(TASK, run_reoptimise)
