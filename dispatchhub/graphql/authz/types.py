"""Roles, policy rules and their error type."""

from __future__ import annotations

from datetime import datetime
from typing import cast

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from dispatchhub.authz.audit import AuditEntry
from dispatchhub.authz.errors import AuthzErrorCode
from dispatchhub.authz.service import PolicyRule, Role
from dispatchhub.graphql.errors import Error

__all__ = ["AuditEntryType", "AuthzError", "PolicyRuleType", "RoleType"]

AuthzErrorCodeEnum = strawberry.enum(AuthzErrorCode, name="AuthzErrorCode")


@strawberry.type
class AuthzError(Error):
    code: AuthzErrorCodeEnum  # type: ignore[valid-type]


@strawberry.type(name="Role", description="A role and the roles whose permissions it inherits.")
class RoleType:
    name: str = strawberry.field(description="The role's name (the Casbin subject).")
    inherits: list[str] = strawberry.field(description="The roles it inherits every rule of.")
    builtin: bool = strawberry.field(description="Ships with the platform.")

    @classmethod
    def of(cls, role: Role) -> RoleType:
        return cls(name=role.name, inherits=list(role.inherits), builtin=role.builtin)


@strawberry.type(
    name="PolicyRule",
    description="Role `subject` may `action` on `object`: `call` a root field such as "
    "Mutation.bookingCreate, `read` a type or sensitive field such as User.phone, or "
    "`read:<relation>` only where the relation holds (read:self — the caller's own).",
)
class PolicyRuleType:
    subject: str = strawberry.field(description="A role name.")
    object: str = strawberry.field(
        description="Query.x, Mutation.x, Subscription.x, a type, or Type.field."
    )
    action: str = strawberry.field(
        description="call, read, or read:<relation> (only where the relation holds)."
    )
    shipped: bool = strawberry.field(description="Ships with the platform; cannot be removed.")

    @classmethod
    def of(cls, rule: PolicyRule) -> PolicyRuleType:
        return cls(subject=rule.subject, object=rule.object, action=rule.action,
                   shipped=rule.shipped)  # fmt: skip


@strawberry.type(name="AuditEntry", description="One audited change (admins).")
class AuditEntryType:
    id: strawberry.ID = strawberry.field(description="The entry's row id.")
    at: datetime = strawberry.field(description="When the change committed.")
    action: str = strawberry.field(
        description="A dotted verb: role.assign, role.revoke, role.create, policy_rule.add …"
    )
    target: str = strawberry.field(description="What changed: a user id, a rule as text, a key.")
    detail: JSON = strawberry.field(description="The change's specifics (before and after).")
    actor_id: strawberry.ID | None = strawberry.field(
        description="The admin's User global ID; null for the platform itself."
    )
    actor_name: str | None = strawberry.field(description="The admin's name; null: the platform.")

    @classmethod
    def of(cls, entry: AuditEntry) -> AuditEntryType:
        actor = entry.actor_id
        return cls(
            id=strawberry.ID(str(entry.id)),
            at=entry.at,
            action=entry.action,
            target=entry.target,
            detail=cast(JSON, entry.detail),
            actor_id=strawberry.ID(str(relay.GlobalID("User", str(actor)))) if actor else None,
            actor_name=entry.actor_name,
        )
