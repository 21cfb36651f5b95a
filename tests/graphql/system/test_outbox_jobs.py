"""Failed outbox jobs for admins: listed with their error, retried, and run again."""

from __future__ import annotations

from typing import Any

import pluggy
import pytest

from dispatchhub import db, hookimpl
from dispatchhub.config import Settings
from dispatchhub.notifications.service import notify
from dispatchhub.notifications.tables import Notification
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.runtime import Runtime, create_runtime
from tests.fixtures.app import GraphQLClient, wait_for_outbox
from tests.fixtures.users import MakeUser

FAILED_JOBS = """
query { failedOutboxJobs { id task status attempts lastError createdAt failedAt } }
"""
RETRY = """
mutation ($id: ID!) { outboxJobRetry(input: {id: $id}) {
  job { id status attempts } errors { field code message } } }
"""


class FlakyGateway:
    """An SMS provider whose gateway is down until the test brings it up."""

    up = False

    @hookimpl
    def send_sms(self, message: object) -> None:
        if not FlakyGateway.up:
            raise ConnectionError("gateway unreachable")


@pytest.fixture
def plugins() -> pluggy.PluginManager:
    FlakyGateway.up = False
    return create_plugin_manager(load_entrypoints=False, extra=(FlakyGateway(),))


@pytest.fixture
def runtime(database: Settings, plugins: pluggy.PluginManager) -> Runtime:
    """Jobs run in-process (the test's gateway is the one called) and give up at once."""
    settings = database.model_copy(update={"redis_url": None, "outbox_max_attempts": 1})
    return create_runtime(settings, plugins=plugins)


async def failed_sms() -> Any:
    async with db.write():
        notification_id = await notify(
            channel="SMS", target="+8613912345678", template="verification_code",
            params={"code": "123456", "minutes": "10"},
        )  # fmt: skip
    rows = await wait_for_outbox()
    assert [r["status"] for r in rows] == ["FAILED"]
    return notification_id


async def test_admin_lists_a_failed_job_retries_it_and_it_runs_again(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    # given an SMS whose delivery gave up while the gateway was down
    notification_id = await failed_sms()
    admin = await make_user("admin")
    gql.headers.update(admin.headers)

    # when the admin lists the failed jobs
    body = await gql.execute(FAILED_JOBS)
    [job] = body["data"]["failedOutboxJobs"]

    # then the job shows its task, attempts and the last error
    assert (job["task"], job["status"], job["attempts"]) == ("notifications.deliver", "FAILED", 1)
    assert "gateway unreachable" in job["lastError"]
    assert job["failedAt"] >= job["createdAt"]

    # when the gateway is back and the admin retries the job
    FlakyGateway.up = True
    retried = (await gql.execute(RETRY, {"id": job["id"]}))["data"]["outboxJobRetry"]

    # then it is PENDING again, runs, and the SMS is sent; the list is empty
    assert retried == {"job": {"id": job["id"], "status": "PENDING", "attempts": 0}, "errors": []}
    rows = await wait_for_outbox()
    assert [(r["status"], r["attempts"]) for r in rows] == [("DONE", 1)]
    sent = await Notification.objects().get(Notification.id == notification_id)
    assert sent.status == "SENT"
    assert (await gql.execute(FAILED_JOBS))["data"]["failedOutboxJobs"] == []

    # and a second retry of the now finished job is refused at its field
    again = (await gql.execute(RETRY, {"id": job["id"]}))["data"]["outboxJobRetry"]
    assert again["job"] is None
    assert [(e["field"], e["code"]) for e in again["errors"]] == [("id", "JOB_NOT_FAILED")]


async def test_retry_of_an_unknown_job_is_refused(gql: GraphQLClient, make_user: MakeUser) -> None:
    admin = await make_user("admin")
    gql.headers.update(admin.headers)

    for bad in ("00000000-0000-0000-0000-000000000000", "not an id"):
        body = await gql.execute(RETRY, {"id": bad})
        answer = body["data"]["outboxJobRetry"]
        assert answer["job"] is None
        assert [(e["field"], e["code"]) for e in answer["errors"]] == [("id", "JOB_NOT_FOUND")]


async def test_only_admins_see_failed_jobs(gql: GraphQLClient, make_user: MakeUser) -> None:
    await failed_sms()
    dispatcher = await make_user("dispatcher")
    gql.headers.update(dispatcher.headers)

    body = await gql.execute(FAILED_JOBS)

    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
