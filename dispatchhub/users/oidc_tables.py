"""The server-side half of a third-party sign-in that has started but not yet come back."""

from __future__ import annotations

from piccolo.columns import Timestamptz, Varchar
from piccolo.table import Table

from dispatchhub.tables_common import created_at, primary_key

__all__ = ["ExternalLoginAttempt"]


class ExternalLoginAttempt(Table, tablename="external_login_attempts"):
    """One authorization request sent to an OIDC provider, valid for a few minutes, used once.

    The state and the browser binding are stored only as keyed hashes; the PKCE verifier and
    the nonce never leave the server except to the provider itself.
    """

    id = primary_key()
    provider = Varchar(length=50)
    state_hash = Varchar(length=64, unique=True, secret=True)
    browser_hash = Varchar(length=64, secret=True, help_text="hash of the binding cookie")
    code_verifier = Varchar(length=128, secret=True)
    nonce = Varchar(length=128, secret=True)
    redirect_uri = Varchar(length=2000, help_text="our callback URL, as sent to the provider")
    return_to = Varchar(length=2000, help_text="the front-end page to answer the tokens to")
    expires_at = Timestamptz(index=True)
    consumed_at = Timestamptz(null=True, default=None)
    created_at = created_at()
