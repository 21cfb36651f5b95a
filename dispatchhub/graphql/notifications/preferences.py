"""A staff member's notification preferences: channels beside the inbox, and quiet hours."""

from __future__ import annotations

from enum import Enum

import strawberry

from dispatchhub.errors import DomainError
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import Error, error_type_for
from dispatchhub.graphql.refusals import refusals
from dispatchhub.notifications.errors import NotificationsErrorCode
from dispatchhub.users.notification_preferences import (
    Preferences,
    QuietHours,
    load_preferences,
    save_preferences,
)

__all__ = ["PreferencesMutation", "PreferencesQuery"]

NotificationsErrorCodeEnum = strawberry.enum(
    NotificationsErrorCode,
    name="NotificationsErrorCode",
    description="Why notification preferences were refused.",
)


@strawberry.type
class NotificationsError(Error):
    code: NotificationsErrorCodeEnum  # type: ignore[valid-type]


error_type_for(NotificationsError, NotificationsErrorCodeEnum)


@strawberry.enum(description="How a notice reaches you; INAPP (the inbox) is always on.")
class NotificationChannel(Enum):
    INAPP = strawberry.enum_value("INAPP", description="The in-app inbox (`notifications`).")
    SMS = strawberry.enum_value("SMS", description="Text message to the account's phone.")
    EMAIL = strawberry.enum_value("EMAIL", description="E-mail to the account's address.")
    WEBPUSH = strawberry.enum_value(
        "WEBPUSH", description="Web Push to the browsers subscribed with `webPushSubscribe`."
    )


@strawberry.type(description="A daily window, local time; it may run overnight (22:00–07:00).")
class QuietHoursInfo:
    start: str = strawberry.field(description="HH:MM, local time: holding starts.")
    end: str = strawberry.field(description="HH:MM, local time: held notices go out.")


@strawberry.input(description="A daily window, local time (HH:MM); it may run overnight.")
class QuietHoursInput:
    start: str = strawberry.field(description="HH:MM, local time.")
    end: str = strawberry.field(description="HH:MM, local time.")


@strawberry.type(
    description="The channels a staff member gets notices by, and quiet hours during which "
    "SMS, e-mail and pushes for non-urgent notices wait (URGENT and EMERGENCY orders still "
    "go out)."
)
class NotificationPreferences:
    channels: list[NotificationChannel] = strawberry.field(
        description="The channels beside the inbox (INAPP is always on)."
    )
    quiet_hours: QuietHoursInfo | None = strawberry.field(
        description="The quiet hours; null: none."
    )


@strawberry.input
class NotificationPreferencesInput:
    channels: list[NotificationChannel] = strawberry.field(
        description="SMS, EMAIL and/or WEBPUSH (to the browsers you subscribed) besides the "
        "inbox (INAPP is always kept)."
    )
    quiet_hours: QuietHoursInput | None = strawberry.field(
        default=None, description="null: no quiet hours."
    )


@strawberry.type
class NotificationPreferencesPayload:
    preferences: NotificationPreferences | None = strawberry.field(
        description="The preferences now in force; null when refused."
    )
    errors: list[NotificationsError]


def _info(preferences: Preferences) -> NotificationPreferences:
    quiet = preferences.quiet_hours
    return NotificationPreferences(
        channels=[NotificationChannel(c) for c in preferences.channels],
        quiet_hours=QuietHoursInfo(start=quiet.start, end=quiet.end) if quiet else None,
    )


@strawberry.type
class PreferencesQuery:
    @strawberry.field(description="Your notification preferences (staff); null without a profile.")
    async def notification_preferences(
        self, info: strawberry.Info[Context, None]
    ) -> NotificationPreferences | None:
        try:
            return _info(await load_preferences(info.context.user_id))
        except DomainError:
            return None


@strawberry.type
class PreferencesMutation:
    @strawberry.mutation(description="Choose how notices reach you, and your quiet hours.")
    @refusals(NotificationPreferencesPayload, NotificationsError)
    async def notification_preferences_update(
        self, info: strawberry.Info[Context, None], input: NotificationPreferencesInput
    ) -> NotificationPreferencesPayload:
        context = info.context
        quiet = input.quiet_hours
        saved = await save_preferences(
            context.user_id,
            [c.name for c in input.channels],
            QuietHours(quiet.start, quiet.end) if quiet else None,
        )
        return NotificationPreferencesPayload(preferences=_info(saved), errors=[])
