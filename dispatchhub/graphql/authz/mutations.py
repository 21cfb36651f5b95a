"""Mutations on roles and policy rules (admins; every change audited)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from uuid import UUID

import strawberry

from dispatchhub.authz import service
from dispatchhub.authz.errors import AuthzErrorCode
from dispatchhub.errors import DomainError
from dispatchhub.graphql.authz.types import AuthzError, PolicyRuleType, RoleType
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.refusals import refusals
from dispatchhub.graphql.users.mutations.admin import user_uuid
from dispatchhub.users import accounts

__all__ = ["AuthzMutation"]


def _actor(info: strawberry.Info[Context, None]) -> UUID | None:
    user_id = info.context.actor.user_id
    return UUID(user_id) if user_id else None


def _user(global_id: str) -> UUID:
    try:
        return user_uuid(global_id, field="user_id")
    except DomainError:
        raise DomainError(AuthzErrorCode.USER_NOT_FOUND, "user_id") from None


async def _change_roles(
    info: strawberry.Info[Context, None],
    change: Callable[..., Awaitable[list[str]]],
    user: str,
    role: str,
) -> list[str]:
    """Assign or revoke: the user's roles afterwards."""
    user_id = _user(user)
    return await change(
        info.context.enforcer,
        actor_id=_actor(info),
        user_id=user_id,
        user_known=await accounts.user_exists(user_id),
        role=role,
    )


@strawberry.input
class RoleAssignInput:
    user_id: strawberry.ID = strawberry.field(description="The user: a global ID or row id.")
    role: str = strawberry.field(description="The role's name.")


@strawberry.type
class RoleAssignPayload:
    roles: list[str] | None = strawberry.field(description="The user's roles afterwards.")
    errors: list[AuthzError]


@strawberry.input
class RoleRevokeInput:
    user_id: strawberry.ID = strawberry.field(description="The user: a global ID or row id.")
    role: str = strawberry.field(description="The role's name.")


@strawberry.type
class RoleRevokePayload:
    roles: list[str] | None = strawberry.field(description="The user's roles afterwards.")
    errors: list[AuthzError]


@strawberry.input
class RoleCreateInput:
    name: str = strawberry.field(description="2–40 lower-case letters, digits, underscores.")
    inherits: list[str] = strawberry.field(
        default_factory=list, description="Roles whose permissions it gets; default authenticated."
    )


@strawberry.type
class RoleCreatePayload:
    role: RoleType | None = strawberry.field(description="The new role; null when refused.")
    errors: list[AuthzError]


@strawberry.input
class PolicyRuleInput:
    subject: str = strawberry.field(description="A role name.")
    object: str = strawberry.field(description="Query.x, Mutation.x, a type, or Type.field.")
    action: str = strawberry.field(description="call, read, or read:<relation>.")


@strawberry.type
class PolicyRuleAddPayload:
    rule: PolicyRuleType | None = strawberry.field(description="The rule added; null when refused.")
    errors: list[AuthzError]


@strawberry.type
class PolicyRuleRemovePayload:
    errors: list[AuthzError]


@strawberry.type
class AuthzMutation:
    @strawberry.mutation(description="Grant a role to a user; audited.")
    @refusals(RoleAssignPayload, AuthzError)
    async def role_assign(
        self, info: strawberry.Info[Context, None], input: RoleAssignInput
    ) -> RoleAssignPayload:
        roles = await _change_roles(info, service.assign_role, input.user_id, input.role)
        return RoleAssignPayload(roles=roles, errors=[])

    @strawberry.mutation(description="Take a role away from a user; audited.")
    @refusals(RoleRevokePayload, AuthzError)
    async def role_revoke(
        self, info: strawberry.Info[Context, None], input: RoleRevokeInput
    ) -> RoleRevokePayload:
        roles = await _change_roles(info, service.revoke_role, input.user_id, input.role)
        return RoleRevokePayload(roles=roles, errors=[])

    @strawberry.mutation(description="Define a new role that inherits existing ones; audited.")
    @refusals(RoleCreatePayload, AuthzError)
    async def role_create(
        self, info: strawberry.Info[Context, None], input: RoleCreateInput
    ) -> RoleCreatePayload:
        context = info.context
        role = await service.define_role(
            context.enforcer, actor_id=_actor(info), name=input.name, inherits=input.inherits
        )
        return RoleCreatePayload(role=RoleType.of(role), errors=[])

    @strawberry.mutation(description="Allow a role something; takes effect on every instance.")
    @refusals(PolicyRuleAddPayload, AuthzError)
    async def policy_rule_add(
        self, info: strawberry.Info[Context, None], input: PolicyRuleInput
    ) -> PolicyRuleAddPayload:
        context = info.context
        rule = await service.add_rule(
            context.enforcer,
            actor_id=_actor(info),
            subject=input.subject,
            obj=input.object,
            action=input.action,
        )
        return PolicyRuleAddPayload(rule=PolicyRuleType.of(rule), errors=[])

    @strawberry.mutation(description="Remove a rule an admin added (shipped rules stay).")
    @refusals(PolicyRuleRemovePayload, AuthzError)
    async def policy_rule_remove(
        self, info: strawberry.Info[Context, None], input: PolicyRuleInput
    ) -> PolicyRuleRemovePayload:
        context = info.context
        await service.remove_rule(
            context.enforcer,
            actor_id=_actor(info),
            subject=input.subject,
            obj=input.object,
            action=input.action,
        )
        return PolicyRuleRemovePayload(errors=[])
