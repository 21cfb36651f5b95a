"""An order's promised arrival as the API shows it: deadline, ETA, lateness."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any
from uuid import UUID

import strawberry

from dispatchhub.graphql.context import Context
from dispatchhub.graphql.loaders import children_loader
from dispatchhub.graphql.node import global_id
from dispatchhub.orders.arrival_tables import ArrivalPromise

__all__ = ["ArrivalOutcome", "OrderArrival", "order_arrival"]


@strawberry.enum(description="Where an order's promised arrival stands.")
class ArrivalOutcome(Enum):
    OPEN = strawberry.enum_value("OPEN", description="The staff member has not arrived yet.")
    ON_TIME = strawberry.enum_value("ON_TIME", description="They arrived by the deadline.")
    LATE = strawberry.enum_value(
        "LATE", description="They arrived after the deadline (`lateMinutes`)."
    )
    MISSED = strawberry.enum_value(
        "MISSED",
        description="Before they set off, the deadline could no longer be met: the order was "
        "re-dispatched.",
    )
    WITHDRAWN = strawberry.enum_value(
        "WITHDRAWN", description="The order left them for another reason (reassigned)."
    )


@strawberry.type(description="The arrival promised when the order was last accepted.")
class OrderArrival:
    staff_id: strawberry.ID = strawberry.field(description="A User's global ID: who promised.")
    deadline: datetime = strawberry.field(description="When they must be there.")
    eta_at: datetime | None = strawberry.field(
        description="The latest estimate of their arrival (once on the way); null before."
    )
    eta_updated_at: datetime | None = strawberry.field(
        description="When the estimate was last made."
    )
    jeopardy_at: datetime | None = strawberry.field(
        description="When dispatchers were alerted that the estimate passed the deadline."
    )
    arrived_at: datetime | None = strawberry.field(description="When they reported arrival.")
    late_minutes: float | None = strawberry.field(
        description="How late they arrived, or would at the least have been (MISSED); null "
        "while open, 0 on time."
    )
    outcome: ArrivalOutcome = strawberry.field(description="Where the promise stands.")


async def _promises(order_ids: list[UUID]) -> list[dict[str, Any]]:
    return list(
        await ArrivalPromise.select()
        .where(ArrivalPromise.order.is_in(order_ids))
        .order_by(ArrivalPromise.created_at, ascending=False)
    )


async def order_arrival(context: Context, order_id: str) -> OrderArrival | None:
    """The order's latest promise (one query per request for a whole list of orders)."""
    found = await children_loader(context, "order.arrival", _promises, "order").load(order_id)
    if not found:
        return None
    row = found[0]
    return OrderArrival(
        staff_id=global_id("User", row["staff"]), deadline=row["deadline"],
        eta_at=row["eta_at"], eta_updated_at=row["eta_updated_at"],
        jeopardy_at=row["jeopardy_at"], arrived_at=row["arrived_at"],
        late_minutes=row["late_min"], outcome=ArrivalOutcome(row["outcome"]),
    )  # fmt: skip
