"""Automatic dispatch of one order: run the engine, record why, and act on its answer.

Runs as the outbox task ``orders.dispatch``, queued with the order (``open_order``): in the
Celery worker with Redis, in the app's relay otherwise. The engine
(:func:`dispatchhub.dispatch.assign.assign`) answers push, broadcast, pool or escalate; this
module records the AUTO decision and the shadow versions' choices beside it, creates the
offers (each with its expiry), and tells the staff concerned.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub import db
from dispatchhub.dispatch.assign import Assignment, Broadcast, Escalate, Pool, Push, assign
from dispatchhub.dispatch.candidates import StaffIndex
from dispatchhub.dispatch.decisions import DecisionKind, DecisionOutcome
from dispatchhub.dispatch.policies import active_policy_set
from dispatchhub.dispatch.records import load_live_staff, load_tasks, staff_near
from dispatchhub.dispatch.shadow import record_shadow
from dispatchhub.dispatch.snapshot import candidate_entry
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.orders import live
from dispatchhub.orders.arrival_tables import ArrivalPromise
from dispatchhub.orders.notices import order_params, tell_staff
from dispatchhub.orders.service import add_event, now
from dispatchhub.orders.statuses import OrderStatus
from dispatchhub.orders.tables import Offer, Order
from dispatchhub.orders.timeouts import DEFAULT_WINDOW, schedule_expiry
from dispatchhub.outbox.handlers import register_task
from dispatchhub.plugins.rule_functions import registry_for
from dispatchhub.rules_dsl import CompiledPolicySet, FunctionRegistry

if TYPE_CHECKING:
    from dispatchhub.runtime import Runtime

__all__ = ["dispatch_order", "run_dispatch"]

# Staff loaded around an order first: a district or two of a city.
NEAR_KM = 10.0
# Farther than any city: load every staff member rather than a box.
EVERYWHERE_KM = 1000.0
# The order's state after each outcome: a pooled order stays OPEN.
_STATUS: dict[str, OrderStatus] = {
    DecisionOutcome.OFFERED: OrderStatus.OFFERED,
    DecisionOutcome.POOLED: OrderStatus.OPEN,
    DecisionOutcome.ESCALATED: OrderStatus.ESCALATED,
}


async def run_dispatch(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Outbox handler of ``orders.dispatch`` (``payload = {"order_id": …, "revision": …}``).

    The revision is the order's when the dispatch was queued: a row run again after its
    dispatch committed (a worker killed before marking it done) finds a newer revision and
    does nothing, so nobody is offered or told about the order twice.
    """
    await dispatch_order(
        registry_for(runtime.plugins),
        runtime.settings.zone,
        UUID(payload["order_id"]),
        revision=payload.get("revision"),
    )


async def _dispatched(order_id: UUID) -> bool:
    """Whether the order already has an automatic dispatch decision."""
    return bool(
        await AssignmentDecision.exists().where(
            (AssignmentDecision.order == order_id) & (AssignmentDecision.kind == "AUTO")
        )
    )


def _entries(staff: StaffIndex, assignment: Assignment) -> list[dict[str, Any]]:
    """The candidates examined, with their verdicts, best-ranked first."""
    explained = {e.staff_id: e for e in assignment.explanations}
    order = [c.staff_id for c in assignment.ranked]
    order += [sid for sid in explained if sid not in set(order)]
    return [candidate_entry(staff[sid], explained.get(sid)) for sid in order if sid in staff]


def _outcome(action: object) -> str:
    if isinstance(action, Push | Broadcast):
        return DecisionOutcome.OFFERED
    return DecisionOutcome.POOLED if isinstance(action, Pool) else DecisionOutcome.ESCALATED


async def _assign_near(
    zone: ZoneInfo,
    policy_set: CompiledPolicySet,
    task: dict[str, Any],
    *,
    stage: int,
    exclude: set[str],
) -> tuple[StaffIndex, Assignment]:
    """Run the engine over the staff around the order rather than everyone.

    Staff are loaded from a box of :data:`NEAR_KM` around the order; when the search had to
    reach farther than that (nobody near qualified, a wide policy), the box widens to what
    the search reached and the engine runs again; past :data:`EVERYWHERE_KM` everyone is
    loaded (a policy without a distance limit has no cap). Every search thus sees all the
    staff within its radius: the answer is the one a search over every staff member gives.
    """
    km = NEAR_KM
    while True:
        near = (
            None
            if task.get("lat") is None or km >= EVERYWHERE_KM
            else await staff_near(task["lat"], task["lon"], km)
        )
        staff = StaffIndex(await load_live_staff(zone, staff_ids=near))
        assignment = assign(staff, policy_set, task, stage=stage, exclude=exclude)
        if near is None or assignment.radius_km <= km:
            return staff, assignment
        km = max(2 * km, assignment.radius_km)


