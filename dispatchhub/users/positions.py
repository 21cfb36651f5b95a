"""Going on and off shift, and the live position staff share while on shift.

The staff app calls :func:`shift_start` / :func:`shift_end` (the rule they feed is in
:mod:`dispatchhub.users.shifts`) and, while on shift and open, :func:`record` with the
device's position. Positions are stored in WGS-84 on the profile (``lat``, ``lon``,
``located_at``, ``location_accuracy_m``): the newest one only, with its age; dispatch
measures distances from it, and the order's customer follows it while the staff member is
on the way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub.errors import DomainError, ErrorCode, FieldError, ValidationFailed
from dispatchhub.geo import gcj02_to_wgs84
from dispatchhub.users.shifts import OFF, ON, minutes_left
from dispatchhub.users.tables import StaffProfile

__all__ = [
    "MAX_ACCURACY_M",
    "MIN_INTERVAL",
    "CoordinateSystem",
    "Position",
    "ShiftErrorCode",
    "positions_of",
    "record",
    "shift_end",
    "shift_start",
    "shift_states",
]

# One report every few seconds is plenty for "where is my technician" and for distances; a
# phone's watchPosition can fire several times a second.
MIN_INTERVAL = timedelta(seconds=5)
# A fix worse than this says little about where someone is (a cell-tower guess is ~1-3 km).
MAX_ACCURACY_M = 5000.0


class ShiftErrorCode(ErrorCode):
    """Why a shift change or a position report was refused."""

    NOT_STAFF = (
        "只有服务人员可以上下班和上报位置。",
        "Only staff members go on shift and report positions.",
    )
    OFF_SHIFT = (
        "下班状态不上报位置,请先上班。",
        "You are off shift: positions are shared only on shift.",
    )
    INVALID_LATITUDE = ("纬度需在 -90 到 90 之间。", "The latitude must be between -90 and 90.")
    INVALID_LONGITUDE = (
        "经度需在 -180 到 180 之间。",
        "The longitude must be between -180 and 180.",
    )
    INVALID_ACCURACY = (
        "定位精度需在 0 到 {max} 米之间。",
        "The accuracy must be between 0 and {max} metres.",
    )
    TOO_FREQUENT = (
        "位置上报过于频繁,请 {retry_after} 秒后再报。",
        "Positions are reported too often; send the next in {retry_after} seconds.",
    )


class CoordinateSystem(StrEnum):
    """The datum a reported position is in."""

    WGS84 = "WGS84"
    GCJ02 = "GCJ02"


@dataclass(frozen=True, slots=True)
class Position:
    """A staff member's last reported position (WGS-84) and when it was recorded."""

    lat: float
    lon: float
    recorded_at: datetime
    accuracy_m: float | None


async def _profile(user_id: UUID) -> dict[str, Any]:
    row = await (
        StaffProfile.select(
            StaffProfile.shifts, StaffProfile.shift_state, StaffProfile.shift_state_at,
            StaffProfile.located_at,
        )
        .where(StaffProfile.user == user_id)
        .output(load_json=True)
        .first()
    )  # fmt: skip
    if row is None:
        raise DomainError(ShiftErrorCode.NOT_STAFF)
    return dict(row)


async def _set_shift(user_id: UUID, state: str, now: datetime) -> None:
    await _profile(user_id)
    await StaffProfile.update(
        {StaffProfile.shift_state: state, StaffProfile.shift_state_at: now}
    ).where(StaffProfile.user == user_id)


async def shift_start(user_id: UUID, now: datetime) -> None:
    """Put the staff member on shift (request time; idempotent: starting again renews the
    manual period). Raises ``DomainError(NOT_STAFF)`` without a staff profile."""
    await _set_shift(user_id, ON, now)


async def shift_end(user_id: UUID, now: datetime) -> None:
    """Take the staff member off shift; dispatch stops offering them work and their
    position is no longer taken. Raises ``DomainError(NOT_STAFF)`` without a profile."""
    await _set_shift(user_id, OFF, now)


