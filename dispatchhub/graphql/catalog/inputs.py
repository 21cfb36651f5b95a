"""Catalog mutation inputs, and their translation into the service's plain values."""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any

import strawberry
from strawberry.scalars import JSON

from dispatchhub.graphql.bookings.types import Urgency
from dispatchhub.graphql.common.geo import GeoPointInput

__all__ = [
    "RegionCreateInput",
    "RegionUpdateInput",
    "ServiceItemCreateInput",
    "ServiceItemUpdateInput",
    "ServiceTypeCreateInput",
    "ServiceTypeUpdateInput",
    "values_of",
]

UNSET: Any = strawberry.UNSET


@strawberry.input(description="A skill and the lowest level (1..5) staff need in it.")
class SkillLevelInput:
    skill: str = strawberry.field(description="A service-type code naming the skill (e.g. `hvac`).")
    level: int = strawberry.field(description="The lowest level accepted, 1..5.")


@strawberry.input(description="A special requirement customers may tick (code, zh, en).")
class SpecialOptionInput:
    code: str = strawberry.field(description="Its code (a-z, 0-9, _), as bookings list it.")
    zh: str = strawberry.field(description="Its label in Chinese.")
    en: str = strawberry.field(description="Its label in English.")


@strawberry.input(description="A window of one weekday (Monday = 0), HH:MM; 24:00 may end it.")
class ServiceWindowInput:
    weekday: int = strawberry.field(description="0 Monday .. 6 Sunday.")
    start: str = strawberry.field(description="HH:MM, local time.")
    end: str = strawberry.field(description="HH:MM, local time (24:00: midnight).")


@strawberry.input(
    description="start–end (HH:MM, business time zone) every day; a weekday listed in "
    "weekdays has exactly its own windows, one in closedWeekdays has none."
)
class ServiceHoursInput:
    start: str = strawberry.field(description="HH:MM every day, local time.")
    end: str = strawberry.field(description="HH:MM every day, local time (24:00: midnight).")
    weekdays: list[ServiceWindowInput] = strawberry.field(
        default_factory=list, description="Windows of weekdays that differ from start–end."
    )
    closed_weekdays: list[int] = strawberry.field(
        default_factory=list, description="Weekdays without appointments (0 Monday .. 6 Sunday)."
    )


@strawberry.input(description="From hoursBeforeGte hours before on: feeMinor OR feePercent.")
class CancellationRuleInput:
    hours_before_gte: float = strawberry.field(
        description="From this many hours of notice on (included)."
    )
    fee_minor: int | None = strawberry.field(
        default=None, description="A fee in fen (give this or feePercent)."
    )
    fee_percent: int | None = strawberry.field(
        default=None,
        description="A fee as a percentage of the price, 0..100 (give this or feeMinor).",
    )


@strawberry.input(
    description="Rules by notice (one must be for 0 h; later never cheaper), the least fee "
    "once staff are on the way, and the compensation when staff or the platform are at fault."
)
class CancellationPolicyInput:
    rules: list[CancellationRuleInput] = strawberry.field(
        description="The rules by notice (one must be for 0 hours; more notice is never dearer)."
    )
    staff_en_route_fee_minor: int = strawberry.field(
        default=0, description="The least fee once staff are on the way, in fen."
    )
    staff_fault_compensation_minor: int = strawberry.field(
        default=0,
        description="Owed to the customer when staff or the platform are at fault, in fen.",
    )


@strawberry.input(description="Everything but code and names may be left out (defaults).")
class ServiceTypeCreateInput:
    code: str = strawberry.field(description="a-z, 0-9, _; fixed once created.")
    name_zh: str = strawberry.field(description="The Chinese name.")
    name_en: str = strawberry.field(description="The English name.")
    description: str | None = strawberry.field(
        default=UNSET, description="What it covers, for customers."
    )
    keywords: list[str] | None = strawberry.field(
        default=UNSET,
        description="Words (Chinese or English) that suggest it from a problem description.",
    )
    form_schema: JSON | None = strawberry.field(
        default=UNSET,
        description="JSON Schema (2020-12) of the booking form: an object schema whose properties "
        "customers fill in (`formData`).",
    )
    required_skills: list[SkillLevelInput] | None = strawberry.field(
        default=UNSET, description="Skills staff need, with the lowest level."
    )
    default_duration_min: int | None = strawberry.field(
        default=UNSET, description="How long a job usually takes, in minutes."
    )
    price_minor: int | None = strawberry.field(default=UNSET, description="The base price in fen.")
    urgency_options: list[Urgency] | None = strawberry.field(
        default=UNSET, description="The urgencies customers may choose."
    )
    special_options: list[SpecialOptionInput] | None = strawberry.field(
        default=UNSET, description="Special requirements customers may tick."
    )
    service_regions: list[str] | None = strawberry.field(
        default=UNSET, description="Region codes where it is offered; empty: every region."
    )
    service_hours: ServiceHoursInput | None = strawberry.field(
        default=UNSET, description="When appointments are taken."
    )
    cancellation_policy: CancellationPolicyInput | None = strawberry.field(
        default=UNSET,
        description="What cancelling or rescheduling costs (bookings keep the policy they were "
        "made under).",
    )
    manual_review: bool | None = strawberry.field(
        default=UNSET, description="Whether bookings wait for an agent's approval (PENDING_REVIEW)."
    )
    active: bool | None = strawberry.field(
        default=UNSET, description="Whether customers may book it."
    )


