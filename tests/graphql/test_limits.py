"""Abuse limits and error masking are on for every request."""

from __future__ import annotations

import pytest

from dispatchhub.config import Settings
from dispatchhub.graphql.system import types as system_types
from tests.fixtures.app import GraphQLClient


async def test_too_many_aliases_are_refused(gql: GraphQLClient, database: Settings) -> None:
    fields = " ".join(f"a{i}: __typename" for i in range(database.graphql_max_aliases + 1))

    body = await gql.execute(f"{{ {fields} }}")

    assert body["data"] is None
    assert "aliases" in body["errors"][0]["message"]


async def test_too_many_tokens_are_refused(gql: GraphQLClient, database: Settings) -> None:
    fields = " ".join("__typename" for _ in range(database.graphql_max_tokens))

    body = await gql.execute(f"{{ {fields} }}")

    assert "token" in body["errors"][0]["message"].lower()


async def test_too_deep_queries_are_refused(gql: GraphQLClient, database: Settings) -> None:
    depth = database.graphql_max_depth + 1
    nested = '{ __type(name: "Query") ' + "{ fields { type " * depth + "{ name }"
    nested += " } }" * depth + " }"

    body = await gql.execute(nested)

    assert body["data"] is None
    assert "depth" in body["errors"][0]["message"].lower()


async def test_unexpected_errors_are_masked(
    gql: GraphQLClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("password=hunter2 leaked in a stack trace")

    monkeypatch.setattr(system_types, "ServerInfo", explode)

    body = await gql.execute("{ serverInfo { version } }")

    assert body["errors"][0]["message"] == "Unexpected error."
    assert "hunter2" not in str(body)
    assert "hunter2" in caplog.text  # operators still see it in the log


async def test_denied_fields_are_top_level_errors_with_a_code(gql: GraphQLClient) -> None:
    body = await gql.execute("{ serverInfo { plugins } }")

    assert body["errors"][0]["extensions"] == {"code": "UNAUTHENTICATED"}
    assert body["errors"][0]["path"] == ["serverInfo", "plugins"]
