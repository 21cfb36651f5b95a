"""Shifts and live positions over GraphQL: staffShiftStart / staffShiftEnd,
staffPositionReport, StaffProfile.onShift / position and Order.assigneePosition."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.applications import Starlette
from strawberry import relay

from dispatchhub.authz.enforcer import is_allowed
from dispatchhub.authz.ownership import granted_relations, relations_of
from dispatchhub.dispatch.records import load_staff
from dispatchhub.geo import great_circle_km, wgs84_to_gcj02
from dispatchhub.runtime import Runtime
from dispatchhub.users.authentication import authenticate
from dispatchhub.users.tables import StaffProfile
from tests.fixtures.app import GraphQLClient
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.users import MakeUser, SignedIn

START = "mutation { staffShiftStart { staffProfile { onShift } errors { field code message } } }"
END = "mutation { staffShiftEnd { staffProfile { onShift } errors { field code message } } }"
REPORT = """
mutation ($input: StaffPositionReportInput!) {
  staffPositionReport(input: $input) {
    position { location { lat lon } recordedAt accuracyMeters }
    errors { field code message }
  }
}
"""
ME = "{ me { staffProfile { onShift position { location { lat lon } recordedAt } } } }"
NODE = """
query ($id: ID!) {
  node(id: $id) { ... on User { staffProfile { onShift position { location { lat lon } } } } }
}
"""
ASSIGNEE_POSITION = (
    "query ($id: ID!) { order(id: $id) { status assigneePosition { location { lat lon } } } }"
)


async def _as(gql: GraphQLClient, who: SignedIn, query: str, **variables: Any) -> Any:
    gql.headers.clear()
    gql.headers.update(who.headers)
    return await gql.execute(query, variables)


def _report(lat: float, lon: float, **more: Any) -> dict[str, Any]:
    return {"input": {"location": {"lat": lat, "lon": lon}, **more}}


async def _off_calendar(staff: SignedIn) -> None:
    # a staff member with no calendar shift: only the app's switch puts them on shift
    await StaffProfile.update({StaffProfile.shifts: []}).where(StaffProfile.user == staff.id)


async def _allow_next_report(staff: SignedIn) -> None:
    # the rate limit counts from the last report; move it back instead of sleeping
    await StaffProfile.update(
        {StaffProfile.located_at: datetime.now(UTC) - timedelta(minutes=1)}
    ).where(StaffProfile.user == staff.id)


async def test_staff_go_on_and_off_shift_and_dispatch_follows(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    # given a staff member outside their calendar
    staff = await orders_world.signed_in_staff(make_user)
    await _off_calendar(staff)
    before = await _as(gql, staff, ME)
    assert before["data"]["me"]["staffProfile"]["onShift"] is False
    # when they go on shift
    started = await _as(gql, staff, START)
    # then they are, for the API and for dispatch
    assert started["data"]["staffShiftStart"] == {"staffProfile": {"onShift": True}, "errors": []}
    zone = orders_world.zone
    [record] = await load_staff(datetime.now(UTC), zone, staff_ids=[staff.id])
    assert record["on_shift"] is True and record["available"] is True
    # and off again
    ended = await _as(gql, staff, END)
    assert ended["data"]["staffShiftEnd"] == {"staffProfile": {"onShift": False}, "errors": []}
    [record] = await load_staff(datetime.now(UTC), zone, staff_ids=[staff.id])
    assert record["on_shift"] is False and record["available"] is False


async def test_a_position_is_refused_off_shift_and_kept_on_shift(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff = await orders_world.signed_in_staff(make_user)
    await _off_calendar(staff)

    refused = await _as(gql, staff, REPORT, **_report(31.2, 121.45))
    assert refused["data"]["staffPositionReport"]["position"] is None
    [error] = refused["data"]["staffPositionReport"]["errors"]
    assert (error["field"], error["code"]) == (None, "OFF_SHIFT")
    assert "下班" in error["message"]

    await _as(gql, staff, START)
    kept = await _as(gql, staff, REPORT, **_report(31.2, 121.45, accuracyMeters=12.5))
    payload = kept["data"]["staffPositionReport"]
    assert payload["errors"] == []
    assert payload["position"]["location"] == {"lat": 31.2, "lon": 121.45}
    assert payload["position"]["accuracyMeters"] == 12.5
    me = await _as(gql, staff, ME)
    position = me["data"]["me"]["staffProfile"]["position"]
    assert position["location"] == {"lat": 31.2, "lon": 121.45}
    age = datetime.now(UTC) - datetime.fromisoformat(position["recordedAt"])
    assert timedelta(0) <= age < timedelta(seconds=30)


async def test_reports_come_at_most_every_five_seconds(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff = await orders_world.signed_in_staff(make_user)  # on shift by the calendar
    first = await _as(gql, staff, REPORT, **_report(31.2, 121.45))
    assert first["data"]["staffPositionReport"]["errors"] == []

    second = await _as(gql, staff, REPORT, **_report(31.21, 121.45))

    [error] = second["data"]["staffPositionReport"]["errors"]
    assert error["code"] == "TOO_FREQUENT"
    row = await StaffProfile.select(StaffProfile.lat).where(StaffProfile.user == staff.id).first()
    assert row == {"lat": 31.2}


async def test_gcj02_positions_are_stored_in_wgs84(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff = await orders_world.signed_in_staff(make_user)
    gps = (31.2, 121.45)
    amap_lat, amap_lon = wgs84_to_gcj02(*gps)

    body = await _as(gql, staff, REPORT, **_report(amap_lat, amap_lon, coordinateSystem="GCJ02"))

    location = body["data"]["staffPositionReport"]["position"]["location"]
    assert great_circle_km(*gps, location["lat"], location["lon"]) < 0.001


@pytest.mark.parametrize(
    ("location", "accuracy", "field", "code"),
    [
        ({"lat": 91.0, "lon": 121.0}, None, "location.lat", "INVALID_LATITUDE"),
        ({"lat": 31.0, "lon": -181.0}, None, "location.lon", "INVALID_LONGITUDE"),
        ({"lat": 31.0, "lon": 121.0}, -1.0, "accuracyMeters", "INVALID_ACCURACY"),
        ({"lat": 31.0, "lon": 121.0}, 50000.0, "accuracyMeters", "INVALID_ACCURACY"),
    ],
)
async def test_bad_values_are_refused_at_their_field(
    gql: GraphQLClient,
    make_user: MakeUser,
    orders_world: OrdersWorld,
    location: dict[str, float],
    accuracy: float | None,
    field: str,
    code: str,
) -> None:
    staff = await orders_world.signed_in_staff(make_user)
    variables = {"input": {"location": location, "accuracyMeters": accuracy}}

    body = await _as(gql, staff, REPORT, **variables)

    [error] = body["data"]["staffPositionReport"]["errors"]
    assert (error["field"], error["code"]) == (field, code)


async def test_an_account_without_a_staff_profile_is_told_so(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    staff = await make_user("staff")

    body = await _as(gql, staff, START)

    assert body["data"]["staffShiftStart"]["errors"][0]["code"] == "NOT_STAFF"


async def test_dispatchers_read_every_staff_position(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff = await orders_world.signed_in_staff(make_user)
    await _as(gql, staff, REPORT, **_report(31.2, 121.45))
    dispatcher = await make_user("dispatcher")

    body = await _as(gql, dispatcher, NODE, id=staff.global_id)

    assert "errors" not in body, body
    profile = body["data"]["node"]["staffProfile"]
    assert profile == {"onShift": True, "position": {"location": {"lat": 31.2, "lon": 121.45}}}


async def test_the_customer_follows_the_assignee_only_while_on_the_way(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    # given a customer's order assigned to a staff member who reported a position
    owner = await make_user("customer")
    other = await make_user("customer")
    dispatcher = await make_user("dispatcher")
    staff = await orders_world.signed_in_staff(make_user)
    await _as(gql, staff, REPORT, **_report(31.2, 121.45))
    order_id = await orders_world.open_order(customer=owner.id)
    order = str(relay.GlobalID("Order", str(order_id)))
    here = {"location": {"lat": 31.2, "lon": 121.45}}

    async def seen_by(who: SignedIn) -> tuple[Any, list[str]]:
        body = await _as(gql, who, ASSIGNEE_POSITION, id=order)
        codes = [e["extensions"]["code"] for e in body.get("errors", [])]
        order_data = body["data"]["order"]
        return (order_data["assigneePosition"] if order_data else None), codes

    # when assigned, the customer may not see where the staff member is; dispatch may
    await orders_world.set_status(order_id, "ASSIGNED", staff.id)
    assert await seen_by(owner) == (None, ["FORBIDDEN"])
    assert await seen_by(dispatcher) == (here, [])
    assert await seen_by(staff) == (here, [])
    # on the way, the customer follows them; another customer sees no such order
    await orders_world.set_status(order_id, "EN_ROUTE", staff.id)
    assert await seen_by(owner) == (here, [])
    assert (await seen_by(other))[0] is None
    # at work, the position is private again
    await orders_world.set_status(order_id, "IN_PROGRESS", staff.id)
    assert await seen_by(owner) == (None, ["FORBIDDEN"])


@pytest.mark.parametrize(
    ("role", "plain", "relations"),
    [
        ("customer", False, []),
        ("staff", False, ["self"]),
        ("supervisor", True, ["self"]),
        ("dispatcher", True, []),
        ("admin", True, ["self"]),
    ],
)
async def test_who_may_read_a_staff_position(
    app: Starlette, runtime: Runtime, make_user: MakeUser, role: str, plain: bool,
    relations: list[str],
) -> None:  # fmt: skip
    user = await make_user(role)
    auth = await authenticate(runtime.settings, app.state.enforcer, f"Bearer {user.token}")
    enforcer = app.state.enforcer

    granted = [
        name
        for name, check in relations_of("StaffProfile").items()
        if check in granted_relations(enforcer, auth.actor, "StaffProfile.position", "read")
    ]

    assert is_allowed(enforcer, auth.actor, "StaffProfile.position", "read") is plain
    assert granted == relations
