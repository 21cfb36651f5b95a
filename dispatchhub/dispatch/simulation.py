"""Replay a draft policy over past orders and compare it with what happened.

Each past decision (an :class:`~dispatchhub.dispatch.tables.AssignmentDecision` of kind
AUTO, GRAB or MANUAL) recorded the task record and, per candidate, the staff record as it
stood then (:mod:`.snapshot`). The draft decides again from exactly those records, climbing
its fallback ladder (:mod:`.choice`); nothing is written. How each
KPI is computed is in ``docs/dsl.md`` ("Simulation").
"""

from __future__ import annotations

import asyncio
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from statistics import fmean, pstdev
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub.dispatch.choice import Choice, decide, mode_name
from dispatchhub.dispatch.errors import PolicyErrorCode, SourceRejected
from dispatchhub.dispatch.policies import check_source_async, compiled
from dispatchhub.dispatch.policy_queries import VersionInfo, get_version, list_versions
from dispatchhub.dispatch.records import load_tasks
from dispatchhub.dispatch.snapshot import recorded_staff
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.errors import DomainError
from dispatchhub.geo import great_circle_km
from dispatchhub.rules_dsl import (
    BroadcastStep,
    CandidateExplanation,
    CompiledPolicySet,
    FunctionRegistry,
    PolicyRuntimeError,
    PushStep,
)
from dispatchhub.users.tables import User

__all__ = [
    "ACTED_KINDS",
    "DEFAULT_POOL_WAIT_MIN",
    "MAX_ORDERS",
    "Kpis",
    "OrderOutcome",
    "Simulation",
    "simulate",
    "staff_names",
]

ACTED_KINDS = ("AUTO", "GRAB", "MANUAL")
MAX_ORDERS = 500
# The pool's expected wait when no grabbed order in the set measures it.
DEFAULT_POOL_WAIT_MIN = 30.0


@dataclass(frozen=True, slots=True)
class OrderOutcome:
    """One past order: what the draft would do and what happened."""

    order_id: UUID
    order_number: str
    decided_at: datetime
    recorded_kind: str
    policy: str | None
    chosen: str | None
    actual: str | None
    steps: list[str]
    escalated_to: str | None
    mode: str | None
    chosen_distance_km: float | None
    actual_distance_km: float | None
    candidates: int
    eligible: int
    expected_wait_min: float | None
    explanations: list[CandidateExplanation]
    error: str | None = None

    @property
    def changed(self) -> bool:
        """Whether the draft would give the order to someone else (or to nobody)."""
        return self.error is None and self.chosen != self.actual


@dataclass(frozen=True, slots=True)
class Kpis:
    """Key figures over a set of orders (see ``docs/dsl.md`` for the formulas)."""

    orders: int
    assigned: int
    mean_distance_km: float | None
    p90_distance_km: float | None
    load_stddev: float
    load_range: int
    no_eligible_share: float
    expected_wait_min: float | None
    by_mode: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Simulation:
    """The report: per order, the KPIs of the draft and of what happened, and the names of
    the staff it mentions."""

    content_hash: str
    version: VersionInfo | None
    orders: list[OrderOutcome]
    simulated: Kpis
    actual: Kpis
    skipped: list[UUID]
    truncated: bool
    pool_wait_min: float
    staff_names: dict[str, str]

    @property
    def changed(self) -> int:
        """How many orders the draft would give to someone else."""
        return sum(o.changed for o in self.orders)


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _distance(task: Mapping[str, Any], staff: Mapping[str, Any] | None) -> float | None:
    if staff is None or task.get("lat") is None or task.get("lon") is None:
        return None
    return round(great_circle_km(staff["lat"], staff["lon"], task["lat"], task["lon"]), 3)


