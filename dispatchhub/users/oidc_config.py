"""Which OpenID Connect providers people may sign in with, read from the environment.

``DISPATCHHUB_OIDC_PROVIDERS=corp,wecom`` names them; each has its own variables::

    DISPATCHHUB_OIDC_CORP_ISSUER=https://login.example.com    exactly as the provider's
                                                              discovery document says
    DISPATCHHUB_OIDC_CORP_CLIENT_ID=dispatchhub
    DISPATCHHUB_OIDC_CORP_CLIENT_SECRET=…                     unset for a public client
    DISPATCHHUB_OIDC_CORP_NAME=企业账号 Corporate account     shown on the login button
    DISPATCHHUB_OIDC_CORP_SCOPES=openid email profile         the default

``DISPATCHHUB_OIDC_RETURN_ORIGINS`` lists the front-end origins (besides our own pages) that
may receive the tokens after a sign-in.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from dispatchhub.errors import DomainError
from dispatchhub.users.oidc_errors import ExternalLoginErrorCode

__all__ = ["OidcProvider", "OidcSettings", "find_provider", "load_providers"]

_KEY = re.compile(r"[a-z][a-z0-9_]{0,49}")


class OidcSettings(BaseSettings):
    """The list of providers and where tokens may be answered to."""

    model_config = SettingsConfigDict(env_prefix="DISPATCHHUB_OIDC_", frozen=True, extra="ignore")

    providers: str = ""
    return_origins: str = ""
    default_return: str = "/admin/"

    @property
    def provider_keys(self) -> list[str]:
        """The configured provider keys, lower-cased, in order."""
        return [key.strip().lower() for key in self.providers.split(",") if key.strip()]

    @property
    def allowed_return_origins(self) -> frozenset[str]:
        """Origins (``scheme://host[:port]``) of front ends outside this server."""
        return frozenset(
            origin.strip().rstrip("/") for origin in self.return_origins.split(",") if origin
        )


class OidcProvider(BaseSettings):
    """One provider; build it with :func:`load_providers`."""

    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    key: str
    issuer: str
    client_id: str
    client_secret: str | None = None
    name: str = ""
    scopes: str = "openid email profile"

    @field_validator("key")
    @classmethod
    def _simple_key(cls, value: str) -> str:
        if not _KEY.fullmatch(value):
            raise ValueError("a provider key is a-z, 0-9 and _, starting with a letter")
        return value

    @field_validator("issuer")
    @classmethod
    def _https_issuer(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme == "https" or (parts.scheme == "http" and _loopback(parts.hostname)):
            return value
        raise ValueError("the issuer must be an https:// URL (http:// only on this machine)")

    @property
    def display_name(self) -> str:
        """What the login button says."""
        return self.name or self.key


def _loopback(host: str | None) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


def load_providers() -> dict[str, OidcProvider]:
    """Every configured provider by key, read from the environment now.

    Raises:
        pydantic.ValidationError: a provider lacks its issuer or client id, or has a
            non-https issuer (the app factory calls this once so that it fails at start).
    """
    providers: dict[str, OidcProvider] = {}
    for key in OidcSettings().provider_keys:
        prefix = f"DISPATCHHUB_OIDC_{key.upper()}_"
        providers[key] = OidcProvider(key=key, _env_prefix=prefix)  # type: ignore[call-arg]
    return providers


def find_provider(key: str) -> OidcProvider:
    """The provider named ``key``.

    Raises:
        DomainError: ``UNKNOWN_PROVIDER`` at ``provider``.
    """
    provider = load_providers().get(key)
    if provider is None:
        raise DomainError(ExternalLoginErrorCode.UNKNOWN_PROVIDER, "provider", provider=key[:50])
    return provider
