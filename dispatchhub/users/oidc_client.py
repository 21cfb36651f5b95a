"""Talking to an OpenID Connect provider: discovery, the authorization URL, the code
exchange, ID-token validation and the userinfo endpoint.

Authlib's OAuth 2 client builds the authorization request (PKCE S256) and performs the
token request with the provider's preferred client authentication; joserfc validates the
ID token (``authlib.jose`` is deprecated). Discovery documents and key sets are cached per
issuer for an hour; an ID token signed with a key we have not seen yet makes us fetch the
key set again once, which is how providers rotate keys.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from authlib.integrations.base_client import OAuthError
from authlib.integrations.httpx_client import AsyncOAuth2Client
from httpx2 import HTTPError
from joserfc import jwt
from joserfc.errors import ClaimError, InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet

from dispatchhub.errors import DomainError
from dispatchhub.users.oidc_config import OidcProvider
from dispatchhub.users.oidc_errors import ExternalLoginErrorCode

__all__ = [
    "ProviderMetadata",
    "authorization_url",
    "discover",
    "exchange_code",
    "fetch_userinfo",
    "validate_id_token",
]

CACHE_SECONDS = 3600.0
HTTP_TIMEOUT = 10.0
CLOCK_SKEW_SECONDS = 60
# Asymmetric algorithms only: an HS256 ID token would be keyed with the client secret, and
# accepting both kinds invites key confusion.
SIGNING_ALGORITHMS = frozenset(
    {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}
)
_AUTH_METHODS = ("client_secret_basic", "client_secret_post")

_metadata: dict[str, tuple[float, ProviderMetadata]] = {}
_key_sets: dict[str, tuple[float, KeySet]] = {}


@dataclass(frozen=True, slots=True)
class ProviderMetadata:
    """What the provider's discovery document says we need."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    userinfo_endpoint: str | None
    signing_algorithms: tuple[str, ...]
    token_auth_methods: tuple[str, ...]
    iss_parameter_supported: bool


def _client(provider: OidcProvider, metadata: ProviderMetadata | None = None) -> AsyncOAuth2Client:
    method = "none"
    if provider.client_secret:
        offered = metadata.token_auth_methods if metadata else _AUTH_METHODS
        method = next((m for m in _AUTH_METHODS if m in offered), _AUTH_METHODS[0])
    return AsyncOAuth2Client(
        client_id=provider.client_id,
        client_secret=provider.client_secret,
        token_endpoint_auth_method=method,
        scope=provider.scopes,
        code_challenge_method="S256",
        timeout=HTTP_TIMEOUT,
    )


async def _get_json(provider: OidcProvider, url: str) -> dict[str, Any]:
    try:
        async with _client(provider) as http:
            response = await http.request("GET", url, withhold_token=True)
            response.raise_for_status()
            document = response.json()
    except (HTTPError, ValueError):
        raise DomainError(ExternalLoginErrorCode.PROVIDER_UNAVAILABLE, "provider") from None
    if not isinstance(document, dict):
        raise DomainError(ExternalLoginErrorCode.PROVIDER_UNAVAILABLE, "provider")
    return document


async def discover(provider: OidcProvider) -> ProviderMetadata:
    """The provider's metadata from ``{issuer}/.well-known/openid-configuration`` (cached).

    Raises:
        DomainError: ``PROVIDER_UNAVAILABLE`` when the document cannot be fetched, lacks an
            endpoint, or names an issuer other than the configured one.
    """
    cached = _metadata.get(provider.issuer)
    if cached and cached[0] > time.monotonic():
        return cached[1]
    url = provider.issuer.rstrip("/") + "/.well-known/openid-configuration"
    document = await _get_json(provider, url)
    try:
        metadata = ProviderMetadata(
            issuer=document["issuer"],
            authorization_endpoint=document["authorization_endpoint"],
            token_endpoint=document["token_endpoint"],
            jwks_uri=document["jwks_uri"],
            userinfo_endpoint=document.get("userinfo_endpoint"),
            signing_algorithms=tuple(document.get("id_token_signing_alg_values_supported", [])),
            token_auth_methods=tuple(
                document.get("token_endpoint_auth_methods_supported", ["client_secret_basic"])
            ),
            iss_parameter_supported=document.get(
                "authorization_response_iss_parameter_supported", False
            )
            is True,
        )
    except KeyError:
        raise DomainError(ExternalLoginErrorCode.PROVIDER_UNAVAILABLE, "provider") from None
    # A document naming another issuer is a misconfiguration or a mix-up attack (OIDC
    # Discovery §4.3): nothing it says can be trusted for this provider.
    if metadata.issuer != provider.issuer:
        raise DomainError(ExternalLoginErrorCode.PROVIDER_UNAVAILABLE, "provider")
    _metadata[provider.issuer] = (time.monotonic() + CACHE_SECONDS, metadata)
    return metadata


