"""/metrics: operators only; requests by operation and outcome, latency, the outbox, dispatch
decisions, workers, WebSockets."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pluggy
import pytest
from prometheus_client.parser import text_string_to_metric_families

from dispatchhub.app import create_app
from dispatchhub.config import Settings
from dispatchhub.outbox.service import now
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.runtime import create_runtime

TOKEN = "scrape-token-0123456789"


@pytest.fixture
async def http(
    database: Settings, plugins: pluggy.PluginManager
) -> AsyncIterator[httpx.AsyncClient]:
    settings = database.model_copy(
        update={"metrics_token": TOKEN, "metrics_networks": "10.0.0.0/8"}
    )
    app = create_app(runtime=create_runtime(settings, plugins=plugins), relay=False)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield client


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


async def test_only_operators_may_scrape(http: httpx.AsyncClient) -> None:
    assert (await http.get("/metrics")).status_code == 404
    wrong = await http.get("/metrics", headers={"authorization": "Bearer not-the-token"})
    assert wrong.status_code == 404
    right = await http.get("/metrics", headers={"authorization": f"Bearer {TOKEN}"})
    assert right.status_code == 200
    assert right.headers["content-type"].startswith("text/plain")


async def test_requests_outbox_and_decisions_are_counted(http: httpx.AsyncClient) -> None:
    scrape = {"authorization": f"Bearer {TOKEN}"}
    before = samples((await http.get("/metrics", headers=scrape)).text)
    key = ("dispatchhub_requests_total", (("operation", "Probe"), ("outcome", "ok")))
    refused = ("dispatchhub_requests_total", (("operation", "Bad"), ("outcome", "refused")))
    await http.post("/graphql", json={"query": "query Probe { __typename }"})
    await http.post("/graphql", json={"query": "query Bad { nope }"})
    await OutboxMessage(
        task="notifications.deliver", payload={"notification_id": "x"},
        available_at=now() - timedelta(seconds=30),
    ).save()  # fmt: skip

    after = samples((await http.get("/metrics", headers=scrape)).text)

    assert after[key] == before.get(key, 0) + 1
    assert after[refused] == before.get(refused, 0) + 1
    assert after[("dispatchhub_request_seconds_count", (("operation", "Probe"),))] >= 1
    task = (("task", "notifications.deliver"),)
    assert after[("dispatchhub_outbox_backlog", task)] == 1
    assert after[("dispatchhub_outbox_oldest_seconds", task)] >= 30
    assert ("dispatchhub_websocket_connections", ()) in after
