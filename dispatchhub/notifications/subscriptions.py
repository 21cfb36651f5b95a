"""Browsers' Web Push subscriptions: stored per user, used by notices, dropped when gone."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from uuid import UUID

from dispatchhub import db
from dispatchhub.errors import FieldError, ValidationFailed
from dispatchhub.notifications.errors import NotificationsErrorCode
from dispatchhub.notifications.tables import PushSubscription
from dispatchhub.notifications.webpush import check_subscription

__all__ = ["subscribe", "subscriptions_of", "unsubscribe"]


async def subscribe(user_id: UUID, endpoint: str, p256dh: str, auth: str) -> None:
    """Store a browser's subscription for ``user_id``.

    An endpoint belongs to one browser: subscribing it again (new keys, or another account
    signed in on that browser) replaces the earlier subscription.

    Raises:
        ValidationFailed: ``BAD_ENDPOINT`` at ``endpoint``, ``BAD_KEY`` at ``p256dh`` or
            ``auth``; nothing is stored.
    """
    wrong = check_subscription(endpoint, p256dh, auth)
    if wrong:
        raise ValidationFailed(
            [FieldError(NotificationsErrorCode[code], field) for field, code in wrong]
        )
    async with db.write():
        await PushSubscription.delete().where(PushSubscription.endpoint == endpoint)
        await PushSubscription(user=user_id, endpoint=endpoint, p256dh=p256dh, auth=auth).save()


async def unsubscribe(user_id: UUID, endpoint: str) -> bool:
    """Forget one of ``user_id``'s subscriptions; False when they had none at ``endpoint``."""
    gone = await (
        PushSubscription.delete()
        .where((PushSubscription.user == user_id) & (PushSubscription.endpoint == endpoint))
        .returning(PushSubscription.id)
    )
    return bool(gone)


async def subscriptions_of(user_ids: Sequence[UUID]) -> dict[UUID, list[UUID]]:
    """The subscription ids of each user (users without any are left out)."""
    found: dict[UUID, list[UUID]] = defaultdict(list)
    if not user_ids:
        return found
    rows = await PushSubscription.select(PushSubscription.id, PushSubscription.user).where(
        PushSubscription.user.is_in(list(user_ids))
    )
    for row in rows:
        found[UUID(str(row["user"]))].append(UUID(str(row["id"])))
    return found
