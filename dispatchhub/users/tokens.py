"""Short-lived access tokens: HS256 JWTs (joserfc) with issuer, audience and expiry checked.

A token names its user and the user's ``token_generation``; bumping the generation (password
reset, account disabled) voids every token issued before, without a deny-list.
"""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import OctKey

from dispatchhub.config import Settings
from dispatchhub.outbox.service import now

__all__ = ["ACCESS_TTL", "AccessClaims", "issue_access_token", "read_access_token"]

ACCESS_TTL = timedelta(minutes=15)
ISSUER = "dispatchhub"
AUDIENCE = "dispatchhub-api"
ALGORITHMS = ("HS256",)  # the allow-list: "none" and key-confusion algorithms are refused


@dataclass(frozen=True, slots=True)
class AccessClaims:
    """What a valid access token says."""

    user_id: UUID
    generation: int
    expires_at: datetime


def _key(settings: Settings) -> OctKey:
    return _imported(settings.secret_key)


@functools.lru_cache(maxsize=4)
def _imported(secret: str) -> OctKey:
    # importing the key costs as much as checking a signature: once per secret, not per request
    return OctKey.import_key(secret)


def issue_access_token(settings: Settings, user_id: UUID, generation: int) -> str:
    """A signed access token for ``user_id`` valid for :data:`ACCESS_TTL`."""
    issued = int(now().timestamp())
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": str(user_id),
        "gen": generation,
        "iat": issued,
        "exp": issued + int(ACCESS_TTL.total_seconds()),
        "jti": secrets.token_urlsafe(12),
    }
    return jwt.encode({"alg": ALGORITHMS[0], "typ": "JWT"}, claims, _key(settings))


def read_access_token(settings: Settings, token: str) -> AccessClaims | None:
    """The claims of a valid token; None for a bad signature, algorithm, issuer, audience,
    expiry or shape."""
    try:
        decoded = jwt.decode(token, _key(settings), algorithms=list(ALGORITHMS))
        jwt.JWTClaimsRegistry(
            iss={"essential": True, "value": ISSUER},
            aud={"essential": True, "value": AUDIENCE},
            exp={"essential": True},
            sub={"essential": True},
        ).validate(decoded.claims)
        return AccessClaims(
            UUID(decoded.claims["sub"]),
            int(decoded.claims["gen"]),
            datetime.fromtimestamp(int(decoded.claims["exp"]), UTC),
        )
    except (JoseError, KeyError, TypeError, ValueError):
        return None
