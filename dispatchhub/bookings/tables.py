"""Bookings (the customer side) and their change history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from piccolo.columns import (
    JSON,
    BigInt,
    DoublePrecision,
    ForeignKey,
    Integer,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.columns.base import OnDelete
from piccolo.columns.reference import LazyTableReference
from piccolo.table import Table

from dispatchhub.catalog.tables import ServiceItem, ServiceType
from dispatchhub.tables_common import created_at, primary_key, updated_at
from dispatchhub.users.tables import User

if TYPE_CHECKING:
    from dispatchhub.orders.tables import Order

__all__ = ["Booking", "BookingEvent", "BookingExport"]


class Booking(Table, tablename="bookings"):
    """A customer's request for service at a time and place.

    States: SUBMITTED, NEEDS_CHANGES, PENDING_REVIEW, CONFIRMED, IN_SERVICE, COMPLETED,
    CANCELLED.
    """

    id = primary_key()
    number = Varchar(length=32, unique=True, help_text="human-readable, e.g. B20261124-4F3A9C")
    customer = ForeignKey(User, null=False, index=True)
    entered_by = ForeignKey(User, null=True, help_text="the agent for PHONE bookings")
    channel = Varchar(length=8, default="WEB")
    service_type = ForeignKey(ServiceType, null=True, index=True)
    service_item = ForeignKey(ServiceItem, null=True)
    service_snapshot = JSON(default="{}", help_text="the service type as it was when booked")
    description = Text()
    scheduled_start = Timestamptz(index=True)
    scheduled_end = Timestamptz(null=True, default=None)
    address = Text()
    lat = DoublePrecision(null=True, default=None)
    lon = DoublePrecision(null=True, default=None)
    region = Varchar(length=50, null=True, default=None, index=True)
    urgency = Varchar(length=10, default="NORMAL")
    special_requirements = JSON(default="[]")
    form_data = JSON(default="{}")
    status = Varchar(length=16, default="SUBMITTED", index=True)
    review_errors = JSON(default="[]", help_text="[{field, code, message}] when NEEDS_CHANGES")
    idempotency_key = Varchar(
        length=200, null=True, default=None, unique=True, help_text="customer id + key"
    )
    price_minor = BigInt(null=True, default=None, help_text="quoted price, fen")
    cancel_reason = Text(null=True, default=None)
    confirmed_at = Timestamptz(null=True, default=None)
    customer_confirmed_at = Timestamptz(
        null=True, default=None, help_text="the customer acknowledged the confirmation"
    )
    search_text = Text(default="", help_text="lower-cased number, description, address, names")
    cancelled_at = Timestamptz(null=True, default=None)
    follow_up_of: ForeignKey[Order] = ForeignKey(
        LazyTableReference("Order", module_path="dispatchhub.orders.tables"),
        null=True,
        default=None,
        index=True,
        on_delete=OnDelete.set_null,
        help_text="the completed order this booking comes back to (a repeat visit)",
    )
    created_at = created_at()
    updated_at = updated_at()


class BookingEvent(Table, tablename="booking_events"):
    """One change of a booking: status, reschedule, edit by an agent; with actor and reason."""

    id = primary_key()
    booking = ForeignKey(Booking, null=False, index=True)
    kind = Varchar(length=20)
    from_status = Varchar(length=16, null=True, default=None)
    to_status = Varchar(length=16, null=True, default=None)
    actor = ForeignKey(User, null=True)
    reason = Text(default="")
    data = JSON(default="{}")
    at = created_at()


class BookingExport(Table, tablename="booking_exports"):
    """A filtered list of bookings written to CSV or XLSX by a job, downloaded by its owner.

    States: PENDING, RUNNING, DONE, FAILED. The file lives under ``var/exports``.
    """

    id = primary_key()
    owner = ForeignKey(User, null=False, index=True)
    format = Varchar(length=4)
    filter = JSON(default="{}")
    status = Varchar(length=8, default="PENDING")
    rows = Integer(default=0)
    path = Varchar(length=300, null=True, default=None)
    error = Text(default="")
    created_at = created_at()
    finished_at = Timestamptz(null=True, default=None)
