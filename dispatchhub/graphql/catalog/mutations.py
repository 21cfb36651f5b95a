"""Catalog mutations (admins): service types, their items, regions."""

from __future__ import annotations

from typing import Any, TypeVar
from uuid import UUID

import strawberry

from dispatchhub.catalog import service
from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.errors import DomainError
from dispatchhub.graphql.catalog.inputs import (
    RegionCreateInput,
    RegionUpdateInput,
    ServiceItemCreateInput,
    ServiceItemUpdateInput,
    ServiceTypeCreateInput,
    ServiceTypeUpdateInput,
    values_of,
)
from dispatchhub.graphql.catalog.types import (
    CatalogError,
    Region,
    ServiceItem,
    ServiceType,
    catalog_errors,
)
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.refusals import refusals

__all__ = ["CatalogMutation"]

T = TypeVar("T")


@strawberry.type
class ServiceTypePayload:
    service_type: ServiceType | None = strawberry.field(
        description="The service type after the change; null when refused."
    )
    errors: list[CatalogError]


@strawberry.type
class ServiceItemPayload:
    service_item: ServiceItem | None = strawberry.field(
        description="The item after the change; null when refused."
    )
    errors: list[CatalogError]


@strawberry.type
class RegionPayload:
    region: Region | None = strawberry.field(
        description="The region after the change; null when refused."
    )
    errors: list[CatalogError]


def _id(value: str, field: str = "id", type_name: str = "ServiceType") -> UUID:
    if (found := row_id(value, type_name)) is not None:
        return found
    raise DomainError(CatalogErrorCode.NOT_FOUND, field, what=field)


def _region_values(given: RegionCreateInput | RegionUpdateInput) -> dict[str, Any]:
    values = values_of(given)
    center = values.pop("center", None)
    if isinstance(center, dict):
        values["center_lat"], values["center_lon"] = center["lat"], center["lon"]
    return values


def _region_errors(exc: DomainError, locale: str) -> list[CatalogError]:
    """Region errors at the API's ``center.lat`` / ``center.lon`` rather than the columns."""
    fields = {"centerLat": "center.lat", "centerLon": "center.lon"}
    errors = catalog_errors(exc, locale)
    for error in errors:
        error.field = fields.get(error.field or "", error.field)
    return errors


@strawberry.type
class CatalogMutation:
    @strawberry.mutation(
        description="Add a service type. Every field is checked (the form must be a JSON "
        "Schema of typed properties, skills 1..5, prices ≥ 0 fen, hours HH:MM, regions that "
        "exist, a consistent cancellation policy); on any error nothing is stored."
    )
    @refusals(ServiceTypePayload, catalog_errors)
    async def service_type_create(
        self, info: strawberry.Info[Context, None], input: ServiceTypeCreateInput
    ) -> ServiceTypePayload:
        row = await service.create_service_type(values_of(input))
        return ServiceTypePayload(service_type=ServiceType.from_row(row), errors=[])

    @strawberry.mutation(
        description="Change a service type (not its code). Its revision goes up; bookings "
        "already made keep the version they were made with."
    )
    @refusals(ServiceTypePayload, catalog_errors)
    async def service_type_update(
        self, info: strawberry.Info[Context, None], input: ServiceTypeUpdateInput
    ) -> ServiceTypePayload:
        row = await service.update_service_type(_id(input.id), values_of(input))
        return ServiceTypePayload(service_type=ServiceType.from_row(row), errors=[])

    @strawberry.mutation(description="Add a priced item to a service type.")
    @refusals(ServiceItemPayload, catalog_errors)
    async def service_item_create(
        self, info: strawberry.Info[Context, None], input: ServiceItemCreateInput
    ) -> ServiceItemPayload:
        values = values_of(input, skip=("service_type_id",))
        values["service_type"] = _id(input.service_type_id, "serviceTypeId")
        row = await service.create_service_item(values)
        return ServiceItemPayload(service_item=ServiceItem.from_row(row), errors=[])

    @strawberry.mutation(description="Change an item (not its code); bumps its type's revision.")
    @refusals(ServiceItemPayload, catalog_errors)
    async def service_item_update(
        self, info: strawberry.Info[Context, None], input: ServiceItemUpdateInput
    ) -> ServiceItemPayload:
        item_id = _id(input.id, type_name="ServiceItem")
        row = await service.update_service_item(item_id, values_of(input))
        return ServiceItemPayload(service_item=ServiceItem.from_row(row), errors=[])

    @strawberry.mutation(description="Add a service region (a circle around a centre).")
    @refusals(RegionPayload, _region_errors)
    async def region_create(
        self, info: strawberry.Info[Context, None], input: RegionCreateInput
    ) -> RegionPayload:
        row = await service.create_region(_region_values(input))
        return RegionPayload(region=Region.from_row(row), errors=[])

    @strawberry.mutation(description="Change a region (not its code).")
    @refusals(RegionPayload, _region_errors)
    async def region_update(
        self, info: strawberry.Info[Context, None], input: RegionUpdateInput
    ) -> RegionPayload:
        region_id = _id(input.id, type_name="Region")
        row = await service.update_region(region_id, _region_values(input))
        return RegionPayload(region=Region.from_row(row), errors=[])