async def dispatch_order(
    functions: FunctionRegistry, zone: ZoneInfo, order_id: UUID, *, revision: int | None = None
) -> str:
    """Dispatch an OPEN order under the active ``main`` policy.

    A no-op for an order that is no longer OPEN (a redelivered task, a grab that came
    first). Staff who already had an offer for the order, or missed its promised arrival,
    are not offered it again, and the mode ladder moves one step per earlier offer round
    (push → broadcast → pool).

    Args:
        functions: The process's rule-function registry.
        zone: The business time zone.
        order_id: The order.
        revision: The order's revision the dispatch was queued for. When the order has moved
            on since and was already dispatched automatically, this is a re-run and does
            nothing; an order only edited meanwhile (a reschedule) is still dispatched.
            None: no check.

    Returns:
        The outcome: OFFERED, POOLED, ESCALATED, or SKIPPED (not open, or no policy: the
        order stays in the pool).
    """
    order = await Order.select(Order.status, Order.revision).where(Order.id == order_id).first()
    active = await active_policy_set(functions, explain=True)
    if order is None or order["status"] != OrderStatus.OPEN or active is None:
        return "SKIPPED"
    if revision is not None and order["revision"] != revision and await _dispatched(order_id):
        return "SKIPPED"  # this dispatch already happened: a row run again after its commit
    version, policy_set = active
    task = (await load_tasks([order_id], zone))[str(order_id)]
    earlier = await Offer.select(Offer.staff).where(Offer.order == order_id)
    # who could not keep their promised arrival is not asked again (docs/deadlines.md)
    earlier += await ArrivalPromise.select(ArrivalPromise.staff).where(
        (ArrivalPromise.order == order_id) & (ArrivalPromise.outcome == "MISSED")
    )
    rounds = await AssignmentDecision.count().where(
        (AssignmentDecision.order == order_id)
        & (AssignmentDecision.kind == DecisionKind.AUTO)
        & (AssignmentDecision.outcome == DecisionOutcome.OFFERED)
    )
    staff, assignment = await _assign_near(
        zone, policy_set, task, stage=rounds, exclude={str(o["staff"]) for o in earlier}
    )
    entries = _entries(staff, assignment)
    action = assignment.action
    at = now()
    outcome = _outcome(action)
    queue = action.queue if isinstance(action, Escalate) else None
    async with db.write():
        moved = await (
            Order.update(
                {
                    Order.status: _STATUS[outcome],
                    Order.escalation_queue: queue,
                    Order.revision: Order.revision + 1,
                    Order.updated_at: at,
                }
            )
            .where((Order.id == order_id) & (Order.revision == order["revision"]))
            .returning(Order.status)
        )
        if not moved:
            return "SKIPPED"  # grabbed or assigned meanwhile: that stands
        await AssignmentDecision(
            order=order_id, kind=DecisionKind.AUTO, policy_version=version.id,
            content_hash=version.content_hash, outcome=outcome,
            chosen=UUID(assignment.chosen) if assignment.chosen else None,
            task=task, candidates=entries,
        ).save()  # fmt: skip
        await record_shadow(order_id, task, [e["staff"] for e in entries], functions=functions)
        await _act(order_id, action, outcome, at, zone, assignment)
    return outcome


async def _act(
    order_id: UUID, action: object, outcome: str, at: Any, zone: ZoneInfo, assignment: Assignment
) -> None:
    """Offers, the pool or the escalation queue, with the event and the messages."""
    to_status = _STATUS[outcome]
    steps = f" ({', '.join(assignment.steps)})" if assignment.steps else ""
    reason = f"policy {assignment.policy}: {outcome.lower()}{steps}"
    await add_event(order_id, OrderStatus.OPEN, to_status, None, reason)
    params = await order_params(order_id, zone)
    if isinstance(action, Push | Broadcast):
        minutes = action.accept_within_min
        window = timedelta(minutes=minutes) if minutes else DEFAULT_WINDOW
        targets = (action.staff_id,) if isinstance(action, Push) else action.staff_ids
        mode = "PUSH" if isinstance(action, Push) else "BROADCAST"
        for staff_id in targets:
            offer = Offer(order=order_id, staff=UUID(staff_id), mode=mode, status="PENDING",
                          deadline=at + window)  # fmt: skip
            await offer.save()
            await schedule_expiry(UUID(str(offer.id)), window)
            facts = {"offerId": str(offer.id), "mode": mode, "deadline": (at + window).isoformat()}
            live.publish_offer(order_id, staff_id, facts)
        await tell_staff([UUID(s) for s in targets], "order_new",
                         {**params, "how": "派给您 / offered to you"}, zone=zone)  # fmt: skip
    elif isinstance(action, Pool):
        live.publish_grabbable(order_id, {"urgency": params["urgency"]},
                               staff_ids=action.staff_ids)  # fmt: skip
        await tell_staff([UUID(s) for s in action.staff_ids], "order_new",
                         {**params, "how": "可抢单 / open to grab"}, zone=zone)  # fmt: skip


register_task("orders.dispatch", run_dispatch)
