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
    skill: str
    level: int


@strawberry.input(description="A special requirement customers may tick (code, zh, en).")
class SpecialOptionInput:
    code: str
    zh: str
    en: str


@strawberry.input(description="A window of one weekday (Monday = 0), HH:MM; 24:00 may end it.")
class ServiceWindowInput:
    weekday: int
    start: str
    end: str


@strawberry.input(
    description="start–end (HH:MM, business time zone) every day; a weekday listed in "
    "weekdays has exactly its own windows, one in closedWeekdays has none."
)
class ServiceHoursInput:
    start: str
    end: str
    weekdays: list[ServiceWindowInput] = strawberry.field(default_factory=list)
    closed_weekdays: list[int] = strawberry.field(default_factory=list)


@strawberry.input(description="From hoursBeforeGte hours before on: feeMinor OR feePercent.")
class CancellationRuleInput:
    hours_before_gte: float
    fee_minor: int | None = None
    fee_percent: int | None = None


@strawberry.input(
    description="Rules by notice (one must be for 0 h; later never cheaper), the least fee "
    "once staff are on the way, and the compensation when staff or the platform are at fault."
)
class CancellationPolicyInput:
    rules: list[CancellationRuleInput]
    staff_en_route_fee_minor: int = 0
    staff_fault_compensation_minor: int = 0


@strawberry.input(description="Everything but code and names may be left out (defaults).")
class ServiceTypeCreateInput:
    code: str = strawberry.field(description="a-z, 0-9, _; fixed once created.")
    name_zh: str
    name_en: str
    description: str | None = UNSET
    keywords: list[str] | None = UNSET
    form_schema: JSON | None = UNSET
    required_skills: list[SkillLevelInput] | None = UNSET
    default_duration_min: int | None = UNSET
    price_minor: int | None = UNSET
    urgency_options: list[Urgency] | None = UNSET
    special_options: list[SpecialOptionInput] | None = UNSET
    service_regions: list[str] | None = UNSET
    service_hours: ServiceHoursInput | None = UNSET
    cancellation_policy: CancellationPolicyInput | None = UNSET
    manual_review: bool | None = UNSET
    active: bool | None = UNSET


@strawberry.input(description="Only the fields given change; the revision goes up.")
class ServiceTypeUpdateInput:
    id: strawberry.ID
    name_zh: str | None = UNSET
    name_en: str | None = UNSET
    description: str | None = UNSET
    keywords: list[str] | None = UNSET
    form_schema: JSON | None = UNSET
    required_skills: list[SkillLevelInput] | None = UNSET
    default_duration_min: int | None = UNSET
    price_minor: int | None = UNSET
    urgency_options: list[Urgency] | None = UNSET
    special_options: list[SpecialOptionInput] | None = UNSET
    service_regions: list[str] | None = UNSET
    service_hours: ServiceHoursInput | None = UNSET
    cancellation_policy: CancellationPolicyInput | None = UNSET
    manual_review: bool | None = UNSET
    active: bool | None = UNSET


@strawberry.input
class ServiceItemCreateInput:
    service_type_id: strawberry.ID
    code: str
    name_zh: str
    name_en: str
    price_minor: int = strawberry.field(description="Fen.")
    duration_min: int | None = UNSET


@strawberry.input
class ServiceItemUpdateInput:
    id: strawberry.ID
    name_zh: str | None = UNSET
    name_en: str | None = UNSET
    price_minor: int | None = UNSET
    duration_min: int | None = UNSET
    active: bool | None = UNSET


@strawberry.input
class RegionCreateInput:
    code: str
    name_zh: str
    name_en: str
    center: GeoPointInput
    radius_km: float | None = UNSET
    neighbours: list[str] | None = UNSET


@strawberry.input
class RegionUpdateInput:
    id: strawberry.ID
    name_zh: str | None = UNSET
    name_en: str | None = UNSET
    center: GeoPointInput | None = UNSET
    radius_km: float | None = UNSET
    neighbours: list[str] | None = UNSET


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
