"""Policy mutations: validate, save, publish (or shadow), stop shadowing, simulate."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import strawberry

from dispatchhub.dispatch import policies, simulation
from dispatchhub.dispatch.errors import PolicyErrorCode, SourceRejected
from dispatchhub.dispatch.policy_queries import get_policy
from dispatchhub.errors import DomainError
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.dispatch.simulation import PolicySimulation
from dispatchhub.graphql.dispatch.types import (
    Policy,
    PolicyDiagnostic,
    PolicyError,
    PolicyExampleResult,
    PolicyVersion,
    functions_of,
    policy_errors,
)
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.refusals import refusals

__all__ = ["DispatchMutation"]


@strawberry.input
class PolicyValidateInput:
    source: str = strawberry.field(description="The DSL text to check.")


@strawberry.type
class PolicyValidatePayload:
    valid: bool = strawberry.field(description="No error diagnostics (warnings allowed).")
    diagnostics: list[PolicyDiagnostic] = strawberry.field(
        description="Errors and warnings, in text order."
    )
    policies: list[str] = strawberry.field(
        description="Policy names in the order they are tried (the default last)."
    )
    examples: list[PolicyExampleResult] = strawberry.field(
        description="The in-policy examples' results (when the text compiles)."
    )
    errors: list[PolicyError]


@strawberry.input
class PolicySaveInput:
    name: str = strawberry.field(description="The policy (rule set); created on first save.")
    source: str = strawberry.field(description="The DSL text (must have no error diagnostics).")
    note: str = strawberry.field(default="", description="What changed, for the version history.")


@strawberry.type
class PolicySavePayload:
    version: PolicyVersion | None = strawberry.field(
        description="The new version (DRAFT); null when refused."
    )
    created: bool = strawberry.field(
        description="False when the text equals the latest version's (that one is returned)."
    )
    diagnostics: list[PolicyDiagnostic] = strawberry.field(
        description="Everything the check found, warnings included."
    )
    examples: list[PolicyExampleResult] = strawberry.field(
        description="The outcomes of the `example`s written in the text."
    )
    errors: list[PolicyError]


@strawberry.input
class PolicyPublishInput:
    id: strawberry.ID = strawberry.field(description="The policy.")
    version: int = strawberry.field(description="The version's number.")
    shadow: bool = strawberry.field(
        default=False,
        description="Evaluate it beside the active version on live orders, recorded, not "
        "acted on, instead of activating it.",
    )


@strawberry.type
class PolicyPublishPayload:
    policy: Policy | None = strawberry.field(
        description="The policy after the change; null when refused."
    )
    version: PolicyVersion | None = strawberry.field(
        description="The version published (or shadowed); null when refused."
    )
    errors: list[PolicyError]


@strawberry.input
class PolicyShadowStopInput:
    id: strawberry.ID = strawberry.field(description="The policy.")


@strawberry.type
class PolicyShadowStopPayload:
    policy: Policy | None = strawberry.field(
        description="The policy, now without a shadow version; null when refused."
    )
    errors: list[PolicyError]


@strawberry.input
class PolicySimulateInput:
    source: str | None = strawberry.field(default=None, description="Draft text, or …")
    policy_id: strawberry.ID | None = strawberry.field(default=None, description="… a policy")
    version: int | None = strawberry.field(
        default=None, description="… and its version (default: the latest)."
    )
    order_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Replay these orders (at most 500), or …"
    )
    since: datetime | None = strawberry.field(
        default=None, description="… the orders decided since then (default: the latest 500)."
    )


@strawberry.type
class PolicySimulatePayload:
    simulation: PolicySimulation | None = strawberry.field(
        description="What the text would have done; null when refused."
    )
    errors: list[PolicyError]


def _policy_id(value: str, field: str = "id") -> UUID:
    found = row_id(value, "Policy")
    if found is None:
        raise DomainError(PolicyErrorCode.POLICY_NOT_FOUND, field)
    return found


def _rejected_at(error: DomainError, locale: str) -> list[PolicyDiagnostic]:
    found = error.diagnostics if isinstance(error, SourceRejected) else ()
    return [PolicyDiagnostic.of(d, locale) for d in found]


@strawberry.type
class DispatchMutation:
    @strawberry.mutation(
        description="Check policy text: positioned diagnostics, and the examples' results."
    )
    @refusals(
        PolicyValidatePayload, policy_errors, valid=False, diagnostics=[], policies=[], examples=[]
    )
    async def policy_validate(
        self, info: strawberry.Info[Context, None], input: PolicyValidateInput
    ) -> PolicyValidatePayload:
        functions = functions_of(info.context)
        checked = await policies.check_source_async(input.source, functions)
        return PolicyValidatePayload(
            valid=checked.ok,
            diagnostics=[PolicyDiagnostic.of(d, info.context.locale) for d in checked.diagnostics],
            policies=checked.policies,
            examples=[PolicyExampleResult.of(r) for r in checked.examples],
            errors=[],
        )

    @strawberry.mutation(
        description="Save text as a new immutable version (a draft); refused with positioned "
        "errors when it does not compile. Examples run and are reported."
    )
    @refusals(
        PolicySavePayload,
        policy_errors,
        created=False,
        diagnostics=_rejected_at,
        examples=[],
    )
    async def policy_save(
        self, info: strawberry.Info[Context, None], input: PolicySaveInput
    ) -> PolicySavePayload:
        context = info.context
        author = context.actor.user_id
        saved = await policies.save_version(
            input.name,
            input.source,
            functions=functions_of(context),
            author=UUID(author) if author else None,
            note=input.note,
        )
        return PolicySavePayload(
            version=PolicyVersion.of(saved.version),
            created=saved.created,
            diagnostics=[PolicyDiagnostic.of(d, context.locale) for d in saved.warnings],
            examples=[PolicyExampleResult.of(r) for r in saved.examples],
            errors=[],
        )

    @strawberry.mutation(
        description="Activate a version (the previous one retires; an older one rolls back), "
        "or with shadow: true evaluate it beside the active one on live orders."
    )
    @refusals(PolicyPublishPayload, policy_errors)
    async def policy_publish(
        self, info: strawberry.Info[Context, None], input: PolicyPublishInput
    ) -> PolicyPublishPayload:
        context = info.context
        policy_id = _policy_id(input.id)
        version = await policies.publish_version(
            policy_id,
            input.version,
            functions=functions_of(context),
            shadow=input.shadow,
        )
        policy = await get_policy(policy_id)
        return PolicyPublishPayload(
            policy=Policy.of(policy), version=PolicyVersion.of(version), errors=[]
        )

    @strawberry.mutation(description="Stop evaluating the policy's shadow version.")
    @refusals(PolicyShadowStopPayload, policy_errors)
    async def policy_shadow_stop(
        self, info: strawberry.Info[Context, None], input: PolicyShadowStopInput
    ) -> PolicyShadowStopPayload:
        policy = await policies.stop_shadow(_policy_id(input.id))
        return PolicyShadowStopPayload(policy=Policy.of(policy), errors=[])

    @strawberry.mutation(
        description="Replay a draft over past orders with the staff state recorded at "
        "decision time: what it would choose, why, and the KPIs beside what happened. "
        "Writes nothing."
    )
    @refusals(PolicySimulatePayload, policy_errors)
    async def policy_simulate(
        self, info: strawberry.Info[Context, None], input: PolicySimulateInput
    ) -> PolicySimulatePayload:
        context = info.context
        order_ids = None
        if input.order_ids is not None:
            order_ids = []
            for value in input.order_ids:
                order = row_id(value, "Order")
                if order is None:
                    raise DomainError(PolicyErrorCode.ORDER_NOT_FOUND, "orderIds", order=value)
                order_ids.append(order)
        result = await simulation.simulate(
            functions=functions_of(context),
            zone=context.runtime.settings.zone,
            source=input.source,
            policy_id=None if input.policy_id is None else _policy_id(input.policy_id, "policyId"),
            version=input.version,
            order_ids=order_ids,
            since=input.since,
        )
        return PolicySimulatePayload(simulation=PolicySimulation.of(result), errors=[])
