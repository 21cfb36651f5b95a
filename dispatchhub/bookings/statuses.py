"""The states and kinds of values a booking holds, as the tables store them.

Plain string enums the services, the demo and the GraphQL layer share, so a booking can
only hold a value the API can show.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["BookingChannel", "BookingStatus", "ChargeStatus", "Urgency"]


class BookingStatus(StrEnum):
    """Where a booking is in its life."""

    SUBMITTED = "SUBMITTED"
    NEEDS_CHANGES = "NEEDS_CHANGES"
    PENDING_REVIEW = "PENDING_REVIEW"
    CONFIRMED = "CONFIRMED"
    IN_SERVICE = "IN_SERVICE"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"


class BookingChannel(StrEnum):
    """Where a booking came in: the web, the app, or an agent on the phone."""

    WEB = "WEB"
    APP = "APP"
    PHONE = "PHONE"


class Urgency(StrEnum):
    """How soon the customer needs the service (a booking's and so its order's)."""

    NORMAL = "NORMAL"
    URGENT = "URGENT"
    EMERGENCY = "EMERGENCY"


class ChargeStatus(StrEnum):
    """A cancellation or reschedule charge: owed, paid (or paid back), or let go."""

    PENDING = "PENDING"
    SETTLED = "SETTLED"
    WAIVED = "WAIVED"
