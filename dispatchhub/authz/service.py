"""Managing roles and policy rules: validated, stored, audited, announced to other instances.

Roles live in Casbin as grouping rules (``g, user-or-role, role``); the built-in ones ship in
``policies/roles.csv``, admins define more by naming what they inherit. Permission rules
(``p, role, Type.field, action``) ship per domain in ``policies/*.csv``; admins add and
remove their own. Every change writes an :class:`~dispatchhub.authz.tables.AuditLog` entry
in the same transaction.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, nullcontext
from dataclasses import dataclass
from uuid import UUID

import casbin

from dispatchhub import db
from dispatchhub.authz.adapter import shipped_policy
from dispatchhub.authz.audit import record
from dispatchhub.authz.enforcer import ANONYMOUS, AUTHENTICATED
from dispatchhub.authz.errors import AuthzErrorCode
from dispatchhub.authz.watcher import RedisWatcher
from dispatchhub.errors import DomainError

__all__ = [
    "role_holders",
    "ACTIONS",
    "BUILTIN_ROLES",
    "PolicyRule",
    "Role",
    "add_rule",
    "assign_role",
    "define_role",
    "list_roles",
    "list_rules",
    "remove_rule",
    "revoke_role",
]

BUILTIN_ROLES = ("anonymous", "authenticated", "customer", "staff", "supervisor", "dispatcher",
                 "admin")  # fmt: skip
# Given to everyone automatically; granting them to a user would mean nothing.
_IMPLICIT = frozenset({ANONYMOUS, AUTHENTICATED})
ROLE_NAME = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
OBJECT = re.compile(r"^[A-Z][A-Za-z0-9]*(\.([a-z][A-Za-z0-9]*|\*))?$")
ACTIONS = re.compile(r"^(call|read)(:[a-z][a-z0-9_]*)?$")


@dataclass(frozen=True, slots=True)
class Role:
    """A role, the roles it inherits, and whether it ships with the platform."""

    name: str
    inherits: tuple[str, ...]
    builtin: bool


@dataclass(frozen=True, slots=True)
class PolicyRule:
    """A permission: ``subject`` (a role) may ``action`` on ``object``."""

    subject: str
    object: str
    action: str
    shipped: bool


def list_roles(enforcer: casbin.AsyncEnforcer) -> list[Role]:
    """Every role: the built-in ones first, then those admins defined, by name."""
    parents: dict[str, list[str]] = {name: [] for name in BUILTIN_ROLES}
    for child, parent, *_ in enforcer.get_grouping_policy():
        if ROLE_NAME.match(child):
            parents.setdefault(child, []).append(parent)
            parents.setdefault(parent, [])
    order = {name: i for i, name in enumerate(BUILTIN_ROLES)}
    names = sorted(parents, key=lambda n: (order.get(n, len(order)), n))
    return [Role(n, tuple(sorted(parents[n])), n in order) for n in names]


def role_exists(enforcer: casbin.AsyncEnforcer, role: str) -> bool:
    """Whether ``role`` is a built-in role or one an admin defined."""
    return any(r.name == role for r in list_roles(enforcer))


@asynccontextmanager
async def _changing(enforcer: casbin.AsyncEnforcer) -> AsyncIterator[None]:
    # No reload may read the rows while this change is in memory but not yet committed: it
    # would put the old policy back (see dispatchhub.authz.watcher).
    watcher = enforcer.watcher
    async with watcher.lock if isinstance(watcher, RedisWatcher) else nullcontext():
        # Casbin updates its in-memory policy before our transaction commits; if the
        # transaction then fails, reload so memory matches the database again.
        try:
            async with db.write():
                yield
        except BaseException:
            await enforcer.load_policy()
            raise


async def define_role(
    enforcer: casbin.AsyncEnforcer, *, actor_id: UUID | None, name: str, inherits: list[str]
) -> Role:
    """A new role that inherits every permission of ``inherits`` (at least one role).

    Raises:
        DomainError: ``INVALID_ROLE_NAME``, ``ROLE_EXISTS`` or ``UNKNOWN_ROLE``.
    """
    if not ROLE_NAME.match(name):
        raise DomainError(AuthzErrorCode.INVALID_ROLE_NAME, "name")
    if role_exists(enforcer, name):
        raise DomainError(AuthzErrorCode.ROLE_EXISTS, "name", role=name)
    parents = list(dict.fromkeys(inherits)) or [AUTHENTICATED]
    for parent in parents:
        if not role_exists(enforcer, parent):
            raise DomainError(AuthzErrorCode.UNKNOWN_ROLE, "inherits", role=parent)
    async with _changing(enforcer):
        await record(actor_id, "role.define", name, {"inherits": parents})
        await enforcer.add_grouping_policies([[name, parent] for parent in parents])
    return Role(name, tuple(sorted(parents)), False)


async def assign_role(
    enforcer: casbin.AsyncEnforcer,
    *,
    actor_id: UUID | None,
    user_id: UUID,
    user_known: bool,
    role: str,
) -> list[str]:
    """Grant ``role`` to a user (granting it twice changes nothing); the user's roles.

    Users sit above this domain: the caller says whether ``user_id`` names one
    (``user_known``), and an unknown user is refused after the role's own checks.

    Raises:
        DomainError: ``UNKNOWN_ROLE``, ``ROLE_NOT_ASSIGNABLE`` or ``USER_NOT_FOUND``.
    """
    if role in _IMPLICIT:
        raise DomainError(AuthzErrorCode.ROLE_NOT_ASSIGNABLE, "role", role=role)
    if not role_exists(enforcer, role):
        raise DomainError(AuthzErrorCode.UNKNOWN_ROLE, "role", role=role)
    if not user_known:
        raise DomainError(AuthzErrorCode.USER_NOT_FOUND, "user_id")
    subject = str(user_id)
    if not await enforcer.has_role_for_user(subject, role):
        async with _changing(enforcer):
            await record(actor_id, "role.assign", subject, {"role": role})
            await enforcer.add_role_for_user(subject, role)
    return sorted(await enforcer.get_roles_for_user(subject))


async def revoke_role(
    enforcer: casbin.AsyncEnforcer,
    *,
    actor_id: UUID | None,
    user_id: UUID,
    user_known: bool,
    role: str,
) -> list[str]:
    """Take ``role`` away from a user; the user's remaining roles (``user_known``: as for
    :func:`assign_role`).

    Raises:
        DomainError: ``USER_NOT_FOUND`` or ``CANNOT_REVOKE_OWN_ADMIN`` (an admin locking
            themselves out).
    """
    if not user_known:
        raise DomainError(AuthzErrorCode.USER_NOT_FOUND, "user_id")
    if role == "admin" and actor_id == user_id:
        raise DomainError(AuthzErrorCode.CANNOT_REVOKE_OWN_ADMIN, "role")
    subject = str(user_id)
    if await enforcer.has_role_for_user(subject, role):
        async with _changing(enforcer):
            await record(actor_id, "role.revoke", subject, {"role": role})
            await enforcer.delete_role_for_user(subject, role)
    return sorted(await enforcer.get_roles_for_user(subject))


def list_rules(enforcer: casbin.AsyncEnforcer) -> list[PolicyRule]:
    """Every permission rule in force, shipped and stored, sorted by object then subject."""
    shipped = set(shipped_policy())
    rules = [
        PolicyRule(sub, obj, act, ("p", sub, obj, act) in shipped)
        for sub, obj, act, *_ in enforcer.get_policy()
    ]
    return sorted(rules, key=lambda r: (r.object, r.subject, r.action))


def _validated(enforcer: casbin.AsyncEnforcer, subject: str, obj: str, action: str) -> list[str]:
    if not role_exists(enforcer, subject):
        raise DomainError(AuthzErrorCode.UNKNOWN_ROLE, "subject", role=subject)
    if not OBJECT.match(obj):
        reason = "object is a type or Type.field, such as Mutation.bookingCreate"
        raise DomainError(AuthzErrorCode.INVALID_RULE, "object", reason=reason)
    if not ACTIONS.match(action):
        reason = "action is call, read, or read:<relation>"
        raise DomainError(AuthzErrorCode.INVALID_RULE, "action", reason=reason)
    return [subject, obj, action]


async def add_rule(
    enforcer: casbin.AsyncEnforcer, *, actor_id: UUID | None, subject: str, obj: str, action: str
) -> PolicyRule:
    """Allow role ``subject`` to ``action`` on ``obj``.

    Raises:
        DomainError: ``UNKNOWN_ROLE``, ``INVALID_RULE`` or ``RULE_EXISTS``.
    """
    rule = _validated(enforcer, subject, obj, action)
    if enforcer.has_policy(*rule):
        raise DomainError(AuthzErrorCode.RULE_EXISTS, None)
    async with _changing(enforcer):
        await record(actor_id, "policy_rule.add", ", ".join(rule), {"rule": rule})
        await enforcer.add_policy(*rule)
    return PolicyRule(subject, obj, action, False)


async def remove_rule(
    enforcer: casbin.AsyncEnforcer, *, actor_id: UUID | None, subject: str, obj: str, action: str
) -> None:
    """Remove a rule an admin added.

    Raises:
        DomainError: ``RULE_NOT_FOUND`` or ``RULE_SHIPPED``.
    """
    rule = [subject, obj, action]
    if ("p", *rule) in set(shipped_policy()):
        raise DomainError(AuthzErrorCode.RULE_SHIPPED, None)
    if not enforcer.has_policy(*rule):
        raise DomainError(AuthzErrorCode.RULE_NOT_FOUND, None)
    async with _changing(enforcer):
        await record(actor_id, "policy_rule.remove", ", ".join(rule), {"rule": rule})
        await enforcer.remove_policy(*rule)


async def role_holders(roles: list[str]) -> list[UUID]:
    """Users granted any of ``roles`` directly, each once (grants to roles are skipped)."""
    from dispatchhub.authz.tables import CasbinRule

    rows = await CasbinRule.select(CasbinRule.v0).where(
        (CasbinRule.ptype == "g") & CasbinRule.v1.is_in(roles)
    )
    found: list[UUID] = []
    for row in rows:
        try:
            found.append(UUID(str(row["v0"])))
        except ValueError:
            continue  # a role inheriting a role, not a user
    return list(dict.fromkeys(found))
