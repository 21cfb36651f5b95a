"""The Casbin enforcer: deny by default, roles inherited, GraphQL coordinates as objects."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

import casbin

from dispatchhub.authz.adapter import PiccoloAdapter
from dispatchhub.authz.watcher import RedisWatcher

__all__ = [
    "ANONYMOUS",
    "AUTHENTICATED",
    "Actor",
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


async def create_enforcer(redis_url: str | None = None) -> casbin.AsyncEnforcer:
    """An enforcer with the shipped model, loaded from the shipped and stored policy.

    Args:
        redis_url: when given, a :class:`~dispatchhub.authz.watcher.RedisWatcher` keeps the
            enforcer in step with changes made by other app instances; close it with
            :func:`close_enforcer`.
    """
    model = str(files("dispatchhub.authz") / "model.conf")
    enforcer = casbin.AsyncEnforcer(model, PiccoloAdapter())
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

    Every signed-in user is ``authenticated`` whether or not a role was granted yet.
    """
    if enforcer.enforce(actor.subject, obj, act):
        return True
    return actor.user_id is not None and bool(enforcer.enforce(AUTHENTICATED, obj, act))
