"""Orders over GraphQL: who sees a customer's contact details, and the staff's operations."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from uuid import UUID

import pytest
from strawberry import relay

from dispatchhub.orders.dispatching import dispatch_order
from dispatchhub.orders.service import now
from dispatchhub.orders.tables import Offer, Order
from tests.fixtures.app import GraphQLClient
from tests.fixtures.dispatch import TASK_POINT
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.users import MakeUser, SignedIn

FAR = (TASK_POINT[0] + 0.2, TASK_POINT[1])

ORDER_CONTACT = """
query ($id: ID!) {
  order(id: $id) {
    number status customerPhone customerName address description navigationUrl
  }
}
"""
ORDERS = """
query ($filter: OrderFilterInput) {
  orders(filter: $filter, first: 10) { edges { node { id status number } } }
}
"""
ORDER_GRAB = """
mutation ($id: ID!) {
  orderGrab(input: {id: $id}) {
    order { status assigneeId customerPhone decision { kind outcome } }
    errors { field code message }
  }
}
"""
ORDER_STATUS_UPDATE = """
mutation ($id: ID!, $status: OrderProgress!) {
  orderStatusUpdate(input: {id: $id, status: $status, location: {lat: 31.19, lon: 121.44}}) {
    order { status history { toStatus location { lat lon } } }
    errors { field code }
  }
}
"""
ORDER_ASSIGN = """
mutation ($id: ID!, $staffId: ID!) {
  orderAssign(input: {id: $id, staffId: $staffId, reason: "客户指定 / customer asked"}) {
    order { status assigneeId decision { kind candidates { staffId eligible } } }
    brokenRequirements { name reason values }
    errors { code }
  }
}
"""
NOTIFICATIONS = """
query { notifications(first: 10, unreadOnly: true) {
  unreadCount edges { node { id template body } } } }
