""" "Why not this staff member?" — for any staff member and order, on demand, with the
counterfactual: which requirement failed and by how much, or how many points short of the
winner, and what would make them win.

The active policy judges the staff member and the winner as they stand now (live records),
so the two are compared on the same terms. The winner is the order's assignee, else the
staff member its latest live decision chose, else the best of the staff around the order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub.dispatch.errors import PolicyErrorCode
from dispatchhub.dispatch.policies import active_policy_set
from dispatchhub.dispatch.records import load_live_staff, load_tasks, staff_near
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.errors import DomainError
from dispatchhub.orders.tables import Order
from dispatchhub.rules_dsl import ast
from dispatchhub.rules_dsl.functions import FunctionRegistry
from dispatchhub.rules_dsl.runtime import CompiledPolicy

__all__ = ["RequirementGap", "StaffExplanation", "TermGain", "explain_staff"]

# How far around the order the winner is looked for when nobody was chosen.
WINNER_KM = 10.0
_LIMIT_OPS = {"<=", "<", ">=", ">"}
_BEST = "此人即最佳人选 / they are the best candidate"


@dataclass(frozen=True, slots=True)
class RequirementGap:
    """A requirement the staff member fails, and by how much when it is a comparison.

    ``actual`` and ``limit`` are the two sides (the limit's unit: km, min or none);
    ``short_by`` is how far ``actual`` must move to pass (positive), None when the
    requirement is not a numeric comparison (a yes/no or a list test).
    """

    name: str
    reason: str
    values: dict[str, object]
    actual: float | None = None
    limit: float | None = None
    short_by: float | None = None


@dataclass(frozen=True, slots=True)
class TermGain:
    """A ``prefer`` term of the staff member's score and what it could still add."""

    name: str
    weight: float
    graded: float
    contribution: float
    headroom: float  # weight * (1 - graded): the most it can still add
    graded_needed: float | None  # the grade alone would have to reach to close the gap


@dataclass(frozen=True, slots=True)
class StaffExplanation:
    """The whole answer (see the module docstring)."""

    order_id: UUID
    staff_id: UUID
    policy: str | None
    eligible: bool
    failed: list[RequirementGap] = field(default_factory=list)
    score: float | None = None
    winner_id: str | None = None
    winner_score: float | None = None
    points_short: float | None = None
    terms: list[TermGain] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)


def _literal(expr: ast.Expr) -> float | None:
    if isinstance(expr, ast.Number | ast.Quantity):
        return float(expr.value)
    return None


def _gap(
    policy: CompiledPolicy, name: str, reason: str, values: dict[str, object]
) -> RequirementGap:
    """Measure a failed comparison ``x <= limit`` (and <, >=, >) from the values it read."""
    requirement = next((r for r in policy.ast.requirements if r.name == name), None)
    numbers = [float(v) for v in values.values() if isinstance(v, int | float)
               and not isinstance(v, bool)]  # fmt: skip
    condition = requirement.condition if requirement else None
    if not isinstance(condition, ast.Binary) or condition.op not in _LIMIT_OPS:
        return RequirementGap(name, reason, values)
    left, right = _literal(condition.left), _literal(condition.right)
    op = condition.op
    if right is not None and left is None and len(numbers) == 1:
        actual, limit = numbers[0], right
    elif left is not None and right is None and len(numbers) == 1:
        # ``limit op x`` is ``x op' limit``
        actual, limit = numbers[0], left
        op = {"<=": ">=", "<": ">", ">=": "<=", ">": "<"}[op]
    elif left is None and right is None and len(numbers) == 2:
        actual, limit = numbers[0], numbers[1]
    else:
        return RequirementGap(name, reason, values)
    short = actual - limit if op in ("<=", "<") else limit - actual
    return RequirementGap(name, reason, values, actual, limit, round(max(short, 0.0), 6))


async def _winner(order_id: UUID) -> str | None:
    order = await Order.select(Order.assignee).where(Order.id == order_id).first()
    if order and order["assignee"]:
        return str(order["assignee"])
    latest = await (
        AssignmentDecision.select(AssignmentDecision.chosen)
        .where(
            (AssignmentDecision.order == order_id)
            & AssignmentDecision.kind.is_in(["AUTO", "GRAB", "MANUAL", "REOPTIMISE"])
            & AssignmentDecision.chosen.is_not_null()
        )
        .order_by(AssignmentDecision.created_at, ascending=False)
        .first()
    )
    return str(latest["chosen"]) if latest else None


