"""Booking slots from real capacity (``bookingSlots``, dispatchhub/orders/capacity.py):
qualified staff whose calendar covers the slot, less the orders already in it, capped by
each one's ``max_active_orders``; on SQLite and PostgreSQL like every database test."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from dispatchhub.catalog.tables import ServiceType
from dispatchhub.users.tables import StaffProfile
from tests.fixtures.app import GraphQLClient
from tests.fixtures.dispatch import SHANGHAI, TASK_POINT, DispatchWorld
from tests.fixtures.users import MakeUser

SLOTS = """
query ($type: ID!, $region: String!, $day: Date!) {
  bookingSlots(serviceTypeId: $type, region: $region, day: $day) { start end staffCount free full }
}
"""
DAY = date(2026, 11, 25)  # a Wednesday (weekday 2)
TEN = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


def _at(slots: list[dict[str, Any]], hhmm: str) -> dict[str, Any]:
    for slot in slots:
        local = datetime.fromisoformat(slot["start"]).astimezone(SHANGHAI)
        if local.strftime("%H:%M") == hhmm:
            return slot
    raise AssertionError(f"no slot at {hhmm}")


async def test_slots_count_qualified_staff_on_their_calendar_less_the_orders_in_them(
    dispatch_world: DispatchWorld, gql: GraphQLClient, make_user: MakeUser
) -> None:
    world = dispatch_world
    await ServiceType.update({ServiceType.required_skills: {"hvac": 3}}).where(
        ServiceType.id == world.service_type
    )
    busy = await world.staff("忙 Busy", TASK_POINT, max_active=1)
    await world.staff("闲 Free", TASK_POINT, max_active=3)
    mornings = await world.staff("早班 Mornings", TASK_POINT)
    await StaffProfile.update(
        {StaffProfile.shifts: [{"weekday": 2, "start": "08:00", "end": "12:00"}]}
    ).where(StaffProfile.user == mornings)
    await world.staff("水管 Plumber", TASK_POINT, skills={"plumbing": 5})  # not qualified
    await world.staff("新手 Junior", TASK_POINT, skills={"hvac": 2})  # level too low
    await world.staff("黄浦 Elsewhere", TASK_POINT, region="huangpu")  # another region
    # 10:00–11:30: busy holds an order (their one), and one order waits for somebody
    created = TEN - timedelta(days=1)
    await world.order(status="ASSIGNED", assignee=busy, created=created)
    await world.order(status="OPEN", created=created)
    await world.order(status="CANCELLED", created=created)  # takes nobody

    customer = await make_user("customer")
    gql.headers.update(customer.headers)
    body = await gql.execute(
        SLOTS, {"type": str(world.service_type), "region": "xuhui", "day": DAY.isoformat()}
    )

    assert "errors" not in body, body
    slots = body["data"]["bookingSlots"]
    # every half hour of 08:00–20:00 where the 90 minutes fit: 08:00 … 18:30
    assert len(slots) == 22
    assert _at(slots, "08:00") == {**_at(slots, "08:00"), "staffCount": 3, "free": 3}
    end = datetime.fromisoformat(_at(slots, "08:00")["end"]).astimezone(SHANGHAI)
    assert end.strftime("%H:%M") == "09:30"
    # 10:00: three on their calendar; busy is at their maximum; the waiting order takes one
    assert _at(slots, "10:00") == {**_at(slots, "10:00"), "staffCount": 3, "free": 1}
    # 10:30 (till 12:00) still overlaps both orders; 11:00 no longer fits the morning shift
    assert _at(slots, "10:30")["free"] == 1
    assert _at(slots, "11:00")["staffCount"] == 2 and _at(slots, "11:00")["free"] == 0
    assert _at(slots, "11:00")["full"] is True
    # 11:30: the orders ended; busy and free are free again, the morning shift is over
    assert _at(slots, "11:30") == {**_at(slots, "11:30"), "staffCount": 2, "free": 2}
    assert _at(slots, "11:30")["full"] is False


async def test_an_unknown_service_type_is_refused_at_its_argument(
    dispatch_world: DispatchWorld, gql: GraphQLClient, make_user: MakeUser
) -> None:
    customer = await make_user("customer")
    gql.headers.update(customer.headers)
    for bad in ("not-an-id", "00000000-0000-0000-0000-000000000000"):
        body = await gql.execute(SLOTS, {"type": bad, "region": "xuhui", "day": "2026-11-25"})
        assert body["data"] is None
        [error] = body["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT", error
        assert "serviceTypeId" in str(error["extensions"]), error
