"""``StaffPosition`` and the per-request loaders behind ``StaffProfile.onShift``,
``StaffProfile.position`` and ``Order.assigneePosition``.

Who may read them is the policy's business (``policies/positions.csv``): the fields are
sensitive (:data:`dispatchhub.graphql.permissions.SENSITIVE_FIELDS`), and the relations the
policy names are registered here: ``StaffProfile`` ``self`` (one's own profile) and
``Order`` ``tracking`` (the order's customer while the assignee is on the way).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING
from uuid import UUID

import strawberry
from strawberry.dataloader import DataLoader

from dispatchhub.authz.enforcer import Actor
from dispatchhub.authz.ownership import register_relation
from dispatchhub.graphql.common.geo import GeoPoint
from dispatchhub.graphql.context import Context
from dispatchhub.users.positions import Position, positions_of, shift_states

if TYPE_CHECKING:
    from dispatchhub.graphql.orders.types import OrderNode
    from dispatchhub.graphql.users.types import StaffProfileType

__all__ = ["TRACKED_STATUSES", "StaffPosition", "on_shift_of", "position_of"]

# While the assignee is on the way (and, once the order records it, has arrived) the
# customer follows their position; before and after it is nobody else's business.
TRACKED_STATUSES = frozenset({"EN_ROUTE", "ARRIVED"})


@strawberry.type(description="Where a staff member last was, as their app reported it.")
class StaffPosition:
    location: GeoPoint = strawberry.field(description="The reported point (WGS-84).")
    recorded_at: datetime = strawberry.field(
        description="When the server received it: its age says how far to trust it."
    )
    accuracy_meters: float | None = strawberry.field(
        description="The device's accuracy radius in metres; null when it gave none."
    )

    @classmethod
    def of(cls, position: Position) -> StaffPosition:
        return cls(
            location=GeoPoint(lat=position.lat, lon=position.lon),
            recorded_at=position.recorded_at,
            accuracy_meters=position.accuracy_m,
        )


def _position_loader(context: Context) -> DataLoader[UUID, Position | None]:
    loader: DataLoader[UUID, Position | None] | None = context.loaders.get("staff_position")
    if loader is None:

        async def load(ids: list[UUID]) -> list[Position | None]:
            found = await positions_of(list(ids))
            return [found.get(i) for i in ids]

        loader = context.loaders["staff_position"] = DataLoader(load_fn=load)
    return loader


def _shift_loader(context: Context) -> DataLoader[UUID, bool]:
    loader: DataLoader[UUID, bool] | None = context.loaders.get("staff_on_shift")
    if loader is None:
        zone = context.runtime.settings.zone

        async def load(ids: list[UUID]) -> list[bool]:
            found = await shift_states(list(ids), datetime.now(UTC), zone)
            return [found.get(i, False) for i in ids]

        loader = context.loaders["staff_on_shift"] = DataLoader(load_fn=load)
    return loader


async def position_of(context: Context, user_id: UUID) -> StaffPosition | None:
    """The last position of a staff member (through the request's loader)."""
    found = await _position_loader(context).load(user_id)
    return StaffPosition.of(found) if found is not None else None


async def on_shift_of(context: Context, user_id: UUID) -> bool:
    """Whether a staff member is on shift now (through the request's loader)."""
    return await _shift_loader(context).load(user_id)


def _is_own_profile(actor: Actor, profile: StaffProfileType) -> bool:
    return actor.user_id is not None and actor.user_id == str(profile.user_id)


def _is_tracking(actor: Actor, order: OrderNode) -> bool:
    return (
        actor.user_id is not None
        and order.owner_id == actor.user_id
        and order.status.value in TRACKED_STATUSES
    )


# ``p, staff, StaffProfile.position, read:self``, ``p, customer, Order.assigneePosition,
# read:tracking`` (policies/positions.csv).
register_relation("StaffProfile", "self", _is_own_profile)
register_relation("Order", "tracking", _is_tracking)
