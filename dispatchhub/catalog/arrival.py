"""Promised arrival windows: how soon after acceptance staff must be at the customer's.

Stored as JSON on ``ServiceType.arrival_windows``, by urgency, in minutes::

    {"NORMAL": 240, "URGENT": 120, "EMERGENCY": 60}

An urgency without an entry promises nothing (no deadline, no lateness). When an order is
accepted, its deadline is ``max(accepted, scheduled start) + window``: a booking for later
today is due within the window of its appointment, one for "now" within the window of the
acceptance (:func:`arrival_deadline`). Admins set the windows with
:func:`set_arrival_windows` (GraphQL ``serviceTypeArrivalWindowsSet``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from dispatchhub import db
from dispatchhub.catalog.checks import Problems
from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.catalog.tables import ServiceType
from dispatchhub.errors import DomainError

__all__ = [
    "MAX_WINDOW_MIN",
    "URGENCIES",
    "arrival_deadline",
    "parse_arrival_windows",
    "set_arrival_windows",
    "window_for",
]

URGENCIES = ("NORMAL", "URGENT", "EMERGENCY")
MAX_WINDOW_MIN = 7 * 24 * 60


def parse_arrival_windows(
    raw: object, problems: Problems, *, path: str = "windows"
) -> dict[str, int] | None:
    """Check admin input ``[{urgency, minutes}, …]``; problems go to ``path.<index>.<field>``.

    Returns:
        ``{urgency: minutes}``, or None when anything was wrong (the problems say what).
    """
    entries = problems.items(raw, path, limit=len(URGENCIES))
    if entries is None:
        return None
    before = len(problems.errors)
    windows: dict[str, int] = {}
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        here = f"{path}.{index}"
        if not isinstance(entry, Mapping):
            problems.expected(here, "对象", "an object")
            continue
        urgency = entry.get("urgency")
        if urgency not in URGENCIES:
            problems.add(CatalogErrorCode.UNKNOWN_URGENCY, f"{here}.urgency")
            continue
        if urgency in seen:
            problems.add(CatalogErrorCode.DUPLICATE, f"{here}.urgency", value=urgency)
            continue
        seen.add(str(urgency))
        minutes = problems.integer(entry.get("minutes"), f"{here}.minutes", 1, MAX_WINDOW_MIN)
        if minutes is not None:
            windows[str(urgency)] = minutes
    return None if len(problems.errors) > before else windows


def window_for(windows: Mapping[str, Any] | None, urgency: str) -> timedelta | None:
    """The promised window of ``urgency`` in a stored ``arrival_windows``; None: no promise."""
    minutes = (windows or {}).get(str(urgency).upper())
    return timedelta(minutes=int(minutes)) if minutes else None


def arrival_deadline(
    windows: Mapping[str, Any] | None, urgency: str, *, accepted: datetime, start: datetime
) -> datetime | None:
    """When a staff member accepting at ``accepted`` must arrive for an appointment at
    ``start``; None when the service type promises nothing for ``urgency``."""
    window = window_for(windows, urgency)
    return None if window is None else max(accepted, start) + window


async def set_arrival_windows(service_type_id: UUID, raw: object) -> dict[str, int]:
    """Replace a service type's arrival windows (an empty list removes every promise).

    Orders accepted later get deadlines from the new windows; accepted ones keep theirs.

    Raises:
        ValidationFailed: bad entries, at their ``windows.<index>.<field>``.
        DomainError: ``NOT_FOUND`` at ``serviceTypeId``.
    """
    problems = Problems()
    windows = parse_arrival_windows(raw, problems)
    problems.raise_if_any()
    assert windows is not None
    async with db.write():
        changed = await (
            ServiceType.update(
                {ServiceType.arrival_windows: windows, ServiceType.updated_at: datetime.now(UTC)}
            )
            .where(ServiceType.id == service_type_id)
            .returning(ServiceType.id)
        )
    if not changed:
        raise DomainError(CatalogErrorCode.NOT_FOUND, "serviceTypeId", what="service type")
    return windows
