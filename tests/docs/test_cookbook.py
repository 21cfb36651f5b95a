"""Every example of docs/api.md's cookbook, run in order against the demo, answers as shown."""

from __future__ import annotations

import logging
import re
import time
from contextlib import AsyncExitStack
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from dispatchhub.config import Settings
from dispatchhub.demo import DemoSummary, load_demo_data
from tests.docs.cookbook import (
    API_MD,
    Step,
    at_path,
    business_dates,
    fill,
    mismatches,
    parse,
)
from tests.fixtures.app import wait_for_outbox
from tests.fixtures.live import GraphQLSocket, graphql_socket
from tests.fixtures.services import WorkerProcess

ROLES = ("customer", "staff", "dispatcher", "supervisor", "admin", "integrator")


@pytest.fixture
async def demo(database: Settings) -> DemoSummary:
    """The demo data, relative to now (bookings need a future time inside service hours)."""
    return await load_demo_data()


class CodeLog:
    """Verification codes as the log sender logged them: in this process's log (embedded) or
    in the Celery worker's (PostgreSQL + Redis), as docs/api.md tells developers."""

    def __init__(self, caplog: pytest.LogCaptureFixture, worker: WorkerProcess | None) -> None:
        self.caplog = caplog
        self.worker = worker

    def text(self) -> str:
        return self.worker.output() if self.worker is not None else self.caplog.text

    def codes(self, target: str) -> list[str]:
        target = re.escape(target)
        pattern = rf"(?:SMS to {target} \[verification_code\]|E-mail to {target}:)\D*(\d{{6}})"
        return re.findall(pattern, self.text())

    def newest(self, target: str, seen: int, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while len(found := self.codes(target)) <= seen:
            if time.monotonic() > deadline:
                raise AssertionError(f"no code for {target} was logged:\n{self.text()[-2000:]}")
            time.sleep(0.05)
        return found[-1]


class Runner:
    """Runs the steps in order, keeping saved values and open subscriptions."""

    def __init__(self, http: httpx.AsyncClient, ws_url: str, codes: CodeLog, zone: str) -> None:
        self.http = http
        self.ws_url = ws_url
        self.codes = codes
        today = datetime.now(ZoneInfo(zone)).date()
        self.saved: dict[str, Any] = dict(business_dates(today))
        self.sockets: dict[str, GraphQLSocket] = {}
        self.stack = AsyncExitStack()

    def headers(self, step: Step) -> dict[str, str]:
        headers = {"accept-language": step.lang}
        if step.role != "anonymous":
            token = self.saved.get(f"token.{step.role}")
            assert token, f"line {step.line}: no token saved for role {step.role!r} yet"
            headers["authorization"] = f"Bearer {token}"
        return headers

    async def run(self, step: Step) -> None:
        if step.events_of is not None:
            await self.more_events(step)
            return
        variables = fill(step.variables, self.saved)
        if step.subscribe:
            answer: Any = await self.subscribe(step, variables)
        else:
            seen = len(self.codes.codes(str(variables.get("input", {}).get("target", ""))))
            response = await self.http.post(
                "/graphql", json={"query": step.query, "variables": variables},
                headers=self.headers(step),
            )  # fmt: skip
            assert response.status_code == 200, response.text
            answer = response.json()
            if step.query.lstrip().startswith("mutation"):
                await wait_for_outbox()  # what the change set off (dispatch, notices) is done
            if step.code:
                target = at_path(answer, _first_target_path(answer))
                self.saved["code"] = self.codes.newest(target, seen)
        self.compare(step, answer)
        for name, path in step.saves:
            self.saved[name] = at_path(answer, path)

    async def subscribe(self, step: Step, variables: dict[str, Any]) -> list[Any]:
        socket = await self.stack.enter_async_context(graphql_socket(self.ws_url))
        await socket.sign_in(self.saved[f"token.{step.role}"])
        await socket.subscribe(step.name, step.query, variables)
        self.sockets[step.name] = socket
        return [await self.next_payload(socket) for _ in step.answer]

    async def more_events(self, step: Step) -> None:
        """The next events of an open subscription; those about other orders than the
        documented event's (the demo's own traffic) are passed over."""
        assert step.events_of in self.sockets, f"line {step.line}: no subscription {step.events_of}"
        socket = self.sockets[step.events_of]
        answer = []
        for documented in fill(step.answer, self.saved):
            wanted = _order_id(documented)
            payload = await self.next_payload(socket)
            while wanted is not None and _order_id(payload) not in (wanted, None):
                payload = await self.next_payload(socket)
            answer.append(payload)
        self.compare(step, answer)

    @staticmethod
    async def next_payload(socket: GraphQLSocket) -> Any:
        message = await socket.receive(timeout=20)
        assert message["type"] == "next", message
        return message["payload"]

    def compare(self, step: Step, answer: Any) -> None:
        documented = fill(step.answer, self.saved)
        problems = mismatches(documented, answer)
        assert not problems, (
            f"docs/api.md line {step.line} (step {step.name}, as {step.role}) answered "
            f"differently:\n  " + "\n  ".join(problems) + f"\nfull answer: {answer}"
        )


def _order_id(payload: Any) -> str | None:
    """The ``orderId`` of a subscription payload (``{"data": {field: {"orderId": …}}}``)."""
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, dict) or len(data) != 1:
        return None
    (event,) = data.values()
    found = event.get("orderId") if isinstance(event, dict) else None
    return found if isinstance(found, str) else None


def _first_target_path(answer: Any) -> str:
    """The path of ``target`` in a verificationCodeSend answer."""
    (field,) = answer["data"].keys()
    return f"data.{field}.target"


def test_the_cookbook_covers_every_role_with_complete_examples() -> None:
    steps = parse(API_MD.read_text(encoding="utf-8"))
    roles = {step.role for step in steps}
    assert set(ROLES) <= roles, f"roles without an example: {set(ROLES) - roles}"
    queries = " ".join(step.query for step in steps)
    for operation in (
        "verificationCodeSend", "userRegister", "tokenCreate", "tokenRefresh", "bookingCreate",
        "orderEvents", "orderOffers", "bookingReschedule", "bookingCancel", "paymentProviders",
        "reviewSubmit", "orderGrab", "orderAccept", "orderStatusUpdate", "orderHelpRequest",
        "orderAssign", "bookingsExport", "helpRequests", "taskStats", "reportExport",
        "policyRuleAdd", "policyValidate", "policySave", "policyPublish", "userCreate",
        "serviceTypeCreate", "serviceTypeUpdate", "staffFeedbackSubmit",
    ):  # fmt: skip
        assert re.search(rf"\b{operation}\b", queries), f"no cookbook example uses {operation}"


async def test_every_cookbook_example_answers_as_documented(
    demo: DemoSummary,
    client: httpx.AsyncClient,
    ws_url: str,
    database: Settings,
    celery_worker: WorkerProcess | None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # given: the demo, and the cookbook's steps in document order
    steps = parse(API_MD.read_text(encoding="utf-8"))
    assert len(steps) >= 40
    runner = Runner(client, ws_url, CodeLog(caplog, celery_worker), database.timezone)
    # when / then: each answers as documented
    with caplog.at_level(logging.INFO, "dispatchhub.sent"):
        async with runner.stack:
            for step in steps:
                await runner.run(step)
