"""Order queries: the list (own, pool, or all by role) and one order."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from dispatchhub.authz.enforcer import is_allowed
from dispatchhub.graphql.common.pagination import page_info
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.dispatch.types import functions_of
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.orders.types import OrderConnection, OrderEdge, OrderNode, OrderStatus
from dispatchhub.graphql.refusals import bad_input
from dispatchhub.orders.listing import OrderFilter, cursor_of, order_page
from dispatchhub.orders.service import eligible_orders

__all__ = ["OrderFilterInput", "OrdersQuery"]


@strawberry.input(description="Narrow an order list; every part is optional.")
class OrderFilterInput:
    status: list[OrderStatus] | None = strawberry.field(
        default=None, description="Only orders in these states; null: every state."
    )
    mine: bool = strawberry.field(
        default=False, description="Staff: only orders offered or assigned to me."
    )
    grabbable: bool = strawberry.field(default=False, description="Only the grab pool.")
    region: str | None = strawberry.field(
        default=None, description="Only orders in this region (its code)."
    )


def _filter(context: Context, given: OrderFilterInput | None) -> OrderFilter:
    """Dispatchers see every order; staff their offers, jobs and the pool; customers theirs."""
    given = given or OrderFilterInput()
    user = context.user_id
    everyone = is_allowed(context.enforcer, context.actor, "Order", "read")
    is_staff = is_allowed(context.enforcer, context.actor, "Order", "read:assignee")
    return OrderFilter(
        statuses=tuple(s.value for s in given.status or ()),
        region=given.region,
        staff_id=user if (given.mine or not everyone) and is_staff else None,
        customer_id=None if everyone or is_staff else user,
        mine=given.mine,
        grabbable=given.grabbable,
    )


@strawberry.type
class OrdersQuery:
    @strawberry.field(
        description="Orders, newest first. Staff: offered or assigned to them, and the pool "
        "orders the active policy lets them grab; customers: their own; dispatchers: all."
    )
    @bad_input
    async def orders(
        self,
        info: strawberry.Info[Context, None],
        filter: Annotated[
            OrderFilterInput | None,
            strawberry.argument(description="Which orders; null: all the caller may see."),
        ] = None,
        first: int = 20,
        after: str | None = None,
    ) -> OrderConnection:
        context = info.context
        chosen = _filter(context, filter)
        staff_id = chosen.staff_id

        async def grabbable_by_them(orders: list[dict[str, Any]]) -> set[str]:
            assert staff_id is not None
            return await eligible_orders(
                functions_of(context), context.runtime.settings.zone, orders, staff_id
            )

        page = await order_page(
            chosen,
            first=first,
            after=after,
            eligible=grabbable_by_them if staff_id is not None else None,
        )
        edges = [
            OrderEdge(
                node=OrderNode.from_row(row, page.offered[str(row["id"])]), cursor=cursor_of(row)
            )
            for row in page.rows
        ]
        return OrderConnection(
            edges=edges,
            page_info=page_info(
                [edge.cursor for edge in edges], has_next=page.has_next_page, after=after
            ),
        )

    @strawberry.field(description="One order by id; null when missing or not yours to see.")
    async def order(
        self,
        info: strawberry.Info[Context, None],
        id: Annotated[
            strawberry.ID, strawberry.argument(description="The order: its global ID or row id.")
        ],
    ) -> OrderNode | None:
        order_id = row_id(id, "Order")
        if order_id is None:
            return None
        [found] = await OrderNode.resolve_nodes(info=info, node_ids=[str(order_id)])
        return found
