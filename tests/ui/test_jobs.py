"""Failed jobs: an admin sees an outbox job that gave up, with its error, and retries it."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

from playwright.sync_api import Page, expect

from dispatchhub import db
from dispatchhub.notifications.service import notify
from dispatchhub.outbox.tables import OutboxMessage
from tests.ui.conftest import Text

T = TypeVar("T")
FAILED = "{ failedOutboxJobs { id task attempts lastError } }"


def in_thread(work: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine on the live server's database (Playwright owns this thread's loop)."""
    result: list[T] = []
    thread = threading.Thread(target=lambda: result.append(asyncio.run(work())))
    thread.start()
    thread.join()
    return result[0]


async def sms_that_gave_up(marker: str) -> UUID:
    """An SMS whose delivery job is FAILED, as the relay leaves it after its last attempt
    (written in the transaction that queues it, so the relay never runs it first)."""
    async with db.write():
        notification_id = await notify(
            channel="SMS", target="+8613912345678", template="verification_code",
            params={"code": "123456", "minutes": "10"},
        )  # fmt: skip
        rows = (
            await OutboxMessage.select(OutboxMessage.id, OutboxMessage.payload)
            .where(
                (OutboxMessage.task == "notifications.deliver")
                & (OutboxMessage.status == "PENDING")
            )
            .output(load_json=True)
        )
        [job_id] = [
            r["id"] for r in rows if r["payload"]["notification_id"] == str(notification_id)
        ]
        await OutboxMessage.update(
            {
                OutboxMessage.status: "FAILED",
                OutboxMessage.attempts: 5,
                OutboxMessage.claimed_at: datetime.now(UTC),
                OutboxMessage.last_error: f"ConnectionError: gateway unreachable ({marker})",
            }
        ).where(OutboxMessage.id == job_id)
    return job_id  # type: ignore[no-any-return]


async def status_of(job_id: UUID) -> str:
    row = await OutboxMessage.select(OutboxMessage.status).where(OutboxMessage.id == job_id).first()
    assert row is not None
    return str(row["status"])


def test_an_admin_retries_a_failed_job_and_it_runs(
    signed_in: Callable[..., Page],
    api: Callable[..., dict[str, Any]],
    lang: str,
    text: Text,
    screenshots: Path,
) -> None:
    marker = f"ui {lang} {time.monotonic_ns()}"
    job_id = in_thread(lambda: sms_that_gave_up(marker))
    [job] = [j for j in api(FAILED)["failedOutboxJobs"] if marker in j["lastError"]]

    page = signed_in("admin", "jobs")
    row = page.locator(f'#job-list tr[data-job="{job["id"]}"]')
    expect(row.locator('[data-field="task"]')).to_have_text("notifications.deliver")
    expect(row.locator('[data-field="attempts"]')).to_have_text("5")
    expect(row.locator('[data-field="lastError"]')).to_contain_text(marker)
    page.screenshot(path=str(screenshots / f"jobs-{lang}.png"), full_page=True)

    row.locator('[data-action="retry"]').click()

    expect(page.locator("#jobs-notice")).to_have_text(
        text("jobs.retried", task="notifications.deliver")
    )
    expect(row).to_have_count(0)
    assert all(j["id"] != job["id"] for j in api(FAILED)["failedOutboxJobs"])
    deadline = time.monotonic() + 20  # the relay runs it again: the SMS goes out
    while (status := in_thread(lambda: status_of(job_id))) != "DONE":
        assert time.monotonic() < deadline, status
        time.sleep(0.1)


def test_the_failed_jobs_page_is_for_admins_only(
    signed_in: Callable[..., Page], text: Text
) -> None:
    page = signed_in("dispatcher", "board")
    expect(page.locator("#nav")).not_to_contain_text(text("nav.jobs"))
    page.goto(page.url.split("#")[0] + "#/jobs")
    expect(page.locator("#main")).to_contain_text(text("access.title"))
