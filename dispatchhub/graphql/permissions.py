"""Deny by default: every root field and every sensitive field goes through Casbin.

The guard is a schema extension, so a new query, mutation or subscription is refused until
the policy names it; nobody has to remember a decorator. Object fields are public to whoever
may fetch the object, except the ones listed in :data:`SENSITIVE_FIELDS`, which need a
``read`` rule of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphql import GraphQLResolveInfo
from strawberry.extensions import SchemaExtension

from dispatchhub.authz.enforcer import is_allowed
from dispatchhub.graphql.errors import NotAuthenticated, PermissionDenied

__all__ = ["ROOT_TYPES", "SENSITIVE_FIELDS", "CasbinGuard"]

ROOT_TYPES = frozenset({"Query", "Mutation", "Subscription"})
SENSITIVE_FIELDS = frozenset({"ServerInfo.plugins"})
_OPEN = frozenset({"__typename", "__schema", "__type"})


class CasbinGuard(SchemaExtension):
    """Check ``(actor, "Type.field", act)`` before a guarded field resolves."""

    def resolve(
        self,
        _next: Callable[..., Any],
        root: Any,
        info: GraphQLResolveInfo[Any],
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        parent = info.parent_type.name
        if parent in ROOT_TYPES and info.field_name not in _OPEN:
            _check(info, f"{parent}.{info.field_name}", "call")
        elif f"{parent}.{info.field_name}" in SENSITIVE_FIELDS:
            _check(info, f"{parent}.{info.field_name}", "read")
        return _next(root, info, *args, **kwargs)


def _check(info: GraphQLResolveInfo[Any], obj: str, act: str) -> None:
    context = info.context
    if is_allowed(context.enforcer, context.actor, obj, act):
        return
    if context.actor.user_id is None:
        raise NotAuthenticated(context.auth_problem or f"Sign in to use {obj}.")
    raise PermissionDenied(f"Your role does not allow {obj}.")
