"""Third-party sign-in with OpenID Connect: the authorization-code flow with state, PKCE
and nonce, and what happens when the provider sends the browser back.

:func:`start_login` stores a short-lived :class:`ExternalLoginAttempt` (state, PKCE verifier,
nonce, where to answer) and returns the provider's authorization URL. The attempt is bound
to the browser that asked for it by a random value in an HttpOnly cookie
(:data:`BINDING_COOKIE`), so a callback replayed into somebody else's browser — login CSRF —
finds no attempt. :func:`finish_login` claims the attempt exactly once, exchanges the code
with the verifier, validates the ID token and signs in the identity's owner
(:mod:`dispatchhub.users.oidc_accounts`). Any failure creates nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import casbin

from dispatchhub import db
from dispatchhub.config import Settings
from dispatchhub.errors import DomainError
from dispatchhub.outbox.service import now
from dispatchhub.users import oidc_accounts, oidc_client
from dispatchhub.users.oidc_config import OidcSettings, find_provider
from dispatchhub.users.oidc_errors import ExternalLoginErrorCode
from dispatchhub.users.oidc_tables import ExternalLoginAttempt
from dispatchhub.users.sessions import TokenPair

__all__ = [
    "ATTEMPT_TTL",
    "BINDING_COOKIE",
    "ExternalLogin",
    "ExternalLoginFailed",
    "LoginStart",
    "browser_binding",
    "callback_path",
    "checked_return_to",
    "finish_login",
    "start_login",
]

ATTEMPT_TTL = timedelta(minutes=10)
ATTEMPT_KEEP = timedelta(days=1)
BINDING_COOKIE = "dispatchhub_oidc"
_BINDING = re.compile(r"[A-Za-z0-9_-]{32,64}")


@dataclass(frozen=True, slots=True)
class LoginStart:
    """Where to send the browser, and the binding cookie to set on it."""

    url: str
    state: str
    expires_at: datetime
    browser_binding: str


@dataclass(frozen=True, slots=True)
class ExternalLogin:
    """A finished sign-in: the session, and the front-end page that asked for it."""

    tokens: TokenPair
    new_account: bool
    return_to: str
    state: str


class ExternalLoginFailed(DomainError):
    """A refused callback; ``return_to`` is the front-end page to tell, None when the
    request could not be matched to an attempt (then nobody may be told but the caller)."""

    def __init__(self, cause: DomainError, return_to: str | None, state: str | None) -> None:
        Exception.__init__(self, str(cause))
        self.errors = cause.errors
        self.return_to = return_to
        self.state = state


def callback_path(provider_key: str) -> str:
    """The path of our callback for a provider (the route mounts the same pattern)."""
    return f"/auth/{provider_key}/callback"


def browser_binding(existing: str | None) -> str:
    """The browser's binding value: the one its cookie already holds, or a new one."""
    if existing and _BINDING.fullmatch(existing):
        return existing
    return secrets.token_urlsafe(32)


def _hash(settings: Settings, value: str) -> str:
    key = settings.secret_key.encode()
    return hmac.new(key, b"oidc:" + value.encode(), hashlib.sha256).hexdigest()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def checked_return_to(settings: Settings, return_to: str | None, base_url: str) -> str:
    """The page to answer to: a path on this server, or a URL on an allowed origin.

    Tokens travel to that page, so anything else would hand them to a stranger.

    Raises:
        DomainError: ``INVALID_RETURN_URL`` at ``redirect_uri``.
    """
    oidc = OidcSettings()
    target = return_to or oidc.default_return
    parts = urlsplit(target)
    if "\\" in target or parts.fragment or any(ord(c) < 0x21 for c in target):
        raise DomainError(ExternalLoginErrorCode.INVALID_RETURN_URL, "redirect_uri")
    if not parts.scheme and not parts.netloc and target.startswith("/"):
        return target
    allowed = oidc.allowed_return_origins | {_origin(settings.public_url or base_url)}
    if parts.scheme in {"http", "https"} and parts.netloc and _origin(target) in allowed:
        return target
    raise DomainError(ExternalLoginErrorCode.INVALID_RETURN_URL, "redirect_uri")


async def start_login(
    settings: Settings,
    provider_key: str,
    *,
    base_url: str,
    return_to: str | None,
    browser: str | None,
) -> LoginStart:
    """Begin a sign-in at ``provider_key``.

    Args:
        settings: keys the stored hashes; ``public_url`` (when set) is our address.
        provider_key: a configured provider.
        base_url: this server's URL as the request reached it (used without public_url).
        return_to: the front-end page the callback answers the tokens to; a path on this
            server or a URL on an origin of ``DISPATCHHUB_OIDC_RETURN_ORIGINS``.
        browser: the binding cookie the browser sent, if any.

    Raises:
        DomainError: ``UNKNOWN_PROVIDER``, ``INVALID_RETURN_URL``, ``PROVIDER_UNAVAILABLE``.
    """
    provider = find_provider(provider_key)
    target = checked_return_to(settings, return_to, base_url)
    metadata = await oidc_client.discover(provider)
    binding = browser_binding(browser)
    state, verifier, nonce = (secrets.token_urlsafe(32) for _ in range(3))
    redirect_uri = (settings.public_url or base_url).rstrip("/") + callback_path(provider.key)
    url = oidc_client.authorization_url(
        provider, metadata, redirect_uri=redirect_uri, state=state, code_verifier=verifier,
        nonce=nonce,
    )  # fmt: skip
    expires_at = now() + ATTEMPT_TTL
    async with db.write():
        await ExternalLoginAttempt.delete().where(
            ExternalLoginAttempt.expires_at < now() - ATTEMPT_KEEP
        )
        await ExternalLoginAttempt.insert(
            ExternalLoginAttempt(
                provider=provider.key,
                state_hash=_hash(settings, state),
                browser_hash=_hash(settings, binding),
                code_verifier=verifier,
                nonce=nonce,
                redirect_uri=redirect_uri,
                return_to=target,
                expires_at=expires_at,
            )
        )
    return LoginStart(url=url, state=state, expires_at=expires_at, browser_binding=binding)