def _p90(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


def _kpis(
    chosen: Sequence[str | None],
    distances: Iterable[float | None],
    waits: Iterable[float | None],
    modes: Iterable[str | None],
    staff_pool: set[str],
) -> Kpis:
    known = [d for d in distances if d is not None]
    load = Counter(c for c in chosen if c is not None)
    counts = [load.get(s, 0) for s in staff_pool | set(load)] or [0]
    known_waits = [w for w in waits if w is not None]
    return Kpis(
        orders=len(chosen),
        assigned=sum(load.values()),
        mean_distance_km=round(fmean(known), 3) if known else None,
        p90_distance_km=_p90(known),
        load_stddev=round(pstdev(counts), 4),
        load_range=max(counts) - min(counts),
        no_eligible_share=round(sum(c is None for c in chosen) / len(chosen), 4) if chosen else 0.0,
        expected_wait_min=round(fmean(known_waits), 2) if known_waits else None,
        by_mode=dict(Counter(m for m in modes if m is not None)),
    )


def _expected_wait(choice: Choice, staff: Mapping[str, Mapping[str, Any]], pool: float) -> float:
    """The model: push waits for the chosen staff's mean response, broadcast for the fastest
    of the top N, each capped at the accept deadline (the deadline itself when nobody's
    response time is known); the pool waits the measured mean time to a grab."""
    step = choice.mode
    if isinstance(step, PushStep | BroadcastStep):
        count = 1 if isinstance(step, PushStep) else step.count
        top = [staff[r.staff_id].get("avg_response_min") for r in choice.ranked[:count]]
        known = [t for t in top if t is not None]
        deadline = step.accept_within_min
        if not known:
            return deadline if deadline is not None else pool
        fastest = float(min(known))
        return min(fastest, deadline) if deadline is not None else fastest
    return pool


async def _decisions(
    order_ids: Sequence[UUID] | None, since: datetime | None, limit: int
) -> tuple[list[dict[str, Any]], bool]:
    """The latest acted decision per order, oldest first; and whether the set was cut."""
    query = (
        AssignmentDecision.select(
            *AssignmentDecision.all_columns(),
            AssignmentDecision.order.number.as_alias("order_number"),
            AssignmentDecision.order.assignee.as_alias("assignee"),
            AssignmentDecision.order.created_at.as_alias("order_created_at"),
            AssignmentDecision.order.assigned_at.as_alias("order_assigned_at"),
        )
        .where(AssignmentDecision.kind.is_in(list(ACTED_KINDS)))
        .order_by(AssignmentDecision.created_at, ascending=False)
        # an order has one acted decision, a few when it was reassigned
        .limit(limit * 4 + 1)
    )
    if order_ids is not None:
        query = query.where(AssignmentDecision.order.is_in(list(order_ids)))
    if since is not None:
        query = query.where(AssignmentDecision.created_at >= since)
    latest: dict[Any, dict[str, Any]] = {}
    truncated = False
    rows = await query.output(load_json=True)
    for row in rows:
        if row["order"] in latest:
            continue
        if len(latest) == limit:
            truncated = True
            break
        latest[row["order"]] = row
    truncated = truncated or len(rows) > limit * 4
    return sorted(latest.values(), key=lambda r: r["created_at"]), truncated


async def _draft(
    functions: FunctionRegistry, source: str | None, policy_id: UUID | None, version: int | None
) -> tuple[CompiledPolicySet, VersionInfo | None]:
    if (source is None) == (policy_id is None):
        raise DomainError(PolicyErrorCode.SOURCE_OR_VERSION, "source")
    stored: VersionInfo | None = None
    if policy_id is not None:
        try:
            if version is None:
                page = await list_versions(policy_id, 1)
                if not page.items:
                    raise DomainError(PolicyErrorCode.VERSION_NOT_FOUND, "version", version="-")
                stored = page.items[0]
            else:
                stored = await get_version(policy_id, version)
        except DomainError as error:
            if error.errors[0].code is PolicyErrorCode.POLICY_NOT_FOUND:
                raise DomainError(PolicyErrorCode.POLICY_NOT_FOUND, "policy_id") from None
            raise
        source = stored.source
    assert source is not None
    checked = await check_source_async(source, functions)
    if not checked.ok:
        raise SourceRejected(checked.diagnostics, "version" if stored else "source")
    return await asyncio.to_thread(compiled, source, functions, explain=True), stored


def _replay(
    draft: CompiledPolicySet, task: Mapping[str, Any], staff: list[dict[str, Any]]
) -> tuple[Choice | None, str | None]:
    """The draft's choice, or the reason the recorded records could not be evaluated."""
    try:
        return decide(draft, task, staff), None
    except PolicyRuntimeError as error:
        return None, str(error)


def _replay_all(
    rows: list[dict[str, Any]],
    rebuilt: Mapping[str, dict[str, Any]],
    draft: CompiledPolicySet,
    pool: float,
) -> tuple[list[OrderOutcome], Kpis, Kpis]:
    """Decide every recorded order again (pure CPU: run off the event loop); the outcomes
    and the KPIs of the draft and of what happened."""
    outcomes: list[OrderOutcome] = []
    pool_of_staff: set[str] = set()
    actual_waits: list[float | None] = []
    for row in rows:
        task = _json(row["task"]) or rebuilt.get(str(row["order"]), {})
        staff = recorded_staff(_json(row["candidates"]) or [])
        recorded = row["assignee"] or row["chosen"]
        actual = str(recorded) if recorded is not None else None
        choice, error = _replay(draft, task, staff)
        by_id = {s["id"]: s for s in staff}
        pool_of_staff.update(by_id)
        created, assigned = row["order_created_at"], row["order_assigned_at"]
        actual_waits.append((assigned - created).total_seconds() / 60 if assigned else None)
        chosen = choice.chosen if choice else None
        outcomes.append(
            OrderOutcome(
                order_id=row["order"],
                order_number=row["order_number"],
                decided_at=row["created_at"],
                recorded_kind=row["kind"],
                policy=choice.policy if choice else None,
                chosen=chosen,
                actual=actual,
                steps=choice.steps if choice else [],
                escalated_to=choice.escalated_to if choice else None,
                mode=mode_name(choice.mode) if choice and chosen else None,
                chosen_distance_km=_distance(task, by_id.get(chosen or "")),
                actual_distance_km=_distance(task, by_id.get(actual or "")),
                candidates=len(staff),
                eligible=len(choice.ranked) if choice else 0,
                expected_wait_min=_expected_wait(choice, by_id, pool)
                if choice and chosen
                else None,
                explanations=choice.explanations if choice else [],
                error=error,
            )
        )
    done = [o for o in outcomes if o.error is None]
    simulated = _kpis(
        [o.chosen for o in done],
        (o.chosen_distance_km for o in done),
        (o.expected_wait_min for o in done),
        (o.mode for o in done),
        pool_of_staff,
    )
    happened = _kpis(
        [o.actual for o in done],
        (o.actual_distance_km for o in done),
        (w for o, w in zip(outcomes, actual_waits, strict=True) if o.error is None),
        (o.recorded_kind for o in done),
        pool_of_staff,
    )
    return outcomes, simulated, happened


async def simulate(
    *,
    functions: FunctionRegistry,
    zone: ZoneInfo,
    source: str | None = None,
    policy_id: UUID | None = None,
    version: int | None = None,
    order_ids: Sequence[UUID] | None = None,
    since: datetime | None = None,
) -> Simulation:
    """Run a draft (text, or a stored version; its latest when ``version`` is None) over
    past decisions: the given orders, those decided since ``since``, or the latest ones;
    at most :data:`MAX_ORDERS`.

    Args:
        functions: The process's rule-function registry.
        zone: The business time zone (for orders decided before tasks were recorded).
        source: Draft text.
        policy_id: A stored policy, instead of ``source``.
        version: Its version.
        order_ids: Only these orders (each its latest acted decision).
        since: Only decisions made since then.

    Raises:
        DomainError: ``SOURCE_OR_VERSION``, ``ORDERS_OR_SINCE``, ``TOO_MANY_ORDERS``,
            ``POLICY_NOT_FOUND``, ``VERSION_NOT_FOUND``, ``SOURCE_TOO_LARGE``.
        SourceRejected: The draft has errors.
    """
    if order_ids is not None and since is not None:
        raise DomainError(PolicyErrorCode.ORDERS_OR_SINCE, "orderIds")
    if order_ids is not None and len(order_ids) > MAX_ORDERS:
        raise DomainError(PolicyErrorCode.TOO_MANY_ORDERS, "orderIds", limit=MAX_ORDERS)
    draft, stored = await _draft(functions, source, policy_id, version)
    rows, truncated = await _decisions(order_ids, since, MAX_ORDERS)
    missing = [r["order"] for r in rows if not _json(r["task"])]
    rebuilt = await load_tasks(missing, zone)
    grabbed = [
        (r["order_assigned_at"] - r["order_created_at"]).total_seconds() / 60
        for r in rows
        if r["kind"] == "GRAB" and r["order_assigned_at"] is not None
    ]
    pool = round(fmean(grabbed), 2) if grabbed else DEFAULT_POOL_WAIT_MIN
    outcomes, simulated, happened = await asyncio.to_thread(_replay_all, rows, rebuilt, draft, pool)
    found = {r["order"] for r in rows}
    skipped = [o for o in order_ids or [] if o not in found]
    return Simulation(
        content_hash=draft.content_hash,
        version=stored,
        orders=outcomes,
        simulated=simulated,
        actual=happened,
        skipped=skipped,
        truncated=truncated,
        pool_wait_min=pool,
        staff_names=await staff_names(
            {s for o in outcomes for s in (o.chosen, o.actual) if s is not None}
        ),
    )


async def staff_names(ids: Iterable[str]) -> dict[str, str]:
    """Display names of users, by id (text)."""
    wanted = [UUID(i) for i in ids]
    if not wanted:
        return {}
    rows = await User.select(User.id, User.name).where(User.id.is_in(wanted))
    return {str(r["id"]): r["name"] for r in rows}
