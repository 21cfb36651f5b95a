"""The catalog admins edit without code: regions, service types and items."""

from __future__ import annotations

from piccolo.columns import (
    JSON,
    BigInt,
    Boolean,
    DoublePrecision,
    ForeignKey,
    Integer,
    Text,
    Varchar,
)
from piccolo.table import Table

from dispatchhub.tables_common import created_at, primary_key, updated_at

__all__ = ["Region", "ServiceItem", "ServiceType"]


class Region(Table, tablename="regions"):
    """A dispatch region (district); neighbours are where staff can be pulled from."""

    id = primary_key()
    code = Varchar(length=50, unique=True)
    name_zh = Varchar(length=100)
    name_en = Varchar(length=100)
    center_lat = DoublePrecision()
    center_lon = DoublePrecision()
    radius_km = DoublePrecision(default=10.0)
    neighbours = JSON(default="[]", help_text="region codes")


class ServiceType(Table, tablename="service_types"):
    """What customers can book; carries its form, skills, price and cancellation policy."""

    id = primary_key()
    code = Varchar(length=50, unique=True)
    name_zh = Varchar(length=100)
    name_en = Varchar(length=100)
    description = Text(default="")
    keywords = JSON(default="[]", help_text="words that suggest this type (zh and en)")
    form_schema = JSON(default="{}", help_text="JSON Schema of the booking form fields")
    required_skills = JSON(default="{}", help_text="{skill code: minimum level}")
    default_duration_min = Integer(default=60)
    price_minor = BigInt(default=0, help_text="fen")
    currency = Varchar(length=3, default="CNY")
    urgency_options = JSON(default='["NORMAL", "URGENT", "EMERGENCY"]')
    special_options = JSON(default="[]")
    service_regions = JSON(default="[]", help_text="region codes served; empty = all")
    service_hours = JSON(default='{"start": "08:00", "end": "20:00"}')
    cancellation_policy = JSON(default="{}")
    arrival_windows = JSON(
        default="{}", help_text="{urgency: minutes} to arrive after acceptance (catalog/arrival.py)"
    )
    manual_review = Boolean(default=False)
    completion_checklist = JSON(
        default="{}", help_text="JSON Schema of the checklist that gates COMPLETED; {} = none"
    )
    active = Boolean(default=True, index=True)
    revision = Integer(default=1, help_text="bookings keep the snapshot of the revision used")
    created_at = created_at()
    updated_at = updated_at()


class ServiceItem(Table, tablename="service_items"):
    """A priced item within a service type (e.g. "air-conditioner deep clean")."""

    id = primary_key()
    service_type = ForeignKey(ServiceType, null=False, index=True)
    code = Varchar(length=50, unique=True)
    name_zh = Varchar(length=100)
    name_en = Varchar(length=100)
    price_minor = BigInt(default=0)
    duration_min = Integer(default=60)
    active = Boolean(default=True)
