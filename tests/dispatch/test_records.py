"""Staff read for live dispatch: only those around the order."""

from __future__ import annotations

from dispatchhub.dispatch.records import staff_near
from dispatchhub.users.tables import StaffProfile, User
from tests.fixtures.dispatch import TASK_POINT
from tests.fixtures.orders import OrdersWorld


async def test_staff_near_a_point_are_those_in_the_box_around_the_circle(
    orders_world: OrdersWorld,
) -> None:
    lat, lon = TASK_POINT
    inside = await orders_world.staff((lat + 0.08, lon + 0.09))  # about 8.9 and 8.6 km
    outside = await orders_world.staff((lat, lon + 0.12))  # about 11.4 km east
    at_home = await orders_world.staff((lat + 0.5, lon))
    await StaffProfile.update({StaffProfile.lat: None, StaffProfile.lon: None,
                               StaffProfile.home_lat: lat - 0.05}).where(
        StaffProfile.user == at_home)  # fmt: skip
    left = await orders_world.staff((lat, lon))
    await User.update({User.status: "DISABLED"}).where(User.id == left)

    found = set(await staff_near(lat, lon, 10))

    assert inside in found and at_home in found
    assert outside not in found and left not in found
