"""Marks a GraphQL answer whose errors come from a database outage, so it is sent as 503."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from strawberry.extensions import SchemaExtension

from dispatchhub.outages import database_unavailable

__all__ = ["OutageMarker", "answered_outage"]

_FLAG = "dispatchhub_database_unavailable"


class OutageMarker(SchemaExtension):
    """Notes on the request when a resolver failed because the database was away.

    Listed after ``MaskErrors`` so it sees the original errors before they are masked; the
    view (:class:`dispatchhub.app.DispatchGraphQL`) then answers ``503`` with
    ``Retry-After`` instead of ``200`` with "Unexpected error.".
    """

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        errors = getattr(result, "errors", None) or []
        context = self.execution_context.context
        if context is None or not hasattr(context.request, "scope"):
            return
        if any(e.original_error is not None and database_unavailable(e.original_error)
               for e in errors):  # fmt: skip
            context.request.scope.setdefault("state", {})[_FLAG] = True


def answered_outage(scope: MutableMapping[str, Any]) -> bool:
    """Whether :class:`OutageMarker` marked this request."""
    state = scope.get("state")
    return isinstance(state, dict) and bool(state.get(_FLAG))
