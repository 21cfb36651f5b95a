"""``serviceTypeChecklistSet``: admins define the completion checklist of a service type."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from dispatchhub.catalog.checklists import set_checklist
from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.errors import DomainError
from dispatchhub.graphql.catalog.types import CatalogError, ServiceType, catalog_errors
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.refusals import refusals

__all__ = ["ChecklistMutation"]


@strawberry.input(description="A service type's completion checklist.")
class ServiceTypeChecklistSetInput:
    id: strawberry.ID = strawberry.field(description="The service type: its global ID or row id.")
    checklist: JSON = strawberry.field(
        description="A JSON Schema (2020-12) like the booking form's: one property per item "
        "(a yes/no `boolean` check or a short answer), titled in Chinese with `x-title-en` "
        "in English; `required` items gate COMPLETED (a required check must be true). `{}` "
        "removes the checklist."
    )


@strawberry.type(description="The outcome of serviceTypeChecklistSet.")
class ServiceTypeChecklistPayload:
    service_type: ServiceType | None = strawberry.field(
        description="The service type after the change; null when refused."
    )
    errors: list[CatalogError] = strawberry.field(
        description="Why it was refused, at `checklist.<path>`; empty on success."
    )


@strawberry.type
class ChecklistMutation:
    @strawberry.mutation(
        description="Set the checklist staff complete before finishing an order of this "
        "service type (no code: a JSON Schema, checked like the booking form)."
    )
    @refusals(ServiceTypeChecklistPayload, catalog_errors)
    async def service_type_checklist_set(
        self, info: strawberry.Info[Context, None], input: ServiceTypeChecklistSetInput
    ) -> ServiceTypeChecklistPayload:
        found = row_id(input.id, "ServiceType")
        if found is None:
            raise DomainError(CatalogErrorCode.NOT_FOUND, "id", what="id")
        row = await set_checklist(found, input.checklist)
        return ServiceTypeChecklistPayload(service_type=ServiceType.from_row(row), errors=[])