def authorization_url(
    provider: OidcProvider,
    metadata: ProviderMetadata,
    *,
    redirect_uri: str,
    state: str,
    code_verifier: str,
    nonce: str,
) -> str:
    """The URL to send the browser to: code flow with state, PKCE (S256) and nonce."""
    url, _ = _client(provider, metadata).create_authorization_url(
        metadata.authorization_endpoint,
        state=state,
        code_verifier=code_verifier,
        nonce=nonce,
        redirect_uri=redirect_uri,
    )
    return str(url)


async def exchange_code(
    provider: OidcProvider,
    metadata: ProviderMetadata,
    *,
    code: str,
    code_verifier: str,
    redirect_uri: str,
) -> dict[str, Any]:
    """The token response for an authorization code (sent with the PKCE verifier).

    Raises:
        DomainError: ``PROVIDER_ERROR`` when the provider refuses the code,
            ``PROVIDER_UNAVAILABLE`` when it cannot be reached.
    """
    try:
        async with _client(provider, metadata) as http:
            token = await http.fetch_token(
                metadata.token_endpoint,
                grant_type="authorization_code",
                code=code,
                code_verifier=code_verifier,
                redirect_uri=redirect_uri,
            )
    except OAuthError as exc:
        raise DomainError(
            ExternalLoginErrorCode.PROVIDER_ERROR, None, detail=str(exc.error)[:100]
        ) from None
    except (HTTPError, ValueError):
        raise DomainError(ExternalLoginErrorCode.PROVIDER_UNAVAILABLE, None) from None
    return dict(token)


async def _key_set(provider: OidcProvider, metadata: ProviderMetadata, *, fresh: bool) -> KeySet:
    cached = _key_sets.get(metadata.jwks_uri)
    if cached and cached[0] > time.monotonic() and not fresh:
        return cached[1]
    try:
        key_set = KeySet.import_key_set(await _get_json(provider, metadata.jwks_uri))  # type: ignore[arg-type]
    except (JoseError, ValueError, TypeError):
        raise DomainError(ExternalLoginErrorCode.PROVIDER_UNAVAILABLE, None) from None
    _key_sets[metadata.jwks_uri] = (time.monotonic() + CACHE_SECONDS, key_set)
    return key_set


def _invalid(reason: str) -> DomainError:
    return DomainError(ExternalLoginErrorCode.INVALID_ID_TOKEN, None, reason=reason)


async def validate_id_token(
    provider: OidcProvider, metadata: ProviderMetadata, id_token: str, *, nonce: str
) -> dict[str, Any]:
    """The claims of an ID token that passed every check (OIDC Core §3.1.3.7).

    Checks: the signature against the provider's published keys with an asymmetric
    algorithm the provider announces; ``iss`` is the configured issuer; ``aud`` is our
    client id (and ``azp`` too when there are several audiences); ``exp`` and ``iat``
    present and current (a minute of clock skew allowed); ``sub`` present; ``nonce`` is the
    one this sign-in sent.

    Raises:
        DomainError: ``INVALID_ID_TOKEN`` with the failed check as ``reason``.
    """
    algorithms = [a for a in metadata.signing_algorithms or ("RS256",) if a in SIGNING_ALGORITHMS]
    try:
        try:
            key_set = await _key_set(provider, metadata, fresh=False)
            token = jwt.decode(id_token, key_set, algorithms=algorithms)
        except InvalidKeyIdError:
            key_set = await _key_set(provider, metadata, fresh=True)
            token = jwt.decode(id_token, key_set, algorithms=algorithms)
    except JoseError as exc:
        raise _invalid(exc.error) from None
    except (ValueError, TypeError):
        raise _invalid("malformed") from None
    claims = token.claims
    try:
        jwt.JWTClaimsRegistry(
            leeway=CLOCK_SKEW_SECONDS,
            iss={"essential": True, "value": provider.issuer},
            aud={"essential": True, "value": provider.client_id},
            sub={"essential": True},
            exp={"essential": True},
            iat={"essential": True},
            nonce={"essential": True, "value": nonce},
        ).validate(claims)
    except ClaimError as exc:
        raise _invalid(exc.claim) from None
    audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    if (len(audiences) > 1 or "azp" in claims) and claims.get("azp") != provider.client_id:
        raise _invalid("azp")
    return claims


async def fetch_userinfo(
    provider: OidcProvider, metadata: ProviderMetadata, access_token: str, *, subject: str
) -> dict[str, Any]:
    """The userinfo claims, or ``{}`` when the provider has no such endpoint or the answer
    is about someone other than ``subject`` (OIDC Core §5.3.2: then it must not be used)."""
    if not metadata.userinfo_endpoint:
        return {}
    try:
        async with _client(provider, metadata) as http:
            http.token = {"access_token": access_token, "token_type": "Bearer"}
            response = await http.get(metadata.userinfo_endpoint)
            response.raise_for_status()
            claims = response.json()
    except (HTTPError, OAuthError, ValueError):
        raise DomainError(ExternalLoginErrorCode.PROVIDER_UNAVAILABLE, None) from None
    if not isinstance(claims, dict) or claims.get("sub") != subject:
        return {}
    return claims