async def shift_states(user_ids: list[UUID], at: datetime, zone: ZoneInfo) -> dict[UUID, bool]:
    """Whether each of ``user_ids`` with a staff profile is on shift at ``at``."""
    if not user_ids:
        return {}
    rows = await (
        StaffProfile.select(
            StaffProfile.user, StaffProfile.shifts, StaffProfile.shift_state,
            StaffProfile.shift_state_at,
        )
        .where(StaffProfile.user.is_in(user_ids))
        .output(load_json=True)
    )  # fmt: skip
    return {UUID(str(r["user"])): minutes_left(r, at, zone) is not None for r in rows}


async def positions_of(user_ids: list[UUID]) -> dict[UUID, Position]:
    """The last reported position of each of ``user_ids`` who has one."""
    if not user_ids:
        return {}
    rows = await StaffProfile.select(
        StaffProfile.user, StaffProfile.lat, StaffProfile.lon, StaffProfile.located_at,
        StaffProfile.location_accuracy_m,
    ).where(StaffProfile.user.is_in(user_ids))  # fmt: skip
    return {
        UUID(str(r["user"])): Position(
            r["lat"], r["lon"], r["located_at"], r["location_accuracy_m"]
        )
        for r in rows
        if r["lat"] is not None and r["lon"] is not None and r["located_at"] is not None
    }


def _checked(lat: float, lon: float, accuracy_m: float | None) -> None:
    problems = []
    if not (math.isfinite(lat) and -90 <= lat <= 90):
        problems.append(FieldError(ShiftErrorCode.INVALID_LATITUDE, "location.lat"))
    if not (math.isfinite(lon) and -180 <= lon <= 180):
        problems.append(FieldError(ShiftErrorCode.INVALID_LONGITUDE, "location.lon"))
    if accuracy_m is not None and not (
        math.isfinite(accuracy_m) and 0 <= accuracy_m <= MAX_ACCURACY_M
    ):
        problems.append(
            FieldError(
                ShiftErrorCode.INVALID_ACCURACY, "accuracy_meters", {"max": int(MAX_ACCURACY_M)}
            )
        )
    if problems:
        raise ValidationFailed(problems)


async def record(
    user_id: UUID,
    lat: float,
    lon: float,
    *,
    accuracy_m: float | None,
    system: CoordinateSystem,
    now: datetime,
    zone: ZoneInfo,
) -> Position:
    """Keep a position the staff member's device reported (request time).

    Args:
        user_id: The staff member.
        lat: Latitude in degrees, in ``system``.
        lon: Longitude in degrees, in ``system``.
        accuracy_m: The device's accuracy radius in metres, when it gave one.
        system: WGS84 (GPS, the browser's Geolocation) or GCJ02 (Chinese map SDKs);
            stored as WGS-84.
        now: The moment of the report.
        zone: The business time zone (the shift calendar).

    Returns:
        The stored position.

    Raises:
        DomainError: ``NOT_STAFF``; ``OFF_SHIFT``; ``INVALID_LATITUDE`` /
            ``INVALID_LONGITUDE`` / ``INVALID_ACCURACY`` at their fields; ``TOO_FREQUENT``
            when the previous report is less than :data:`MIN_INTERVAL` old.
    """
    _checked(lat, lon, accuracy_m)
    profile = await _profile(user_id)
    if minutes_left(profile, now, zone) is None:
        raise DomainError(ShiftErrorCode.OFF_SHIFT)
    if system is CoordinateSystem.GCJ02:
        lat, lon = gcj02_to_wgs84(lat, lon)
    # A conditional update, so two reports racing each other cannot both pass the limit.
    stored = await (
        StaffProfile.update(
            {StaffProfile.lat: lat, StaffProfile.lon: lon, StaffProfile.located_at: now,
             StaffProfile.location_accuracy_m: accuracy_m}
        )
        .where(
            (StaffProfile.user == user_id)
            & (StaffProfile.located_at.is_null() | (StaffProfile.located_at <= now - MIN_INTERVAL))
        )
        .returning(StaffProfile.id)
    )  # fmt: skip
    if not stored:
        last: datetime = profile["located_at"]
        wait = max(1, math.ceil((last + MIN_INTERVAL - now).total_seconds()))
        raise DomainError(ShiftErrorCode.TOO_FREQUENT, retry_after=wait)
    return Position(lat, lon, now, accuracy_m)
