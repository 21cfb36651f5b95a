"""Choose 1 of N with a compiled policy set: select the policy, rank, climb the fallback ladder.

Pure (no database), over a given candidate list: simulation replays a recorded candidate set
with it and shadow mode evaluates the live one. (The live engine, ``.assign``, searches the
nearest staff first and climbs the same ladder; it shares :func:`describe_step`.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dispatchhub.rules_dsl import (
    BroadcastStep,
    CandidateExplanation,
    CompiledPolicy,
    CompiledPolicySet,
    DropStep,
    EscalateStep,
    FallbackStep,
    ModeStep,
    NeighboursStep,
    PushStep,
    RankedCandidate,
    RelaxStep,
    RequireStep,
    ast,
)

__all__ = ["Choice", "decide", "describe_step", "mode_name"]


@dataclass(frozen=True, slots=True)
class Choice:
    """What a policy set decides for one task.

    Attributes:
        policy: The policy of the set that applied; None when none did and there is no
            default policy.
        ranked: Eligible candidates, best first, after the fallback steps taken.
        steps: The fallback steps taken before someone qualified, as text
            (``relax near to 25``, ``neighbours``, ``drop region``,
            ``require near : distance(staff, task) <= 25 km``).
        escalated_to: The queue of the ``escalate`` step reached, if it was.
        mode: The first step of the policy's mode ladder, None when it has none.
        explanations: Per candidate, in input order, from the last evaluation (explaining
            builds only; empty otherwise).
    """

    policy: str | None
    ranked: list[RankedCandidate]
    steps: list[str] = field(default_factory=list)
    escalated_to: str | None = None
    mode: ModeStep | None = None
    explanations: list[CandidateExplanation] = field(default_factory=list)

    @property
    def chosen(self) -> str | None:
        """The staff id ranked first, or None when nobody qualified."""
        return self.ranked[0].staff_id if self.ranked else None


def describe_step(step: FallbackStep) -> str:
    """A fallback step as people read it (values in base units: km, min)."""
    if isinstance(step, RelaxStep):
        return f"relax {step.requirement} to {step.value:g}"
    if isinstance(step, NeighboursStep):
        return "neighbours"
    if isinstance(step, DropStep):
        return f"drop {step.requirement}"
    if isinstance(step, RequireStep):
        condition = ast.unparse(step.requirement.condition)
        if step.replaces is not None:
            return f"replace {step.replaces} with {step.name} : {condition}"
        return f"require {step.name} : {condition}"
    return f'escalate "{step.queue}"'


def mode_name(step: ModeStep | None) -> str:
    """PUSH, BROADCAST or POOL; a policy without a ``mode`` clause goes to the pool."""
    if isinstance(step, PushStep):
        return "PUSH"
    if isinstance(step, BroadcastStep):
        return "BROADCAST"
    return "POOL"


def decide(
    policy_set: CompiledPolicySet,
    task: Mapping[str, Any],
    candidates: Sequence[Mapping[str, Any]],
) -> Choice:
    """Rank ``candidates`` for ``task``; when nobody qualifies, climb the fallback ladder.

    Relax and neighbours steps accumulate (each applies to the policy as the previous
    steps left it); ``escalate`` stops the climb.

    Raises:
        PolicyRuntimeError: A record lacks a field the policy reads.
    """
    policy: CompiledPolicy | None = policy_set.select(task)
    if policy is None:
        return Choice(None, [])
    mode = policy.mode[0] if policy.mode else None
    current = policy
    decision = current.evaluate(task, candidates)
    steps: list[str] = []
    escalated: str | None = None
    for step in policy.fallback:
        if decision.ranked:
            break
        if isinstance(step, EscalateStep):
            escalated = step.queue
            break
        widened = current.apply(step)
        assert widened is not None  # only escalate returns None
        current = widened
        steps.append(describe_step(step))
        decision = current.evaluate(task, candidates)
    return Choice(
        policy.name,
        decision.ranked,
        steps,
        escalated,
        mode,
        decision.explanations or [],
    )
