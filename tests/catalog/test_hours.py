"""Service hours: whether an appointment fits, and the checks on what an admin enters."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dispatchhub.catalog.checks import Problems
from dispatchhub.catalog.hours import is_within_service_hours, parse_service_hours, windows_on

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY = datetime(2026, 11, 30, tzinfo=SHANGHAI)  # a Monday
HOURS: dict[str, Any] = {
    "service_hours": {
        "start": "08:00",
        "end": "20:00",
        "weekdays": [
            {"weekday": 5, "start": "09:00", "end": "12:00"},
            {"weekday": 5, "start": "13:00", "end": "17:00"},
        ],
        "closed_weekdays": [6],
    },
    "default_duration_min": 90,
}


def at(day: int, hhmm: str) -> datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return MONDAY + timedelta(days=day, hours=hours, minutes=minutes)


@pytest.mark.parametrize(
    ("start", "end", "fits"),
    [
        (at(0, "08:00"), at(0, "09:00"), True),  # starts exactly at opening
        (at(0, "19:00"), at(0, "20:00"), True),  # ends exactly at closing
        (at(0, "07:59"), at(0, "09:00"), False),
        (at(0, "19:30"), at(0, "20:01"), False),
        (at(5, "09:00"), at(5, "12:00"), True),  # Saturday morning window
        (at(5, "11:00"), at(5, "14:00"), False),  # across the Saturday lunch break
        (at(5, "08:00"), at(5, "09:00"), False),  # Saturday opens later
        (at(6, "10:00"), at(6, "11:00"), False),  # Sunday closed
        (at(0, "12:00"), at(0, "11:00"), False),  # ends before it starts
    ],
)
def test_an_appointment_fits_when_its_whole_window_is_inside_one_service_window(
    start: datetime, end: datetime, fits: bool
) -> None:
    assert is_within_service_hours(HOURS, start, end, SHANGHAI) is fits


def test_without_an_end_the_default_duration_counts() -> None:
    assert is_within_service_hours(HOURS, at(0, "18:30"), None, SHANGHAI)
    assert not is_within_service_hours(HOURS, at(0, "18:31"), None, SHANGHAI)


def test_times_in_utc_are_read_in_the_business_zone() -> None:
    start = at(0, "09:00").astimezone(ZoneInfo("UTC"))  # 01:00 UTC
    assert is_within_service_hours(HOURS, start, start + timedelta(hours=1), SHANGHAI)


def test_a_window_may_end_at_midnight() -> None:
    late = {"service_hours": {"start": "18:00", "end": "24:00"}}
    assert is_within_service_hours(late, at(0, "23:00"), at(1, "00:00"), SHANGHAI)
    assert not is_within_service_hours(late, at(0, "23:00"), at(1, "00:01"), SHANGHAI)


def test_the_windows_of_a_day_are_labelled_for_hints() -> None:
    assert [w.label for w in windows_on(HOURS, at(5, "00:00").date())] == [
        "09:00–12:00",
        "13:00–17:00",
    ]
    assert windows_on(HOURS, at(6, "00:00").date()) == []
    assert [w.label for w in windows_on({}, at(0, "00:00").date())] == ["08:00–20:00"]


def parse(raw: object) -> tuple[dict[str, Any] | None, list[tuple[str, str]]]:
    problems = Problems()
    stored = parse_service_hours(raw, problems)
    return stored, [(e.field or "", e.code.name) for e in problems.errors]


def test_valid_hours_are_stored_in_order() -> None:
    raw = {**HOURS["service_hours"], "weekdays": list(reversed(HOURS["service_hours"]["weekdays"]))}
    assert parse(raw) == (HOURS["service_hours"], [])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"start": "8:00", "end": "20:00"}, ("serviceHours.start", "INVALID_TIME")),
        ({"start": "08:00", "end": "25:00"}, ("serviceHours.end", "INVALID_TIME")),
        ({"start": "24:00", "end": "24:00"}, ("serviceHours.start", "INVALID_TIME")),
        ({"start": "20:00", "end": "08:00"}, ("serviceHours.end", "HOURS_ORDER")),
        ({"start": "08:00", "end": "08:00"}, ("serviceHours.end", "HOURS_ORDER")),
        ({"end": "20:00"}, ("serviceHours.start", "REQUIRED")),
        (
            {
                "start": "08:00",
                "end": "20:00",
                "weekdays": [
                    {"weekday": 1, "start": "08:00", "end": "12:00"},
                    {"weekday": 1, "start": "11:30", "end": "18:00"},
                ],
            },
            ("serviceHours.weekdays.1", "HOURS_OVERLAP"),
        ),
        (
            {
                "start": "08:00",
                "end": "20:00",
                "weekdays": [{"weekday": 6, "start": "08:00", "end": "12:00"}],
                "closed_weekdays": [6],
            },
            ("serviceHours.weekdays.0", "HOURS_CLOSED_CONFLICT"),
        ),
        (
            {
                "start": "08:00",
                "end": "20:00",
                "weekdays": [{"weekday": 7, "start": "08:00", "end": "12:00"}],
            },
            ("serviceHours.weekdays.0.weekday", "OUT_OF_RANGE"),
        ),
        (
            {"start": "08:00", "end": "20:00", "closed_weekdays": [5, 5]},
            ("serviceHours.closedWeekdays.1", "DUPLICATE"),
        ),
        ({"start": "08:00", "end": "20:00", "tz": "UTC"}, ("serviceHours.tz", "UNKNOWN_FIELD")),
        ("08:00-20:00", ("serviceHours", "EXPECTED_TYPE")),
    ],
)
def test_invalid_or_overlapping_hours_are_refused_at_the_field(
    raw: object, expected: tuple[str, str]
) -> None:
    stored, errors = parse(raw)

    assert stored is None
    assert expected in errors


def test_back_to_back_windows_do_not_overlap() -> None:
    raw = {
        "start": "08:00",
        "end": "20:00",
        "weekdays": [
            {"weekday": 2, "start": "08:00", "end": "12:00"},
            {"weekday": 2, "start": "12:00", "end": "16:00"},
        ],
    }
    assert parse(raw)[1] == []
