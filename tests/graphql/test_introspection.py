"""Who may read the schema and get "Did you mean" hints, by mode (finding 9), and refusals
that stay out of the error log."""

from __future__ import annotations

import logging

import pytest

from dispatchhub.runtime import Runtime
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import MakeUser

SCHEMA = "{ __schema { queryType { name } } }"
TYPE = '{ __type(name: "Booking") { name } }'
TYPO = "{ serviceTypez { code } }"


@pytest.fixture
def production(runtime: Runtime, gql: GraphQLClient) -> GraphQLClient:
    """A client of the app, switched to production mode."""
    runtime.settings = runtime.settings.model_copy(update={"mode": "production"})
    return gql


@pytest.mark.parametrize("query", [SCHEMA, TYPE])
async def test_in_production_only_signed_in_callers_introspect(
    production: GraphQLClient, make_user: MakeUser, query: str
) -> None:
    anonymous = await production.execute(query)
    production.headers.update((await make_user("customer")).headers)
    signed_in = await production.execute(query)

    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert "errors" not in signed_in


async def test_in_development_anyone_introspects(gql: GraphQLClient) -> None:
    assert await gql.execute(SCHEMA) == {"data": {"__schema": {"queryType": {"name": "Query"}}}}


async def test_in_production_anonymous_callers_get_no_field_suggestions(
    production: GraphQLClient, make_user: MakeUser
) -> None:
    anonymous = await production.execute(TYPO)
    production.headers.update((await make_user("customer")).headers)
    signed_in = await production.execute(TYPO)

    assert anonymous["errors"][0]["message"] == "Cannot query field 'serviceTypez' on type 'Query'."
    assert "Did you mean" in signed_in["errors"][0]["message"]


async def test_in_development_everyone_gets_field_suggestions(gql: GraphQLClient) -> None:
    body = await gql.execute(TYPO)

    assert "Did you mean" in body["errors"][0]["message"]


async def test_a_refusal_is_one_info_line_without_a_traceback(
    gql: GraphQLClient, make_user: MakeUser, caplog: pytest.LogCaptureFixture
) -> None:
    gql.headers.update((await make_user("customer")).headers)
    caplog.set_level(logging.DEBUG)

    body = await gql.execute("{ users(first: 5) { edges { node { name } } } }")

    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    refused = [r for r in caplog.records if r.name.startswith(("dispatchhub", "strawberry"))]
    assert [r.levelno for r in refused] == [logging.INFO]
    assert refused[0].exc_info is None
