"""Booking numbers, which the orders' numbers follow (``orders.service.order_number``)."""

from __future__ import annotations

import secrets
from datetime import datetime
from zoneinfo import ZoneInfo

__all__ = ["new_number"]


def new_number(prefix: str, at: datetime, zone: ZoneInfo, suffix: str | None = None) -> str:
    """A human-readable, practically unique number: ``B20261124-7F3A9C``.

    The one scheme of booking and order numbers, live and in the demo: a letter, the local
    date the booking was made, six random hex digits (``suffix``, when the caller draws
    them itself, as the seeded demo does).
    """
    digits = suffix if suffix is not None else secrets.token_hex(3).upper()
    return f"{prefix}{at.astimezone(zone):%Y%m%d}-{digits}"
