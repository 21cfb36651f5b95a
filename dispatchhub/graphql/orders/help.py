"""Help requests: the list for helpers and supervisors; join, take over, close."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

import strawberry
from strawberry import relay

from dispatchhub.authz.enforcer import is_allowed
from dispatchhub.errors import DomainError
from dispatchhub.graphql.common.enums import HelpRole, HelpStatus
from dispatchhub.graphql.common.pagination import page_info
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import BadUserInput
from dispatchhub.graphql.node import global_id, row_id
from dispatchhub.graphql.orders.types import OrderNode, OrdersError
from dispatchhub.graphql.refusals import bad_input, refusals
from dispatchhub.keyset import cursor_of
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.help import close_help, help_page, join_help, take_over

__all__ = ["HelpMutation", "HelpQuery"]


@strawberry.type(description="A colleague on a help request.")
class HelpParticipantInfo:
    staff_id: strawberry.ID = strawberry.field(description="A User's global ID.")
    role: HelpRole = strawberry.field(description="What they did with the request.")
    answered_at: datetime | None = strawberry.field(
        description="When they joined or took over; null while only invited."
    )


@strawberry.type(name="HelpRequest", description="A staff member's call for help on an order.")
class HelpRequestInfo:
    id: strawberry.ID = strawberry.field(
        description="The help request's id (pass it to helpRequestJoin, …)."
    )
    order_id: strawberry.ID = strawberry.field(description="The order's global id.")
    order_number: str = strawberry.field(description="The order's number.")
    requester_id: strawberry.ID = strawberry.field(description="A User's global ID.")
    requester_name: str = strawberry.field(description="The requester's name.")
    message: str = strawberry.field(description="What help the requester asked for.")
    status: HelpStatus = strawberry.field(description="Where the request is.")
    resolution: str = strawberry.field(
        description="What came of it, as the closer wrote it; empty while open."
    )
    taken_over_by: strawberry.ID | None = strawberry.field(
        description="The supervisor's User global ID, once one took the order over."
    )
    participants: list[HelpParticipantInfo] = strawberry.field(
        description="The colleagues asked, joined or who took over, with when they answered."
    )
    created_at: datetime = strawberry.field(description="When help was asked for.")


@strawberry.type
class HelpRequestEdge:
    node: HelpRequestInfo
    cursor: str


@strawberry.type(description="A page of help requests, newest first.")
class HelpRequestConnection:
    edges: list[HelpRequestEdge]
    page_info: relay.PageInfo


@strawberry.input(description="Narrow the help list; every part is optional.")
class HelpRequestFilterInput:
    status: list[HelpStatus] | None = strawberry.field(
        default=None, description="Only requests in these states; null: every state."
    )
    mine: bool = strawberry.field(
        default=False,
        description="Supervisors: only requests I made or was asked to answer.",
    )


@strawberry.input
class HelpRequestIdInput:
    id: strawberry.ID = strawberry.field(description="The help request's id.")


@strawberry.input
class HelpRequestCloseInput:
    id: strawberry.ID = strawberry.field(description="The help request's id.")
    resolution: str = strawberry.field(
        default="", description="What came of it (kept on the request)."
    )


@strawberry.type
class HelpRequestPayload:
    order: OrderNode | None = strawberry.field(
        description="The order the request is about, after the change; null when refused."
    )
    errors: list[OrdersError]


def _info(row: dict[str, Any], participants: list[dict[str, Any]]) -> HelpRequestInfo:
    return HelpRequestInfo(
        id=strawberry.ID(str(row["id"])),
        order_id=global_id("Order", row["order"]),
        order_number=row["order_number"],
        requester_id=global_id("User", row["requester"]),
        requester_name=row["requester_name"] or "",
        message=row["message"],
        status=HelpStatus(row["status"]),
        resolution=row["resolution"],
        taken_over_by=global_id("User", row["helper"]) if row["helper"] else None,
        participants=[
            HelpParticipantInfo(
                staff_id=global_id("User", p["staff"]),
                role=HelpRole(p["role"]),
                answered_at=p["answered_at"],
            )
            for p in participants
        ],
        created_at=row["created_at"],
    )


def _help_id(value: str) -> UUID:
    if (found := row_id(value, "HelpRequest")) is not None:
        return found
    raise DomainError(OrdersErrorCode.HELP_NOT_FOUND, "id")


def _supervises(context: Context) -> bool:
    """Supervisors (and admins) answer and close any help request (policies/orders.csv)."""
    return is_allowed(context.enforcer, context.actor, "HelpRequest", "call")


@refusals(HelpRequestPayload, OrdersError)
async def _payload(context: Context, run: Callable[[bool], Awaitable[UUID]]) -> HelpRequestPayload:
    order_id = await run(_supervises(context))
    node = (await OrderNode.load(context, [order_id])).get(str(order_id))
    return HelpRequestPayload(order=node, errors=[])


@strawberry.type
class HelpQuery:
    @strawberry.field(
        description="Help requests, newest first: those you made or were asked to answer; "
        "supervisors see all unless `mine`."
    )
    @bad_input
    async def help_requests(
        self,
        info: strawberry.Info[Context, None],
        filter: Annotated[
            HelpRequestFilterInput | None,
            strawberry.argument(description="Which requests; null: all the caller may see."),
        ] = None,
        first: int = 20,
        after: str | None = None,
    ) -> HelpRequestConnection:
        context = info.context
        given = filter or HelpRequestFilterInput()
        everyone = is_allowed(context.enforcer, context.actor, "HelpRequest", "read")
        viewer = None if everyone and not given.mine else context.user_id
        statuses = tuple(s.value for s in given.status or ())
        try:
            page = await help_page(viewer, statuses=statuses, first=first, after=after)
        except ValueError:
            raise BadUserInput("after is not a cursor of this list") from None
        edges = [
            HelpRequestEdge(node=_info(row, page.participants[str(row["id"])]),
                            cursor=cursor_of(row))
            for row in page.rows
        ]  # fmt: skip
        return HelpRequestConnection(
            edges=edges,
            page_info=page_info(
                [e.cursor for e in edges], has_next=page.has_next_page, after=after
            ),  # fmt: skip
        )


@strawberry.type
class HelpMutation:
    @strawberry.mutation(
        description="Join a help request you were asked to answer (supervisors: any open "
        "one): you become a helper on the order and may see its contact details."
    )
    async def help_request_join(
        self, info: strawberry.Info[Context, None], input: HelpRequestIdInput
    ) -> HelpRequestPayload:
        context = info.context
        zone = context.runtime.settings.zone
        return await _payload(
            context,
            lambda sup: join_help(_help_id(input.id), context.user_id, zone, supervises=sup),
        )

    @strawberry.mutation(
        description="Take over the order of an open help request: you become its assignee. "
        "Exactly one of concurrent take-overs wins; the others get HELP_CLOSED."
    )
    async def help_request_take_over(
        self, info: strawberry.Info[Context, None], input: HelpRequestIdInput
    ) -> HelpRequestPayload:
        context = info.context
        zone = context.runtime.settings.zone
        return await _payload(
            context,
            lambda sup: take_over(_help_id(input.id), context.user_id, zone, supervises=sup),
        )

    @strawberry.mutation(description="Close your help request (supervisors: any), saying how.")
    async def help_request_close(
        self, info: strawberry.Info[Context, None], input: HelpRequestCloseInput
    ) -> HelpRequestPayload:
        context = info.context
        return await _payload(
            context,
            lambda sup: close_help(
                _help_id(input.id), context.user_id, input.resolution, supervises=sup
            ),
        )
