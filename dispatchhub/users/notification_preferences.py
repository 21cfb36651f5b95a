"""Staff notification preferences: the channels beside the in-app inbox, and quiet hours.

Every notice reaches the in-app inbox (and live subscriptions). A staff member chooses
whether it also comes by SMS, by e-mail and by Web Push to the browsers they subscribed, and
may set quiet hours in the business time zone: during them SMS, e-mail and pushes for
non-urgent notices are held — queued to go out when the quiet hours end, never dropped —
while notices about URGENT or EMERGENCY orders go at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub.errors import DomainError, FieldError, ValidationFailed
from dispatchhub.notifications.errors import NotificationsErrorCode
from dispatchhub.notifications.subscriptions import subscriptions_of
from dispatchhub.users.tables import StaffProfile, User

__all__ = [
    "OPTIONAL_CHANNELS",
    "URGENT",
    "Preferences",
    "QuietHours",
    "hold_for",
    "load_preferences",
    "quiet_hours",
    "save_preferences",
]

OPTIONAL_CHANNELS = ("SMS", "EMAIL", "WEBPUSH")
# Notices about orders this urgent ignore quiet hours.
URGENT = frozenset({"URGENT", "EMERGENCY"})
_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A daily window, local time ("22:00"–"07:00" runs overnight)."""

    start: str
    end: str


@dataclass(frozen=True, slots=True)
class Preferences:
    """The channels a staff member gets notices by (INAPP always) and their quiet hours."""

    channels: tuple[str, ...]
    quiet_hours: QuietHours | None


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def hold_for(quiet: QuietHours | None, at: datetime, zone: ZoneInfo) -> timedelta | None:
    """How long a message must wait at ``at`` for quiet hours to end; None outside them."""
    if quiet is None:
        return None
    local = at.astimezone(zone)
    now = local.hour * 60 + local.minute
    start, end = _minutes(quiet.start), _minutes(quiet.end)
    inside = start <= now < end if start < end else now >= start or now < end
    if not inside:
        return None
    wait = (end - now) % (24 * 60)
    return timedelta(minutes=wait) - timedelta(seconds=local.second)


def quiet_hours(value: Any) -> QuietHours | None:
    """The stored quiet hours (``StaffProfile.quiet_hours``), or None."""
    if isinstance(value, dict) and "start" in value and "end" in value:
        return QuietHours(str(value["start"]), str(value["end"]))
    return None


async def load_preferences(staff_id: UUID) -> Preferences:
    """A staff member's preferences.

    Raises:
        DomainError: ``NO_STAFF_PROFILE``.
    """
    row = await (
        StaffProfile.select(StaffProfile.notify_channels, StaffProfile.quiet_hours)
        .where(StaffProfile.user == staff_id)
        .output(load_json=True)
        .first()
    )
    if row is None:
        raise DomainError(NotificationsErrorCode.NO_STAFF_PROFILE, None)
    chosen = set(row["notify_channels"] or [])
    channels = ("INAPP", *(c for c in OPTIONAL_CHANNELS if c in chosen))
    return Preferences(channels, quiet_hours(row["quiet_hours"]))


async def save_preferences(
    staff_id: UUID, channels: list[str], quiet_hours: QuietHours | None
) -> Preferences:
    """Choose the optional channels (INAPP is always on) and the quiet hours (None: none).

    Raises:
        ValidationFailed: ``NO_EMAIL`` / ``NO_PHONE`` / ``NO_PUSH_SUBSCRIPTION`` at
            ``channels`` (a channel the account has no address or browser for),
            ``BAD_TIME`` / ``EMPTY_QUIET_HOURS`` at ``quiet_hours.start`` or
            ``quiet_hours.end``; nothing is changed.
        DomainError: ``NO_STAFF_PROFILE``.
    """
    await load_preferences(staff_id)
    user = await User.select(User.phone, User.email).where(User.id == staff_id).first()
    assert user is not None
    errors: list[FieldError] = []
    if "EMAIL" in channels and not user["email"]:
        errors.append(FieldError(NotificationsErrorCode.NO_EMAIL, "channels"))
    if "SMS" in channels and not user["phone"]:
        errors.append(FieldError(NotificationsErrorCode.NO_PHONE, "channels"))
    if "WEBPUSH" in channels and not await subscriptions_of([staff_id]):
        errors.append(FieldError(NotificationsErrorCode.NO_PUSH_SUBSCRIPTION, "channels"))
    if quiet_hours is not None:
        for name in ("start", "end"):
            if not _CLOCK.match(getattr(quiet_hours, name)):
                errors.append(FieldError(NotificationsErrorCode.BAD_TIME, f"quiet_hours.{name}"))
        if not errors and quiet_hours.start == quiet_hours.end:
            errors.append(FieldError(NotificationsErrorCode.EMPTY_QUIET_HOURS, "quiet_hours.end"))
    if errors:
        raise ValidationFailed(errors)
    chosen = ["INAPP", *(c for c in OPTIONAL_CHANNELS if c in channels)]
    quiet = None if quiet_hours is None else {"start": quiet_hours.start, "end": quiet_hours.end}
    await StaffProfile.update(
        {StaffProfile.notify_channels: chosen, StaffProfile.quiet_hours: quiet}
    ).where(StaffProfile.user == staff_id)
    return await load_preferences(staff_id)
