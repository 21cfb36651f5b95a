"""The Casbin enforcer: deny by default, roles inherited, GraphQL coordinates as objects."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

import casbin

from dispatchhub.authz.adapter import PiccoloAdapter

__all__ = ["ANONYMOUS", "AUTHENTICATED", "Actor", "create_enforcer", "is_allowed"]

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


async def create_enforcer() -> casbin.AsyncEnforcer:
    """An enforcer with the shipped model, loaded from the shipped and stored policy."""
    model = str(files("dispatchhub.authz") / "model.conf")
    enforcer = casbin.AsyncEnforcer(model, PiccoloAdapter())
    await enforcer.load_policy()
    return enforcer


def is_allowed(enforcer: casbin.AsyncEnforcer, actor: Actor, obj: str, act: str) -> bool:
    """Whether the actor (through its roles, inherited ones included) may ``act`` on ``obj``.

    Every signed-in user is ``authenticated`` whether or not a role was granted yet.
    """
    if enforcer.enforce(actor.subject, obj, act):
        return True
    return actor.user_id is not None and bool(enforcer.enforce(AUTHENTICATED, obj, act))
