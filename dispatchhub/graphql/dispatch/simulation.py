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
    value: JSON | None = strawberry.field(
        description="What it evaluated to (a number, text, boolean or list; null when missing)."
    )


@strawberry.type(description="One `prefer` term: contribution = weight × graded.")
class TermContribution:
    name: str = strawberry.field(description="The term's name in the policy (e.g. `close`).")
    weight: float = strawberry.field(description="Its weight.")
    raw_value: JSON | None = strawberry.field(
        description="The value it graded (e.g. a distance in km)."
    )
    graded: float = strawberry.field(description="The value graded onto 0..1 by the term's scale.")
    contribution: float = strawberry.field(
        description="weight × graded: what it adds to the score."
    )


@strawberry.type(description="Why a candidate was excluded (with the values read) or its score.")
class CandidateExplanation:
    staff_id: strawberry.ID = strawberry.field(description="The staff member's User global ID.")
    eligible: bool = strawberry.field(description="Whether they met every `require`.")
    failed_requirement: str | None = strawberry.field(
        description="The first requirement they failed; null when eligible."
    )
    reason: str | None = strawberry.field(
        description="That requirement's reason for people; null when eligible."
    )
    values: list[ValueRead] = strawberry.field(
        description="The values the failed requirement read; empty when eligible."
    )
    score: float | None = strawberry.field(
        description="The weighted sum of the terms; null when not eligible."
    )
    terms: list[TermContribution] = strawberry.field(
        description="Each `prefer` term's contribution."
    )

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
    order_id: strawberry.ID = strawberry.field(description="The Order's global ID.")
    order_number: str = strawberry.field(description="Its number.")
    decided_at: datetime = strawberry.field(description="When the recorded decision was made.")
    recorded_kind: str = strawberry.field(description="AUTO, GRAB or MANUAL.")
    policy: str | None = strawberry.field(description="The policy of the text that applied.")
    chosen_staff_id: strawberry.ID | None = strawberry.field(
        description="Whom the simulated text would choose (User global ID); null: nobody."
    )
    chosen_staff_name: str | None = strawberry.field(description="Their name; null: nobody.")
    actual_staff_id: strawberry.ID | None = strawberry.field(
        description="Whom the recorded decision chose (User global ID); null: nobody."
    )
    actual_staff_name: str | None = strawberry.field(description="Their name; null: nobody.")
    changed: bool = strawberry.field(
        description="Whether the text would choose someone else than was chosen."
    )
    fallback_steps: list[str] = strawberry.field(
        description="Fallback steps the draft took before someone qualified."
    )
    escalated_to: str | None = strawberry.field(
        description="The dispatcher queue the text would escalate to; null: none."
    )
    mode: str | None = strawberry.field(description="PUSH, BROADCAST or POOL (first step).")
    chosen_distance_km: float | None = strawberry.field(
        description="How far the simulated choice is from the order, km; null: nobody or unknown."
    )
    actual_distance_km: float | None = strawberry.field(
        description="How far the recorded choice was, km; null: nobody or unknown."
    )
    candidates: int = strawberry.field(description="Staff members the simulation considered.")
    eligible: int = strawberry.field(description="Of those, how many met every requirement.")
    expected_wait_min: float | None = strawberry.field(
        description="Expected minutes until someone takes it under the simulated mode (push: the "
        "chosen one's mean response, capped at the deadline; pool: the pool's wait); "
        "null when not known."
    )
    error: str | None = strawberry.field(
        description="Why the recorded records could not be evaluated (then nothing else is set)."
    )
    explanations: list[CandidateExplanation] = strawberry.field(
        description="Per candidate, why excluded or how scored."
    )


@strawberry.type(description="How many orders a dispatch mode handled.")
class ModeCount:
    mode: str = strawberry.field(description="PUSH, BROADCAST or POOL.")
    orders: int = strawberry.field(description="Orders whose first step was that mode.")


@strawberry.type(description="Key figures over the simulated orders (docs/dsl.md: Simulation).")
class PolicyKpis:
    orders: int = strawberry.field(description="Orders in the run.")
    assigned: int = strawberry.field(description="Of those, how many got someone.")
    mean_distance_km: float | None = strawberry.field(
        description="Mean distance from the chosen staff to the order, km; null when unknown."
    )
    p90_distance_km: float | None = strawberry.field(
        description="The 90th percentile of those distances, km; null when unknown."
    )
    load_std_dev: float = strawberry.field(
        description="Population std-dev of orders per staff member (all candidates counted)."
    )
    load_range: int = strawberry.field(description="Most minus fewest orders per staff member.")
    no_eligible_share: float = strawberry.field(
        description="Share of orders (0..1) nobody was chosen for."
    )
    expected_wait_min: float | None = strawberry.field(
        description="Mean expected wait in minutes over orders where it is known; null when none."
    )
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
    content_hash: str = strawberry.field(description="SHA-256 of the simulated text.")
    version: PolicyVersion | None = strawberry.field(
        description="The saved version simulated; null for unsaved text."
    )
    orders: list[SimulatedOrder] = strawberry.field(
        description="Each order replayed, oldest first."
    )
    simulated: PolicyKpis = strawberry.field(description="KPIs of what the text would do.")
    actual: PolicyKpis = strawberry.field(description="KPIs of what was done.")
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
    order_id: strawberry.ID = strawberry.field(description="The Order's global ID.")
    order_number: str = strawberry.field(description="Its number.")
    decided_at: datetime = strawberry.field(description="When the shadow version decided.")
    version: int = strawberry.field(description="The shadow version's number.")
    outcome: str = strawberry.field(description="CHOSEN, NO_CANDIDATE, ESCALATED or ERROR.")
    shadow_staff_id: strawberry.ID | None = strawberry.field(
        description="Whom the shadow version chose (User global ID); null: nobody."
    )
    actual_staff_id: strawberry.ID | None = strawberry.field(
        description="Whom the acted decision chose (User global ID); null: nobody yet."
    )
    actual_kind: str | None = strawberry.field(
        description="AUTO, GRAB, MANUAL, or ASSIGNED (only the order's assignee is known)."
    )
    agrees: bool | None = strawberry.field(description="Null while nothing was acted on yet.")


@strawberry.type(description="How often a policy's shadow versions agreed with what was done.")
class ShadowComparison:
    total: int = strawberry.field(description="Shadow decisions in the range.")
    compared: int = strawberry.field(
        description="Of those, how many could be compared with what was acted on."
    )
    agreed: int = strawberry.field(description="Of those, how many chose the same staff member.")
    agreement_rate: float | None = strawberry.field(
        description="agreed / compared (0..1); null before anything could be compared."
    )
    decisions: relay.Connection[ShadowDecision] = strawberry.field(
        description="The shadow decisions, newest first."
    )

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
