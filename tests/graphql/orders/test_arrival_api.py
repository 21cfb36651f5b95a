"""Arrival windows in the catalog (admins) and an order's deadline, ETA and lateness."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID

from strawberry import relay

from dispatchhub.orders.arrival_tables import ArrivalPromise
from dispatchhub.orders.dispatching import dispatch_order
from dispatchhub.orders.execution import update_status
from dispatchhub.orders.offers import accept_offer
from dispatchhub.orders.service import now
from dispatchhub.orders.tables import Order
from tests.fixtures.app import GraphQLClient
from tests.fixtures.dispatch import SHANGHAI
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.users import MakeUser

SET_WINDOWS = """
mutation ($input: ServiceTypeArrivalWindowsSetInput!) {
  serviceTypeArrivalWindowsSet(input: $input) {
    serviceType { code arrivalWindows { urgency minutes } }
    errors { field code message }
  }
}
"""
ORDER_ARRIVAL = """
query ($id: ID!) { order: node(id: $id) { ... on Order {
  arrivalDeadline etaAt lateMinutes
  arrival { outcome deadline etaAt jeopardyAt lateMinutes staffId }
} } }
"""


async def test_admins_set_windows_per_urgency_and_bad_entries_are_refused_at_their_field(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    service_type = str(orders_world.world.service_type)
    gql.headers.update((await make_user("admin")).headers)
    windows = [{"urgency": "EMERGENCY", "minutes": 60}, {"urgency": "NORMAL", "minutes": 240}]

    body = await gql.execute(
        SET_WINDOWS, {"input": {"serviceTypeId": service_type, "windows": windows}}
    )

    payload = body["data"]["serviceTypeArrivalWindowsSet"]
    assert payload["errors"] == []
    assert payload["serviceType"]["arrivalWindows"] == [
        {"urgency": "NORMAL", "minutes": 240}, {"urgency": "EMERGENCY", "minutes": 60}
    ]  # fmt: skip

    bad = [{"urgency": "NORMAL", "minutes": 0}, {"urgency": "NORMAL", "minutes": 30}]
    body = await gql.execute(SET_WINDOWS, {"input": {"serviceTypeId": service_type,
                                                     "windows": bad}})  # fmt: skip
    payload = body["data"]["serviceTypeArrivalWindowsSet"]
    assert payload["serviceType"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [
        ("windows.0.minutes", "OUT_OF_RANGE"), ("windows.1.urgency", "DUPLICATE")
    ]  # fmt: skip


async def test_windows_are_for_admins_only(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    gql.headers.update((await make_user("dispatcher")).headers)
    body = await gql.execute(
        SET_WINDOWS,
        {"input": {"serviceTypeId": str(orders_world.world.service_type), "windows": []}},
    )
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_the_order_shows_its_deadline_eta_and_lateness(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    # given NORMAL orders promised within 45 minutes, an order wanted now, accepted
    gql.headers.update((await make_user("admin")).headers)
    await gql.execute(SET_WINDOWS, {"input": {
        "serviceTypeId": str(orders_world.world.service_type),
        "windows": [{"urgency": "NORMAL", "minutes": 45}]}})  # fmt: skip
    staff = await orders_world.signed_in_staff(make_user)
    order_id = await orders_world.open_order()
    await Order.update({Order.scheduled_start: now() - timedelta(minutes=1)}).where(
        Order.id == order_id
    )
    await dispatch_order(orders_world.functions, SHANGHAI, order_id)
    accepted = now()
    await accept_offer(order_id, staff.id)
    gid = str(relay.GlobalID("Order", str(order_id)))

    # when the assignee reads it before setting off: a deadline, no ETA yet
    gql.headers.update(staff.headers)
    order = (await gql.execute(ORDER_ARRIVAL, {"id": gid}))["data"]["order"]
    deadline = datetime.fromisoformat(order["arrivalDeadline"])
    assert timedelta(minutes=44) < deadline - accepted < timedelta(minutes=46)
    assert order["etaAt"] is None and order["lateMinutes"] is None
    assert order["arrival"]["outcome"] == "OPEN"

    # when they arrive on time
    await ArrivalPromise.update({ArrivalPromise.eta_at: now()}).where(
        ArrivalPromise.order == order_id
    )
    await update_status(order_id, UUID(str(staff.id)), "IN_PROGRESS")
    order = (await gql.execute(ORDER_ARRIVAL, {"id": gid}))["data"]["order"]
    assert order["lateMinutes"] == 0.0 and order["arrival"]["outcome"] == "ON_TIME"
    assert order["etaAt"] is not None
