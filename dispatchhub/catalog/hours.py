"""Service hours: when a service type takes appointments, in the business time zone.

Stored as JSON on ``ServiceType.service_hours`` (and in every booking's snapshot)::

    {"start": "08:00", "end": "20:00",                 # every day, unless overridden
     "weekdays": [{"weekday": 5, "start": "09:00", "end": "12:00"},
                  {"weekday": 5, "start": "13:00", "end": "17:00"}],
     "closed_weekdays": [6]}                           # Monday = 0 … Sunday = 6

A weekday named in ``weekdays`` has exactly the windows listed for it (a split day is two
entries); a weekday in ``closed_weekdays`` has none; every other day has ``start``–``end``.
Times are ``HH:MM`` wall-clock times; ``24:00`` may end a window. A booking fits when its
whole window, from start to end, lies inside one window of the local day it starts on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from dispatchhub.catalog.checks import Problems
from dispatchhub.catalog.errors import CatalogErrorCode

__all__ = [
    "DEFAULT_SERVICE_HOURS",
    "ServiceWindow",
    "is_within_service_hours",
    "parse_service_hours",
    "windows_on",
]

DEFAULT_SERVICE_HOURS: dict[str, Any] = {"start": "08:00", "end": "20:00"}
_HHMM = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])|24:00")
_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class ServiceWindow:
    """One span of a day, as offsets from local midnight (``end`` may be 24:00)."""

    start: timedelta
    end: timedelta

    @property
    def label(self) -> str:
        """``08:00–20:00``, for hints shown to customers."""
        return f"{_hhmm(self.start)}–{_hhmm(self.end)}"


def windows_on(snapshot: Mapping[str, Any], day: date) -> list[ServiceWindow]:
    """The service windows of a local ``day`` for a snapshot (or service type row) dict.

    A missing ``service_hours`` means the default 08:00–20:00 every day.
    """
    hours = snapshot.get("service_hours") or DEFAULT_SERVICE_HOURS
    weekday = day.weekday()
    if weekday in hours.get("closed_weekdays", []):
        return []
    specific = [w for w in hours.get("weekdays", []) if w["weekday"] == weekday]
    spans = specific or [hours]
    return sorted(
        (ServiceWindow(_offset(w["start"]), _offset(w["end"])) for w in spans),
        key=lambda w: w.start,
    )


def is_within_service_hours(
    snapshot: Mapping[str, Any], start: datetime, end: datetime | None, zone: ZoneInfo
) -> bool:
    """Whether the appointment ``start``..``end`` lies inside one service window.

    Args:
        snapshot: the booking's ``service_snapshot`` or a service type row as a dict.
        start: the appointment's start (aware).
        end: its end (aware); None means start + the snapshot's ``default_duration_min``.
        zone: the business time zone (``settings.zone``).

    Returns:
        True when the whole appointment falls in one window of the local day it starts on;
        an appointment that runs past midnight fits only a window ending at 24:00 exactly.
        Boundaries are inclusive: 08:00–09:00 fits a 08:00–20:00 window, so does 19:00–20:00.
    """
    if end is None:
        end = start + timedelta(minutes=int(snapshot.get("default_duration_min", 60)))
    if end < start:
        return False
    local_start = start.astimezone(zone).replace(tzinfo=None)
    local_end = end.astimezone(zone).replace(tzinfo=None)
    midnight = datetime.combine(local_start.date(), time())
    begins, finishes = local_start - midnight, local_end - midnight
    return any(
        w.start <= begins and finishes <= w.end for w in windows_on(snapshot, midnight.date())
    )


def parse_service_hours(
    raw: object, problems: Problems, *, path: str = "serviceHours"
) -> dict[str, Any] | None:
    """Check an admin's service hours; return the stored shape, or None with problems recorded.

    Every window must start before it ends; windows of one weekday must not overlap; a
    closed weekday must not have windows.
    """
    if not isinstance(raw, Mapping):
        problems.expected(path, "对象", "an object")
        return None
    before = len(problems.errors)
    for key in sorted(map(str, set(raw) - {"start", "end", "weekdays", "closed_weekdays"})):
        problems.add(CatalogErrorCode.UNKNOWN_FIELD, f"{path}.{key}", name=key)
    default = _window(raw, problems, path)
    closed = _closed_days(raw.get("closed_weekdays", []), problems, f"{path}.closedWeekdays")
    by_day: dict[int, list[tuple[int, ServiceWindow]]] = {}
    entries = problems.items(raw.get("weekdays", []), f"{path}.weekdays", limit=7 * 6)
    for index, entry in enumerate(entries or []):
        here = f"{path}.weekdays.{index}"
        if not isinstance(entry, Mapping):
            problems.expected(here, "对象", "an object")
            continue
        for key in sorted(map(str, set(entry) - {"weekday", "start", "end"})):
            problems.add(CatalogErrorCode.UNKNOWN_FIELD, f"{here}.{key}", name=key)
        weekday = problems.integer(entry.get("weekday"), f"{here}.weekday", 0, 6)
        window = _window(entry, problems, here)
        if weekday is None or window is None:
            continue
        if weekday in closed:
            problems.add(CatalogErrorCode.HOURS_CLOSED_CONFLICT, here, weekday=weekday)
        by_day.setdefault(weekday, []).append((index, window))
    for weekday, windows in sorted(by_day.items()):
        ordered = sorted(windows, key=lambda pair: pair[1].start)
        for (_, first), (index, second) in zip(ordered, ordered[1:], strict=False):
            if second.start < first.end:
                problems.add(
                    CatalogErrorCode.HOURS_OVERLAP, f"{path}.weekdays.{index}", weekday=weekday
                )
    if len(problems.errors) > before or default is None:
        return None
    stored: dict[str, Any] = {"start": _hhmm(default.start), "end": _hhmm(default.end)}
    if by_day:
        stored["weekdays"] = [
            {"weekday": day, "start": _hhmm(w.start), "end": _hhmm(w.end)}
            for day, windows in sorted(by_day.items())
            for _, w in sorted(windows, key=lambda pair: pair[1].start)
        ]
    if closed:
        stored["closed_weekdays"] = sorted(closed)
    return stored


def _window(raw: Mapping[Any, Any], problems: Problems, path: str) -> ServiceWindow | None:
    start = _parse_time(raw.get("start"), problems, f"{path}.start", allow_24=False)
    end = _parse_time(raw.get("end"), problems, f"{path}.end", allow_24=True)
    if start is None or end is None:
        return None
    if start >= end:
        problems.add(CatalogErrorCode.HOURS_ORDER, f"{path}.end")
        return None
    return ServiceWindow(start, end)


def _closed_days(raw: object, problems: Problems, path: str) -> set[int]:
    days: set[int] = set()
    for index, value in enumerate(problems.items(raw, path, limit=7) or []):
        day = problems.integer(value, f"{path}.{index}", 0, 6)
        if day is not None and day in days:
            problems.add(CatalogErrorCode.DUPLICATE, f"{path}.{index}", value=day)
        elif day is not None:
            days.add(day)
    return days


def _parse_time(
    value: object, problems: Problems, path: str, *, allow_24: bool
) -> timedelta | None:
    if value is None:
        problems.add(CatalogErrorCode.REQUIRED, path)
        return None
    if not isinstance(value, str) or _HHMM.fullmatch(value) is None:
        problems.add(CatalogErrorCode.INVALID_TIME, path)
        return None
    if value == "24:00" and not allow_24:
        problems.add(CatalogErrorCode.INVALID_TIME, path)
        return None
    return _offset(value)


def _offset(hhmm: str) -> timedelta:
    hours, minutes = hhmm.split(":")
    return timedelta(hours=int(hours), minutes=int(minutes))


def _hhmm(offset: timedelta) -> str:
    if offset >= _DAY:
        return "24:00"
    minutes = int(offset / timedelta(minutes=1))
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
