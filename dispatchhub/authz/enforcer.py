"""The Casbin enforcer: deny by default, roles inherited, GraphQL coordinates as objects."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import wraps
from importlib.resources import files
from typing import Any, TypeVar, cast

import casbin

from dispatchhub.authz.adapter import PiccoloAdapter
from dispatchhub.authz.watcher import RedisWatcher

__all__ = [
    "ANONYMOUS",
    "AUTHENTICATED",
    "Actor",
    "Enforcer",
    "close_enforcer",
    "create_enforcer",
    "is_allowed",
]

ANONYMOUS = "anonymous"
AUTHENTICATED = "authenticated"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is calling: a user id (None when signed out) and the roles granted to it."""

    user_id: str | None = None
    roles: tuple[str, ...] = (ANONYMOUS,)

    @property
    def subject(self) -> str:
        """The Casbin subject: the user id, or the anonymous role."""
        return self.user_id or ANONYMOUS

    def has_role(self, role: str) -> bool:
        """Whether the role was granted directly (inheritance is the enforcer's business)."""
        return role in self.roles


_Method = TypeVar("_Method", bound=Callable[..., Any])


def _forgets(method: _Method) -> _Method:
    """Wrap a method that changes the policy so that remembered decisions are dropped.

    They are dropped after the change (whether it succeeded or not), so a decision taken
    while the change was under way cannot outlive it.
    """

    @wraps(method)
    async def changing(self: Enforcer, *args: Any, **kwargs: Any) -> Any:
        try:
            return await cast("Callable[..., Awaitable[Any]]", method)(self, *args, **kwargs)
        finally:
            self.forget_decisions()

    return cast("_Method", changing)


def _forgets_sync(method: _Method) -> _Method:
    @wraps(method)
    def changing(self: Enforcer, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        finally:
            self.forget_decisions()

    return cast("_Method", changing)


class Enforcer(casbin.AsyncEnforcer):  # type: ignore[misc]
    """Casbin's enforcer, remembering each decision per (roles, object, action).

    Casbin evaluates its matcher expression on every ``enforce`` call, and a GraphQL
    request asks many times (the root field, every sensitive field of every row of a list,
    the list's filter). The answers only change when the policy does, so they are kept
    until then: every method through which Casbin changes its in-memory policy (adding,
    removing, updating rules and role links, and reloading, which is what the Redis watcher
    triggers when another instance changed a rule) drops them.

    A subject's decision depends only on the rules naming it and on its directly granted
    roles (the matcher's ``g(r.sub, p.sub)`` follows the role links from there), so users
    with the same roles share one remembered decision: the key is the subject itself only
    when a rule names it (a role such as ``anonymous``), else just its roles. At most
    :attr:`MAX_DECISIONS` are kept; past that the memory starts afresh.
    """

    MAX_DECISIONS = 100_000

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._decisions: dict[tuple[str, tuple[str, ...], str, str], bool] = {}
        self._named: frozenset[str] | None = None
        super().__init__(*args, **kwargs)

    def decide(self, subject: str, obj: str, act: str) -> bool:
        """``enforce(subject, obj, act)``, remembered until the policy changes."""
        named = self._named
        if named is None:
            named = self._named = frozenset(rule[0] for rule in self.get_policy())
        roles = tuple(sorted(self.model.model["g"]["g"].rm.get_roles(subject)))
        key = (subject if subject in named else "", roles, obj, act)
        decision = self._decisions.get(key)
        if decision is None:
            if len(self._decisions) >= self.MAX_DECISIONS:
                self._decisions.clear()
            decision = self._decisions[key] = bool(self.enforce(subject, obj, act))
        return decision

    def forget_decisions(self) -> None:
        """Drop every remembered decision (the policy changed)."""
        self._decisions.clear()
        self._named = None

    load_policy = _forgets(casbin.AsyncEnforcer.load_policy)
    load_filtered_policy = _forgets(casbin.AsyncEnforcer.load_filtered_policy)
    load_increment_filtered_policy = _forgets(casbin.AsyncEnforcer.load_increment_filtered_policy)
    _add_policy = _forgets(casbin.AsyncEnforcer._add_policy)
    _add_policies = _forgets(casbin.AsyncEnforcer._add_policies)
    _update_policy = _forgets(casbin.AsyncEnforcer._update_policy)
    _update_policies = _forgets(casbin.AsyncEnforcer._update_policies)
    _update_filtered_policies = _forgets(casbin.AsyncEnforcer._update_filtered_policies)
    _remove_policy = _forgets(casbin.AsyncEnforcer._remove_policy)
    _remove_policies = _forgets(casbin.AsyncEnforcer._remove_policies)
    _remove_filtered_policy = _forgets(casbin.AsyncEnforcer._remove_filtered_policy)
    _remove_filtered_policy_returns_effects = _forgets(
        casbin.AsyncEnforcer._remove_filtered_policy_returns_effects
    )
    clear_policy = _forgets_sync(casbin.AsyncEnforcer.clear_policy)
    build_role_links = _forgets_sync(casbin.AsyncEnforcer.build_role_links)


async def create_enforcer(redis_url: str | None = None) -> casbin.AsyncEnforcer:
    """An enforcer with the shipped model, loaded from the shipped and stored policy.

    Args:
        redis_url: when given, a :class:`~dispatchhub.authz.watcher.RedisWatcher` keeps the
            enforcer in step with changes made by other app instances; close it with
            :func:`close_enforcer`.
    """
    model = str(files("dispatchhub.authz") / "model.conf")
    enforcer = Enforcer(model, PiccoloAdapter())
    await enforcer.load_policy()
    if redis_url:
        watcher = RedisWatcher(redis_url)
        watcher.set_update_callback(enforcer.load_policy)
        await watcher.start()
        enforcer.set_watcher(watcher)
    return enforcer


async def close_enforcer(enforcer: casbin.AsyncEnforcer) -> None:
    """Stop the enforcer's watcher, if it has one."""
    if isinstance(enforcer.watcher, RedisWatcher):
        await enforcer.watcher.close()


def is_allowed(enforcer: casbin.AsyncEnforcer, actor: Actor, obj: str, act: str) -> bool:
    """Whether the actor (through its roles, inherited ones included) may ``act`` on ``obj``.

    Every signed-in user is ``authenticated`` whether or not a role was granted yet. With
    an :class:`Enforcer` the answers are remembered until the policy changes.
    """
    if isinstance(enforcer, Enforcer):
        if enforcer.decide(actor.subject, obj, act):
            return True
        return actor.user_id is not None and enforcer.decide(AUTHENTICATED, obj, act)
    if enforcer.enforce(actor.subject, obj, act):
        return True
    return actor.user_id is not None and bool(enforcer.enforce(AUTHENTICATED, obj, act))
