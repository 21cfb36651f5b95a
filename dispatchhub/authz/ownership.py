"""Ownership conditions: policy rules that hold only for the caller's own objects.

A rule's action is either plain (``read``: any object of the kind) or qualified by a
relation (``read:self``, ``read:assignee``): it then holds only where the relation between
the caller and that object is true. Casbin decides whether the caller's roles grant the
qualified action; the relation's check, registered here by the domain that owns the type,
decides whether this object qualifies::

    p, dispatcher, User.phone, read          # a dispatcher reads every user's phone
    p, authenticated, User.phone, read:self  # everyone reads their own
    p, staff, Booking.address, read:assignee # staff read the address of their own jobs

The same check serves ``node(id:)`` (object ``User``) and sensitive fields (``User.phone``).
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

import casbin

from dispatchhub.authz.enforcer import Actor, is_allowed

__all__ = [
    "Relation",
    "granted_relations",
    "holds_any",
    "may",
    "register_relation",
    "relations_of",
]

Relation = Callable[[Actor, Any], "bool | Awaitable[bool]"]
_RELATIONS: dict[str, dict[str, Relation]] = {}


def register_relation(type_name: str, relation: str, check: Relation) -> None:
    """Declare how to tell whether ``relation`` holds between a caller and an object.

    Args:
        type_name: the GraphQL type the objects are (``User``, ``Booking``).
        relation: its name in policy actions (``self`` → ``read:self``).
        check: ``(actor, obj) -> bool`` or an awaitable of it; ``obj`` is what the GraphQL
            layer resolves for that type. Use a DataLoader when it needs the database.
    """
    _RELATIONS.setdefault(type_name, {})[relation] = check


def relations_of(type_name: str) -> dict[str, Relation]:
    """The relations registered for a type."""
    return dict(_RELATIONS.get(type_name, {}))


def granted_relations(
    enforcer: casbin.AsyncEnforcer, actor: Actor, obj: str, act: str
) -> list[Relation]:
    """The checks under which the policy would let ``actor`` ``act`` on ``obj``."""
    type_name = obj.split(".", 1)[0]
    return [
        check
        for relation, check in _RELATIONS.get(type_name, {}).items()
        if is_allowed(enforcer, actor, obj, f"{act}:{relation}")
    ]


async def may(
    enforcer: casbin.AsyncEnforcer, actor: Actor, obj: str, act: str, instance: Any
) -> bool:
    """Whether ``actor`` may ``act`` on ``obj`` (``Type`` or ``Type.field``) of ``instance``:
    by a plain rule, or by a qualified rule whose relation holds for this instance."""
    if is_allowed(enforcer, actor, obj, act):
        return True
    return await holds_any(granted_relations(enforcer, actor, obj, act), actor, instance)


async def holds_any(checks: list[Relation], actor: Actor, instance: Any) -> bool:
    """Whether any of ``checks`` holds between ``actor`` and ``instance``."""
    for check in checks:
        result = check(actor, instance)
        if inspect.isawaitable(result):
            result = await result
        if result:
            return True
    return False
