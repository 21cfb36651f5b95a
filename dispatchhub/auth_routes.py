"""``GET /auth/{provider}/callback``: where an OpenID Connect provider sends the browser back.

How the tokens reach the client: by default a ``303`` redirect to the front-end page that
started the sign-in (``externalLoginUrl(redirectUri:)``, checked against the allowed
origins) with the tokens in the URL *fragment*::

    /admin/#accessToken=…&accessExpiresAt=…&refreshToken=…&refreshExpiresAt=…
            &newAccount=true&state=…

A fragment never reaches a server, a log or a ``Referer`` header (the response also says
``Referrer-Policy: no-referrer`` and ``Cache-Control: no-store``); the page reads it, compares
``state`` with the one ``externalLoginUrl`` returned, and replaces the URL. A client that
calls the callback itself with ``Accept: application/json`` gets the same fields as a JSON
body instead. Failures go the same way: ``#error=CODE&message=…&state=…`` or
``{"errors": [{"field", "message", "code"}]}``; a callback that matches no sign-in attempt
is answered only to the caller (plain text or JSON), never redirected.
"""

from __future__ import annotations

from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from dispatchhub.errors import ErrorCode
from dispatchhub.users.oidc import (
    BINDING_COOKIE,
    ExternalLogin,
    ExternalLoginFailed,
    callback_path,
    finish_login,
)
from dispatchhub.users.oidc_config import load_providers
from dispatchhub.users.oidc_errors import ExternalLoginErrorCode

__all__ = ["auth_routes"]

_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache", "Referrer-Policy": "no-referrer"}
_STATUS: dict[ErrorCode, int] = {
    ExternalLoginErrorCode.UNKNOWN_PROVIDER: 404,
    ExternalLoginErrorCode.ACCOUNT_DISABLED: 403,
    ExternalLoginErrorCode.PROVIDER_UNAVAILABLE: 502,
}


def auth_routes() -> list[BaseRoute]:
    """The routes of third-party sign-in; reads the provider configuration once so that a
    bad one stops the app at start rather than at the first sign-in."""
    load_providers()
    return [Route(callback_path("{provider}"), callback, methods=["GET"])]


async def callback(request: Request) -> Response:
    """Finish the sign-in and answer the tokens (see the module docstring for how)."""
    client = request.client
    try:
        login = await finish_login(
            request.app.state.runtime.settings,
            request.app.state.enforcer,
            request.path_params["provider"],
            params=dict(request.query_params),
            browser=request.cookies.get(BINDING_COOKIE),
            client_address=client.host if client else "unknown",
        )
    except ExternalLoginFailed as exc:
        return _failure(request, exc)
    return _success(request, login)


def _wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _locale(request: Request) -> str:
    first = request.headers.get("accept-language", "").split(",")[0].strip().lower()
    return "en" if first.startswith("en") else "zh-CN"


def _success(request: Request, login: ExternalLogin) -> Response:
    tokens = login.tokens
    fields: dict[str, str | bool] = {
        "accessToken": tokens.access_token,
        "accessExpiresAt": tokens.access_expires_at.isoformat(),
        "refreshToken": tokens.refresh_token,
        "refreshExpiresAt": tokens.refresh_expires_at.isoformat(),
        "newAccount": login.new_account,
        "state": login.state,
    }
    if _wants_json(request):
        return JSONResponse(fields, headers=_NO_STORE)
    fragment = urlencode(
        {k: str(v).lower() if isinstance(v, bool) else v for k, v in fields.items()}
    )
    return RedirectResponse(f"{login.return_to}#{fragment}", status_code=303, headers=_NO_STORE)


def _failure(request: Request, exc: ExternalLoginFailed) -> Response:
    locale = _locale(request)
    first = exc.errors[0]
    code: ErrorCode = first.code
    status = _STATUS.get(code, 400)
    if _wants_json(request):
        errors = [
            {"field": e.field, "message": e.message(locale), "code": e.code.name}
            for e in exc.errors
        ]
        return JSONResponse({"errors": errors}, status_code=status, headers=_NO_STORE)
    if exc.return_to is None:
        return PlainTextResponse(
            f"{first.message(locale)} ({code.name})", status_code=status, headers=_NO_STORE
        )
    fragment = urlencode(
        {"error": code.name, "message": first.message(locale), "state": exc.state or ""}
    )
    return RedirectResponse(f"{exc.return_to}#{fragment}", status_code=303, headers=_NO_STORE)
