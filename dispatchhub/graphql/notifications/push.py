"""A staff member's browsers subscribed to Web Push (:mod:`dispatchhub.notifications.webpush`)."""

from __future__ import annotations

import strawberry

from dispatchhub.graphql.context import Context
from dispatchhub.graphql.notifications.preferences import NotificationsError
from dispatchhub.graphql.refusals import refusals
from dispatchhub.notifications import subscriptions, webpush

__all__ = ["PushMutation", "PushQuery"]


@strawberry.input(description="A browser's PushSubscription (its toJSON(): endpoint and keys).")
class WebPushSubscribeInput:
    endpoint: str = strawberry.field(description="The push service URL (https).")
    p256dh: str = strawberry.field(description="keys.p256dh: the browser's P-256 key, base64url.")
    auth: str = strawberry.field(description="keys.auth: the 16-byte secret, base64url.")


@strawberry.input
class WebPushUnsubscribeInput:
    endpoint: str = strawberry.field(
        description="The push service URL the browser was subscribed with."
    )


@strawberry.type
class WebPushPayload:
    subscribed: bool = strawberry.field(description="Whether the browser is now subscribed.")
    errors: list[NotificationsError]


@strawberry.type
class PushQuery:
    @strawberry.field(
        description="The VAPID public key (base64url) to pass as applicationServerKey to "
        "pushManager.subscribe()."
    )
    def web_push_key(self, info: strawberry.Info[Context, None]) -> str:
        return webpush.public_key(info.context.runtime.settings.secret_key)


@strawberry.type
class PushMutation:
    @strawberry.mutation(
        description="Receive notices in this browser too; then add WEBPUSH to your channels."
    )
    @refusals(WebPushPayload, NotificationsError, subscribed=False)
    async def web_push_subscribe(
        self, info: strawberry.Info[Context, None], input: WebPushSubscribeInput
    ) -> WebPushPayload:
        context = info.context
        await subscriptions.subscribe(context.user_id, input.endpoint, input.p256dh, input.auth)
        return WebPushPayload(subscribed=True, errors=[])

    @strawberry.mutation(description="Stop pushes to one of your browsers.")
    async def web_push_unsubscribe(
        self, info: strawberry.Info[Context, None], input: WebPushUnsubscribeInput
    ) -> WebPushPayload:
        await subscriptions.unsubscribe(info.context.user_id, input.endpoint)
        return WebPushPayload(subscribed=False, errors=[])
