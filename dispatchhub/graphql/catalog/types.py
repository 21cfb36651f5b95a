"""Catalog types: service types with their form, skills, hours and policy; items; regions."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, cast
from uuid import UUID

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON

from dispatchhub.authz.enforcer import is_allowed
from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.catalog.service import Row, items_by_type
from dispatchhub.errors import DomainError
from dispatchhub.graphql.bookings.types import Urgency
from dispatchhub.graphql.common.geo import GeoPoint
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import Error

if TYPE_CHECKING:
    from dispatchhub.graphql.catalog.arrival import ArrivalWindow

__all__ = [
    "CatalogError",
    "CatalogErrorCodeEnum",
    "Region",
    "ServiceItem",
    "ServiceType",
    "catalog_errors",
    "sees_inactive",
]

CatalogErrorCodeEnum = strawberry.enum(
    CatalogErrorCode,
    name="CatalogErrorCode",
    description="Why a catalog change, or an answer to a service type's form, was refused.",
)


@strawberry.type
class CatalogError(Error):
    code: CatalogErrorCodeEnum  # type: ignore[valid-type]


def catalog_errors(exc: DomainError, locale: str) -> list[CatalogError]:
    """The payload errors of a refused catalog change.

    The service's fields are already the API's paths (``formSchema.properties.unit_count``),
    so they are passed on as they are: form property names keep their own spelling.
    """
    return [CatalogError(field=e.field, message=e.message(locale), code=e.code) for e in exc.errors]


def sees_inactive(context: Context) -> bool:
    """Whether the caller may see inactive service types and items (admins)."""
    return is_allowed(context.enforcer, context.actor, "ServiceType.inactive", "read")


def _item_loader(context: Context, include_inactive: bool) -> DataLoader[UUID, list[Row]]:
    """One loader per request (kept on the request's state), so a list of service types
    reads all their items in one query."""
    state = context.request.state
    loaders: dict[bool, DataLoader[UUID, list[Row]]] | None = getattr(
        state, "catalog_item_loaders", None
    )
    if loaders is None:
        loaders = state.catalog_item_loaders = {}
    if include_inactive not in loaders:

        async def load(ids: list[UUID]) -> list[list[Row]]:
            found = await items_by_type(ids, include_inactive=include_inactive)
            return [found.get(type_id, []) for type_id in ids]

        loaders[include_inactive] = DataLoader(load_fn=load)
    return loaders[include_inactive]


def _localised(context: Context, zh: str, en: str) -> str:
    return en if context.locale == "en" else zh


@strawberry.type(description="A service area: a circle around a district centre.")
class Region:
    id: strawberry.ID = strawberry.field(description="The region's id (catalog ids are plain ids).")
    code: str = strawberry.field(
        description="Its code (e.g. `xuhui`), used in bookings, orders and staff profiles."
    )
    name_zh: str = strawberry.field(description="Its Chinese name.")
    name_en: str = strawberry.field(description="Its English name.")
    center: GeoPoint = strawberry.field(description="Its centre (WGS-84).")
    radius_km: float = strawberry.field(
        description="Its radius in km: a point within it of the centre is in the region (the "
        "nearest centre wins)."
    )
    neighbours: list[str] = strawberry.field(description="Codes of bordering regions.")

    @strawberry.field(description="The name in the request's language.")
    def name(self, info: strawberry.Info[Context, None]) -> str:
        return _localised(info.context, self.name_zh, self.name_en)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Region:
        return cls(
            id=strawberry.ID(str(row["id"])),
            code=row["code"],
            name_zh=row["name_zh"],
            name_en=row["name_en"],
            center=GeoPoint(lat=row["center_lat"], lon=row["center_lon"]),
            radius_km=row["radius_km"],
            neighbours=list(row["neighbours"] or []),
        )


@strawberry.type(description="A priced item within a service type.")
class ServiceItem:
    id: strawberry.ID = strawberry.field(description="The item's id (a plain id).")
    service_type_id: strawberry.ID = strawberry.field(description="Its service type's id.")
    code: str = strawberry.field(description="Its code, unique within the type.")
    name_zh: str = strawberry.field(description="Its Chinese name.")
    name_en: str = strawberry.field(description="Its English name.")
    price_minor: int = strawberry.field(description="Fen.")
    duration_min: int = strawberry.field(description="How long it usually takes, in minutes.")
    active: bool = strawberry.field(description="Whether customers may book it.")

    @strawberry.field(description="The name in the request's language.")
    def name(self, info: strawberry.Info[Context, None]) -> str:
        return _localised(info.context, self.name_zh, self.name_en)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> ServiceItem:
        return cls(
            id=strawberry.ID(str(row["id"])),
            service_type_id=strawberry.ID(str(row["service_type"])),
            code=row["code"],
            name_zh=row["name_zh"],
            name_en=row["name_en"],
            price_minor=row["price_minor"],
            duration_min=row["duration_min"],
            active=row["active"],
        )


@strawberry.type(description="A skill a service type needs, and the lowest level (1..5).")
class SkillRequirement:
    skill: str = strawberry.field(description="A service-type code naming the skill (e.g. `hvac`).")
    level: int = strawberry.field(description="The lowest level accepted, 1..5.")


@strawberry.type(description="A special requirement customers may tick when booking.")
class SpecialOption:
    code: str = strawberry.field(description="Its code, as bookings list it.")
    zh: str = strawberry.field(description="Its label in Chinese.")
    en: str = strawberry.field(description="Its label in English.")


@strawberry.type(description="A window of one weekday (Monday = 0), HH:MM local time.")
class ServiceWindow:
    weekday: int = strawberry.field(description="0 Monday .. 6 Sunday.")
    start: str = strawberry.field(description="HH:MM, local time.")
    end: str = strawberry.field(description="HH:MM, local time (24:00: midnight).")


@strawberry.type(
    description="When appointments are taken, in the business time zone: start–end every day "
    "unless a weekday has its own windows or is closed."
)
class ServiceHours:
    start: str = strawberry.field(description="HH:MM every day, local time.")
    end: str = strawberry.field(description="HH:MM every day, local time.")
    weekdays: list[ServiceWindow] = strawberry.field(
        description="Windows of weekdays that differ from start–end."
    )
    closed_weekdays: list[int] = strawberry.field(
        description="Weekdays without appointments (0 Monday .. 6 Sunday)."
    )


@strawberry.type(
    description="From hoursBeforeGte hours before the appointment on (exactly that many "
    "included): a fee in fen, or a percentage of the price rounded down."
)
class CancellationRule:
    hours_before_gte: float = strawberry.field(
        description="From this many hours of notice on (included)."
    )
    fee_minor: int | None = strawberry.field(
        description="The fee in fen; null when it is a percentage."
    )
    fee_percent: int | None = strawberry.field(
        description="The fee as a percentage of the price (rounded down to the fen); null when it "
        "is in fen."
    )


@strawberry.type(
    description="What cancelling or rescheduling costs; bookings keep the policy they were "
    "made under."
)
class CancellationPolicy:
    rules: list[CancellationRule] = strawberry.field(description="Longest notice first.")
    staff_en_route_fee_minor: int = strawberry.field(
        description="The least fee once staff are on the way."
    )
    staff_fault_compensation_minor: int = strawberry.field(
        description="Owed to the customer when staff or the platform are at fault."
    )


@strawberry.type(description="What customers can book: the low-code part of the platform.")
class ServiceType:
    id: strawberry.ID = strawberry.field(description="The type's id (catalog ids are plain ids).")
    code: str = strawberry.field(
        description="Its code (a-z, 0-9, _; fixed once created), e.g. `hvac`."
    )
    name_zh: str = strawberry.field(description="Its Chinese name.")
    name_en: str = strawberry.field(description="Its English name.")
    description: str = strawberry.field(description="What it covers, for customers.")
    keywords: list[str] = strawberry.field(
        description="Words (Chinese or English) that suggest it from a problem description."
    )
    form_schema: JSON = strawberry.field(
        description="JSON Schema (2020-12) of the booking form; titles in zh, x-title-en."
    )
    required_skills: list[SkillRequirement] = strawberry.field(
        description="Skills the staff need for it, with the lowest level."
    )
    completion_checklist: JSON = strawberry.field(
        description="JSON Schema of what staff confirm before COMPLETED (required items gate "
        "it); {} for none. Set with serviceTypeChecklistSet."
    )
    default_duration_min: int = strawberry.field(
        description="How long a job usually takes, in minutes."
    )
    price_minor: int = strawberry.field(description="Fen.")
    currency: str = strawberry.field(description="ISO 4217 code of its prices (CNY).")
    urgency_options: list[Urgency] = strawberry.field(
        description="The urgencies customers may choose."
    )
    special_options: list[SpecialOption] = strawberry.field(
        description="Special requirements customers may tick."
    )
    service_regions: list[str] = strawberry.field(description="Region codes; empty: all.")
    service_hours: ServiceHours = strawberry.field(description="When appointments are taken.")
    cancellation_policy: CancellationPolicy = strawberry.field(
        description="What cancelling or rescheduling costs."
    )
    manual_review: bool = strawberry.field(description="Bookings wait for an agent's approval.")
    stored_arrival_windows: strawberry.Private[dict[str, Any]]
    active: bool = strawberry.field(description="Whether customers may book it.")
    revision: int = strawberry.field(description="Goes up with every change to the type.")
    updated_at: datetime = strawberry.field(description="When it last changed.")

    @strawberry.field(
        description="How soon after acceptance staff must arrive, per urgency (set with "
        "`serviceTypeArrivalWindowsSet`); an urgency not listed promises no arrival time."
    )
    def arrival_windows(
        self,
    ) -> list[Annotated[ArrivalWindow, strawberry.lazy("dispatchhub.graphql.catalog.arrival")]]:
        from dispatchhub.graphql.catalog.arrival import arrival_windows

        return arrival_windows(self.stored_arrival_windows)

    @strawberry.field(description="The name in the request's language.")
    def name(self, info: strawberry.Info[Context, None]) -> str:
        return _localised(info.context, self.name_zh, self.name_en)

    @strawberry.field(description="Its items; inactive ones only for admins who ask.")
    async def items(
        self,
        info: strawberry.Info[Context, None],
        include_inactive: Annotated[
            bool,
            strawberry.argument(description="Admins: also inactive items (ignored for others)."),
        ] = False,
    ) -> list[ServiceItem]:
        everything = include_inactive and sees_inactive(info.context)
        rows = await _item_loader(info.context, everything).load(UUID(self.id))
        return [ServiceItem.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> ServiceType:
        hours = row["service_hours"] or {}
        policy = row["cancellation_policy"] or {}
        return cls(
            id=strawberry.ID(str(row["id"])),
            code=row["code"],
            name_zh=row["name_zh"],
            name_en=row["name_en"],
            description=row["description"] or "",
            keywords=list(row["keywords"] or []),
            form_schema=cast(JSON, dict(row["form_schema"] or {})),
            completion_checklist=cast(JSON, dict(row.get("completion_checklist") or {})),
            required_skills=[
                SkillRequirement(skill=skill, level=level)
                for skill, level in sorted((row["required_skills"] or {}).items())
            ],
            default_duration_min=row["default_duration_min"],
            price_minor=row["price_minor"],
            currency=row["currency"],
            urgency_options=[Urgency(u) for u in row["urgency_options"] or []],
            special_options=[SpecialOption(**o) for o in row["special_options"] or []],
            service_regions=list(row["service_regions"] or []),
            service_hours=ServiceHours(
                start=hours.get("start", "08:00"),
                end=hours.get("end", "20:00"),
                weekdays=[ServiceWindow(**w) for w in hours.get("weekdays", [])],
                closed_weekdays=list(hours.get("closed_weekdays", [])),
            ),
            cancellation_policy=CancellationPolicy(
                rules=[
                    CancellationRule(
                        hours_before_gte=r["hours_before_gte"],
                        fee_minor=r.get("fee_minor"),
                        fee_percent=r.get("fee_percent"),
                    )
                    for r in policy.get("rules", [])
                ],
                staff_en_route_fee_minor=policy.get("staff_en_route_fee_minor", 0),
                staff_fault_compensation_minor=policy.get("staff_fault_compensation_minor", 0),
            ),
            manual_review=row["manual_review"],
            stored_arrival_windows=dict(row.get("arrival_windows") or {}),
            active=row["active"],
            revision=row["revision"],
            updated_at=row["updated_at"],
        )
