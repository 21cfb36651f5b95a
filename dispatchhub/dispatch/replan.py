"""Re-plan unanswered push offers by the policy's own score, under its own requirements.

An offer made a minute ago may have a better candidate now (someone came on shift, finished a
job). :func:`replan` asks the policy again: for each pending offer the live engine
(:func:`~dispatchhub.dispatch.assign.assign`, exact) ranks the staff, the holder of the offer
is scored by the same policy, and the offers are placed together (one linear assignment over
the policy's scores, each staff member taking no more new orders than their free places) so
the total score is as high as it can be. An offer moves only when that raises the total by
more than the worth of ``switch_km`` under the policy's own distance terms (withdrawing an
offer someone may be reading has a price); otherwise it stays where the policy put it. Staff
a policy does not admit are never offered anything.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from dispatchhub.dispatch.assign import assign
from dispatchhub.dispatch.batch import OfferChange
from dispatchhub.dispatch.candidates import StaffIndex
from dispatchhub.dispatch.score_bound import score_bound
from dispatchhub.rules_dsl import CompiledPolicy, CompiledPolicySet

__all__ = ["CANDIDATES", "replan", "switch_points"]

Record = Mapping[str, Any]
# Candidates per offer the joint placement chooses among (the policy's best, exactly ranked
# first, and the next ones the search found).
CANDIDATES = 8
_BARRED = -1e9


def switch_points(policy: CompiledPolicy, switch_km: float) -> float:
    """What ``switch_km`` of travel is worth in ``policy``'s score: the slope of its
    ``scale(distance…)`` terms (0 when the score does not depend on distance)."""
    return switch_km * score_bound(policy).points_per_km()


def _holder_score(policy: CompiledPolicy, task: Record, holder: Record | None) -> float | None:
    if holder is None:
        return None
    ranked = policy.evaluate(task, [holder]).ranked
    return ranked[0].score if ranked else None


def replan(
    offers: Mapping[str, str],
    tasks: Sequence[Record],
    staff: Sequence[Record],
    policies: CompiledPolicySet,
    *,
    switch_km: float = 1.0,
    excluded: Mapping[str, Collection[str]] | None = None,
) -> list[OfferChange]:
    """The offers to move so the policies' total score is highest.

    Args:
        offers: Task id → the staff member its pending push offer is with.
        tasks: The records of those tasks.
        staff: Staff records; pending offers must not be counted in ``active_orders``.
        policies: The compiled policy set in force.
        switch_km: A move must raise the total score by more than this distance is worth
            under the task's policy (see :func:`switch_points`).
        excluded: Task id → staff never to offer it to again (they declined or let it lapse).

    Returns:
        The moves, in task order; an offer whose policy no longer applies, or whose holder
        no longer qualifies and nobody else does, stays.

    Raises:
        PolicyRuntimeError: A record lacks a field the policy reads.
    """
    excluded = excluded or {}
    index = StaffIndex(staff)
    by_id = {str(s["id"]): s for s in staff}
    rows: list[tuple[str, str, dict[str, float], float]] = []
    for task in tasks:
        task_id = str(task["id"])
        holder = offers.get(task_id)
        policy = policies.select(task)
        if holder is None or policy is None:
            continue
        barred = set(excluded.get(task_id, ())) - {holder}
        found = assign(index, policies, task, k=CANDIDATES, exclude=barred)
        scores = {c.staff_id: c.score for c in found.ranked[:CANDIDATES]}
        own = scores.get(holder)
        if own is None:
            own = _holder_score(policy, task, by_id.get(holder))
        if own is not None:
            scores[holder] = own
        elif not scores:
            continue  # nobody qualifies, the holder neither: leave it to its deadline
        rows.append((task_id, holder, scores, switch_points(policy, switch_km)))
    if not rows:
        return []
    # one column per free place of each staff member named; a holder keeps the place its
    # pending offer reserves
    holding: dict[str, int] = {}
    for _, holder, _, _ in rows:
        holding[holder] = holding.get(holder, 0) + 1
    named = sorted({sid for _, _, scores, _ in rows for sid in scores})
    columns: list[str] = []
    for sid in named:
        record = by_id.get(sid)
        free = 0 if record is None else record["max_orders"] - record["active_orders"]
        places = max(free, holding.get(sid, 0))
        columns += [sid] * min(max(places, 0), len(rows))
    value = np.full((len(rows), len(columns) + len(rows)), _BARRED)
    for r, (_, holder, scores, bonus) in enumerate(rows):
        for c, sid in enumerate(columns):
            if sid in scores:
                value[r, c] = scores[sid] + (bonus if sid == holder else 0.0)
        # nowhere to go: staying unplaced is worse than any admitted staff member
        value[r, len(columns) + r] = _BARRED / 2
    chosen_rows, chosen_cols = linear_sum_assignment(value, maximize=True)
    changes: list[OfferChange] = []
    for r, c in zip(chosen_rows.tolist(), chosen_cols.tolist(), strict=True):
        task_id, holder, scores, _ = rows[r]
        if c >= len(columns) or columns[c] == holder:
            continue
        changes.append(OfferChange(task_id, holder, columns[c]))
    return changes
