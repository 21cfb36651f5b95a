"""Booking queries: a customer's own list, an agent's filtered list, exports' status."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from dispatchhub.authz.enforcer import is_allowed
from dispatchhub.bookings.export import ExportStatus, export_status
from dispatchhub.bookings.listing import BookingFilter, booking_page, cursor_of
from dispatchhub.errors import DomainError
from dispatchhub.graphql.bookings.types import (
    BookingConnection,
    BookingEdge,
    BookingNode,
    BookingStatus,
)
from dispatchhub.graphql.common.pagination import page_info
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import BadUserInput
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.refusals import bad_input

__all__ = ["BookingFilterInput", "BookingsQuery", "ExportInfo", "to_filter"]


@strawberry.input(description="Narrow a booking list; every part is optional.")
class BookingFilterInput:
    status: list[BookingStatus] | None = strawberry.field(
        default=None, description="Only bookings in these states; null: every state."
    )
    scheduled_from: datetime | None = strawberry.field(
        default=None, name="from", description="Only appointments starting at or after this moment."
    )
    scheduled_to: datetime | None = strawberry.field(
        default=None, name="to", description="Only appointments starting before this moment."
    )
    search: str | None = strawberry.field(
        default=None, description="Words from the number, description, address or customer."
    )
    service_type_id: strawberry.ID | None = strawberry.field(
        default=None, description="Only bookings of this service type (its id)."
    )
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="Agents only; a customer always sees their own."
    )


@strawberry.type(description="A booking export; ``url`` is a signed link, valid for an hour.")
class ExportInfo:
    id: strawberry.ID = strawberry.field(description="The export's id (for `bookingExport(id)`).")
    status: str = strawberry.field(
        description="Where the export is: PENDING (queued), RUNNING or DONE."
    )
    format: str = strawberry.field(description="CSV or XLSX.")
    rows: int = strawberry.field(description="Bookings written (0 until it is DONE).")
    url: str | None = strawberry.field(
        description="The download link once DONE (signed, valid for an hour; only for the export's "
        "owner); null before."
    )
    error: str | None = strawberry.field(
        description="Why the export FAILED (request it again, or tell an admin); null otherwise."
    )

    @classmethod
    def of(cls, status: ExportStatus) -> ExportInfo:
        return cls(id=strawberry.ID(str(status.id)), status=status.status,
                   format=status.format, rows=status.rows, url=status.url,
                   error=status.error)  # fmt: skip


def to_filter(context: Context, given: BookingFilterInput | None) -> BookingFilter:
    """The service filter; customers are limited to their own bookings whatever they ask."""
    given = given or BookingFilterInput()
    everyone = is_allowed(context.enforcer, context.actor, "Booking", "read")
    customer = service_type = None
    if given.customer_id and (customer := row_id(given.customer_id, "User")) is None:
        raise BadUserInput("customerId is not a user's id.")
    if given.service_type_id:
        if (service_type := row_id(given.service_type_id, "ServiceType")) is None:
            raise BadUserInput("serviceTypeId is not a service type's id.")
    if not everyone:
        customer = context.user_id
    return BookingFilter(
        statuses=tuple(s.value for s in given.status or ()),
        scheduled_from=given.scheduled_from,
        scheduled_to=given.scheduled_to,
        search=given.search,
        service_type_id=service_type,
        customer_id=customer,
    )


@strawberry.type
class BookingsQuery:
    @strawberry.field(description="Bookings, newest first: a customer's own, or all for agents.")
    @bad_input
    async def bookings(
        self,
        info: strawberry.Info[Context, None],
        filter: Annotated[
            BookingFilterInput | None,
            strawberry.argument(
                description="Which bookings; null: all (customers: always only their own)."
            ),
        ] = None,
        first: int = 20,
        after: str | None = None,
    ) -> BookingConnection:
        context = info.context
        page = await booking_page(to_filter(context, filter), first=first, after=after)
        edges = [
            BookingEdge(node=BookingNode.from_row(row, context.locale), cursor=cursor_of(row))
            for row in page.rows
        ]
        return BookingConnection(
            edges=edges,
            page_info=page_info(
                [edge.cursor for edge in edges], has_next=page.has_next_page, after=after
            ),
        )

    @strawberry.field(description="One booking by id; null when missing or not yours.")
    async def booking(
        self,
        info: strawberry.Info[Context, None],
        id: Annotated[
            strawberry.ID, strawberry.argument(description="The booking: its global ID or row id.")
        ],
    ) -> BookingNode | None:
        booking_id = row_id(id, "Booking")
        if booking_id is None:
            return None
        [found] = await BookingNode.resolve_nodes(info=info, node_ids=[str(booking_id)])
        return found

    @strawberry.field(description="An export you asked for: its state and, when done, the link.")
    async def booking_export(
        self,
        info: strawberry.Info[Context, None],
        id: Annotated[
            strawberry.ID,
            strawberry.argument(description="The export's id, from `bookingsExport`."),
        ],
    ) -> ExportInfo | None:
        context = info.context
        export_id = row_id(id, "Export")
        if export_id is None:
            return None
        try:
            status = await export_status(context.runtime.settings, export_id, context.user_id)
        except DomainError:
            return None
        return ExportInfo.of(status)
