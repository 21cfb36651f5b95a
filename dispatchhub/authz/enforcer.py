"""The Casbin enforcer: deny by default, roles inherited, GraphQL coordinates as objects."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

import casbin

__all__ = ["ANONYMOUS", "Actor", "create_enforcer", "is_allowed"]

ANONYMOUS = "anonymous"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is calling: a user id (None when signed out) and the roles it holds."""

    user_id: str | None = None
    roles: tuple[str, ...] = (ANONYMOUS,)

    @property
    def subject(self) -> str:
        """The Casbin subject: the user id, or the anonymous role."""
        return self.user_id or ANONYMOUS


def create_enforcer() -> casbin.Enforcer:
    """An enforcer with the shipped model and default policy."""
    model = str(files("dispatchhub.authz") / "model.conf")
    policy = str(files("dispatchhub.authz") / "default_policy.csv")
    return casbin.Enforcer(model, policy)


def is_allowed(enforcer: casbin.Enforcer, actor: Actor, obj: str, act: str) -> bool:
    """Whether any of the actor's roles (or the user itself) may ``act`` on ``obj``."""
    if actor.user_id is not None and enforcer.enforce(actor.user_id, obj, act):
        return True
    return any(enforcer.enforce(role, obj, act) for role in actor.roles)