async def explain_staff(
    functions: FunctionRegistry, zone: ZoneInfo, order_id: UUID, staff_id: UUID
) -> StaffExplanation:
    """Why ``staff_id`` does not (or does) get ``order_id`` under the active policy.

    Raises:
        DomainError: ``ORDER_NOT_FOUND`` at ``orderId``, ``STAFF_NOT_FOUND`` at ``staffId``,
            ``NO_ACTIVE_POLICY`` when no policy is published.
    """
    tasks = await load_tasks([order_id], zone)
    task = tasks.get(str(order_id))
    if task is None:
        raise DomainError(PolicyErrorCode.ORDER_NOT_FOUND, "orderId", order=str(order_id))
    records = await load_live_staff(zone, staff_ids=[staff_id])
    if not records:
        raise DomainError(PolicyErrorCode.STAFF_NOT_FOUND, "staffId")
    me = records[0]
    active = await active_policy_set(functions, explain=True)
    if active is None:
        raise DomainError(PolicyErrorCode.NO_ACTIVE_POLICY, "orderId")
    policy = active[1].select(task)
    if policy is None:
        advice = ["没有适用的策略 / no policy applies to this order"]
        return StaffExplanation(order_id, staff_id, None, True, advice=advice)
    failed = [_gap(policy, f.name, f.reason, dict(f.values))
              for f in policy.check_requirements(task, me)]  # fmt: skip
    if failed:
        advice = [
            f"满足 {g.name}: 还差 {g.short_by:g} / meet `{g.name}`: short by {g.short_by:g}"
            if g.short_by is not None
            else f"满足 {g.name} / meet `{g.name}` ({g.reason})"
            for g in failed
        ]
        return StaffExplanation(order_id, staff_id, policy.name, False, failed, advice=advice)
    winner_id = await _winner(order_id)
    others: list[dict[str, Any]] = []
    if winner_id and winner_id != str(staff_id):
        others = await load_live_staff(zone, staff_ids=[UUID(winner_id)])
    elif winner_id is None and task.get("lat") is not None:
        near = await staff_near(task["lat"], task["lon"], WINNER_KM)
        others = [r for r in await load_live_staff(zone, staff_ids=near) if r["id"] != me["id"]]
    decision = policy.evaluate(task, [me, *others])
    mine = next(e for e in decision.explanations or [] if e.staff_id == me["id"])
    best = next((c for c in decision.ranked if c.staff_id != me["id"]), None)
    score = mine.score or 0.0
    if best is None or (winner_id == str(staff_id)):
        return StaffExplanation(order_id, staff_id, policy.name, True, score=score,
                                winner_id=str(staff_id), winner_score=score, points_short=0.0,
                                terms=_gains(mine.terms, 0.0), advice=[_BEST])  # fmt: skip
    short = max(best.score - score, 0.0)
    ranked_first = decision.ranked[0].staff_id == me["id"]
    gains = _gains(mine.terms, short)
    if ranked_first:
        advice = ["按当前策略此人得分最高 / by the policy as it stands now they would win"]
    else:
        advice = [
            f"提高 {t.name} 至 {t.graded_needed:.3f} / raise `{t.name}` to a grade of "
            f"{t.graded_needed:.3f} (now {t.graded:.3f})"
            for t in gains
            if t.graded_needed is not None
        ] or [
            f"任何单项都不足以弥补 {short:.3f} 分 / no single preference can make up "
            f"{short:.3f} points"
        ]
    return StaffExplanation(
        order_id, staff_id, policy.name, True, score=round(score, 6), winner_id=best.staff_id,
        winner_score=round(best.score, 6), points_short=round(short, 6), terms=gains,
        advice=advice,
    )  # fmt: skip


def _gains(terms: Any, short: float) -> list[TermGain]:
    """Each term's headroom and the grade it alone would need to close ``short`` points
    (just past a tie: ties go by the tie-break)."""
    found = []
    for t in terms:
        headroom = t.weight * (1 - t.graded)
        needed = None
        if short > 0 and t.weight > 0 and headroom > short:
            needed = round(t.graded + short / t.weight, 6)
        found.append(TermGain(t.name, t.weight, round(t.graded, 6), round(t.contribution, 6),
                              round(headroom, 6), needed))  # fmt: skip
    return sorted(found, key=lambda g: -g.headroom)
