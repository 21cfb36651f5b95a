"""Queue notifications; the outbox delivers them after the business change commits."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

from dispatchhub.notifications.tables import Notification
from dispatchhub.notifications.templates import render
from dispatchhub.outbox.service import enqueue

__all__ = ["CHANNELS", "notify"]

CHANNELS = ("SMS", "EMAIL", "WEBPUSH", "INAPP")


async def notify(
    *,
    channel: str,
    target: str,
    template: str,
    params: dict[str, str],
    locale: str = "zh-CN",
    recipient_id: UUID | None = None,
    delay: timedelta | None = None,
) -> UUID:
    """Record a notification and queue its delivery, in the caller's transaction.

    Args:
        channel: SMS, EMAIL, WEBPUSH or INAPP. In-app messages are delivered by being
            stored (the inbox), so they are SENT at once and need no provider.
        target: the normalised phone (E.164), e-mail or push subscription id; empty for
            in-app.
        template: a key of :data:`~dispatchhub.notifications.templates.TEMPLATES`.
        params: the template's parameters.
        locale: the recipient's language.
        recipient_id: the user, when the target belongs to an account.
        delay: hold an SMS, e-mail or push this long (the recipient's quiet hours).

    Returns:
        The notification's id.
    """
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    subject, body = render(template, params, locale)
    row = Notification(
        recipient=recipient_id,
        channel=channel,
        target=target,
        template=template,
        params=params,
        subject=subject,
        body=body,
        status="SENT" if channel == "INAPP" else "PENDING",
    )
    await row.save()
    notification_id = UUID(str(row.id))
    if channel != "INAPP":
        await enqueue(
            "notifications.deliver", {"notification_id": str(notification_id)}, delay=delay
        )
    return notification_id
