"""Decisions are never lost: every decision of an order, escalations with their candidates,
and "why not this staff member?" for anyone, with the counterfactual (issue #22)."""

from __future__ import annotations

from uuid import UUID

from strawberry import relay

from dispatchhub.orders.dispatching import dispatch_order
from dispatchhub.orders.manual import assign_manually
from tests.fixtures.app import GraphQLClient
from tests.fixtures.dispatch import SHANGHAI, TASK_POINT
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.users import MakeUser

DECISIONS = """
query ($id: ID!) { order: node(id: $id) { ... on Order {
  decision { kind outcome }
  decisions { kind outcome chosenId candidates { staffId eligible failedRequirement reason } }
} } }
"""
EXPLAIN = """
query ($order: ID!, $staff: ID!) { orderDecisionExplain(orderId: $order, staffId: $staff) {
  policy eligible score winnerId winnerScore pointsShort advice
  failedRequirements { name reason actual limit shortBy values { expression value } }
  terms { name weight graded headroom gradedNeeded }
} }
"""
# 0.01° of latitude is about 1.1 km.
ONE_KM = (TASK_POINT[0] + 0.009, TASK_POINT[1])
FOUR_KM = (TASK_POINT[0] + 0.036, TASK_POINT[1])
TWELVE_KM = (TASK_POINT[0] + 0.108, TASK_POINT[1])


def gid(kind: str, row: UUID) -> str:
    return str(relay.GlobalID(kind, str(row)))


async def test_every_decision_is_kept_in_order_and_escalations_say_why(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    # given a staff member near the order whose skill is too low: nobody qualifies
    dispatcher = await make_user("dispatcher")
    novice = await orders_world.staff(ONE_KM, skills={"hvac": 2})
    order_id = await orders_world.open_order()
    assert await dispatch_order(orders_world.functions, SHANGHAI, order_id) == "ESCALATED"
    # and then a dispatcher assigns someone by hand
    await assign_manually(
        orders_world.functions, SHANGHAI, order_id, novice, actor_id=dispatcher.id,
        reason="客户指定 / customer's choice",
    )  # fmt: skip

    # when the dispatcher reads the order's decisions
    gql.headers.update(dispatcher.headers)
    body = await gql.execute(DECISIONS, {"id": gid("Order", order_id)})

    # then both are there, oldest first; the escalation lists who was judged and why not
    assert "errors" not in body, body
    order = body["data"]["order"]
    assert order["decision"] == {"kind": "MANUAL", "outcome": "ASSIGNED"}
    escalated, manual = order["decisions"]
    assert (escalated["kind"], escalated["outcome"]) == ("AUTO", "ESCALATED")
    assert escalated["chosenId"] is None
    assert escalated["candidates"] == [
        {"staffId": gid("User", novice), "eligible": False, "failedRequirement": "skilled",
         "reason": "技能不足 skill below 3"}
    ]  # fmt: skip
    assert (manual["kind"], manual["outcome"]) == ("MANUAL", "ASSIGNED")


async def test_why_not_a_staff_member_the_search_never_judged(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    # given an order pushed to the nearest staff member, one 4 km away and one 12 km away
    supervisor = await make_user("supervisor")
    near = await orders_world.staff(ONE_KM)
    middle = await orders_world.staff(FOUR_KM)
    far = await orders_world.staff(TWELVE_KM)
    order_id = await orders_world.open_order()
    assert await dispatch_order(orders_world.functions, SHANGHAI, order_id) == "OFFERED"
    gql.headers.update(supervisor.headers)

    # when asked about the far one: the `near` requirement (≤ 10 km) fails by about 2 km
    body = await gql.execute(EXPLAIN, {"order": gid("Order", order_id), "staff": gid("User", far)})
    assert "errors" not in body, body
    found = body["data"]["orderDecisionExplain"]
    assert found["policy"] == "repair" and found["eligible"] is False
    [gap] = found["failedRequirements"]
    assert gap["name"] == "near" and gap["limit"] == 10.0
    assert 11.5 < gap["actual"] < 12.5 and abs(gap["shortBy"] - (gap["actual"] - 10)) < 1e-5
    assert "near" in found["advice"][0]

    # when asked about the middle one: eligible, points short of the winner, and the grade
    # of `close` that would make them win
    body = await gql.execute(
        EXPLAIN, {"order": gid("Order", order_id), "staff": gid("User", middle)}
    )
    found = body["data"]["orderDecisionExplain"]
    assert found["eligible"] is True and found["failedRequirements"] == []
    assert found["winnerId"] == gid("User", near)
    assert abs(found["pointsShort"] - (found["winnerScore"] - found["score"])) < 1e-5
    assert 0.25 < found["pointsShort"] < 0.35  # 1 km vs 4 km on a 0..10 km scale
    [close] = found["terms"]
    assert close["name"] == "close"
    assert abs(close["gradedNeeded"] - (close["graded"] + found["pointsShort"])) < 1e-5
    assert "close" in found["advice"][0]

    # when asked about the winner: nothing short
    body = await gql.execute(EXPLAIN, {"order": gid("Order", order_id), "staff": gid("User", near)})
    assert body["data"]["orderDecisionExplain"]["pointsShort"] == 0.0


async def test_explain_is_for_agents_and_supervisors_only(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff = await orders_world.signed_in_staff(make_user)
    order_id = await orders_world.open_order()
    for who in (staff, await make_user("customer")):
        gql.headers.update(who.headers)
        body = await gql.execute(
            EXPLAIN, {"order": gid("Order", order_id), "staff": gid("User", staff.id)}
        )
        assert body["data"] is None
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_unknown_staff_is_not_found(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    gql.headers.update((await make_user("dispatcher")).headers)
    order_id = await orders_world.open_order()
    customer = await make_user("customer")
    body = await gql.execute(
        EXPLAIN, {"order": gid("Order", order_id), "staff": gid("User", customer.id)}
    )
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
