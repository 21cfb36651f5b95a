"""Booking times with the staff free for them (the customer app's time picker)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import strawberry

from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.errors import DomainError
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.refusals import bad_input
from dispatchhub.orders.capacity import slot_capacity

__all__ = ["BookingSlot", "SlotsQuery"]


@strawberry.type(description="One bookable time of a day and how many qualified staff are free.")
class BookingSlot:
    start: datetime = strawberry.field(description="When the visit would start.")
    end: datetime = strawberry.field(
        description="When it would end (start + the service type's default duration)."
    )
    staff_count: int = strawberry.field(
        description="Qualified staff of the region whose weekly calendar covers the slot."
    )
    free: int = strawberry.field(
        description="Of those, how many can still take it: fewer active orders overlapping it "
        "than their maximum, less the region's unassigned orders overlapping it."
    )
    full: bool = strawberry.field(description="True when nobody is free (`free` is 0).")


@strawberry.type
class SlotsQuery:
    @strawberry.field(
        description="The service-hours slots of a day (every half hour where the type's "
        "duration fits) with the qualified staff free in each, for a service type and region "
        "(the capacity model is in docs/customer-app.md). An unknown service type is refused "
        "at `serviceTypeId`."
    )
    @bad_input
    async def booking_slots(
        self,
        info: strawberry.Info[Context, None],
        service_type_id: Annotated[
            strawberry.ID, strawberry.argument(description="The service type (its id).")
        ],
        region: Annotated[str, strawberry.argument(description="The region's code.")],
        day: Annotated[date, strawberry.argument(description="The local day (business zone).")],
    ) -> list[BookingSlot]:
        type_id = row_id(str(service_type_id), "ServiceType")
        if type_id is None:
            raise DomainError(CatalogErrorCode.NOT_FOUND, "serviceTypeId", what="service type")
        found = await slot_capacity(type_id, region, day, info.context.runtime.settings.zone)
        return [
            BookingSlot(
                start=s.start, end=s.end, staff_count=s.staff, free=s.free, full=s.free == 0
            )
            for s in found
        ]
