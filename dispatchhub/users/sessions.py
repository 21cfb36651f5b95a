"""Sign-in sessions: a short-lived access token plus a rotating refresh token.

Every way of signing in (password, code, third-party login) ends in :func:`start_session`
once it knows the user. A session is a *family* of refresh tokens: :func:`refresh_session`
replaces the presented token with a new one of the same family, and presenting a replaced
token again — a copy in someone else's hands racing its owner — revokes the whole family.
:func:`end_all_sessions` (password reset, account disabled) voids every access token by
bumping the user's ``token_generation`` and revokes every family.

Refresh tokens are opaque random strings stored only as a keyed hash.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

from dispatchhub import db, live
from dispatchhub.config import Settings
from dispatchhub.errors import DomainError
from dispatchhub.outbox.service import now
from dispatchhub.users.errors import UsersErrorCode
from dispatchhub.users.tables import RefreshToken, User
from dispatchhub.users.tokens import ACCESS_TTL, issue_access_token

__all__ = [
    "REFRESH_TTL",
    "SESSIONS_ENDED",
    "TokenPair",
    "end_all_sessions",
    "end_session",
    "refresh_session",
    "start_session",
]

# The absolute lifetime of a session: rotation never extends it (ASVS 7.3.2).
REFRESH_TTL = timedelta(days=30)
# The live message sent when every session of a user ends (its subject is the user id).
SESSIONS_ENDED = "SESSIONS_ENDED"


@dataclass(frozen=True, slots=True)
class TokenPair:
    """What a successful sign-in or refresh hands the client."""

    user_id: UUID
    access_token: str
    access_expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime


def _hash(settings: Settings, token: str) -> str:
    return hmac.new(settings.secret_key.encode(), token.encode(), hashlib.sha256).hexdigest()


async def start_session(settings: Settings, user_id: UUID, *, client_address: str) -> TokenPair:
    """Sign ``user_id`` in: a new refresh-token family and an access token.

    Call it only after the caller has proven who it is (password, code, OIDC callback). It
    joins the caller's :func:`dispatchhub.db.write` transaction when there is one.

    Args:
        settings: signs the access token and keys the refresh-token hash.
        user_id: an existing, active user.
        client_address: the caller's IP address, kept with the session for audits.

    Returns:
        The tokens to hand to the client.

    Raises:
        DomainError: ``INVALID_REFRESH_TOKEN`` when the user does not exist or is not active.
    """
    async with db.write():
        generation = await _active_generation(user_id)
        return await _issue(
            settings, user_id, generation, uuid4(), now() + REFRESH_TTL, client_address
        )


async def refresh_session(
    settings: Settings, refresh_token: str, *, client_address: str
) -> TokenPair:
    """Rotate ``refresh_token``: a new pair of the same family; the old token is spent.

    Raises:
        DomainError: ``INVALID_REFRESH_TOKEN`` for an unknown, expired, revoked or reused
            token (reuse also revokes the whole family, so the legitimate holder's newer
            token stops working too and they have to sign in again).
    """
    token_hash = _hash(settings, refresh_token)
    reused = False
    async with db.write():
        row = await RefreshToken.objects().where(RefreshToken.token_hash == token_hash).first()
        if row is None or row.expires_at <= now():
            raise DomainError(UsersErrorCode.INVALID_REFRESH_TOKEN, "refresh_token")
        # Claim the token with a conditional update: of two concurrent refreshes with the same
        # token exactly one wins, and the other is treated as the reuse it looks like.
        claimed = await (
            RefreshToken.update({RefreshToken.rotated_at: now()})
            .where(
                (RefreshToken.id == row.id)
                & RefreshToken.rotated_at.is_null()
                & RefreshToken.revoked_at.is_null()
            )
            .returning(RefreshToken.id)
        )
        if not claimed:
            reused = True
            await _revoke(RefreshToken.family == row.family)
        else:
            user_id = UUID(str(row.user))
            try:
                generation = await _active_generation(user_id)
            except DomainError:
                reused = True  # not reuse, but the same outcome: end the family, refuse
                await _revoke(RefreshToken.family == row.family)
            else:
                return await _issue(
                    settings, user_id, generation, row.family, row.expires_at, client_address
                )
    # Raised after the transaction so that the family's revocation is committed.
    assert reused
    raise DomainError(UsersErrorCode.INVALID_REFRESH_TOKEN, "refresh_token")


async def end_session(settings: Settings, refresh_token: str) -> None:
    """Sign out one session: revoke the family of ``refresh_token`` (unknown tokens are
    ignored, so signing out twice is harmless). Access tokens already issued run out
    within :data:`~dispatchhub.users.tokens.ACCESS_TTL`."""
    row = await (
        RefreshToken.select(RefreshToken.family)
        .where(RefreshToken.token_hash == _hash(settings, refresh_token))
        .first()
    )
    if row is not None:
        await _revoke(RefreshToken.family == row["family"])


async def end_all_sessions(user_id: UUID) -> None:
    """Void every access token and refresh token of ``user_id`` (password reset, disable).

    Joins the caller's transaction, so the revocation commits with the change that caused it;
    once it has, every process closes the user's open WebSockets (``SESSIONS_ENDED``).
    """
    async with db.write():
        await User.update({User.token_generation: User.token_generation + 1}).where(
            User.id == user_id
        )
        await _revoke(RefreshToken.user == user_id)
        live.publish(SESSIONS_ENDED, user_id)


async def _active_generation(user_id: UUID) -> int:
    user = await User.select(User.status, User.token_generation).where(User.id == user_id).first()
    if user is None or user["status"] != "ACTIVE":
        raise DomainError(UsersErrorCode.INVALID_REFRESH_TOKEN, "refresh_token")
    generation: int = user["token_generation"]
    return generation


async def _revoke(where: Any) -> None:
    await RefreshToken.update({RefreshToken.revoked_at: now()}).where(
        where & RefreshToken.revoked_at.is_null()
    )


async def _issue(
    settings: Settings,
    user_id: UUID,
    generation: int,
    family: UUID,
    expires_at: datetime,
    client_address: str,
) -> TokenPair:
    refresh = secrets.token_urlsafe(32)
    await RefreshToken.insert(
        RefreshToken(
            user=user_id,
            family=family,
            token_hash=_hash(settings, refresh),
            expires_at=expires_at,
            client_address=client_address[:64],
        )
    )
    return TokenPair(
        user_id=user_id,
        access_token=issue_access_token(settings, user_id, generation),
        access_expires_at=now() + ACCESS_TTL,
        refresh_token=refresh,
        refresh_expires_at=expires_at,
    )
