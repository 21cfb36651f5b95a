""" "Why not this staff member?": the counterfactual for any staff member and order."""

from __future__ import annotations

from typing import Annotated, cast

import strawberry
from strawberry.scalars import JSON

from dispatchhub.graphql.context import Context
from dispatchhub.graphql.dispatch.simulation import ValueRead
from dispatchhub.graphql.errors import NotFound
from dispatchhub.graphql.node import global_id, row_id
from dispatchhub.graphql.refusals import not_found
from dispatchhub.orders.counterfactual import StaffExplanation, explain_staff
from dispatchhub.plugins.rule_functions import registry_for

__all__ = ["DecisionExplanation", "ExplainQuery"]


@strawberry.type(description="A requirement the staff member fails, and by how much.")
class RequirementGap:
    name: str = strawberry.field(description="The requirement's name in the policy.")
    reason: str = strawberry.field(description="Its reason for people (e.g. '12.3 km away').")
    values: list[ValueRead] = strawberry.field(description="The values it read.")
    actual: float | None = strawberry.field(
        description="The staff member's side of the comparison (km, min or a number); null "
        "when the requirement is not a numeric comparison."
    )
    limit: float | None = strawberry.field(description="The side it is compared with.")
    short_by: float | None = strawberry.field(
        description="How far `actual` must move to pass (e.g. 2.2 km nearer); null when not "
        "measurable."
    )


@strawberry.type(description="One `prefer` term of the staff member's score, with its headroom.")
class TermGain:
    name: str = strawberry.field(description="The term's name in the policy.")
    weight: float = strawberry.field(description="Its weight.")
    graded: float = strawberry.field(description="Its grade 0..1 for this staff member.")
    contribution: float = strawberry.field(description="weight × graded: what it adds now.")
    headroom: float = strawberry.field(description="weight × (1 − graded): the most it can add.")
    graded_needed: float | None = strawberry.field(
        description="The grade this term alone would need to close the gap to the winner; "
        "null when it cannot, or there is no gap."
    )


@strawberry.type(
    description="Why a staff member does (not) get an order under the active policy, judged "
    "now beside the winner, and what would make them win."
)
class DecisionExplanation:
    order_id: strawberry.ID = strawberry.field(description="The Order's global ID.")
    staff_id: strawberry.ID = strawberry.field(description="The User's global ID.")
    policy: str | None = strawberry.field(
        description="The policy of the active set that applies to the order."
    )
    eligible: bool = strawberry.field(description="Whether they meet every requirement.")
    failed_requirements: list[RequirementGap] = strawberry.field(
        description="Every requirement they fail (empty when eligible)."
    )
    score: float | None = strawberry.field(description="Their score; null when not eligible.")
    winner_id: strawberry.ID | None = strawberry.field(
        description="A User's global ID: the assignee, else the staff member the latest "
        "decision chose, else the best around the order."
    )
    winner_score: float | None = strawberry.field(description="The winner's score now.")
    points_short: float | None = strawberry.field(
        description="How many points they are short of the winner (0: they would win or tie)."
    )
    terms: list[TermGain] = strawberry.field(
        description="Their `prefer` terms, most headroom first."
    )
    advice: list[str] = strawberry.field(
        description="What would make them win, in words (Chinese / English)."
    )

    @classmethod
    def of(cls, found: StaffExplanation) -> DecisionExplanation:
        """The API view of the service's answer."""
        return cls(
            order_id=global_id("Order", found.order_id),
            staff_id=global_id("User", found.staff_id),
            policy=found.policy, eligible=found.eligible,
            failed_requirements=[
                RequirementGap(
                    name=g.name, reason=g.reason,
                    values=[ValueRead(expression=k, value=cast(JSON, v))
                            for k, v in g.values.items()],
                    actual=g.actual, limit=g.limit, short_by=g.short_by,
                )
                for g in found.failed
            ],
            score=found.score,
            winner_id=global_id("User", found.winner_id) if found.winner_id else None,
            winner_score=found.winner_score, points_short=found.points_short,
            terms=[TermGain(name=t.name, weight=t.weight, graded=t.graded,
                            contribution=t.contribution, headroom=t.headroom,
                            graded_needed=t.graded_needed) for t in found.terms],
            advice=list(found.advice),
        )  # fmt: skip


@strawberry.type
class ExplainQuery:
    @strawberry.field(
        description="Dispatchers, supervisors and admins: why this staff member does not get "
        "this order (any staff member, not only those a decision judged) — the requirement "
        "failed and by how much, or the points short of the winner, and what would make them "
        "win. NOT_FOUND for an unknown order or staff member, or without a published policy."
    )
    @not_found
    async def order_decision_explain(
        self,
        info: strawberry.Info[Context, None],
        order_id: Annotated[strawberry.ID, strawberry.argument(description="The Order's ID.")],
        staff_id: Annotated[
            strawberry.ID, strawberry.argument(description="The staff member's User ID.")
        ],
    ) -> DecisionExplanation:
        context = info.context
        order = row_id(order_id, "Order")
        staff = row_id(staff_id, "User")
        if order is None:
            raise NotFound("No such order.")
        if staff is None:
            raise NotFound("No such staff member.")
        found = await explain_staff(
            registry_for(context.runtime.plugins), context.runtime.settings.zone, order, staff
        )
        return DecisionExplanation.of(found)
