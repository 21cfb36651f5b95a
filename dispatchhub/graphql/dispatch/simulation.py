"""GraphQL types of simulation (a draft replayed over past orders) and shadow comparison."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from dispatchhub.dispatch import simulation as sim
from dispatchhub.dispatch.shadow import ShadowComparison as ShadowResult
from dispatchhub.graphql.dispatch.types import PolicyVersion, encode_cursor
from dispatchhub.graphql.node import global_id
from dispatchhub.rules_dsl import CandidateExplanation as Explanation

__all__ = ["PolicySimulation", "ShadowComparison"]


@strawberry.type(description="A value a requirement read, keyed by its DSL text.")
class ValueRead:
    expression: str = strawberry.field(description='e.g. "distance(staff, task)"')
    value: JSON | None


@strawberry.type(description="One `prefer` term: contribution = weight × graded.")
class TermContribution:
    name: str
    weight: float
    raw_value: JSON | None
    graded: float
    contribution: float


@strawberry.type(description="Why a candidate was excluded (with the values read) or its score.")
class CandidateExplanation:
    staff_id: strawberry.ID
    eligible: bool
    failed_requirement: str | None
    reason: str | None
    values: list[ValueRead]
    score: float | None
    terms: list[TermContribution]

    @classmethod
    def of(cls, e: Explanation) -> CandidateExplanation:
        return cls(
            staff_id=global_id("User", e.staff_id),
            eligible=e.eligible,
            failed_requirement=e.failed_requirement,
            reason=e.reason,
            values=[ValueRead(expression=k, value=_plain(v)) for k, v in e.values.items()],
            score=e.score,
            terms=[
                TermContribution(
                    name=t.name,
                    weight=t.weight,
                    raw_value=_plain(t.raw_value),
                    graded=t.graded,
                    contribution=t.contribution,
                )
                for t in e.terms
            ],
        )


def _plain(value: object) -> Any:
    if isinstance(value, set | frozenset | tuple):
        return sorted(value, key=str) if isinstance(value, set | frozenset) else list(value)
    return value


@strawberry.type(description="One past order: what the draft would do and what happened.")
class SimulatedOrder:
    order_id: strawberry.ID
    order_number: str
    decided_at: datetime
    recorded_kind: str = strawberry.field(description="AUTO, GRAB or MANUAL.")
    policy: str | None = strawberry.field(description="The policy of the text that applied.")
    chosen_staff_id: strawberry.ID | None
    chosen_staff_name: str | None
    actual_staff_id: strawberry.ID | None
    actual_staff_name: str | None
    changed: bool
    fallback_steps: list[str] = strawberry.field(
        description="Fallback steps the draft took before someone qualified."
    )
    escalated_to: str | None
    mode: str | None = strawberry.field(description="PUSH, BROADCAST or POOL (first step).")
    chosen_distance_km: float | None
    actual_distance_km: float | None
    candidates: int
    eligible: int
    expected_wait_min: float | None
    error: str | None = strawberry.field(
        description="Why the recorded records could not be evaluated (then nothing else is set)."
    )
    explanations: list[CandidateExplanation]


@strawberry.type
class ModeCount:
    mode: str
    orders: int


@strawberry.type(description="Key figures over the simulated orders (docs/dsl.md: Simulation).")
class PolicyKpis:
    orders: int
    assigned: int
    mean_distance_km: float | None
    p90_distance_km: float | None
    load_std_dev: float = strawberry.field(
        description="Population std-dev of orders per staff member (all candidates counted)."
    )
    load_range: int = strawberry.field(description="Most minus fewest orders per staff member.")
    no_eligible_share: float
    expected_wait_min: float | None
    by_mode: list[ModeCount] = strawberry.field(
        description="Draft: PUSH/BROADCAST/POOL; what happened: AUTO/GRAB/MANUAL."
    )

    @classmethod
    def of(cls, k: sim.Kpis) -> PolicyKpis:
        return cls(
            orders=k.orders,
            assigned=k.assigned,
            mean_distance_km=k.mean_distance_km,
            p90_distance_km=k.p90_distance_km,
            load_std_dev=k.load_stddev,
            load_range=k.load_range,
            no_eligible_share=k.no_eligible_share,
            expected_wait_min=k.expected_wait_min,
            by_mode=[ModeCount(mode=m, orders=n) for m, n in sorted(k.by_mode.items())],
        )


def _staff(staff_id: str | None) -> strawberry.ID | None:
    return global_id("User", staff_id) if staff_id else None


@strawberry.type(description="A draft replayed over past orders, beside what happened.")
class PolicySimulation:
    content_hash: str
    version: PolicyVersion | None
    orders: list[SimulatedOrder]
    simulated: PolicyKpis
    actual: PolicyKpis
    changed: int = strawberry.field(description="Orders the draft would give to someone else.")
    skipped_order_ids: list[strawberry.ID] = strawberry.field(
        description="Requested orders without a recorded decision to replay."
    )
    truncated: bool = strawberry.field(description="More orders matched than one run takes.")
    pool_wait_min: float = strawberry.field(
        description="The pool's expected wait used (measured from grabbed orders, else 30)."
    )

    @classmethod
    def of(cls, s: sim.Simulation) -> PolicySimulation:
        names = s.staff_names
        return cls(
            content_hash=s.content_hash,
            version=PolicyVersion.of(s.version) if s.version else None,
            orders=[
                SimulatedOrder(
                    order_id=global_id("Order", o.order_id),
                    order_number=o.order_number,
                    decided_at=o.decided_at,
                    recorded_kind=o.recorded_kind,
                    policy=o.policy,
                    chosen_staff_id=_staff(o.chosen),
                    chosen_staff_name=names.get(o.chosen or ""),
                    actual_staff_id=_staff(o.actual),
                    actual_staff_name=names.get(o.actual or ""),
                    changed=o.changed,
                    fallback_steps=o.steps,
                    escalated_to=o.escalated_to,
                    mode=o.mode,
                    chosen_distance_km=o.chosen_distance_km,
                    actual_distance_km=o.actual_distance_km,
                    candidates=o.candidates,
                    eligible=o.eligible,
                    expected_wait_min=o.expected_wait_min,
                    error=o.error,
                    explanations=[CandidateExplanation.of(e) for e in o.explanations],
                )
                for o in s.orders
            ],
            simulated=PolicyKpis.of(s.simulated),
            actual=PolicyKpis.of(s.actual),
            changed=s.changed,
            skipped_order_ids=[global_id("Order", o) for o in s.skipped],
            truncated=s.truncated,
            pool_wait_min=s.pool_wait_min,
        )


@strawberry.type(
    description="A shadow version's decision beside the one acted on; the id is the decision's."
)
class ShadowDecision(relay.Node):
    id: relay.NodeID[str]
    order_id: strawberry.ID
    order_number: str
    decided_at: datetime
    version: int
    outcome: str = strawberry.field(description="CHOSEN, NO_CANDIDATE, ESCALATED or ERROR.")
    shadow_staff_id: strawberry.ID | None
    actual_staff_id: strawberry.ID | None
    actual_kind: str | None = strawberry.field(
        description="AUTO, GRAB, MANUAL, or ASSIGNED (only the order's assignee is known)."
    )
    agrees: bool | None = strawberry.field(description="Null while nothing was acted on yet.")


@strawberry.type(description="How often a policy's shadow versions agreed with what was done.")
class ShadowComparison:
    total: int
    compared: int
    agreed: int
    agreement_rate: float | None
    decisions: relay.Connection[ShadowDecision]

    @classmethod
    def of(cls, c: ShadowResult) -> ShadowComparison:
        edges = [
            relay.Edge(
                cursor=encode_cursor("shadow", f"{r.decided_at.isoformat()}|{r.decision_id}"),
                node=ShadowDecision(
                    id=str(r.decision_id),
                    order_id=global_id("Order", r.order_id),
                    order_number=r.order_number,
                    decided_at=r.decided_at,
                    version=r.version,
                    outcome=r.outcome,
                    shadow_staff_id=_staff(r.shadow_chosen),
                    actual_staff_id=_staff(r.actual_chosen),
                    actual_kind=r.actual_kind,
                    agrees=r.agrees,
                ),
            )
            for r in c.rows.items
        ]
        return cls(
            total=c.total,
            compared=c.compared,
            agreed=c.agreed,
            agreement_rate=c.agreement_rate,
            decisions=relay.Connection(
                edges=edges,
                page_info=relay.PageInfo(
                    has_next_page=c.rows.has_next,
                    has_previous_page=False,
                    start_cursor=edges[0].cursor if edges else None,
                    end_cursor=edges[-1].cursor if edges else None,
                ),
            ),
        )
