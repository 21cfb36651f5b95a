"""The platform answers: GraphQL, liveness and readiness, on every backend."""

from __future__ import annotations

import httpx

from tests.fixtures.app import GraphQLClient

SERVER_INFO = "{ __typename serverInfo { version database jobsMode timezone currency } }"


async def test_graphql_answers_typename_and_server_info(
    gql: GraphQLClient, backend: object
) -> None:
    body = await gql.execute(SERVER_INFO)

    assert "errors" not in body
    assert body["data"]["__typename"] == "Query"
    info = body["data"]["serverInfo"]
    expected = {"sqlite": ("sqlite", "in-process"), "postgres": ("postgres", "celery")}
    assert (info["database"], info["jobsMode"]) == expected[backend.name]  # type: ignore[attr-defined]
    assert info["timezone"] == "Asia/Shanghai"
    assert info["currency"] == "CNY"


async def test_readyz_is_green_when_database_and_redis_answer(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["redis"] in {"ok", "not configured"}


async def test_healthz_answers_without_touching_dependencies(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")

    assert response.json() == {"status": "ok"}


async def test_root_leads_to_the_admin_ui(client: httpx.AsyncClient) -> None:
    response = await client.get("/", follow_redirects=True)

    assert response.status_code == 200
    assert "dispatchhub" in response.text


async def test_browsers_get_an_offline_graphiql_page(client: httpx.AsyncClient) -> None:
    page = await client.get("/graphql", headers={"accept": "text/html"})

    assert page.status_code == 200
    assert "GraphiQL" in page.text
    assets = [src for src in page.text.split('"') if src.startswith("/admin/graphiql/")]
    assert len(assets) == 4
    for asset in assets:  # served by us, nothing from a CDN
        assert (await client.get(asset)).status_code == 200
    assert "https://" not in page.text


async def test_the_favicon_is_served_at_the_root(client: httpx.AsyncClient) -> None:
    response = await client.get("/favicon.ico")

    assert response.status_code == 200
    assert response.headers["content-type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO header


async def test_get_with_a_query_still_runs_graphql(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", params={"query": "{ __typename }"})

    assert response.json() == {"data": {"__typename": "Query"}}