"""
MARK_READ = """
mutation ($ids: [ID!]!) { notificationMarkRead(input: {ids: $ids}) { marked } }
"""


def gid(order_id: UUID) -> str:
    return str(relay.GlobalID("Order", str(order_id)))


@pytest.fixture
async def people(make_user: MakeUser, orders_world: OrdersWorld) -> dict[str, object]:
    """An order of ``owner`` assigned to ``assigned`` and offered to ``offered``."""
    owner = await make_user("customer")
    found: dict[str, object] = {
        "owner": owner,
        "other_customer": await make_user("customer"),
        "assigned": await orders_world.signed_in_staff(make_user),
        "offered": await orders_world.signed_in_staff(make_user),
        "other_staff": await orders_world.signed_in_staff(make_user),
        "dispatcher": await make_user("dispatcher"),
    }
    order_id = await orders_world.open_order(customer=owner.id)
    await orders_world.set_status(order_id, "ASSIGNED", found["assigned"].id)  # type: ignore[attr-defined]
    offered = found["offered"]
    assert isinstance(offered, SignedIn)
    await Offer(order=order_id, staff=offered.id, deadline=now() + timedelta(minutes=5)).save()
    found["order"] = order_id
    return found


@pytest.mark.parametrize(
    ("who", "sees"),
    [
        ("assigned", True),
        ("offered", True),
        ("other_staff", False),
        ("owner", True),
        ("other_customer", None),
        ("dispatcher", True),
    ],
)
async def test_contact_details_only_for_offered_or_assigned_staff(
    gql: GraphQLClient, people: dict[str, object], who: str, sees: bool | None
) -> None:
    # given an ASSIGNED order (not in the pool), signed in as `who`
    gql.headers.update(people[who].headers)  # type: ignore[attr-defined]
    # when they ask for its contact details
    body = await gql.execute(ORDER_CONTACT, {"id": gid(people["order"])})  # type: ignore[arg-type]
    # then
    order = body["data"]["order"] if body.get("data") else None
    if sees is None:  # someone else's order does not exist for them
        assert order is None and "errors" not in body
        return
    if sees:
        assert "errors" not in body, body
        assert order["customerPhone"].startswith("+86")
        assert order["address"] == "上海市徐汇区漕溪北路1号"
        assert order["navigationUrl"].startswith(
            "https://uri.amap.com/marker?position=121.44,31.19"
        )
    else:
        assert order is None or order["customerPhone"] is None
        codes = {e["extensions"]["code"] for e in body.get("errors", [])}
        assert codes <= {"FORBIDDEN"}


async def test_pool_orders_show_staff_the_job_but_not_the_contact(
    gql: GraphQLClient, people: dict[str, object], orders_world: OrdersWorld
) -> None:
    pool = await orders_world.open_order()
    other = people["other_staff"]
    assert isinstance(other, SignedIn)
    gql.headers.update(other.headers)

    body = await gql.execute(ORDER_CONTACT, {"id": gid(pool)})

    order = body["data"]["order"]
    assert order["status"] == "OPEN" and order["number"]
    contact = ("customerPhone", "customerName", "address", "description", "navigationUrl")
    assert all(order[name] is None for name in contact)
    assert {e["extensions"]["code"] for e in body["errors"]} == {"FORBIDDEN"}
    assert {e["path"][-1] for e in body["errors"]} == set(contact)
    listed = await gql.execute(ORDERS, {"filter": {"grabbable": True}})
    assert [e["node"]["status"] for e in listed["data"]["orders"]["edges"]] == ["OPEN"]


async def test_the_pool_shows_a_staff_member_only_what_they_may_grab(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    # given three pool orders, a staff member nearby and one 22 km away (the policy's
    # distance requirement refuses them), and a dispatcher
    pool = [await orders_world.open_order() for _ in range(3)]
    near = await orders_world.signed_in_staff(make_user)
    far = await orders_world.signed_in_staff(make_user, FAR)
    dispatcher = await make_user("dispatcher")

    async def grabbable(who: SignedIn, **page: object) -> dict[str, Any]:
        gql.headers.update(who.headers)
        body = await gql.execute(
            "query ($after: String) { orders(filter: {grabbable: true}, first: 2, after: $after)"
            " { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
            {"after": page.get("after")},
        )
        result: dict[str, Any] = body["data"]["orders"]
        return result

    # when each lists the pool, the near one in pages of two
    first = await grabbable(near)
    second = await grabbable(near, after=first["pageInfo"]["endCursor"])
    refused = await grabbable(far)
    everything = await grabbable(dispatcher)

    # then the near one pages through all three, the far one sees none, the dispatcher all
    ids = [e["node"]["id"] for e in first["edges"] + second["edges"]]
    assert ids == [gid(o) for o in reversed(pool)]
    assert first["pageInfo"]["hasNextPage"] and not second["pageInfo"]["hasNextPage"]
    assert refused == {"edges": [], "pageInfo": {"hasNextPage": False, "endCursor": None}}
    assert len(everything["edges"]) == 2 and everything["pageInfo"]["hasNextPage"]


async def test_a_pool_order_the_policy_refuses_is_as_absent_by_id_as_in_the_list(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    # given a pool order, a staff member nearby and one 22 km away whom the policy's
    # distance requirement refuses
    pool = await orders_world.open_order()
    near = await orders_world.signed_in_staff(make_user)
    far = await orders_world.signed_in_staff(make_user, FAR)
    lookup = "query ($id: ID!) { order(id: $id) { id } node(id: $id) { id } }"

    async def seen_by(who: SignedIn) -> tuple[dict[str, Any], list[str]]:
        gql.headers.update(who.headers)
        found = await gql.execute(lookup, {"id": gid(pool)})
        listed = await gql.execute(ORDERS, {"filter": {"grabbable": True}})
        ids = [e["node"]["id"] for e in listed["data"]["orders"]["edges"]]
        return found["data"], ids

    # when each looks the order up by id and lists the pool
    near_found, near_listed = await seen_by(near)
    far_found, far_listed = await seen_by(far)

    # then lookups see exactly what the list shows
    assert near_found == {"order": {"id": gid(pool)}, "node": {"id": gid(pool)}}
    assert near_listed == [gid(pool)]
    assert far_found == {"order": None, "node": None}
    assert far_listed == []


async def test_staff_list_holds_their_orders_and_the_pool_not_others_jobs(
    gql: GraphQLClient, people: dict[str, object], orders_world: OrdersWorld
) -> None:
    pool = await orders_world.open_order()
    gql.headers.update(people["other_staff"].headers)  # type: ignore[attr-defined]

    body = await gql.execute(ORDERS)
    ids = {e["node"]["id"] for e in body["data"]["orders"]["edges"]}
    assert ids == {gid(pool)}

    gql.headers.update(people["assigned"].headers)  # type: ignore[attr-defined]
    body = await gql.execute(ORDERS, {"filter": {"mine": True}})
    assert {e["node"]["id"] for e in body["data"]["orders"]["edges"]} == {gid(people["order"])}  # type: ignore[arg-type]

    gql.headers.update(people["dispatcher"].headers)  # type: ignore[attr-defined]
    body = await gql.execute(ORDERS, {"filter": {"grabbable": True}})
    assert {e["node"]["id"] for e in body["data"]["orders"]["edges"]} == {gid(pool)}


async def test_grab_then_work_the_order_through(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff = await orders_world.signed_in_staff(make_user)
    far = await orders_world.signed_in_staff(make_user, FAR)
    order_id = await orders_world.open_order()

    gql.headers.update(far.headers)
    refused = await gql.execute(ORDER_GRAB, {"id": gid(order_id)})
    [error] = refused["data"]["orderGrab"]["errors"]
    assert error["code"] == "NOT_ELIGIBLE" and "km" in error["message"]

    gql.headers.update(staff.headers)
    body = await gql.execute(ORDER_GRAB, {"id": gid(order_id)})
    payload = body["data"]["orderGrab"]
    assert payload["errors"] == []
    assert payload["order"]["status"] == "ASSIGNED"
    assert payload["order"]["customerPhone"].startswith("+86")
    assert payload["order"]["decision"] == {"kind": "GRAB", "outcome": "ASSIGNED"}
    again = await gql.execute(ORDER_GRAB, {"id": gid(order_id)})
    assert again["data"]["orderGrab"]["errors"][0]["code"] == "ALREADY_TAKEN"

    illegal = await gql.execute(ORDER_STATUS_UPDATE, {"id": gid(order_id), "status": "COMPLETED"})
    assert illegal["data"]["orderStatusUpdate"]["errors"] == [
        {"field": "status", "code": "ILLEGAL_TRANSITION"}
    ]
    for status in ("EN_ROUTE", "IN_PROGRESS", "COMPLETED"):
        body = await gql.execute(ORDER_STATUS_UPDATE, {"id": gid(order_id), "status": status})
        assert body["data"]["orderStatusUpdate"]["errors"] == []
    history = body["data"]["orderStatusUpdate"]["order"]["history"]
    assert [h["toStatus"] for h in history][-3:] == ["EN_ROUTE", "IN_PROGRESS", "COMPLETED"]
    assert history[-1]["location"] == {"lat": 31.19, "lon": 121.44}

    gql.headers.update(far.headers)
    wrong = await gql.execute(ORDER_STATUS_UPDATE, {"id": gid(order_id), "status": "COMPLETED"})
    assert wrong["data"]["orderStatusUpdate"]["errors"][0]["code"] == "NOT_ASSIGNEE"


async def test_dispatcher_override_lists_broken_requirements(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    far = await orders_world.signed_in_staff(make_user, FAR)
    dispatcher = await make_user("dispatcher")
    order_id = await orders_world.open_order()
    gql.headers.update(dispatcher.headers)

    body = await gql.execute(ORDER_ASSIGN, {"id": gid(order_id), "staffId": far.global_id})

    payload = body["data"]["orderAssign"]
    assert payload["errors"] == []
    assert payload["order"]["status"] == "ASSIGNED"
    assert payload["order"]["decision"]["kind"] == "MANUAL"
    [broken] = payload["brokenRequirements"]
    assert broken["name"] == "near" and "km away" in broken["reason"]


async def test_new_order_notice_lands_in_the_inbox_and_can_be_marked_read(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff = await orders_world.signed_in_staff(make_user)
    order_id = await orders_world.open_order()
    await dispatch_order(orders_world.functions, orders_world.zone, order_id)
    assert (await Order.select(Order.status).where(Order.id == order_id).first()) == {
        "status": "OFFERED"
    }
    gql.headers.update(staff.headers)

    inbox = (await gql.execute(NOTIFICATIONS))["data"]["notifications"]
    assert inbox["unreadCount"] == 1
    [edge] = inbox["edges"]
    assert edge["node"]["template"] == "order_new"
    assert "上海市徐汇区漕溪北路1号" in edge["node"]["body"]

    marked = await gql.execute(MARK_READ, {"ids": [edge["node"]["id"]]})
    assert marked["data"]["notificationMarkRead"]["marked"] == 1
    assert (await gql.execute(NOTIFICATIONS))["data"]["notifications"]["unreadCount"] == 0
