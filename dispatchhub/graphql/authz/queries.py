"""Roles and policy rules, as admins read them."""

from __future__ import annotations

import strawberry

from dispatchhub.authz import service
from dispatchhub.graphql.authz.types import PolicyRuleType, RoleType
from dispatchhub.graphql.context import Context

__all__ = ["AuthzQuery"]


@strawberry.type
class AuthzQuery:
    @strawberry.field(description="Every role, built-in and defined by admins.")
    def roles(self, info: strawberry.Info[Context, None]) -> list[RoleType]:
        return [RoleType.of(role) for role in service.list_roles(info.context.enforcer)]

    @strawberry.field(description="Every permission rule in force, shipped and added.")
    def policy_rules(self, info: strawberry.Info[Context, None]) -> list[PolicyRuleType]:
        return [PolicyRuleType.of(rule) for rule in service.list_rules(info.context.enforcer)]
