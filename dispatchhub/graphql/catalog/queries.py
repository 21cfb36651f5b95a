"""Catalog queries: the service types anyone may book, suggestions, regions."""

from __future__ import annotations

from typing import Annotated

import strawberry

from dispatchhub.catalog import service
from dispatchhub.catalog.suggest import suggest_service_types
from dispatchhub.graphql.catalog.types import Region, ServiceType, sees_inactive
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.node import row_id

__all__ = ["CatalogQuery", "ServiceTypeSuggestion"]

MAX_SUGGESTIONS = 10


@strawberry.type(description="A service type that may fit a description.")
class ServiceTypeSuggestion:
    service_type: ServiceType = strawberry.field(
        description="A service type that fits the description."
    )
    confidence: float = strawberry.field(
        description="0..1; the confidences of all active types sum to 1."
    )


@strawberry.type
class CatalogQuery:
    @strawberry.field(
        description="Service types by code. Inactive ones are listed only for admins who ask."
    )
    async def service_types(
        self,
        info: strawberry.Info[Context, None],
        include_inactive: Annotated[
            bool,
            strawberry.argument(description="Admins: also inactive types (ignored for others)."),
        ] = False,
    ) -> list[ServiceType]:
        everything = include_inactive and sees_inactive(info.context)
        rows = await service.list_service_types(include_inactive=everything)
        return [ServiceType.from_row(row) for row in rows]

    @strawberry.field(
        description="One service type by id or code; null when there is none (or it is "
        "inactive and the caller is not an admin)."
    )
    async def service_type(
        self,
        info: strawberry.Info[Context, None],
        id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="The type's id; give this or `code`."),
        ] = None,
        code: Annotated[
            str | None, strawberry.argument(description="The type's code; give this or `id`.")
        ] = None,
    ) -> ServiceType | None:
        type_id = row_id(id, "ServiceType") if id is not None else None
        if id is not None and type_id is None:
            return None
        row = await service.get_service_type(id=type_id, code=code)
        if row is None or (not row["active"] and not sees_inactive(info.context)):
            return None
        return ServiceType.from_row(row)

    @strawberry.field(
        description="Active service types that fit a problem description (Chinese or "
        "English), most likely first, with confidence. Reads the first 2,000 characters."
    )
    async def service_type_suggest(
        self,
        description: Annotated[
            str,
            strawberry.argument(
                description="The problem in the customer's words (Chinese or English)."
            ),
        ],
        first: Annotated[int, strawberry.argument(description="How many suggestions at most.")] = 3,
    ) -> list[ServiceTypeSuggestion]:
        found = await suggest_service_types(description, limit=max(0, min(first, MAX_SUGGESTIONS)))
        return [
            ServiceTypeSuggestion(
                service_type=ServiceType.from_row(s.service_type), confidence=s.confidence
            )
            for s in found
        ]

    @strawberry.field(description="Service regions by code.")
    async def regions(self) -> list[Region]:
        return [Region.from_row(row) for row in await service.list_regions()]
