"""Third-party sign-in (OpenID Connect): the providers on offer and the URL to start at.

The callback that finishes the sign-in is an HTTP route, not GraphQL: the provider sends the
browser there (:mod:`dispatchhub.auth_routes`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import Error
from dispatchhub.graphql.refusals import refusals
from dispatchhub.users import oidc
from dispatchhub.users.oidc_config import load_providers
from dispatchhub.users.oidc_errors import ExternalLoginErrorCode

__all__ = ["ExternalLoginQuery"]

ExternalLoginErrorCodeEnum = strawberry.enum(ExternalLoginErrorCode, name="ExternalLoginErrorCode")


@strawberry.type
class ExternalLoginError(Error):
    code: ExternalLoginErrorCodeEnum  # type: ignore[valid-type]


@strawberry.type(description="An OpenID Connect provider people may sign in with.")
class ExternalLoginProvider:
    key: str = strawberry.field(description="The value for externalLoginUrl(provider:).")
    name: str = strawberry.field(description="What the login button says.")


@strawberry.type(
    description="Where to send the browser to sign in with a third-party provider, or why not."
)
class ExternalLoginUrlPayload:
    url: str | None = strawberry.field(
        description="The provider's authorization URL (code flow, state, PKCE S256, nonce); "
        "send the browser there."
    )
    state: str | None = strawberry.field(
        description="Also in the callback's answer: a page compares the two before it "
        "accepts the tokens."
    )
    expires_at: datetime | None = strawberry.field(
        description="The sign-in must come back before this time; it can be used once."
    )
    errors: list[ExternalLoginError]


@strawberry.type
class ExternalLoginQuery:
    @strawberry.field(description="The configured third-party sign-in providers.")
    def external_login_providers(self) -> list[ExternalLoginProvider]:
        return [
            ExternalLoginProvider(key=p.key, name=p.display_name) for p in load_providers().values()
        ]

    @strawberry.field(
        description="Start a third-party sign-in. The answer also sets an HttpOnly cookie "
        "that binds the sign-in to this browser; /auth/{provider}/callback then creates a "
        "customer account for a new identity (never linking one by e-mail) or signs its "
        "owner in, and answers the tokens to redirectUri in the URL fragment."
    )
    @refusals(ExternalLoginUrlPayload, ExternalLoginError)
    async def external_login_url(
        self,
        info: strawberry.Info[Context, None],
        provider: Annotated[
            str,
            strawberry.argument(description="The provider's key, from `externalLoginProviders`."),
        ],
        redirect_uri: Annotated[
            str | None,
            strawberry.argument(
                description="The front-end page that receives the tokens: a path on this "
                "server (default /admin/) or a URL on an origin in "
                "DISPATCHHUB_OIDC_RETURN_ORIGINS."
            ),
        ] = None,
    ) -> ExternalLoginUrlPayload:
        context = info.context
        request = context.request
        settings = context.runtime.settings
        start = await oidc.start_login(
            settings,
            provider,
            base_url=str(request.base_url),
            return_to=redirect_uri,
            browser=request.cookies.get(oidc.BINDING_COOKIE),
        )
        if context.response is not None:
            context.response.set_cookie(
                oidc.BINDING_COOKIE,
                start.browser_binding,
                max_age=int(oidc.ATTEMPT_TTL.total_seconds()),
                path="/auth/",
                httponly=True,
                samesite="lax",
                secure=(settings.public_url or str(request.base_url)).startswith("https:"),
            )
        return ExternalLoginUrlPayload(
            url=start.url, state=start.state, expires_at=start.expires_at, errors=[]
        )
