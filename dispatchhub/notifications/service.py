"""Queue notifications; the outbox delivers them after the business change commits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import NamedTuple
from uuid import UUID

from dispatchhub.notifications.tables import Notification
from dispatchhub.notifications.templates import render
from dispatchhub.outbox.service import enqueue

__all__ = ["CHANNELS", "Message", "notify", "notify_all"]

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
    (notification_id,) = await notify_all(
        [Message(channel, target)], template=template, params=params, locale=locale,
        recipient_id=recipient_id, delay=delay,
    )  # fmt: skip
    return notification_id


class Message(NamedTuple):
    """Where one of :func:`notify_all`'s notifications goes."""

    channel: str
    target: str


async def notify_all(
    messages: Sequence[Message],
    *,
    template: str,
    params: dict[str, str],
    locale: str = "zh-CN",
    recipient_id: UUID | None = None,
    delay: timedelta | None = None,
) -> list[UUID]:
    """:func:`notify` for the same message on several channels, stored in one insert.

    Returns:
        The notifications' ids, in the order of ``messages``.
    """
    if not messages:
        return []
    for message in messages:
        if message.channel not in CHANNELS:
            raise ValueError(f"unknown channel {message.channel!r}")
    subject, body = render(template, params, locale)
    rows = [
        Notification(
            recipient=recipient_id,
            channel=message.channel,
            target=message.target,
            template=template,
            params=params,
            subject=subject,
            body=body,
            status="SENT" if message.channel == "INAPP" else "PENDING",
        )
        for message in messages
    ]
    await Notification.insert(*rows)
    for row in rows:
        if row.channel != "INAPP":
            await enqueue("notifications.deliver", {"notification_id": str(row.id)}, delay=delay)
    return [UUID(str(row.id)) for row in rows]
