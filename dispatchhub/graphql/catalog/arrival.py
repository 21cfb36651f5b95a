"""Promised arrival windows of a service type (admins set them; everyone may read them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import strawberry

from dispatchhub.catalog import service
from dispatchhub.catalog.arrival import URGENCIES, set_arrival_windows
from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.errors import DomainError
from dispatchhub.graphql.catalog.types import CatalogError, ServiceType, catalog_errors
from dispatchhub.graphql.common.enums import Urgency
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.refusals import refusals

__all__ = ["ArrivalMutation", "ArrivalWindow", "arrival_windows"]


@strawberry.type(description="How soon after acceptance staff must arrive, for one urgency.")
class ArrivalWindow:
    urgency: Urgency = strawberry.field(description="The order's urgency.")
    minutes: int = strawberry.field(
        description="Minutes from acceptance (or from the appointment's start, when later) "
        "to arrival."
    )


def arrival_windows(stored: Mapping[str, Any] | None) -> list[ArrivalWindow]:
    """The API view of ``ServiceType.arrival_windows``, by urgency (NORMAL first)."""
    windows = stored or {}
    return [ArrivalWindow(urgency=Urgency(u), minutes=int(windows[u])) for u in URGENCIES
            if windows.get(u)]  # fmt: skip


@strawberry.input(description="One urgency's promised arrival window.")
class ArrivalWindowInput:
    urgency: Urgency = strawberry.field(description="The urgency it applies to (once each).")
    minutes: int = strawberry.field(description="Minutes to arrive, 1..10080 (a week).")


@strawberry.input(description="The arrival windows of a service type.")
class ServiceTypeArrivalWindowsSetInput:
    service_type_id: strawberry.ID = strawberry.field(description="The service type's id.")
    windows: list[ArrivalWindowInput] = strawberry.field(
        description="Every window it promises; an urgency left out promises no arrival time "
        "(an empty list removes them all)."
    )


@strawberry.type(description="The service type with its new arrival windows, or why not.")
class ServiceTypeArrivalWindowsSetPayload:
    service_type: ServiceType | None = strawberry.field(
        description="The service type after the change; null when refused."
    )
    errors: list[CatalogError] = strawberry.field(
        description="Why the windows were refused, at `windows.<index>.<field>`."
    )


@strawberry.type
class ArrivalMutation:
    @strawberry.mutation(
        description="Admins: set the promised arrival windows of a service type, per urgency. "
        "Orders accepted from now on get their arrival deadline from them."
    )
    @refusals(ServiceTypeArrivalWindowsSetPayload, catalog_errors)
    async def service_type_arrival_windows_set(
        self, info: strawberry.Info[Context, None], input: ServiceTypeArrivalWindowsSetInput
    ) -> ServiceTypeArrivalWindowsSetPayload:
        type_id = row_id(input.service_type_id, "ServiceType")
        if type_id is None:
            raise DomainError(CatalogErrorCode.NOT_FOUND, "serviceTypeId", what="service type")
        raw = [{"urgency": w.urgency.value, "minutes": w.minutes} for w in input.windows]
        await set_arrival_windows(type_id, raw)
        row = await service.get_service_type(id=type_id)
        return ServiceTypeArrivalWindowsSetPayload(
            service_type=ServiceType.from_row(row) if row else None, errors=[]
        )
