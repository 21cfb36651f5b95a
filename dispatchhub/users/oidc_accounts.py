"""From verified OIDC claims to a signed-in dispatchhub user.

An identity is the provider's issuer plus its subject, nothing else: the same e-mail at
another provider, or at the same provider under another subject, is another identity and
gets its own account. An e-mail never links an identity to an existing account — anyone can
claim any address at a provider they control, and "verified" only means verified by *that*
provider. A new account takes the e-mail as its own only when the provider says it is
verified and no other account uses it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import casbin

from dispatchhub import db
from dispatchhub.config import Settings
from dispatchhub.errors import DomainError
from dispatchhub.users.identifiers import normalise_email
from dispatchhub.users.oidc_errors import ExternalLoginErrorCode
from dispatchhub.users.sessions import TokenPair, start_session
from dispatchhub.users.tables import ExternalIdentity, User

__all__ = ["SignedIn", "identity_key", "needs_profile", "sign_in"]

log = logging.getLogger(__name__)

NEW_ACCOUNT_ROLE = "customer"
FALLBACK_NAME = "第三方用户 External user"
_PROFILE_CLAIMS = ("name", "email")


@dataclass(frozen=True, slots=True)
class SignedIn:
    """The session of the user an identity belongs to."""

    tokens: TokenPair
    new_account: bool


class _IdentityTaken(Exception):
    """Another sign-in created the same identity first; ours rolls back and retries."""


def identity_key(issuer: str, subject: str) -> str:
    """The stored key of an identity: issuer and subject (an issuer URL has no spaces)."""
    return f"{issuer} {subject}"


async def _owner(key: str) -> UUID | None:
    row = await (
        ExternalIdentity.select(ExternalIdentity.user)
        .where(ExternalIdentity.issuer_subject == key)
        .first()
    )
    return None if row is None else UUID(str(row["user"]))


async def needs_profile(issuer: str, claims: Mapping[str, Any]) -> bool:
    """Whether this is a new identity whose ID token lacks the name or e-mail, so the
    userinfo endpoint is worth asking before :func:`sign_in` creates the account."""
    if any(claim not in claims for claim in _PROFILE_CLAIMS):
        return await _owner(identity_key(issuer, claims["sub"])) is None
    return False


async def sign_in(
    settings: Settings,
    enforcer: casbin.AsyncEnforcer,
    *,
    issuer: str,
    claims: Mapping[str, Any],
    client_address: str,
) -> SignedIn:
    """Start a session for the owner of identity (issuer, ``claims["sub"]``), creating a
    customer account for a new identity.

    Args:
        settings: signs the tokens.
        enforcer: grants the new account its role.
        issuer: the provider's issuer, as validated in the ID token.
        claims: validated ID-token claims, merged with userinfo claims for the same subject.
        client_address: kept with the session.

    Raises:
        DomainError: ``ACCOUNT_DISABLED`` when the identity's account is not active.
    """
    key = identity_key(issuer, str(claims["sub"]))
    for _ in range(2):
        owner = await _owner(key)
        try:
            async with db.write():
                if owner is not None:
                    return SignedIn(await _existing(settings, owner, client_address), False)
                user_id = await _create(enforcer, key, claims)
                tokens = await start_session(settings, user_id, client_address=client_address)
        except _IdentityTaken:
            continue
        log.info("new account %s from external identity at %s", user_id, issuer)
        return SignedIn(tokens, True)
    raise RuntimeError(f"identity {key!r} neither found nor created")


async def _existing(settings: Settings, user_id: UUID, client_address: str) -> TokenPair:
    status = await User.select(User.status).where(User.id == user_id).first()
    if status is None or status["status"] != "ACTIVE":
        raise DomainError(ExternalLoginErrorCode.ACCOUNT_DISABLED, None)
    return await start_session(settings, user_id, client_address=client_address)


async def _create(enforcer: casbin.AsyncEnforcer, key: str, claims: Mapping[str, Any]) -> UUID:
    email = _email(claims)
    own_email = None
    if email and claims.get("email_verified") in (True, "true"):
        taken = await User.exists().where(User.email == email)
        own_email = None if taken else email
    user = User(name=_name(claims, email), email=own_email)
    await user.save()
    user_id = UUID(str(user.id))
    # ON CONFLICT: a concurrent first sign-in of the same identity waits on the unique key
    # and then inserts nothing, so exactly one account is created.
    inserted = await (
        ExternalIdentity.insert(ExternalIdentity(user=user_id, issuer_subject=key, email=email))
        .on_conflict(action="DO NOTHING")
        .returning(ExternalIdentity.id)
    )
    if not inserted:
        raise _IdentityTaken(key)
    await enforcer.add_role_for_user(str(user_id), NEW_ACCOUNT_ROLE)
    return user_id


def _email(claims: Mapping[str, Any]) -> str | None:
    raw = claims.get("email")
    if not isinstance(raw, str) or not raw:
        return None
    try:
        return normalise_email(raw, field="email")
    except DomainError:
        return None


def _name(claims: Mapping[str, Any], email: str | None) -> str:
    given = " ".join(
        str(claims[part]) for part in ("given_name", "family_name") if claims.get(part)
    )
    for candidate in (
        claims.get("name"),
        claims.get("preferred_username"),
        claims.get("nickname"),
        given,
        email.split("@")[0] if email else None,
    ):
        if isinstance(candidate, str) and candidate.strip():
            return candidate.strip()[:100]
    return FALLBACK_NAME