@strawberry.input(description="Only the fields given change; the revision goes up.")
class ServiceTypeUpdateInput:
    id: strawberry.ID = strawberry.field(description="The service type's id.")
    name_zh: str | None = strawberry.field(default=UNSET, description="The Chinese name.")
    name_en: str | None = strawberry.field(default=UNSET, description="The English name.")
    description: str | None = strawberry.field(
        default=UNSET, description="What it covers, for customers."
    )
    keywords: list[str] | None = strawberry.field(
        default=UNSET,
        description="Words (Chinese or English) that suggest it from a problem description.",
    )
    form_schema: JSON | None = strawberry.field(
        default=UNSET,
        description="JSON Schema (2020-12) of the booking form: an object schema whose properties "
        "customers fill in (`formData`).",
    )
    required_skills: list[SkillLevelInput] | None = strawberry.field(
        default=UNSET, description="Skills staff need, with the lowest level."
    )
    default_duration_min: int | None = strawberry.field(
        default=UNSET, description="How long a job usually takes, in minutes."
    )
    price_minor: int | None = strawberry.field(default=UNSET, description="The base price in fen.")
    urgency_options: list[Urgency] | None = strawberry.field(
        default=UNSET, description="The urgencies customers may choose."
    )
    special_options: list[SpecialOptionInput] | None = strawberry.field(
        default=UNSET, description="Special requirements customers may tick."
    )
    service_regions: list[str] | None = strawberry.field(
        default=UNSET, description="Region codes where it is offered; empty: every region."
    )
    service_hours: ServiceHoursInput | None = strawberry.field(
        default=UNSET, description="When appointments are taken."
    )
    cancellation_policy: CancellationPolicyInput | None = strawberry.field(
        default=UNSET,
        description="What cancelling or rescheduling costs (bookings keep the policy they were "
        "made under).",
    )
    manual_review: bool | None = strawberry.field(
        default=UNSET, description="Whether bookings wait for an agent's approval (PENDING_REVIEW)."
    )
    active: bool | None = strawberry.field(
        default=UNSET, description="Whether customers may book it."
    )


@strawberry.input
class ServiceItemCreateInput:
    service_type_id: strawberry.ID = strawberry.field(description="The service type's id.")
    code: str = strawberry.field(description="Its code, unique within the type.")
    name_zh: str = strawberry.field(description="The Chinese name.")
    name_en: str = strawberry.field(description="The English name.")
    price_minor: int = strawberry.field(description="Fen.")
    duration_min: int | None = strawberry.field(
        default=UNSET, description="How long it usually takes, in minutes; left out: 60."
    )


@strawberry.input
class ServiceItemUpdateInput:
    id: strawberry.ID = strawberry.field(description="The item's id.")
    name_zh: str | None = strawberry.field(default=UNSET, description="The Chinese name.")
    name_en: str | None = strawberry.field(default=UNSET, description="The English name.")
    price_minor: int | None = strawberry.field(default=UNSET, description="The price in fen.")
    duration_min: int | None = strawberry.field(
        default=UNSET, description="How long it usually takes, in minutes."
    )
    active: bool | None = strawberry.field(
        default=UNSET, description="Whether customers may book it."
    )


@strawberry.input
class RegionCreateInput:
    code: str = strawberry.field(description="Its code (a-z, 0-9, _; fixed once created).")
    name_zh: str = strawberry.field(description="The Chinese name.")
    name_en: str = strawberry.field(description="The English name.")
    center: GeoPointInput = strawberry.field(description="Its centre (WGS-84).")
    radius_km: float | None = strawberry.field(default=UNSET, description="Its radius in km.")
    neighbours: list[str] | None = strawberry.field(
        default=UNSET,
        description="Codes of bordering regions (they must exist); dispatch may reach into them.",
    )


@strawberry.input
class RegionUpdateInput:
    id: strawberry.ID = strawberry.field(description="The region's id.")
    name_zh: str | None = strawberry.field(default=UNSET, description="The Chinese name.")
    name_en: str | None = strawberry.field(default=UNSET, description="The English name.")
    center: GeoPointInput | None = strawberry.field(
        default=UNSET, description="Its centre (WGS-84)."
    )
    radius_km: float | None = strawberry.field(default=UNSET, description="Its radius in km.")
    neighbours: list[str] | None = strawberry.field(
        default=UNSET, description="Codes of bordering regions (they must exist)."
    )


def values_of(given: object, *, skip: tuple[str, ...] = ("id",)) -> dict[str, Any]:
    """The fields a client set, as the service's column name → plain JSON value.

    An explicit top-level null is passed on (the service refuses it where a value is
    needed); inside nested inputs an omitted optional is simply left out.
    """
    return {
        f.name: _plain(getattr(given, f.name))
        for f in dataclasses.fields(given)  # type: ignore[arg-type]
        if f.name not in skip and getattr(given, f.name) is not UNSET
    }


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if getattr(value, f.name) not in (None, UNSET)
        }
    return value
