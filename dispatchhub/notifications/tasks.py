"""Outbox task: hand one notification to the SMS or e-mail provider hook."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from dispatchhub import db
from dispatchhub.notifications.messages import DeliveryReceipt, EmailMessage, SmsMessage
from dispatchhub.notifications.tables import Notification
from dispatchhub.outbox.service import now
from dispatchhub.plugins.events import emit

if TYPE_CHECKING:
    from dispatchhub.runtime import Runtime

__all__ = ["deliver_notification"]


async def deliver_notification(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Deliver a PENDING notification once; a provider error is recorded and re-raised.

    Re-raising sends the outbox row back for a retry with back-off; the notification row
    keeps the attempt count and the last error for the admin UI.
    """
    row = await (
        Notification.objects()
        .where(Notification.id == payload["notification_id"])
        .output(load_json=True)
        .first()
    )
    if row is None or row.status == "SENT":
        return  # already delivered by an earlier attempt whose DONE mark was lost
    hook = runtime.plugins.hook
    try:
        receipt: DeliveryReceipt | None
        if row.channel == "SMS":
            loaded: dict[str, object] = row.params  # type: ignore[assignment]  # load_json
            params = {str(k): str(v) for k, v in loaded.items()}
            sms = SmsMessage(str(row.id), row.target, row.template, row.body, params)
            receipt = await asyncio.to_thread(hook.send_sms, message=sms)
        else:
            email = EmailMessage(str(row.id), row.target, row.subject, row.body)
            receipt = await asyncio.to_thread(hook.send_email, message=email)
        if receipt is None:
            raise RuntimeError(f"no plugin delivered the {row.channel} notification")
    except Exception as exc:
        await Notification.update(
            {
                Notification.attempts: Notification.attempts + 1,
                Notification.last_error: f"{type(exc).__name__}: {exc}"[:2000],
            }
        ).where(Notification.id == row.id)
        raise
    async with db.write():
        await Notification.update(
            {
                Notification.status: "SENT",
                Notification.provider: receipt.provider,
                Notification.provider_message_id: receipt.provider_message_id,
                Notification.attempts: Notification.attempts + 1,
                Notification.sent_at: now(),
            }
        ).where(Notification.id == row.id)
        await emit(
            runtime.plugins,
            "notification_delivered",
            notification_id=str(row.id),
            channel=row.channel,
            provider=receipt.provider,
            provider_message_id=receipt.provider_message_id,
        )
