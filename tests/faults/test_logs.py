"""Structured logs: one JSON object a line, with request, order and outbox ids."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from dispatchhub.config import Settings
from dispatchhub.logs import JsonFormatter, configure_logging, log_context, request_id
from dispatchhub.outbox import service
from tests.outbox.test_outbox import runtime_with


async def test_requests_carry_an_id_into_their_logs_and_answer(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    given = await client.get("/healthz", headers={"x-request-id": "req-42"})
    made = await client.get("/healthz")
    odd = await client.get("/healthz", headers={"x-request-id": "no spaces {allowed}"})

    assert given.headers["x-request-id"] == "req-42"
    assert len(made.headers["x-request-id"]) == 32
    assert odd.headers["x-request-id"] != "no spaces {allowed}"
    assert request_id.get() is None  # reset after each request


async def test_an_outbox_row_logs_its_order_and_row_ids(
    database: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    from dispatchhub import db

    runtime = runtime_with(database.model_copy(update={"redis_url": None}))
    async with db.write():
        message_id = await service.enqueue(
            "orders.dispatch", {"order_id": "0b6c2d1e-0000-4000-8000-000000000001"}
        )
    [claimed] = await service.claim_pending(10)
    assert claimed == message_id
    formatter = JsonFormatter()
    with caplog.at_level(logging.INFO):
        await service.execute(runtime, message_id)
        logging.getLogger("dispatchhub.test").info("dispatching 派单")
    entry = json.loads(formatter.format(caplog.records[-1]))

    assert entry["message"] == "dispatching 派单"
    assert entry["order_id"] == "0b6c2d1e-0000-4000-8000-000000000001"
    assert entry["outbox_id"] == str(message_id)
    assert entry["task"] == "orders.dispatch"
    log_context(order_id=None, outbox_id=None, task=None)


def test_the_format_is_a_setting(capsys: pytest.CaptureFixture[str]) -> None:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    try:
        configure_logging(Settings(log_format="json"))
        logging.getLogger("dispatchhub.test").warning("json line")
        line = capsys.readouterr().err.strip().splitlines()[-1]
        assert json.loads(line)["message"] == "json line"
        configure_logging(Settings(log_format="text"))
        logging.getLogger("dispatchhub.test").warning("text line")
        assert capsys.readouterr().err.strip().endswith("WARNING dispatchhub.test: text line")
    finally:
        root.handlers[:], root.level = saved[0], saved[1]