async def _claim(
    settings: Settings, provider_key: str, state: str | None, browser: str | None
) -> dict[str, str]:
    if not state or not browser:
        raise DomainError(ExternalLoginErrorCode.INVALID_STATE, "state")
    # One conditional update: of two callbacks with the same state at most one claims it.
    rows = await (
        ExternalLoginAttempt.update({ExternalLoginAttempt.consumed_at: now()})
        .where(
            (ExternalLoginAttempt.state_hash == _hash(settings, state))
            & (ExternalLoginAttempt.browser_hash == _hash(settings, browser))
            & (ExternalLoginAttempt.provider == provider_key)
            & (ExternalLoginAttempt.expires_at > now())
            & ExternalLoginAttempt.consumed_at.is_null()
        )
        .returning(
            ExternalLoginAttempt.code_verifier,
            ExternalLoginAttempt.nonce,
            ExternalLoginAttempt.redirect_uri,
            ExternalLoginAttempt.return_to,
        )
    )
    if not rows:
        raise DomainError(ExternalLoginErrorCode.INVALID_STATE, "state")
    attempt: dict[str, str] = rows[0]
    return attempt


async def finish_login(
    settings: Settings,
    enforcer: casbin.AsyncEnforcer,
    provider_key: str,
    *,
    params: Mapping[str, str],
    browser: str | None,
    client_address: str,
) -> ExternalLogin:
    """Complete a sign-in from the provider's redirect to our callback.

    Args:
        settings: keys and signs.
        enforcer: grants a new account its role.
        provider_key: from the callback path.
        params: the callback's query parameters (``code``, ``state``, ``iss`` or ``error``).
        browser: the binding cookie the browser sent.
        client_address: kept with the session.

    Raises:
        ExternalLoginFailed: with ``UNKNOWN_PROVIDER``, ``INVALID_STATE``,
            ``PROVIDER_ERROR``, ``PROVIDER_UNAVAILABLE``, ``INVALID_ID_TOKEN`` or
            ``ACCOUNT_DISABLED``; nothing was created.
    """
    state = params.get("state")
    try:
        provider = find_provider(provider_key)
        attempt = await _claim(settings, provider.key, state, browser)
    except DomainError as exc:
        raise ExternalLoginFailed(exc, None, None) from None
    try:
        if "error" in params:
            detail = params.get("error_description") or params["error"]
            raise DomainError(ExternalLoginErrorCode.PROVIDER_ERROR, None, detail=detail[:100])
        metadata = await oidc_client.discover(provider)
        # RFC 9207: the issuer the response names must be the one we asked (mix-up defence).
        if params.get("iss", metadata.issuer) != metadata.issuer or (
            metadata.iss_parameter_supported and "iss" not in params
        ):
            raise DomainError(ExternalLoginErrorCode.PROVIDER_ERROR, None, detail="iss")
        if not params.get("code"):
            raise DomainError(ExternalLoginErrorCode.PROVIDER_ERROR, None, detail="no code")
        token = await oidc_client.exchange_code(
            provider, metadata, code=params["code"], code_verifier=attempt["code_verifier"],
            redirect_uri=attempt["redirect_uri"],
        )  # fmt: skip
        if not isinstance(token.get("id_token"), str):
            raise DomainError(ExternalLoginErrorCode.INVALID_ID_TOKEN, None, reason="missing")
        claims = await oidc_client.validate_id_token(
            provider, metadata, token["id_token"], nonce=attempt["nonce"]
        )
        if await oidc_accounts.needs_profile(provider.issuer, claims):
            userinfo = await oidc_client.fetch_userinfo(
                provider, metadata, str(token.get("access_token", "")), subject=claims["sub"]
            )
            claims = {**userinfo, **claims}
        signed_in = await oidc_accounts.sign_in(
            settings, enforcer, issuer=provider.issuer, claims=claims,
            client_address=client_address,
        )  # fmt: skip
    except DomainError as exc:
        raise ExternalLoginFailed(exc, attempt["return_to"], state) from None
    return ExternalLogin(
        tokens=signed_in.tokens,
        new_account=signed_in.new_account,
        return_to=attempt["return_to"],
        state=str(state),
    )
