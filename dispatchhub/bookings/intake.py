"""Booking intake: check what a customer (or an agent on the phone) entered, review it, store it.

Two levels of problems, as a field-service desk treats them:

* **Refused** (nothing stored, errors in the payload): input that cannot be a booking —
  an unknown service type, a time in the past, form data of the wrong shape, a 1 MB
  description, coordinates off the globe.
* **Needs changes** (stored as ``NEEDS_CHANGES`` with field errors and hints): a plausible
  booking the platform cannot confirm yet — outside service hours or the service area,
  required form fields still empty, no location, a description too thin to act on. The
  customer (or an agent) edits it and it is reviewed again.

A booking that passes is ``CONFIRMED`` and gets its order in the same transaction, or
``PENDING_REVIEW`` when its service type asks for a manual review.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from dispatchhub.bookings.errors import BookingsErrorCode
from dispatchhub.bookings.statuses import BookingChannel, BookingStatus, Urgency
from dispatchhub.catalog.hours import is_within_service_hours, windows_on
from dispatchhub.catalog.service import point_errors, serves_region
from dispatchhub.errors import FieldError

__all__ = [
    "DESCRIPTION_MAX",
    "BookingInput",
    "Point",
    "Review",
    "check_against_type",
    "check_input",
    "review",
]

DESCRIPTION_MAX = 2000
DESCRIPTION_MIN = 5
ADDRESS_MAX = 300
MAX_DAYS_AHEAD = 90
MAX_WINDOW = timedelta(hours=12)
URGENCIES = tuple(Urgency)
CHANNELS = tuple(BookingChannel)


@dataclass(frozen=True, slots=True)
class Point:
    """WGS-84 latitude and longitude in degrees."""

    lat: float
    lon: float


@dataclass(frozen=True)
class BookingInput:
    """What a booking form or an agent submits (already unpacked from GraphQL)."""

    description: str
    scheduled_start: datetime
    address: str
    channel: str = BookingChannel.WEB
    urgency: str = Urgency.NORMAL
    service_type_id: UUID | None = None
    service_item_id: UUID | None = None
    scheduled_end: datetime | None = None
    location: Point | None = None
    special_requirements: list[str] = field(default_factory=list)
    form_data: dict[str, Any] = field(default_factory=dict)
    customer_id: UUID | None = None
    idempotency_key: str | None = None
    follow_up_of: UUID | None = None


def check_input(data: BookingInput, now: datetime) -> list[FieldError]:
    """Problems that refuse the booking outright (nothing is stored)."""
    errors: list[FieldError] = []
    if len(data.description) > DESCRIPTION_MAX:
        errors.append(
            FieldError(BookingsErrorCode.TOO_LONG, "description", {"limit": DESCRIPTION_MAX})
        )
    if len(data.address) > ADDRESS_MAX:
        errors.append(FieldError(BookingsErrorCode.TOO_LONG, "address", {"limit": ADDRESS_MAX}))
    if data.idempotency_key is not None and not 1 <= len(data.idempotency_key) <= 100:
        errors.append(FieldError(BookingsErrorCode.TOO_LONG, "idempotency_key", {"limit": 100}))
    if data.location is not None:
        errors += point_errors(data.location.lat, data.location.lon, "location")
    errors += _check_times(data, now)
    return errors


def _check_times(data: BookingInput, now: datetime) -> list[FieldError]:
    start, end = data.scheduled_start, data.scheduled_end
    if start.tzinfo is None:
        return [FieldError(BookingsErrorCode.TIME_NOT_AWARE, "scheduled_start")]
    if end is not None and end.tzinfo is None:
        return [FieldError(BookingsErrorCode.TIME_NOT_AWARE, "scheduled_end")]
    if start <= now:
        return [FieldError(BookingsErrorCode.TIME_IN_PAST, "scheduled_start")]
    if start > now + timedelta(days=MAX_DAYS_AHEAD):
        return [
            FieldError(BookingsErrorCode.TIME_TOO_FAR, "scheduled_start", {"days": MAX_DAYS_AHEAD})
        ]
    if end is not None and end <= start:
        return [FieldError(BookingsErrorCode.END_BEFORE_START, "scheduled_end")]
    if end is not None and end - start > MAX_WINDOW:
        hours = int(MAX_WINDOW.total_seconds() // 3600)
        return [FieldError(BookingsErrorCode.WINDOW_TOO_LONG, "scheduled_end", {"hours": hours})]
    return []


def check_against_type(data: BookingInput, snapshot: dict[str, Any]) -> list[FieldError]:
    """Refusals that depend on the service type: urgency and special requirements offered."""
    errors: list[FieldError] = []
    offered = snapshot.get("urgency_options") or list(URGENCIES)
    if data.urgency not in offered:
        errors.append(
            FieldError(BookingsErrorCode.UNKNOWN_URGENCY, "urgency", {"urgency": data.urgency})
        )
    known = {option["code"] for option in snapshot.get("special_options", [])}
    for index, code in enumerate(data.special_requirements):
        if code not in known:
            errors.append(
                FieldError(
                    BookingsErrorCode.UNKNOWN_SPECIAL_REQUIREMENT,
                    f"special_requirements.{index}",
                    {"code": code},
                )
            )
    return errors


@dataclass(frozen=True, slots=True)
class Review:
    """The automatic review's verdict."""

    status: str  # CONFIRMED, PENDING_REVIEW or NEEDS_CHANGES
    errors: list[FieldError]


