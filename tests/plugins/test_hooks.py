"""What each provider hook receives and how its answer is used."""

from __future__ import annotations

import pytest

from dispatchhub import db, hookimpl
from dispatchhub.config import Settings
from dispatchhub.geo import great_circle_km
from dispatchhub.notifications.service import notify
from dispatchhub.notifications.tables import Notification
from dispatchhub.outbox import service
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.plugins.notification_messages import DeliveryReceipt, EmailMessage, SmsMessage
from dispatchhub.runtime import create_runtime

PEOPLES_SQUARE = (31.2304, 121.4737)
LUJIAZUI = (31.2397, 121.4998)


class RecordingProvider:
    """Takes every message and says which it took."""

    def __init__(self) -> None:
        self.sms: list[SmsMessage] = []
        self.email: list[EmailMessage] = []

    @hookimpl
    def send_sms(self, message: SmsMessage) -> DeliveryReceipt:
        self.sms.append(message)
        return DeliveryReceipt("recording", f"sms-{len(self.sms)}")

    @hookimpl
    def send_email(self, message: EmailMessage) -> DeliveryReceipt:
        self.email.append(message)
        return DeliveryReceipt("recording", f"mail-{len(self.email)}")


async def deliver_all(settings: Settings, provider: object) -> None:
    runtime = create_runtime(
        settings.model_copy(update={"redis_url": None}),
        plugins=create_plugin_manager(load_entrypoints=False, extra=[provider]),
    )
    for message_id in await service.claim_pending(10):
        assert (await service.execute(runtime, message_id)).status == "DONE"


async def test_hook_send_sms_gets_the_rendered_message_and_its_receipt_is_kept(
    database: Settings,
) -> None:
    provider = RecordingProvider()
    async with db.write():
        notification_id = await notify(
            channel="SMS", target="+8613912345678", template="verification_code",
            params={"code": "246810", "minutes": "10"}, locale="zh-CN",
        )  # fmt: skip

    await deliver_all(database, provider)

    [sms] = provider.sms
    assert sms.message_id == str(notification_id)
    assert sms.phone == "+8613912345678"
    assert sms.template == "verification_code"
    assert sms.params == {"code": "246810", "minutes": "10"}
    assert "246810" in sms.text and "验证码" in sms.text
    row = await Notification.objects().get(Notification.id == notification_id)
    assert (row.status, row.provider, row.provider_message_id) == ("SENT", "recording", "sms-1")


async def test_hook_send_email_gets_subject_and_body_in_the_recipients_language(
    database: Settings,
) -> None:
    provider = RecordingProvider()
    async with db.write():
        await notify(
            channel="EMAIL", target="ops@example.com", template="verification_code",
            params={"code": "135790", "minutes": "10"}, locale="en",
        )  # fmt: skip

    await deliver_all(database, provider)

    [email] = provider.email
    assert email.to == "ops@example.com"
    assert email.subject == "Your verification code"
    assert "135790" in email.body and "expires in 10 minutes" in email.body


def test_hook_route_distance_km_defaults_to_great_circle_and_a_plugin_overrides_it() -> None:
    class RoadDistance:
        @hookimpl
        def route_distance_km(
            self, origin: tuple[float, float], destination: tuple[float, float]
        ) -> float:
            return 4.2

    default = create_plugin_manager(load_entrypoints=False).hook
    overridden = create_plugin_manager(load_entrypoints=False, extra=[RoadDistance()]).hook

    straight = default.route_distance_km(origin=PEOPLES_SQUARE, destination=LUJIAZUI)
    assert straight == pytest.approx(great_circle_km(*PEOPLES_SQUARE, *LUJIAZUI))
    assert straight == pytest.approx(2.6, abs=0.2)
    assert overridden.route_distance_km(origin=PEOPLES_SQUARE, destination=LUJIAZUI) == 4.2


def test_great_circle_is_symmetric_and_zero_on_the_same_point() -> None:
    assert great_circle_km(*PEOPLES_SQUARE, *PEOPLES_SQUARE) == 0
    assert great_circle_km(*PEOPLES_SQUARE, *LUJIAZUI) == great_circle_km(
        *LUJIAZUI, *PEOPLES_SQUARE
    )
