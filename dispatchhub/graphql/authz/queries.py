"""Roles and policy rules, as admins read them."""

from __future__ import annotations

from typing import Annotated

import strawberry

from dispatchhub.authz import audit, service
from dispatchhub.graphql.authz.types import AuditEntryType, PolicyRuleType, RoleType
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

    @strawberry.field(
        description="The audit trail of roles, rules and security settings, newest first."
    )
    async def audit_log(
        self,
        first: Annotated[int, strawberry.argument(description="At most this many, 1..500.")] = 50,
        action: Annotated[
            str | None,
            strawberry.argument(description="Only actions starting with this, e.g. policy_rule."),
        ] = None,
    ) -> list[AuditEntryType]:
        return [AuditEntryType.of(entry) for entry in await audit.entries(first, action)]
