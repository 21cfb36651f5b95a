"""Deny by default: every root field and every sensitive field goes through Casbin.

The guard is a schema extension, so a new query, mutation or subscription is refused until
the policy names it; nobody has to remember a decorator. Object fields are public to whoever
may fetch the object, except the ones listed in :data:`SENSITIVE_FIELDS`, which need a
``read`` rule of their own — or a ``read:<relation>`` rule whose relation holds between the
caller and the object (``read:self`` for one's own account; see
:mod:`dispatchhub.authz.ownership`).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, NoReturn

from graphql import GraphQLResolveInfo
from strawberry.extensions import SchemaExtension

from dispatchhub.authz.enforcer import is_allowed
from dispatchhub.authz.ownership import Relation, granted_relations, holds_any
from dispatchhub.graphql.errors import NotAuthenticated, PermissionDenied

__all__ = ["ROOT_TYPES", "SENSITIVE_FIELDS", "CasbinGuard"]

ROOT_TYPES = frozenset({"Query", "Mutation", "Subscription"})
SENSITIVE_FIELDS = frozenset(
    {
        "ServerInfo.plugins",
        "User.phone",
        "User.email",
        "User.roles",
        "User.staffProfile",
    }
)
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
        elif (coordinate := f"{parent}.{info.field_name}") in SENSITIVE_FIELDS:
            context = info.context
            if not is_allowed(context.enforcer, context.actor, coordinate, "read"):
                checks = granted_relations(context.enforcer, context.actor, coordinate, "read")
                if not checks:
                    _deny(info, coordinate)
                return _when_related(checks, coordinate, _next, root, info, *args, **kwargs)
        return _next(root, info, *args, **kwargs)


async def _when_related(
    checks: list[Relation],
    coordinate: str,
    _next: Callable[..., Any],
    root: Any,
    info: GraphQLResolveInfo[Any],
    *args: Any,
    **kwargs: Any,
) -> Any:
    if not await holds_any(checks, info.context.actor, root):
        _deny(info, coordinate)
    result = _next(root, info, *args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


def _check(info: GraphQLResolveInfo[Any], obj: str, act: str) -> None:
    context = info.context
    if not is_allowed(context.enforcer, context.actor, obj, act):
        _deny(info, obj)


def _deny(info: GraphQLResolveInfo[Any], obj: str) -> NoReturn:
    context = info.context
    if context.actor.user_id is None:
        raise NotAuthenticated(context.auth_problem or f"Sign in to use {obj}.")
    raise PermissionDenied(f"Your role does not allow {obj}.")
