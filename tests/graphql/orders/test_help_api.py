"""Help over GraphQL: a colleague who joins sees the job's contact details; supervisors see all."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from strawberry import relay

from dispatchhub.graphql.orders.subscriptions import OrderLiveEventKind, _changed
from dispatchhub.orders import live
from dispatchhub.orders.help import request_help
from tests.fixtures.app import GraphQLClient
from tests.fixtures.dispatch import TASK_POINT
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.users import MakeUser, SignedIn

NEAR = (TASK_POINT[0] + 0.01, TASK_POINT[1])
FAR = (TASK_POINT[0] + 0.2, TASK_POINT[1])

CONTACT = "query ($id: ID!) { order(id: $id) { assigneeId customerPhone address } }"
HELP_LIST = """
query ($filter: HelpRequestFilterInput) {
  helpRequests(filter: $filter, first: 10) {
    edges { node { id orderId orderNumber requesterName message status
                   participants { staffId role } } }
    pageInfo { hasNextPage }
  }
}
"""
JOIN = """
mutation ($id: ID!) {
  helpRequestJoin(input: {id: $id}) { order { customerPhone } errors { field code message } }
}
"""
TAKE_OVER = """
mutation ($id: ID!) {
  helpRequestTakeOver(input: {id: $id}) { order { assigneeId } errors { field code } }
}
"""
CLOSE = """
mutation ($id: ID!) {
  helpRequestClose(input: {id: $id, resolution: "done"}) { errors { field code } }
}
"""


async def _as(gql: GraphQLClient, who: SignedIn, query: str, **variables: Any) -> Any:
    gql.headers.update(who.headers)
    result = await gql.execute(query, variables)
    assert "errors" not in result, result
    return result["data"]


async def _world(
    gql: GraphQLClient, make_user: MakeUser, world: OrdersWorld
) -> tuple[str, UUID, SignedIn, SignedIn, SignedIn]:
    requester = await world.signed_in_staff(make_user)
    colleague = await world.signed_in_staff(make_user, NEAR)
    stranger = await world.signed_in_staff(make_user, FAR)
    order_id = await world.open_order()
    await world.set_status(order_id, "ASSIGNED", requester.id)
    help_id = await request_help(order_id, requester.id, "梯子不够高 / ladder too short",
                                 world.zone)  # fmt: skip
    return str(help_id), order_id, requester, colleague, stranger


async def test_a_colleague_sees_the_contact_only_after_joining(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    help_id, order_id, _, colleague, _ = await _world(gql, make_user, orders_world)
    order_gid = str(relay.GlobalID("Order", str(order_id)))

    before = await _as(gql, colleague, CONTACT, id=order_gid)
    listed = await _as(gql, colleague, HELP_LIST)
    joined = await _as(gql, colleague, JOIN, id=help_id)
    after = await _as(gql, colleague, CONTACT, id=order_gid)

    assert before == {"order": None}  # not in the pool, not offered, not theirs
    [edge] = listed["helpRequests"]["edges"]
    assert edge["node"]["orderId"] == order_gid
    assert edge["node"]["message"] == "梯子不够高 / ladder too short"
    assert joined["helpRequestJoin"]["errors"] == []
    assert joined["helpRequestJoin"]["order"]["customerPhone"]
    assert after["order"]["customerPhone"] and after["order"]["address"]


async def test_refusals_are_field_errors(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    help_id, _, requester, colleague, stranger = await _world(gql, make_user, orders_world)

    not_invited = await _as(gql, stranger, JOIN, id=help_id)
    own = await _as(gql, requester, TAKE_OVER, id=help_id)
    not_requester = await _as(gql, colleague, CLOSE, id=help_id)
    malformed = await _as(gql, colleague, JOIN, id="not-a-help-request")

    assert not_invited["helpRequestJoin"]["errors"][0]["code"] == "NOT_INVITED"
    assert not_invited["helpRequestJoin"]["errors"][0]["field"] == "id"
    assert own["helpRequestTakeOver"]["errors"] == [{"field": "id", "code": "OWN_HELP_REQUEST"}]
    assert not_requester["helpRequestClose"]["errors"] == [{"field": "id", "code": "NOT_REQUESTER"}]
    assert malformed["helpRequestJoin"]["errors"][0]["code"] == "HELP_NOT_FOUND"


async def test_a_supervisor_sees_every_request_and_may_take_one_over(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    help_id, _, _, _, stranger = await _world(gql, make_user, orders_world)
    supervisor = await make_user("supervisor")
    await orders_world.staff_profile(supervisor.id, FAR)

    everyone = await _as(gql, supervisor, HELP_LIST, filter={"status": ["OPEN"]})
    mine = await _as(gql, supervisor, HELP_LIST, filter={"mine": True})
    staff_view = await _as(gql, stranger, HELP_LIST)
    taken = await _as(gql, supervisor, TAKE_OVER, id=help_id)

    assert [e["node"]["id"] for e in everyone["helpRequests"]["edges"]] == [help_id]
    assert mine["helpRequests"]["edges"] == []
    assert staff_view["helpRequests"]["edges"] == []
    assert taken["helpRequestTakeOver"] == {
        "order": {"assigneeId": supervisor.global_id},
        "errors": [],
    }


HISTORY = """
query ($id: ID!) { order(id: $id) { status history { kind fromStatus toStatus reason } } }
"""


async def test_joining_is_a_help_joined_entry_and_live_event_not_a_status_change(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    # given a colleague who joins a help request on an ASSIGNED order
    help_id, order_id, requester, colleague, _ = await _world(gql, make_user, orders_world)
    await _as(gql, colleague, JOIN, id=help_id)

    # when the requester reads the order's history
    order = (await _as(gql, requester, HISTORY, id=str(order_id)))["order"]

    # then the join is recorded as what it is, the status unchanged
    assert order["history"][-1] == {
        "kind": "HELP_JOINED", "fromStatus": "ASSIGNED", "toStatus": "ASSIGNED",
        "reason": "help joined",
    }  # fmt: skip
    assert {e["kind"] for e in order["history"][:-1]} <= {"STATUS"}
    # and the live event built from the published facts says the same
    event = _changed(
        live.LiveMessage("ORDER", str(order_id), {"status": "ASSIGNED",
                                                  "fromStatus": "ASSIGNED",
                                                  "kind": "HELP_JOINED"})
    )  # fmt: skip
    assert event.kind is OrderLiveEventKind.HELP_JOINED
    status_change = _changed(
        live.LiveMessage("ORDER", str(order_id), {"status": "EN_ROUTE", "fromStatus": "ASSIGNED",
                                                  "kind": "STATUS"})
    )  # fmt: skip
    assert status_change.kind is OrderLiveEventKind.CHANGED