def review(
    data: BookingInput,
    snapshot: dict[str, Any],
    *,
    region: str | None,
    form_missing: list[FieldError],
    zone: Any,
) -> Review:
    """Completeness and plausibility of a booking that passed :func:`check_input`.

    Args:
        data: the booking as entered.
        snapshot: the service type as booked.
        region: the region containing the location (None if none does, or no location).
        form_missing: required form fields still empty (from the catalog's form check).
        zone: the business time zone.
    """
    errors = list(form_missing)
    errors += _review_description(data.description)
    if data.location is None:
        errors.append(FieldError(BookingsErrorCode.REQUIRED, "location"))
    else:
        if region is None or not serves_region(snapshot, region):
            regions = "、".join(snapshot.get("service_regions") or []) or "—"
            errors.append(
                FieldError(BookingsErrorCode.OUTSIDE_SERVICE_AREA, "location", {"regions": regions})
            )
    if not data.address.strip():
        errors.append(FieldError(BookingsErrorCode.REQUIRED, "address"))
    if not is_within_service_hours(snapshot, data.scheduled_start, data.scheduled_end, zone):
        local_day = data.scheduled_start.astimezone(zone).date()
        hours = ", ".join(w.label for w in windows_on(snapshot, local_day)) or "—"
        errors.append(
            FieldError(BookingsErrorCode.OUTSIDE_SERVICE_HOURS, "scheduled_start", {"hours": hours})
        )
    if errors:
        return Review(BookingStatus.NEEDS_CHANGES, errors)
    manual = snapshot.get("manual_review")
    return Review(BookingStatus.PENDING_REVIEW if manual else BookingStatus.CONFIRMED, [])


def _review_description(text: str) -> list[FieldError]:
    meaningful = [c for c in text if unicodedata.category(c)[0] in {"L", "N"}]
    if len(meaningful) < DESCRIPTION_MIN:
        return [
            FieldError(
                BookingsErrorCode.DESCRIPTION_TOO_SHORT, "description", {"minimum": DESCRIPTION_MIN}
            )
        ]
    most_common = max(meaningful.count(c) for c in set(meaningful))
    if most_common / len(meaningful) > 0.6 or len(meaningful) / len(text.strip()) < 0.4:
        return [FieldError(BookingsErrorCode.DESCRIPTION_NOT_READABLE, "description")]
    return []
