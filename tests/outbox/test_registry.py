"""The outbox's task registry: domains add their tasks; the core lists none."""

from __future__ import annotations

from typing import Any

import pytest

from dispatchhub import domains
from dispatchhub.outbox import handlers
from dispatchhub.outbox.handlers import register_task, task_handlers


async def _one(runtime: Any, payload: dict[str, Any]) -> None:
    return None


async def _other(runtime: Any, payload: dict[str, Any]) -> None:
    return None


@pytest.fixture
def empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(handlers, "_handlers", {})


@pytest.mark.usefixtures("empty")
def test_a_task_is_registered_once_under_its_name() -> None:
    register_task("tests.one", _one)
    register_task("tests.one", _one)  # the module imported again

    assert dict(task_handlers()) == {"tests.one": _one}
    with pytest.raises(ValueError, match="already"):
        register_task("tests.one", _other)


def test_the_loaded_domains_register_every_task_they_enqueue() -> None:
    domains.load()

    assert {
        "analytics.refresh_rollups", "bookings.export", "dispatch.refresh_staff_stats",
        "notifications.deliver", "orders.dispatch", "orders.offer_expired",
        "orders.reoptimise", "orders.service_report", "payments.refund", "plugins.event",
        "reviews.invite",
    } <= set(task_handlers())  # fmt: skip
