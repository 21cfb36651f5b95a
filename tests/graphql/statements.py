"""Count the SQL statements one GraphQL request runs (the N+1 guard of the list screens).

The engine's ``run_querystring`` is where every Piccolo query goes on both databases, in a
transaction or not. Only statements run on behalf of the request are counted: the counter
is a context variable set around the request, which the app's resolvers and DataLoader
batches inherit and the background outbox relay does not.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

import pytest

from dispatchhub import db
from tests.fixtures.app import GraphQLClient

_statements: ContextVar[list[str] | None] = ContextVar("statements", default=None)


@asynccontextmanager
async def counting(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[None]:
    """Record statements of requests made inside :func:`statements_of` from now on."""
    engine_type = type(db.current_engine())  # its instances have slots: patch the class
    original = engine_type.run_querystring

    async def run_querystring(self: Any, querystring: Any, *args: Any, **kwargs: Any) -> Any:
        seen = _statements.get()
        if seen is not None:
            seen.append(str(querystring))
        return await original(self, querystring, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(engine_type, "run_querystring", run_querystring)
        yield


async def statements_of(
    gql: GraphQLClient, query: str, variables: dict[str, Any]
) -> tuple[Any, list[str]]:
    """Run one request; return its data (no errors allowed) and the statements it ran."""
    seen: list[str] = []
    token = _statements.set(seen)
    try:
        body = await gql.execute(query, variables)
    finally:
        _statements.reset(token)
    assert "errors" not in body, body
    return body["data"], seen
