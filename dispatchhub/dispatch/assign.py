"""Decide what to do with one order: search nearby staff, rank them, climb the ladders.

Pure and in-memory: the offer service gives it a :class:`~.candidates.StaffIndex` of staff
records and the compiled policy set, and turns the returned :class:`Assignment` into offers,
a pool entry or an escalation. The search widens until nobody it has not judged can beat the
best it found (:mod:`~dispatchhub.dispatch.score_bound`), so the staff chosen (and those a
broadcast goes to) are the ones a scan of every staff member would choose; the benchmark checks
that on every order it times (``bench/bench_dispatch.py``).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dispatchhub.dispatch.candidates import SearchResult, StaffIndex
from dispatchhub.dispatch.choice import describe_step
from dispatchhub.dispatch.policy_scope import widened
from dispatchhub.rules_dsl import (
    BroadcastStep,
    CandidateExplanation,
    CompiledPolicy,
    CompiledPolicySet,
    EscalateStep,
    FallbackStep,
    ModeStep,
    NeighboursStep,
    PoolStep,
    PushStep,
    RankedCandidate,
)

__all__ = [
    "DEFAULT_K",
    "DEFAULT_RADIUS_KM",
    "FALLBACK_QUEUE",
    "Assignment",
    "Broadcast",
    "Escalate",
    "Pool",
    "Push",
    "assign",
]

Record = Mapping[str, Any]
# Enough eligible staff to rank and to fill the broadcasts policies usually ask for.
DEFAULT_K = 16
DEFAULT_RADIUS_KM = 3.0
# Where an order goes when no policy applies, or a ladder ends without an escalate step:
# someone has to look at an order nobody can take.
FALLBACK_QUEUE = "dispatch-desk"


@dataclass(frozen=True, slots=True)
class Push:
    """Offer the order to one staff member, who must accept within the deadline."""

    staff_id: str
    accept_within_min: float


@dataclass(frozen=True, slots=True)
class Broadcast:
    """Offer the order to several staff at once; the first to accept gets it."""

    staff_ids: tuple[str, ...]
    accept_within_min: float | None


@dataclass(frozen=True, slots=True)
class Pool:
    """Put the order in the grab pool; ``staff_ids`` are the eligible staff to tell."""

    staff_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Escalate:
    """Hand the order to a dispatcher queue."""

    queue: str


Action = Push | Broadcast | Pool | Escalate


@dataclass(frozen=True, slots=True)
class Assignment:
    """The decision for one order, with everything needed to explain it.

    Attributes:
        task_id: The order (``task["id"]``).
        action: What to do: push, broadcast, pool or escalate.
        policy: The name of the policy that applied; None when none did.
        ranked: Eligible staff found, best first (as the policy ranks them).
        steps: Fallback steps taken before anyone qualified, as text (``relax near to 25``,
            ``neighbours``); ``neighbours (region overloaded)`` when the search crossed region
            borders because the order's region is short of staff.
        examined: Staff records the policy evaluated, over all steps.
        radius_km: How far the last search reached.
        explanations: Why each examined candidate of the last search was excluded or how it
            scored (explaining build only; empty otherwise).
    """

    task_id: str
    action: Action
    policy: str | None
    ranked: list[RankedCandidate]
    steps: list[str] = field(default_factory=list)
    examined: int = 0
    radius_km: float = 0.0
    explanations: list[CandidateExplanation] = field(default_factory=list)

    @property
    def chosen(self) -> str | None:
        """The staff member ranked first, or None when nobody qualified."""
        return self.ranked[0].staff_id if self.ranked else None


@lru_cache(maxsize=1024)
def _apply(policy: CompiledPolicy, step: FallbackStep) -> CompiledPolicy | None:
    # compiling a variant takes ~0.5 ms: do it once per policy and step
    if isinstance(step, NeighboursStep):
        return widened(policy)
    return policy.apply(step)


def _escalation(policy: CompiledPolicy) -> str:
    steps = [s for s in policy.fallback if isinstance(s, EscalateStep)]
    return steps[0].queue if steps else FALLBACK_QUEUE


def _action(mode: tuple[ModeStep, ...], stage: int, ranked: list[RankedCandidate]) -> Action:
    step = mode[min(stage, len(mode) - 1)] if mode else PoolStep()
    if isinstance(step, PushStep):
        return Push(ranked[0].staff_id, step.accept_within_min)
    if isinstance(step, BroadcastStep):
        return Broadcast(tuple(c.staff_id for c in ranked[: step.count]), step.accept_within_min)
    return Pool(tuple(c.staff_id for c in ranked))


def assign(
    index: StaffIndex,
    policies: CompiledPolicySet,
    task: Record,
    *,
    stage: int = 0,
    exclude: Collection[str] = (),
    k: int = DEFAULT_K,
    radius_km: float = DEFAULT_RADIUS_KM,
    max_radius_km: float = math.inf,
    overloaded_regions: Collection[str] = (),
) -> Assignment:
    """Choose what happens to one order under the policy that applies to it.

    The policy's mode ladder says how to offer (push → broadcast → pool); ``stage`` is the
    step to use, so after an unanswered push the caller asks again with ``stage=1`` and the
    staff who let it lapse in ``exclude``. A stage past the end of the ladder repeats its last
    step with the next candidates. When nobody qualifies the fallback ladder is climbed
    (relax, neighbours, escalate; each step keeps the earlier ones); a ladder that ends
    without anyone and without ``escalate`` escalates to :data:`FALLBACK_QUEUE`.

    Args:
        index: Staff records by position (current load and availability in the records).
        policies: The compiled policy set in force.
        task: The order's task record.
        stage: Which step of the mode ladder (0 = the first).
        exclude: Staff not to offer the order to again.
        k: How many eligible staff to find before ranking; raised to a broadcast's size.
        radius_km: The first search radius.
        max_radius_km: How far to search when the policy sets no distance limit (no limit by
            default: the answer is the full scan's).
        overloaded_regions: Regions short of staff (see
            :func:`~dispatchhub.dispatch.workload.overloaded_regions`); a task there takes
            its policy's ``neighbours`` step at once.

    Returns:
        The action with the ranked candidates and the steps taken.

    Raises:
        PolicyRuntimeError: A record lacks a field the policy reads.
    """
    task_id = str(task["id"])
    policy = policies.select(task)
    if policy is None:
        return Assignment(task_id, Escalate(FALLBACK_QUEUE), None, [])
    mode = policy.mode
    wanted = max([k] + [s.count for s in mode if isinstance(s, BroadcastStep)])
    offered = mode[min(stage, len(mode) - 1)] if mode else None
    # the staff the action names must be the full scan's: the winner, or a broadcast's first
    exact = offered.count if isinstance(offered, BroadcastStep) else 1

    def search(current: CompiledPolicy) -> SearchResult:
        return index.search(
            task,
            current,
            k=wanted,
            radius_km=radius_km,
            max_radius_km=max_radius_km,
            exclude=exclude,
            overloaded_regions=overloaded_regions,
            exact=exact,
        )

    found = search(policy)
    steps = ["neighbours (region overloaded)"] if found.crossed_regions else []
    examined = found.examined
    for step in policy.fallback:
        if found.eligible:
            break
        if isinstance(step, EscalateStep):
            break
        if isinstance(step, NeighboursStep) and found.policy.neighbours:
            continue
        current = _apply(found.policy, step)
        assert current is not None  # only escalate gives None
        steps.append(describe_step(step))
        found = search(current)
        examined += found.examined
    if not found.eligible:
        return Assignment(
            task_id,
            Escalate(_escalation(policy)),
            policy.name,
            [],
            steps,
            examined,
            found.radius_km,
            found.explanations,
        )
    ranked = found.policy.ranked(found.rows)
    return Assignment(
        task_id,
        _action(mode, stage, ranked),
        policy.name,
        ranked,
        steps,
        examined,
        found.radius_km,
        found.explanations,
    )
