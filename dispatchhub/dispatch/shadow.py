"""Shadow mode: drafts evaluated beside the active policy on live orders, recorded, not acted on.

A version is put in shadow with ``publish_version(…, shadow=True)``. The dispatch engine
calls :func:`record_shadow` with the same task and candidate records it evaluates the
active policy on; every shadow version's choice is written as an
:class:`~dispatchhub.dispatch.tables.AssignmentDecision` of kind SHADOW and nothing else
happens. :func:`compare_shadow` sets those beside what was actually decided.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from dispatchhub import db
from dispatchhub.dispatch.choice import decide
from dispatchhub.dispatch.policies import compiled
from dispatchhub.dispatch.policy_queries import Page, VersionStatus, get_policy
from dispatchhub.dispatch.simulation import ACTED_KINDS
from dispatchhub.dispatch.snapshot import candidate_entry
from dispatchhub.dispatch.tables import AssignmentDecision, PolicyVersion
from dispatchhub.rules_dsl import FunctionRegistry, PolicyError, PolicyRuntimeError

__all__ = ["ShadowComparison", "ShadowRow", "compare_shadow", "record_shadow"]

log = logging.getLogger(__name__)
_CHUNK = 1000


async def record_shadow(
    order_id: UUID,
    task: Mapping[str, Any],
    candidates: Sequence[Mapping[str, Any]],
    *,
    functions: FunctionRegistry,
) -> list[UUID]:
    """Evaluate every shadow version for one live order and record what each would do.

    Never acts and never raises for a policy's sake: a version that cannot evaluate the
    records is recorded with outcome ERROR (and logged), so dispatch goes on. Joins the
    caller's transaction when there is one.

    Args:
        order_id: The order being dispatched.
        task: Its task record, as given to the active policy.
        candidates: The staff records, as given to the active policy.
        functions: The process's rule-function registry.

    Returns:
        The ids of the SHADOW decisions written (one per shadow version; none when no
        version is in shadow).
    """
    versions = await PolicyVersion.select(
        PolicyVersion.id, PolicyVersion.source, PolicyVersion.content_hash
    ).where(PolicyVersion.status == VersionStatus.SHADOW.value)
    rows: list[AssignmentDecision] = []
    for version in versions:
        chosen: str | None = None
        try:
            choice = decide(compiled(version["source"], functions, explain=True), task, candidates)
        except (PolicyError, PolicyRuntimeError) as error:
            log.warning("shadow version %s failed on order %s: %s", version["id"], order_id, error)
            outcome = "ERROR"
            entries = [candidate_entry(s, None) for s in candidates]
        else:
            chosen = choice.chosen
            outcome = "CHOSEN" if chosen else "ESCALATED" if choice.escalated_to else "NO_CANDIDATE"
            explained = choice.explanations if len(choice.explanations) == len(candidates) else []
            entries = [
                candidate_entry(s, explained[i] if explained else None)
                for i, s in enumerate(candidates)
            ]
        rows.append(
            AssignmentDecision(
                order=order_id,
                kind="SHADOW",
                policy_version=version["id"],
                content_hash=version["content_hash"],
                outcome=outcome,
                chosen=UUID(chosen) if chosen else None,
                candidates=entries,
                task=dict(task),
            )
        )
    if rows:
        async with db.write():
            await AssignmentDecision.insert(*rows)
    return [UUID(str(row.id)) for row in rows]


@dataclass(frozen=True, slots=True)
class ShadowRow:
    """One shadow decision beside the decision that was acted on.

    ``agrees`` is None while the order has no acted decision and no assignee yet.
    """

    decision_id: UUID
    order_id: UUID
    order_number: str
    decided_at: datetime
    version: int
    outcome: str
    shadow_chosen: str | None
    actual_chosen: str | None
    actual_kind: str | None
    agrees: bool | None


@dataclass(frozen=True, slots=True)
class ShadowComparison:
    """Agreement of a policy's shadow versions with what was acted on, and the rows."""

    total: int
    compared: int
    agreed: int
    rows: Page[ShadowRow]

    @property
    def agreement_rate(self) -> float | None:
        """Agreed / compared, None before anything could be compared."""
        return round(self.agreed / self.compared, 4) if self.compared else None


async def _actual(order_ids: list[Any]) -> dict[Any, tuple[str | None, str | None]]:
    """Per order: whom the latest acted decision chose, and its kind."""
    found: dict[Any, tuple[str | None, str | None]] = {}
    # in chunks: PostgreSQL takes at most 32,767 bound parameters per statement
    for start in range(0, len(order_ids), _CHUNK):
        acted = await (
            AssignmentDecision.select(
                AssignmentDecision.order, AssignmentDecision.chosen, AssignmentDecision.kind
            )
            .where(
                AssignmentDecision.order.is_in(order_ids[start : start + _CHUNK])
                & AssignmentDecision.kind.is_in(list(ACTED_KINDS))
            )
            .order_by(AssignmentDecision.created_at, ascending=False)
        )
        for row in acted:
            chosen = str(row["chosen"]) if row["chosen"] is not None else None
            found.setdefault(row["order"], (chosen, row["kind"]))
    return found


async def compare_shadow(
    policy_id: UUID,
    *,
    since: datetime | None = None,
    first: int = 50,
    after: tuple[datetime, UUID] | None = None,
) -> ShadowComparison:
    """The policy's shadow decisions (newest first) beside the decisions acted on.

    Args:
        policy_id: The policy whose versions were in shadow.
        since: Only shadow decisions made since then.
        first: Rows per page.
        after: The ``(decided_at, decision_id)`` of the last row of the previous page.

    Raises:
        DomainError: ``POLICY_NOT_FOUND``.
    """
    await get_policy(policy_id)
    where = (AssignmentDecision.kind == "SHADOW") & (
        AssignmentDecision.policy_version.policy == policy_id
    )
    if since is not None:
        where &= AssignmentDecision.created_at >= since
    every = await AssignmentDecision.select(
        AssignmentDecision.id,
        AssignmentDecision.order,
        AssignmentDecision.chosen,
        AssignmentDecision.outcome,
        AssignmentDecision.created_at,
        AssignmentDecision.order.number.as_alias("order_number"),
        AssignmentDecision.order.assignee.as_alias("assignee"),
        AssignmentDecision.policy_version.version.as_alias("version"),
    ).where(where)
    actual = await _actual(sorted({r["order"] for r in every}, key=str))
    rows: list[ShadowRow] = []
    for r in every:
        chosen, kind = actual.get(r["order"], (None, None))
        if kind is None and r["assignee"] is not None:
            chosen, kind = str(r["assignee"]), "ASSIGNED"
        shadow = str(r["chosen"]) if r["chosen"] is not None else None
        rows.append(
            ShadowRow(
                decision_id=r["id"],
                order_id=r["order"],
                order_number=r["order_number"],
                decided_at=r["created_at"],
                version=r["version"],
                outcome=r["outcome"],
                shadow_chosen=shadow,
                actual_chosen=chosen,
                actual_kind=kind,
                agrees=None if kind is None else shadow == chosen,
            )
        )
    compared = [row.agrees for row in rows if row.agrees is not None]
    rows.sort(key=lambda row: (row.decided_at, str(row.decision_id)), reverse=True)
    if after is not None:
        key = (after[0], str(after[1]))
        rows = [row for row in rows if (row.decided_at, str(row.decision_id)) < key]
    return ShadowComparison(
        total=len(every),
        compared=len(compared),
        agreed=sum(compared),
        rows=Page(rows[:first], len(rows) > first),
    )
