"""A notification row run again after the provider accepted it never reaches the person
twice, and its ``attempts`` counts the provider calls truly made.

The provider is the Alibaba Cloud SMS plugin talking to its local fake gateway over HTTP.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from dispatchhub_sms import plugin as sms_plugin
from dispatchhub_sms.fake_gateway import FakeAliyunSms, serve

from dispatchhub.config import Settings
from dispatchhub.notifications.tables import Notification
from dispatchhub.outbox import service
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.plugins.notification_messages import SmsMessage
from dispatchhub.runtime import create_runtime
from tests.fixtures.app import wait_for_outbox
from tests.outbox.test_outbox import queue_sms

KEY_ID, SECRET, SIGN, CODE = "LTAI-faults", "faults-secret", "派单测试", "SMS_71390007"


@pytest.fixture
def gateway(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAliyunSms]:
    fake = FakeAliyunSms(
        access_keys={KEY_ID: SECRET},
        sign_names=frozenset({SIGN}),
        templates={CODE: frozenset({"code", "minutes"})},
    )
    with serve(fake) as url:
        for name, value in {
            "ENDPOINT": url, "ACCESS_KEY_ID": KEY_ID, "ACCESS_KEY_SECRET": SECRET,
            "SIGN_NAME": SIGN, "TEMPLATES": f"verification_code={CODE}",
        }.items():  # fmt: skip
            monkeypatch.setenv(f"DISPATCHHUB_SMS_{name}", value)
        yield fake


async def killed_after_the_provider_accepted(settings: Settings) -> str:
    """Leave things as a worker killed right after Alibaba accepted the message does."""
    notification_id = await queue_sms()
    [message_id] = await service.claim_pending(10)
    row = await Notification.objects().get(Notification.id == notification_id)
    sms_plugin.send_sms(
        message=SmsMessage(str(row.id), row.target, row.template, row.body,
                           {"code": "123456", "minutes": "10"})
    )  # fmt: skip
    await Notification.update({Notification.status: "SENDING", Notification.attempts: 1}).where(
        Notification.id == notification_id
    )
    await OutboxMessage.update(
        {
            OutboxMessage.status: "RUNNING",
            OutboxMessage.attempts: 1,
            OutboxMessage.claimed_at: service.now() - timedelta(minutes=1),
        }
    ).where(OutboxMessage.id == message_id)
    return str(notification_id)


async def test_hook_sms_accepted_keeps_a_rerun_from_sending_again(
    database: Settings, gateway: FakeAliyunSms
) -> None:
    settings = database.model_copy(update={"redis_url": None})
    runtime = create_runtime(
        settings, plugins=create_plugin_manager(load_entrypoints=False, extra=(sms_plugin,))
    )
    notification_id = await killed_after_the_provider_accepted(settings)

    relay = runtime.start_relay()
    try:
        rows = await wait_for_outbox(timeout=10)
    finally:
        await relay.stop()

    assert [r["status"] for r in rows] == ["DONE"]
    assert [sms.out_id for sms in gateway.accepted] == [notification_id]  # once
    notification = await Notification.objects().get(Notification.id == notification_id)
    assert (notification.status, notification.attempts) == ("SENT", 1)
    assert notification.provider == "aliyun-sms"


async def test_a_message_that_never_went_out_is_sent_on_the_rerun(
    database: Settings, gateway: FakeAliyunSms
) -> None:
    settings = database.model_copy(update={"redis_url": None})
    runtime = create_runtime(
        settings, plugins=create_plugin_manager(load_entrypoints=False, extra=(sms_plugin,))
    )
    notification_id = await queue_sms()
    # a first attempt that was killed before the request left
    await Notification.update({Notification.status: "SENDING", Notification.attempts: 1}).where(
        Notification.id == notification_id
    )

    relay = runtime.start_relay()
    try:
        await wait_for_outbox(timeout=10)
    finally:
        await relay.stop()

    assert [sms.out_id for sms in gateway.accepted] == [str(notification_id)]
    notification = await Notification.objects().get(Notification.id == notification_id)
    assert (notification.status, notification.attempts) == ("SENT", 2)
