"""Plugins are found through their entry points, called, and isolated when they fail."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from dispatchhub_sms.fake_gateway import FakeAliyunSms, serve

from dispatchhub import hookimpl
from dispatchhub.config import Settings
from dispatchhub.notifications.tables import Notification
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.plugins.manager import create_plugin_manager, plugin_names
from dispatchhub.runtime import create_runtime
from tests.fixtures.app import wait_for_outbox

INSTALLED = {"sms", "maps", "payment", "crm_erp"}
DEFAULTS = {"dispatchhub.distance", "dispatchhub.log_senders"}
SEND_CODE = """
mutation Send($target: String!) {
  verificationCodeSend(input: {channel: SMS, target: $target, purpose: REGISTER}) {
    target errors { field code }
  }
}
"""


def test_installed_distributions_are_discovered_through_entry_points() -> None:
    names = set(plugin_names(create_plugin_manager()))

    assert INSTALLED | DEFAULTS <= names


def test_allow_list_loads_only_the_named_plugins() -> None:
    assert set(plugin_names(create_plugin_manager(allow=["sms"]))) == DEFAULTS | {"sms"}
    assert set(plugin_names(create_plugin_manager(allow=[]))) == DEFAULTS


def test_an_unknown_hook_implementation_is_refused_at_start_up() -> None:
    class Typo:
        @hookimpl
        def send_smss(self) -> None: ...

    with pytest.raises(Exception, match="send_smss"):
        create_plugin_manager(load_entrypoints=False, extra=[Typo()])


@pytest.fixture
def aliyun(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAliyunSms]:
    """The fake Alibaba Cloud SMS gateway, with the installed sms plugin configured for it."""
    fake = FakeAliyunSms(
        access_keys={"LTAI-test": "secret"},
        sign_names=frozenset({"派单"}),
        templates={"SMS_100001": frozenset({"code", "minutes"})},
    )
    with serve(fake) as url:
        for name, value in {
            "ENDPOINT": url, "ACCESS_KEY_ID": "LTAI-test", "ACCESS_KEY_SECRET": "secret",
            "SIGN_NAME": "派单", "TEMPLATES": "verification_code=SMS_100001",
        }.items():  # fmt: skip
            monkeypatch.setenv(f"DISPATCHHUB_SMS_{name}", value)
        yield fake


async def test_hook_send_sms_reaches_the_installed_plugin_over_http(
    database: Settings, aliyun: FakeAliyunSms
) -> None:
    # given the app with the sms distribution loaded from its entry point, jobs in-process
    from dispatchhub.app import create_app

    settings = database.model_copy(update={"redis_url": None})
    runtime = create_runtime(settings, plugins=create_plugin_manager(allow=["sms"]))
    app = create_app(runtime=runtime)

    # when a customer asks for a registration code
    async with app.router.lifespan_context(app):
        import httpx

        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            response = await http.post(
                "/graphql", json={"query": SEND_CODE, "variables": {"target": "13912345678"}}
            )
        await wait_for_outbox()

    # then the plugin's hook sent it through the provider's API, exactly once
    assert response.json()["data"]["verificationCodeSend"]["errors"] == []
    [sms] = aliyun.accepted
    assert sms.phone_number == "13912345678"
    assert sms.template_code == "SMS_100001"
    [notification] = await Notification.select()
    assert (notification["status"], notification["provider"]) == ("SENT", "aliyun-sms")


class BrokenSms:
    """A provider plugin that always raises."""

    @hookimpl
    def send_sms(self, message: object) -> None:
        raise RuntimeError("provider exploded")


class BrokenListener:
    """An event listener that always raises."""

    @hookimpl
    def notification_delivered(self, notification_id: str, **_: object) -> None:
        raise RuntimeError("listener exploded")


class CountingListener:
    """An event listener that works."""

    seen: list[str] = []

    @hookimpl
    def notification_delivered(self, notification_id: str, **_: object) -> None:
        CountingListener.seen.append(notification_id)


@pytest.fixture
def isolated(database: Settings) -> Settings:
    return database.model_copy(update={"redis_url": None, "outbox_max_attempts": 2})


async def _send_code_with(settings: Settings, *extra: object) -> dict[str, object]:
    import httpx

    from dispatchhub.app import create_app

    plugins = create_plugin_manager(load_entrypoints=False, extra=extra)
    app = create_app(runtime=create_runtime(settings, plugins=plugins))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            response = await http.post(
                "/graphql", json={"query": SEND_CODE, "variables": {"target": "13912345678"}}
            )
        await OutboxMessage.update({OutboxMessage.available_at: OutboxMessage.created_at}).where(
            OutboxMessage.status == "PENDING"
        )  # retry at once instead of after the back-off
        await wait_for_outbox()
    body: dict[str, object] = response.json()
    return body


async def test_a_raising_provider_does_not_fail_the_request(isolated: Settings) -> None:
    body = await _send_code_with(isolated, BrokenSms())

    # the request succeeded; the message is kept, with the error, for a retry or an admin
    assert body == {"data": {"verificationCodeSend": {"target": "+8613912345678", "errors": []}}}
    [notification] = await Notification.select()
    assert notification["status"] == "PENDING"
    assert "provider exploded" in notification["last_error"]
    [row] = await OutboxMessage.select()
    assert (row["status"], row["attempts"]) == ("FAILED", 2)


async def test_hook_notification_delivered_retries_a_raising_listener_alone(
    isolated: Settings,
) -> None:
    CountingListener.seen.clear()

    await _send_code_with(isolated, BrokenListener(), CountingListener())

    [notification] = await Notification.select()
    assert notification["status"] == "SENT"
    assert CountingListener.seen == [str(notification["id"])]
    events = await OutboxMessage.select().where(OutboxMessage.task == "plugins.event")
    assert len({json.loads(row["payload"])["plugin"] for row in events}) == 2
    assert sorted(row["status"] for row in events) == ["DONE", "FAILED"]
    failed = next(row for row in events if row["status"] == "FAILED")
    assert "listener exploded" in failed["last_error"]
