"""Order mutations: grab, accept, reject, status updates, help requests, dispatcher override."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from enum import Enum
from typing import cast
from uuid import UUID

import strawberry
from strawberry.scalars import JSON

from dispatchhub.errors import DomainError
from dispatchhub.graphql.common.geo import GeoPointInput
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.dispatch.types import functions_of
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.orders.types import OrderNode, OrdersError
from dispatchhub.graphql.refusals import refusals
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.execution import update_status
from dispatchhub.orders.grab import grab_order
from dispatchhub.orders.help import request_help
from dispatchhub.orders.idempotency import once
from dispatchhub.orders.manual import assign_manually
from dispatchhub.orders.offers import accept_offer, reject_offer

__all__ = ["OrdersMutation"]


@strawberry.enum(description="What the assignee may report.")
class OrderProgress(Enum):
    EN_ROUTE = strawberry.enum_value("EN_ROUTE", description="On the way (from ASSIGNED).")
    IN_PROGRESS = strawberry.enum_value(
        "IN_PROGRESS", description="At work on site (from ASSIGNED or EN_ROUTE)."
    )
    COMPLETED = strawberry.enum_value("COMPLETED", description="Done (from IN_PROGRESS).")


@strawberry.input
class OrderIdInput:
    id: strawberry.ID = strawberry.field(description="The order: its global ID or row id.")


@strawberry.input
class OrderRejectInput:
    id: strawberry.ID = strawberry.field(description="The order: its global ID or row id.")
    reason: str = strawberry.field(
        description="Why the offer is turned down (required; kept in the order's history)."
    )


@strawberry.input
class OrderStatusUpdateInput:
    id: strawberry.ID = strawberry.field(description="The order: its global ID or row id.")
    status: OrderProgress = strawberry.field(description="The status reached.")
    location: GeoPointInput | None = strawberry.field(
        default=None, description="Where the assignee is (kept in the history)."
    )
    note: str = strawberry.field(
        default="", description="Kept in the order's history as the reason."
    )
    checklist: JSON | None = strawberry.field(
        default=None,
        description="COMPLETED: the answers to the order's completionChecklist, by item "
        'name (`{"water_off": true}`); a required item left out is refused at '
        "`checklist.<item>`, named.",
    )
    idempotency_key: str | None = strawberry.field(
        default=None,
        description="A key the app makes for this step (1..64 of A-Z a-z 0-9 - _): resent "
        "with the same key, the step is applied once and the resend answered as the first.",
    )


@strawberry.input
class OrderHelpRequestInput:
    id: strawberry.ID = strawberry.field(description="The order: its global ID or row id.")
    message: str = strawberry.field(
        description="What help is needed (required); sent to the supervisor and the colleagues "
        "asked."
    )
    idempotency_key: str | None = strawberry.field(
        default=None,
        description="A key the app makes for this request (1..64 of A-Z a-z 0-9 - _): resent "
        "with the same key, one help request is made and the resend gets its id.",
    )


@strawberry.input
class OrderAssignInput:
    id: strawberry.ID = strawberry.field(description="The order: its global ID or row id.")
    staff_id: strawberry.ID = strawberry.field(
        description="The staff member: a User's global ID or row id."
    )
    reason: str = strawberry.field(
        description="Why by hand (required; kept in the history and the MANUAL decision)."
    )


@strawberry.type
class OrderPayload:
    order: OrderNode | None = strawberry.field(
        description="The order after the change; null when refused."
    )
    errors: list[OrdersError]


@strawberry.type(description="A policy requirement the chosen staff member does not meet.")
class BrokenRequirement:
    name: str = strawberry.field(description="The requirement's name in the policy (e.g. `near`).")
    reason: str = strawberry.field(description="Its reason for people (e.g. '22.2 km away').")
    values: JSON = strawberry.field(description="The values it read, by expression (JSON object).")


@strawberry.type
class OrderAssignPayload:
    order: OrderNode | None = strawberry.field(
        description="The order after the assignment; null when refused."
    )
    broken_requirements: list[BrokenRequirement] = strawberry.field(
        description="The active policy's requirements this assignment breaks (empty: none)."
    )
    errors: list[OrdersError]


@strawberry.type
class OrderHelpRequestPayload:
    help_request_id: strawberry.ID | None = strawberry.field(
        description="The new help request's id; null when refused."
    )
    order: OrderNode | None = strawberry.field(description="The order; null when refused.")
    errors: list[OrdersError]


def _id(value: str, type_name: str, field: str) -> UUID:
    found = row_id(value, type_name)
    if found is not None:
        return found
    code = OrdersErrorCode.NOT_FOUND if type_name == "Order" else OrdersErrorCode.STAFF_NOT_FOUND
    raise DomainError(code, field)


def _me(context: Context) -> UUID:
    return context.user_id


async def _node(context: Context, order_id: UUID) -> OrderNode | None:
    return (await OrderNode.load(context, [order_id])).get(str(order_id))


@refusals(OrderPayload, OrdersError)
async def _payload(context: Context, run: Callable[[], Awaitable[UUID]]) -> OrderPayload:
    order_id = await run()
    return OrderPayload(order=await _node(context, order_id), errors=[])


async def _status_once(
    context: Context, input: OrderStatusUpdateInput, point: tuple[float, float] | None
) -> UUID:
    order_id = _id(input.id, "Order", "id")

    async def apply() -> str:
        await update_status(
            order_id, context.user_id, input.status.name,
            point=point, note=input.note, checklist=input.checklist,
        )  # fmt: skip
        return ""

    await once(input.idempotency_key, context.user_id, "STATUS", order_id, apply)
    return order_id


@strawberry.type
class OrdersMutation:
    @strawberry.mutation(
        description="Take an order from the grab pool. Exactly one concurrent grab wins; the "
        "others get ALREADY_TAKEN. NOT_ELIGIBLE carries the policy's reasons."
    )
    async def order_grab(
        self, info: strawberry.Info[Context, None], input: OrderIdInput
    ) -> OrderPayload:
        context = info.context
        zone = context.runtime.settings.zone
        return await _payload(
            context,
            lambda: grab_order(
                functions_of(context), zone, _id(input.id, "Order", "id"), context.user_id
            ),
        )

    @strawberry.mutation(description="Accept an order offered to you, before its deadline.")
    async def order_accept(
        self, info: strawberry.Info[Context, None], input: OrderIdInput
    ) -> OrderPayload:
        context = info.context
        return await _payload(
            context, lambda: accept_offer(_id(input.id, "Order", "id"), context.user_id)
        )

    @strawberry.mutation(
        description="Reject an order offered to you, with a reason; it goes to the next candidate."
    )
    async def order_reject(
        self, info: strawberry.Info[Context, None], input: OrderRejectInput
    ) -> OrderPayload:
        context = info.context
        return await _payload(
            context,
            lambda: reject_offer(
                _id(input.id, "Order", "id"),
                context.user_id,
                input.reason,
                zone=context.runtime.settings.zone,
            ),  # fmt: skip
        )

    @strawberry.mutation(
        description="Report progress on your order: EN_ROUTE, IN_PROGRESS, COMPLETED (in order)."
    )
    async def order_status_update(
        self, info: strawberry.Info[Context, None], input: OrderStatusUpdateInput
    ) -> OrderPayload:
        context = info.context
        point = (input.location.lat, input.location.lon) if input.location else None
        return await _payload(
            context,
            lambda: _status_once(context, input, point),
        )

    @strawberry.mutation(
        description="Ask your supervisor and qualified colleagues nearby for help on your order."
    )
    @refusals(OrderHelpRequestPayload, OrdersError)
    async def order_help_request(
        self, info: strawberry.Info[Context, None], input: OrderHelpRequestInput
    ) -> OrderHelpRequestPayload:
        context = info.context
        order_id = _id(input.id, "Order", "id")

        async def ask() -> str:
            zone = context.runtime.settings.zone
            return str(await request_help(order_id, context.user_id, input.message, zone))

        help_id = await once(input.idempotency_key, context.user_id, "HELP", order_id, ask)
        return OrderHelpRequestPayload(
            help_request_id=strawberry.ID(str(help_id)),
            order=await _node(context, order_id),
            errors=[],
        )

    @strawberry.mutation(
        description="Dispatcher override: assign an order to a staff member; the payload lists "
        "the active policy's requirements the choice breaks."
    )
    @refusals(OrderAssignPayload, OrdersError, broken_requirements=[])
    async def order_assign(
        self, info: strawberry.Info[Context, None], input: OrderAssignInput
    ) -> OrderAssignPayload:
        context = info.context
        result = await assign_manually(
            functions_of(context), context.runtime.settings.zone,
            _id(input.id, "Order", "id"), _id(input.staff_id, "User", "staff_id"),
            actor_id=context.user_id, reason=input.reason,
        )  # fmt: skip
        broken = [
            BrokenRequirement(
                name=f.name,
                reason=f.reason,
                values=cast(JSON, json.loads(json.dumps(f.values, default=str))),
            )
            for f in result.broken
        ]
        return OrderAssignPayload(
            order=await _node(context, result.order_id), broken_requirements=broken, errors=[]
        )
