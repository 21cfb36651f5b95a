"""The Starlette application: GraphQL, health probes and the admin UI, from one factory."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import casbin
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types.unset import UnsetType

from dispatchhub import db
from dispatchhub.analytics.export import load_request, render, report_table
from dispatchhub.analytics.rollups import TASK as REFRESH_ROLLUPS
from dispatchhub.auth_routes import auth_routes
from dispatchhub.authz.enforcer import close_enforcer, create_enforcer
from dispatchhub.bookings.export import download_path
from dispatchhub.config import Settings
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.schema import build_schema
from dispatchhub.health import readiness
from dispatchhub.orders.reoptimise import TASK as REOPTIMISE
from dispatchhub.outbox.periodic import schedule
from dispatchhub.payments.routes import payment_routes
from dispatchhub.rules_dsl.parser import build_parser
from dispatchhub.runtime import Runtime, create_runtime
from dispatchhub.users.authentication import authenticate

__all__ = ["create_app"]

log = logging.getLogger(__name__)
ADMIN_UI = Path(__file__).resolve().parent.parent / "admin_ui"


class DispatchGraphQL(GraphQL[Context, None]):
    """Strawberry's ASGI view with our context."""

    def __init__(self, runtime: Runtime, **kwargs: Any) -> None:
        super().__init__(build_schema(runtime.settings), **kwargs)
        self.runtime = runtime
        self.enforcer: casbin.AsyncEnforcer | None = None  # loaded in the lifespan

    async def get_context(self, request: Request | WebSocket, response: Any) -> Context:
        assert self.enforcer is not None, "the app's lifespan has not started"
        # A WebSocket signs in with its connection_init message (see on_ws_connect), never
        # with headers of the upgrade request, which browsers cannot set.
        header = None if isinstance(request, WebSocket) else request.headers.get("authorization")
        auth = await authenticate(self.runtime.settings, self.enforcer, header)
        return Context(
            request=request,
            response=response,
            runtime=self.runtime,
            enforcer=self.enforcer,
            actor=auth.actor,
            auth_problem=auth.problem,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket" and not self._origin_allowed(Headers(scope=scope)):
            # Refused before the handshake completes: the browser sees HTTP 403.
            await WebSocket(scope, receive, send).close(code=4403)
            return
        await super().__call__(scope, receive, send)

    def _origin_allowed(self, headers: Headers) -> bool:
        """A page of another site may not open a WebSocket to us unless allow-listed (S12).

        Clients that are not browsers send no Origin and are let through; the token in
        ``connection_init`` is what protects them.
        """
        origin = headers.get("origin")
        if origin is None:
            return True
        settings = self.runtime.settings
        allowed = {o.strip().rstrip("/") for o in (settings.allowed_origins or "").split(",")}
        if settings.public_url:
            parts = urlsplit(settings.public_url)
            allowed.add(f"{parts.scheme}://{parts.netloc}")
        own = urlsplit(origin).netloc == headers.get("host")
        return own or origin.rstrip("/") in allowed

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        """Sign the WebSocket in from ``connection_init``'s ``Authorization: Bearer …``.

        A missing, malformed, expired or revoked token closes the connection with 4403
        (Forbidden); subscribing before this succeeded closes it with 4401.
        """
        assert self.enforcer is not None, "the app's lifespan has not started"
        params = context.connection_params or {}
        authorization = params.get("Authorization", params.get("authorization"))
        if not isinstance(authorization, str) or not authorization:
            raise ConnectionRejectionError(
                {"message": "Sign in: send Authorization in connection_init."}
            )
        auth = await authenticate(self.runtime.settings, self.enforcer, authorization)
        if auth.actor.user_id is None:
            raise ConnectionRejectionError({"message": auth.problem or "Sign in."})
        context.actor = auth.actor
        context.auth_problem = None
        return UnsetType()


class GraphiQLOrGraphQL:
    """``GET /graphql`` from a browser gets the offline GraphiQL page; the rest is GraphQL."""

    def __init__(self, graphql: DispatchGraphQL) -> None:
        self.graphql = graphql
        self.page = FileResponse(ADMIN_UI / "graphiql.html")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope)
        if (
            request.method == "GET"
            and "query" not in request.query_params
            and "text/html" in request.headers.get("accept", "")
        ):
            await self.page(scope, receive, send)
        else:
            await self.graphql(scope, receive, send)


def create_app(
    settings: Settings | None = None,
    *,
    runtime: Runtime | None = None,
    relay: bool = True,
) -> Starlette:
    """Build the app.

    Args:
        settings: defaults to the environment's.
        runtime: a prepared runtime (tests pass one with chosen plugins).
        relay: run the outbox relay in this process.
    """
    runtime = runtime or create_runtime(settings or Settings())
    graphql = DispatchGraphQL(
        runtime,
        graphql_ide=None,
        subscription_protocols=[GRAPHQL_TRANSPORT_WS_PROTOCOL],
        connection_init_wait_timeout=timedelta(seconds=10),
        # Each subscription holds a queue and a task; a client needs a handful (S12 limit).
        max_subscriptions_per_connection=10,
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await db.open_pool(runtime.settings)
        await asyncio.to_thread(build_parser)
        # With Redis, policy changes made on another instance reach this one (a watcher).
        enforcer = await create_enforcer(runtime.settings.redis_url)
        graphql.enforcer = app.state.enforcer = enforcer
        if relay:
            runtime.start_relay()
            settings = runtime.settings
            await schedule(REOPTIMISE, timedelta(seconds=settings.reoptimise_seconds))
            await schedule(REFRESH_ROLLUPS, timedelta(seconds=settings.rollup_refresh_seconds))
        try:
            yield
        finally:
            if runtime.relay is not None:
                await runtime.relay.stop()
            await close_enforcer(enforcer)
            await db.close_pool()

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        report = await readiness(runtime.settings)
        return JSONResponse(report.as_dict(), status_code=200 if report.ok else 503)

    async def download_export(request: Request) -> Response:
        found = await download_path(runtime.settings, request.path_params["token"])
        if found is None:
            return JSONResponse({"error": "unknown or expired link"}, status_code=404)
        path, name = found
        return FileResponse(path, filename=name)

    async def download_report(request: Request) -> Response:
        wanted = load_request(runtime.settings, request.path_params["token"])
        if wanted is None:
            return JSONResponse({"error": "unknown or expired link"}, status_code=404)
        header, rows = await report_table(runtime.settings, wanted)
        return Response(
            render(header, rows, wanted.format),
            media_type=wanted.media_type,
            headers={"Content-Disposition": f'attachment; filename="{wanted.filename}"'},
        )

    async def home(request: Request) -> Response:
        return RedirectResponse("/admin/", status_code=307)

    routes = [
        Route("/", home),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/exports/{token}", download_export),
        Route("/reports/{token}", download_report),
        Route("/graphql", GraphiQLOrGraphQL(graphql), methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        *auth_routes(),
        *payment_routes(),
        Mount("/admin", StaticFiles(directory=ADMIN_UI, html=True), name="admin"),
    ]
    app = Starlette(debug=runtime.settings.debug, routes=routes, lifespan=lifespan)
    app.state.runtime = runtime
    return app
