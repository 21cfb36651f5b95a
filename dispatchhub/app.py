"""The Starlette application: GraphQL, health probes and the admin UI, from one factory."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import casbin
from cross_web import HTTPException
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.middleware import Middleware
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
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from dispatchhub import db, domains
from dispatchhub.analytics.export import load_request, render, report_table
from dispatchhub.analytics.rollups import TASK as REFRESH_ROLLUPS
from dispatchhub.auth_routes import auth_routes
from dispatchhub.authz.enforcer import close_enforcer, create_enforcer
from dispatchhub.bookings.export import download_path
from dispatchhub.config import Settings
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.outage import answered_outage
from dispatchhub.graphql.schema import build_schema
from dispatchhub.graphql.sockets import SignedInSocket
from dispatchhub.health import readiness
from dispatchhub.logs import RequestIds
from dispatchhub.metrics import RequestMetrics, metrics_endpoint, websocket_opened
from dispatchhub.orders.reoptimise import TASK as REOPTIMISE
from dispatchhub.orders.routes import order_routes
from dispatchhub.outages import DatabaseUnavailable, OutageGuard
from dispatchhub.outbox.periodic import schedule
from dispatchhub.payments.routes import payment_routes
from dispatchhub.rules_dsl.parser import build_parser
from dispatchhub.runtime import Runtime, create_runtime
from dispatchhub.users.authentication import authenticate
from dispatchhub.web_guards import (
    BodyLimit,
    SecurityHeaders,
    content_security_policy,
    inline_script_hashes,
)

__all__ = ["create_app"]

log = logging.getLogger(__name__)
# The admin console as built from web/ by scripts/bootstrap.sh (package data, not committed).
ADMIN_UI = Path(__file__).resolve().parent / "web" / "admin"
STAFF_UI = ADMIN_UI.parent / "staff"
CUSTOMER_UI = ADMIN_UI.parent / "app"


class DispatchGraphQL(GraphQL[Context, None]):
    """Strawberry's ASGI view with our context; sockets stay bound to their sign-in."""

    graphql_transport_ws_handler_class = SignedInSocket

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
        if scope["type"] == "http":
            try:
                response = await self.run(Request(scope, receive))
                if answered_outage(scope):
                    raise DatabaseUnavailable("a resolver could not reach the database")
            except HTTPException as refused:
                # A request that is not GraphQL at all: the spec's error shape, not text.
                response = JSONResponse(
                    {
                        "errors": [
                            {"message": refused.reason, "extensions": {"code": "BAD_REQUEST"}}
                        ]
                    },
                    status_code=refused.status_code,
                )
            await response(scope, receive, send)
            return
        if scope["type"] == "websocket" and not self._origin_allowed(Headers(scope=scope)):
            # Refused before the handshake completes: the browser sees HTTP 403.
            await WebSocket(scope, receive, send).close(code=4403)
            return
        closed = websocket_opened() if scope["type"] == "websocket" else None
        try:
            await super().__call__(scope, receive, send)
        finally:
            if closed is not None:
                closed()

    def decode_json(self, data: str | bytes) -> object:
        """JSON of a request or socket message, refused when nested too deeply.

        The parse itself is bounded by the body limit; a nesting deep enough to exhaust the
        parser's recursion (``RecursionError``) is refused like any other too-deep input.
        """
        limit = self.runtime.settings.max_json_depth
        try:
            value = json.loads(data)
        except RecursionError:
            raise TooDeep(limit) from None
        if _deeper_than(value, limit):
            raise TooDeep(limit)
        return value

    def parse_json(self, data: str | bytes) -> Any:
        try:
            return self.decode_json(data)
        except TooDeep as too_deep:
            raise HTTPException(400, str(too_deep)) from None
        except json.JSONDecodeError:
            raise HTTPException(400, "Unable to parse request body as JSON") from None

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
        context.expires_at = auth.expires_at
        return UnsetType()


class TooDeep(json.JSONDecodeError):
    """JSON nested deeper than the configured limit (a socket closes with 4400 on it)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"The JSON is nested deeper than {limit} levels.", "", 0)

    def __str__(self) -> str:
        return self.msg


def _deeper_than(value: object, limit: int) -> bool:
    """Whether arrays and objects in ``value`` nest deeper than ``limit`` (iteratively)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


class GraphiQLOrGraphQL:
    """``GET /graphql`` from a browser gets the offline GraphiQL page; the rest is GraphQL."""

    def __init__(self, graphql: DispatchGraphQL) -> None:
        self.graphql = graphql
        page = ADMIN_UI / "graphiql" / "index.html"
        # The page's inline script (it starts GraphiQL) is allowed by its hash; before the
        # console is built there is no page, and no script to allow.
        scripts = inline_script_hashes(page.read_bytes()) if page.exists() else []
        policy = content_security_policy(scripts)
        self.page = FileResponse(page, headers={"content-security-policy": policy})

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
    domains.load()
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

    async def metrics(request: Request) -> Response:
        return await metrics_endpoint(runtime.settings, request)

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

    async def favicon(request: Request) -> Response:
        return FileResponse(ADMIN_UI / "favicon.ico", media_type="image/x-icon")

    routes = [
        Route("/", home),
        Route("/favicon.ico", favicon),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/metrics", metrics),
        Route("/exports/{token}", download_export),
        Route("/reports/{token}", download_report),
        Route("/graphql", GraphiQLOrGraphQL(graphql), methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        *auth_routes(),
        *payment_routes(),
        *order_routes(),
        # check_dir=False: the app starts before the console is built (it then answers 404).
        Mount("/admin", StaticFiles(directory=ADMIN_UI, html=True, check_dir=False), name="admin"),
        Mount("/staff", StaticFiles(directory=STAFF_UI, html=True, check_dir=False), name="staff"),
        Mount("/app", StaticFiles(directory=CUSTOMER_UI, html=True, check_dir=False), name="app"),
    ]
    settings = runtime.settings
    middleware = [
        # Forwarded client addresses are believed from configured proxies only (none by
        # default), so nobody resets a throttle by naming a new address.
        *([Middleware(ProxyHeadersMiddleware, trusted_hosts=settings.proxies)]
          if settings.proxies else []),
        Middleware(RequestIds),
        Middleware(RequestMetrics),
        Middleware(OutageGuard),
        Middleware(BodyLimit, max_bytes=settings.max_body_bytes),
        Middleware(SecurityHeaders),
    ]  # fmt: skip
    app = Starlette(debug=settings.debug, routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.runtime = runtime
    return app
