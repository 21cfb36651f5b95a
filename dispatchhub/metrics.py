"""Prometheus metrics at ``/metrics``, for operators only.

Counted in the app process: requests by operation (the GraphQL operation name, or the
route) and outcome, their latency, open GraphQL WebSockets. Read from shared state at
each scrape, so every app process reports the same cluster-wide numbers: the outbox backlog
and its oldest due row's age by task, rows that gave up (FAILED) by task, dispatch decisions
by kind and outcome (from the database), worker heartbeats (from Redis).

Who may scrape: a request bearing ``Authorization: Bearer <metrics_token>``, or one from an
address in ``metrics_networks`` (loopback by default); everyone else gets 404, as if there
were no such page. With several app processes per host (``dispatchhub serve``), set
``PROMETHEUS_MULTIPROC_DIR`` to an empty directory so the per-process counters are summed.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from dispatchhub.config import Settings

__all__ = [
    "GRAPHQL_OPERATION",
    "LATENCY",
    "REQUESTS",
    "RequestMetrics",
    "metrics_endpoint",
    "websocket_opened",
]

log = logging.getLogger(__name__)
MAX_OPERATION_NAME = 64
REQUESTS = Counter(
    "dispatchhub_requests_total",
    "Requests answered, by operation (GraphQL operation name or route) and outcome "
    "(ok, error, refused, unavailable).",
    ["operation", "outcome"],
)
LATENCY = Histogram(
    "dispatchhub_request_seconds",
    "Time to answer a request, by operation.",
    ["operation"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
WEBSOCKETS = Gauge(
    "dispatchhub_websocket_connections",
    "GraphQL WebSocket connections open in this process.",
    multiprocess_mode="livesum",
)
GRAPHQL_OPERATION = "dispatchhub_graphql_operation"


class RequestMetrics:
    """ASGI middleware: every HTTP request counted (by GraphQL operation or route) and timed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") == "/metrics":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            state = scope.get("state") or {}
            operation, outcome = state.get(GRAPHQL_OPERATION) or (
                _route(scope),
                "ok" if status < 400 else "refused" if status < 500 else "error",
            )
            if status == 503:
                outcome = "unavailable"
            REQUESTS.labels(operation, outcome).inc()
            LATENCY.labels(operation).observe(time.perf_counter() - started)


def _route(scope: Scope) -> str:
    """A bounded label for a path: its first segment (``/admin/...`` → ``admin``)."""
    first = str(scope.get("path", "/")).strip("/").split("/", 1)[0]
    return first if first.isidentifier() and len(first) <= 32 else "other"


def websocket_opened() -> Any:
    """Count an open WebSocket until the returned callable is called."""
    WEBSOCKETS.inc()
    return WEBSOCKETS.dec


class SharedState:
    """A collector read at each scrape: the outbox, decisions and workers (async, so the
    endpoint gathers it first and hands it over)."""

    def __init__(self, families: list[Any]) -> None:
        self.families = families

    def collect(self) -> Iterator[Any]:
        yield from self.families


async def _shared_families(settings: Settings) -> list[Any]:
    from dispatchhub.dispatch.tables import AssignmentDecision
    from dispatchhub.outbox.service import backlog
    from dispatchhub.outbox.tables import OutboxMessage

    families: list[Any] = []
    waiting = GaugeMetricFamily(
        "dispatchhub_outbox_backlog", "Due outbox rows not yet done, by task.", labels=["task"]
    )
    oldest = GaugeMetricFamily(
        "dispatchhub_outbox_oldest_seconds",
        "How long the oldest due outbox row not yet done has waited, by task.",
        labels=["task"],
    )
    for task, found in (await backlog()).items():
        waiting.add_metric([task], found.waiting)
        oldest.add_metric([task], found.oldest_seconds)
    failed = GaugeMetricFamily(
        "dispatchhub_outbox_failed",
        "Outbox rows that gave up after their attempts (FAILED, waiting for an admin), by task.",
        labels=["task"],
    )
    rows = await OutboxMessage.raw(
        "SELECT task, COUNT(*) AS n FROM outbox_messages WHERE status = 'FAILED' GROUP BY task"
    )
    for row in rows:
        failed.add_metric([str(row["task"])], int(row["n"]))
    decisions = CounterMetricFamily(
        "dispatchhub_dispatch_decisions",
        "Dispatch decisions recorded, by kind (AUTO, MANUAL, …) and outcome.",
        labels=["kind", "outcome"],
    )
    table = AssignmentDecision._meta.tablename
    for row in await AssignmentDecision.raw(
        f"SELECT kind, outcome, COUNT(*) AS n FROM {table} GROUP BY kind, outcome"
    ):
        decisions.add_metric([str(row["kind"]), str(row["outcome"])], int(row["n"]))
    families += [waiting, oldest, failed, decisions]
    if settings.redis_url:
        from dispatchhub.worker_health import worker_ages

        ages = GaugeMetricFamily(
            "dispatchhub_worker_heartbeat_age_seconds",
            "Seconds since each live Celery worker's last heartbeat.",
            labels=["worker"],
        )
        alive = GaugeMetricFamily("dispatchhub_workers", "Celery workers with a live heartbeat.")
        try:
            found_ages = await worker_ages(settings)
        except Exception as exc:  # Redis away: report no workers rather than fail the scrape
            log.warning("worker heartbeats unreadable: %r", exc)
            found_ages = {}
        for worker, age in found_ages.items():
            ages.add_metric([worker], age)
        alive.add_metric([], len(found_ages))
        families += [ages, alive]
    return families


def allowed(settings: Settings, request: Request) -> bool:
    """Whether this request may read the metrics (token, or an allowed network)."""
    header = request.headers.get("authorization", "")
    if settings.metrics_token and header.lower().startswith("bearer "):
        return hmac.compare_digest(header[7:].strip().encode(), settings.metrics_token.encode())
    host = request.client.host if request.client else ""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    for network in (settings.metrics_networks or "").split(","):
        if network.strip() and address in ipaddress.ip_network(network.strip(), strict=False):
            return True
    return False


async def metrics_endpoint(settings: Settings, request: Request) -> Response:
    """The ``/metrics`` page (404 for anyone who may not read it)."""
    if not allowed(settings, request):
        return JSONResponse({"error": "not found"}, status_code=404)
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    else:
        from prometheus_client import REGISTRY

        registry = REGISTRY
    body = generate_latest(registry)
    try:
        shared = CollectorRegistry()
        shared.register(SharedState(await _shared_families(settings)))
        body += generate_latest(shared)
    except Exception as exc:  # the database away: the process's own counters still answer
        log.warning("shared metrics unavailable: %r", exc)
    return Response(body, media_type=CONTENT_TYPE_LATEST)
