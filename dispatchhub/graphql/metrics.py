"""GraphQL's part of the Prometheus metrics (:mod:`dispatchhub.metrics`): each operation
counted by its name and outcome, and timed."""

from __future__ import annotations

import time
from collections.abc import Iterator

from strawberry.extensions import SchemaExtension

from dispatchhub.graphql.errors import PublicError
from dispatchhub.metrics import GRAPHQL_OPERATION, LATENCY, MAX_OPERATION_NAME, REQUESTS

__all__ = ["GraphQLMetrics"]


def _operation_name(name: str | None) -> str:
    if not name:
        return "anonymous"
    return name if len(name) <= MAX_OPERATION_NAME and name.isidentifier() else "other"


class GraphQLMetrics(SchemaExtension):
    """Counts each GraphQL operation by its name and outcome and times it."""

    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        yield
        context = self.execution_context
        operation = _operation_name(context.operation_name)
        errors = getattr(context.result, "errors", None) or []
        if not errors:
            outcome = "ok"
        elif all(e.original_error is None or _public(e.original_error) for e in errors):
            outcome = "refused"  # the caller's input, rights or document
        else:
            outcome = "error"
        request = getattr(context.context, "request", None)
        if request is not None and hasattr(request, "scope"):
            request.scope.setdefault("state", {})[GRAPHQL_OPERATION] = (operation, outcome)
        else:  # a subscription's operation: counted here, no HTTP request around it
            REQUESTS.labels(operation, outcome).inc()
            LATENCY.labels(operation).observe(time.perf_counter() - started)


def _public(error: BaseException) -> bool:
    return isinstance(error, PublicError)
