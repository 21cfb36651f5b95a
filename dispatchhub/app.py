"""The Starlette application: GraphQL, health probes and the admin UI, from one factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import casbin
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

from dispatchhub import db
from dispatchhub.auth_routes import auth_routes
from dispatchhub.authz.enforcer import close_enforcer, create_enforcer
from dispatchhub.bookings.export import download_path
from dispatchhub.config import Settings
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.schema import build_schema
from dispatchhub.health import readiness
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
        auth = await authenticate(
            self.runtime.settings, self.enforcer, request.headers.get("authorization")
        )
        return Context(
            request=request,
            response=response,
            runtime=self.runtime,
            enforcer=self.enforcer,
            actor=auth.actor,
            auth_problem=auth.problem,
        )


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
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await db.open_pool(runtime.settings)
        # With Redis, policy changes made on another instance reach this one (a watcher).
        enforcer = await create_enforcer(runtime.settings.redis_url)
        graphql.enforcer = app.state.enforcer = enforcer
        if relay:
            runtime.start_relay()
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

    async def home(request: Request) -> Response:
        return RedirectResponse("/admin/", status_code=307)

    routes = [
        Route("/", home),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/exports/{token}", download_export),
        Route("/graphql", GraphiQLOrGraphQL(graphql), methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        *auth_routes(),
        Mount("/admin", StaticFiles(directory=ADMIN_UI, html=True), name="admin"),
    ]
    app = Starlette(debug=runtime.settings.debug, routes=routes, lifespan=lifespan)
    app.state.runtime = runtime
    return app
