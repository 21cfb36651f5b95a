"""Outbox task: hand one notification to the SMS or e-mail provider hook, or push it."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import httpx

from dispatchhub import db
from dispatchhub.notifications import webpush
from dispatchhub.notifications.tables import Notification, PushSubscription
from dispatchhub.outbox.handlers import register_task
from dispatchhub.outbox.service import now
from dispatchhub.plugins.events import emit
from dispatchhub.plugins.notification_messages import DeliveryReceipt, EmailMessage, SmsMessage

if TYPE_CHECKING:
    from dispatchhub.runtime import Runtime

__all__ = ["PUSH_TTL_SECONDS", "deliver_notification"]

# A push the browser cannot take within a day is dropped by its push service.
PUSH_TTL_SECONDS = 24 * 3600


async def deliver_notification(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Deliver a PENDING notification once; a provider error is recorded and re-raised.

    Re-raising sends the outbox row back for a retry with back-off; the notification row
    keeps the attempt count (one per call of the provider) and the last error for the
    admin UI. The row is SENDING while the provider has it: a re-run that finds it so (the
    answer was lost) asks the provider (``sms_accepted``) before sending it again, so a
    message the provider accepted never reaches the person twice.
    """
    row = await (
        Notification.objects()
        .where(Notification.id == payload["notification_id"])
        .output(load_json=True)
        .first()
    )
    if row is None or row.status in {"SENT", "FAILED"}:
        return  # already delivered (or given up) by an earlier attempt whose DONE mark was lost
    hook = runtime.plugins.hook
    sms: SmsMessage | None = None
    if row.channel == "SMS":
        loaded: dict[str, object] = row.params  # type: ignore[assignment]  # load_json
        params = {str(k): str(v) for k, v in loaded.items()}
        sms = SmsMessage(str(row.id), row.target, row.template, row.body, params)
    receipt: DeliveryReceipt | None = None
    if row.status == "SENDING" and sms is not None:
        # An earlier attempt handed it over and then the answer was lost (the worker was
        # killed, the database went away): ask the provider before sending it again.
        receipt = await asyncio.to_thread(hook.sms_accepted, message=sms)
    if receipt is None:
        # Recorded before the provider is called: a re-run knows the message may be out.
        await Notification.update(
            {Notification.status: "SENDING", Notification.attempts: Notification.attempts + 1}
        ).where((Notification.id == row.id) & Notification.status.is_in(["PENDING", "SENDING"]))
        try:
            if row.channel == "WEBPUSH":
                receipt = await _push(runtime, row)
                if receipt is None:
                    return
            elif sms is not None:
                receipt = await asyncio.to_thread(hook.send_sms, message=sms)
            else:
                email = EmailMessage(str(row.id), row.target, row.subject, row.body)
                receipt = await asyncio.to_thread(hook.send_email, message=email)
            if receipt is None:
                raise RuntimeError(f"no plugin delivered the {row.channel} notification")
        except Exception as exc:
            # Refused: PENDING again. No answer in time: it may be out, so it stays SENDING
            # and the retry asks the provider first.
            in_doubt = isinstance(exc, TimeoutError | httpx.TimeoutException)
            await Notification.update(
                {
                    Notification.status: "SENDING" if in_doubt else "PENDING",
                    Notification.last_error: f"{type(exc).__name__}: {exc}"[:2000],
                }
            ).where((Notification.id == row.id) & (Notification.status == "SENDING"))
            raise
    async with db.write():
        await Notification.update(
            {
                Notification.status: "SENT",
                Notification.provider: receipt.provider,
                Notification.provider_message_id: receipt.provider_message_id,
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


async def _push(runtime: Runtime, row: Notification) -> DeliveryReceipt | None:
    """Push a WEBPUSH notification to its browser (:mod:`.webpush`); None when the browser
    has unsubscribed: the subscription is deleted and the notification marked FAILED."""
    found = await PushSubscription.objects().where(PushSubscription.id == row.target).first()
    settings = runtime.settings
    payload: dict[str, object] = {"title": row.subject, "body": row.body,
                                  "template": row.template,
                                  "notificationId": str(row.id)}  # fmt: skip
    try:
        if found is None:
            raise webpush.Gone("the subscription was removed")
        result = await webpush.send(
            webpush.Subscription(found.endpoint, found.p256dh, found.auth),
            payload,
            secret_key=settings.secret_key,
            contact=settings.web_push_contact,
            ttl_seconds=PUSH_TTL_SECONDS,
        )
    except webpush.Gone as gone:
        async with db.write():
            await PushSubscription.delete().where(PushSubscription.id == row.target)
            await Notification.update(
                {
                    Notification.status: "FAILED",
                    Notification.last_error: f"Gone: {gone}",
                }
            ).where(Notification.id == row.id)
        return None
    return DeliveryReceipt("webpush", result.location[-100:])


register_task("notifications.deliver", deliver_notification)
