"""The on-shift rule: the weekly calendar, overridden for 12 hours by the app's switch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dispatchhub.dispatch.snapshot import History, staff_records
from dispatchhub.users.shifts import MANUAL_HOURS, calendar_minutes_left, minutes_left

SHANGHAI = ZoneInfo("Asia/Shanghai")
TUESDAY_14 = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)  # Tuesday 14:00 in Shanghai
NINE_TO_SIX = [{"weekday": 1, "start": "09:00", "end": "18:00"}]


def profile(**changes: Any) -> dict[str, Any]:
    return {
        "user": "s1", "level": 3, "years_experience": 2, "region": "xuhui", "lat": 31.2,
        "lon": 121.44, "home_lat": None, "home_lon": None, "availability": "AVAILABLE",
        "max_active_orders": 3, "shifts": NINE_TO_SIX, **changes,
    }  # fmt: skip


def test_the_calendar_alone_decides_when_the_switch_was_never_used() -> None:
    assert minutes_left(profile(), TUESDAY_14, SHANGHAI) == 240
    assert minutes_left(profile(shifts=[]), TUESDAY_14, SHANGHAI) is None


def test_overnight_calendar_shifts_run_past_midnight() -> None:
    night = [{"weekday": 0, "start": "22:00", "end": "06:00"}]  # Monday night
    tuesday_1am = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)
    assert calendar_minutes_left(night, tuesday_1am.astimezone(SHANGHAI)) == 300


def test_going_off_shift_overrides_a_running_calendar_shift() -> None:
    ended = profile(shift_state="OFF", shift_state_at=TUESDAY_14 - timedelta(minutes=5))
    assert minutes_left(ended, TUESDAY_14, SHANGHAI) is None


def test_going_on_shift_outside_the_calendar_lasts_the_manual_period() -> None:
    started = profile(shifts=[], shift_state="ON", shift_state_at=TUESDAY_14 - timedelta(hours=2))
    assert minutes_left(started, TUESDAY_14, SHANGHAI) == (MANUAL_HOURS - 2) * 60


def test_inside_a_longer_calendar_shift_the_calendar_gives_the_minutes_left() -> None:
    long_day = [{"weekday": 1, "start": "00:00", "end": "24:00"}]
    started = profile(
        shifts=long_day, shift_state="ON", shift_state_at=TUESDAY_14 - timedelta(hours=11)
    )
    assert minutes_left(started, TUESDAY_14, SHANGHAI) == 600  # 24:00 is 10 h away, manual 1 h


@pytest.mark.parametrize("state", ["ON", "OFF"])
def test_a_switch_older_than_the_manual_period_gives_way_to_the_calendar(state: str) -> None:
    old = profile(shift_state=state, shift_state_at=TUESDAY_14 - timedelta(hours=MANUAL_HOURS))
    assert minutes_left(old, TUESDAY_14, SHANGHAI) == 240
    assert minutes_left({**old, "shifts": []}, TUESDAY_14, SHANGHAI) is None


def test_a_switch_made_after_the_moment_does_not_count_in_a_replay() -> None:
    later = profile(shift_state="OFF", shift_state_at=TUESDAY_14 + timedelta(minutes=1))
    assert minutes_left(later, TUESDAY_14, SHANGHAI) == 240


def test_dispatch_records_read_the_switch() -> None:
    # given one staff member who went home early and one who came in off calendar
    off = profile(user="s1", shift_state="OFF", shift_state_at=TUESDAY_14 - timedelta(hours=1))
    on = profile(user="s2", shifts=[], shift_state="ON", shift_state_at=TUESDAY_14)
    # when dispatch builds its records
    records = {
        r["id"]: r for r in staff_records([off, on], [], History(), at=TUESDAY_14, zone=SHANGHAI)
    }
    # then on_shift and available follow the switch
    assert (records["s1"]["on_shift"], records["s1"]["available"]) == (False, False)
    assert records["s1"]["shift_remaining_min"] == 0.0
    assert (records["s2"]["on_shift"], records["s2"]["available"]) == (True, True)
    assert records["s2"]["shift_remaining_min"] == MANUAL_HOURS * 60
