"""Whether a staff member is on shift: the weekly calendar, overridden by the app's switch.

A staff profile carries a weekly calendar (``shifts``: ``[{weekday, start, end}]`` in the
business time zone; an ``end`` at or before its ``start`` runs past midnight). Staff can also
go on or off shift by hand in the staff app (``staffShiftStart`` / ``staffShiftEnd``), which
sets ``shift_state`` (``ON`` / ``OFF``) and ``shift_state_at``. The rule:

- a manual state holds for :data:`MANUAL_HOURS` hours after it was set, or until the other
  one replaces it; after that (or when none was ever set) the calendar decides;
- ``ON``: on shift; the minutes left are those of the calendar shift then running or those
  left of the manual period, whichever is longer;
- ``OFF``: off shift, even inside a calendar shift (gone home early, ill, stuck).

Dispatch (``staff.on_shift``, ``staff.available``, ``staff.shift_remaining_min``) and the
position reports (refused off shift) read the same rule through :func:`minutes_left`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

__all__ = ["MANUAL_HOURS", "OFF", "ON", "calendar_minutes_left", "minutes_left"]

ON = "ON"
OFF = "OFF"
# Long enough for a long working day, short enough that a forgotten "end shift" does not keep
# someone in dispatch overnight.
MANUAL_HOURS = 12


def _clock(text: str) -> int:
    hour, minute = text.split(":")[:2]
    return int(hour) * 60 + int(minute)


def calendar_minutes_left(shifts: Iterable[Mapping[str, Any]], local: datetime) -> float | None:
    """Minutes left in the calendar shift running at ``local`` (weekday 0 = Monday), else
    None when no shift is running."""
    now = local.hour * 60 + local.minute + local.second / 60
    today, yesterday = local.weekday(), (local.weekday() - 1) % 7
    for shift in shifts:
        start, end = _clock(shift["start"]), _clock(shift["end"])
        if end <= start:  # an overnight shift ends the next day
            if shift["weekday"] == today and now >= start:
                return end + 24 * 60 - now
            if shift["weekday"] == yesterday and now < end:
                return end - now
        elif shift["weekday"] == today and start <= now < end:
            return end - now
    return None


def minutes_left(profile: Mapping[str, Any], at: datetime, zone: ZoneInfo) -> float | None:
    """Minutes of shift left at ``at`` for a ``staff_profiles`` row, None when off shift.

    Args:
        profile: The row (``shifts``; ``shift_state`` and ``shift_state_at`` when present).
        at: The moment (timezone-aware).
        zone: The business time zone the calendar is written in.
    """
    calendar = calendar_minutes_left(profile.get("shifts") or [], at.astimezone(zone))
    state = profile.get("shift_state")
    since: datetime | None = profile.get("shift_state_at")
    if state not in (ON, OFF) or since is None:
        return calendar
    expires = since + timedelta(hours=MANUAL_HOURS)
    if not since <= at < expires:
        return calendar
    if state == OFF:
        return None
    manual = (expires - at).total_seconds() / 60
    return max(manual, calendar or 0.0)
