"""Who is calling: the bearer token of an HTTP request or WebSocket, resolved to an actor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import casbin

from dispatchhub.authz.enforcer import Actor
from dispatchhub.config import Settings
from dispatchhub.users.tables import User
from dispatchhub.users.tokens import read_access_token

__all__ = ["Authentication", "authenticate"]


@dataclass(frozen=True, slots=True)
class Authentication:
    """The actor, and why a presented token was not accepted (None when all was fine).

    Attributes:
        actor: who is calling (anonymous when the token was refused).
        problem: why a presented token was refused.
        revoked: the token was genuine and unexpired, but its sign-in has ended (password
            reset, account disabled, signed out everywhere).
        expires_at: when an accepted token runs out.
    """

    actor: Actor
    problem: str | None = None
    revoked: bool = False
    expires_at: datetime | None = None


async def authenticate(
    settings: Settings, enforcer: casbin.AsyncEnforcer, authorization: str | None
) -> Authentication:
    """Resolve an ``Authorization: Bearer …`` value; no header means anonymous."""
    if not authorization:
        return Authentication(Actor())
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return Authentication(Actor(), "Use an 'Authorization: Bearer <token>' header.")
    claims = read_access_token(settings, token.strip())
    if claims is None:
        return Authentication(Actor(), "The access token is invalid or expired.")
    user = await (
        User.select(User.status, User.token_generation).where(User.id == claims.user_id).first()
    )
    if user is None or user["status"] != "ACTIVE" or user["token_generation"] != claims.generation:
        return Authentication(Actor(), "The access token has been revoked.", revoked=True)
    user_id = str(claims.user_id)
    roles = tuple(await enforcer.get_roles_for_user(user_id)) or ("authenticated",)
    return Authentication(Actor(user_id=user_id, roles=roles), expires_at=claims.expires_at)
