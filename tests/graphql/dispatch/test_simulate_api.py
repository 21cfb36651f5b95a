"""policySimulate and policyShadowComparison over GraphQL, as an admin."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from uuid import uuid4

import pytest
from strawberry import relay

from dispatchhub.dispatch.policies import publish_version, save_version
from dispatchhub.dispatch.records import load_staff, load_tasks
from dispatchhub.dispatch.shadow import record_shadow
from dispatchhub.rules_dsl import DEFAULT_FUNCTIONS
from tests.fixtures.app import GraphQLClient
from tests.fixtures.dispatch import MOMENT, SHANGHAI, DispatchWorld
from tests.fixtures.users import MakeUser

SIMULATE = """
mutation Simulate($input: PolicySimulateInput!) {
  policySimulate(input: $input) {
    simulation {
      contentHash changed truncated poolWaitMin skippedOrderIds version { version }
      orders {
        orderId orderNumber policy chosenStaffId chosenStaffName actualStaffId actualStaffName
        changed fallbackSteps escalatedTo mode chosenDistanceKm actualDistanceKm candidates
        eligible expectedWaitMin error
        explanations { staffId eligible failedRequirement reason values { expression value }
                       score terms { name weight rawValue graded contribution } }
      }
      simulated { orders assigned meanDistanceKm p90DistanceKm loadStdDev loadRange
                  noEligibleShare expectedWaitMin byMode { mode orders } }
      actual { meanDistanceKm byMode { mode orders } }
    }
    errors { field code message line column }
  }
}
"""
COMPARISON = """
query Compare($id: ID!, $after: String) {
  policyShadowComparison(policyId: $id, first: 1, after: $after) {
    total compared agreed agreementRate
    decisions { edges { cursor node { id orderNumber version outcome shadowStaffId
                                      actualStaffId actualKind agrees } }
                pageInfo { hasNextPage endCursor } }
  }
}
"""
CLOSEST = """\
default policy closest
  require near : distance(staff, task) <= 5 km reason "{distance(staff, task)} away"
  prefer close weight 1 : scale(distance(staff, task), best 0 km, worst 5 km)
  mode push accept within 4 min
"""


def gid(type_name: str, value: object) -> str:
    return relay.to_base64(type_name, str(value))


@pytest.fixture
async def admin(gql: GraphQLClient, make_user: MakeUser) -> GraphQLClient:
    gql.headers.update((await make_user("admin")).headers)
    return gql


async def simulate(gql: GraphQLClient, **values: Any) -> dict[str, Any]:
    body = await gql.execute(SIMULATE, {"input": values})
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["policySimulate"]
    return payload


async def test_simulate_a_draft_over_chosen_orders(
    admin: GraphQLClient, dispatch_world: DispatchWorld
) -> None:
    # given an order that went to the far staff member
    near = await dispatch_world.staff("近 Near", (31.195, 121.44))
    far = await dispatch_world.staff("远 Far", (31.27, 121.44))
    order = await dispatch_world.order(assignee=far)
    await dispatch_world.decision(order, chosen=far)
    undecided = await dispatch_world.order(status="OPEN")

    # when
    payload = await simulate(
        admin, source=CLOSEST, orderIds=[gid("Order", order), gid("Order", undecided)]
    )

    # then
    assert payload["errors"] == []
    report = payload["simulation"]
    assert report["changed"] == 1 and report["version"] is None
    assert report["skippedOrderIds"] == [gid("Order", undecided)]
    [row] = report["orders"]
    assert row["orderId"] == gid("Order", order)
    assert (row["chosenStaffId"], row["chosenStaffName"]) == (gid("User", near), "近 Near")
    assert (row["actualStaffId"], row["actualStaffName"]) == (gid("User", far), "远 Far")
    assert (row["mode"], row["expectedWaitMin"], row["candidates"], row["eligible"]) == (
        "PUSH", 4.0, 2, 1,
    )  # fmt: skip
    why = {e["staffId"]: e for e in row["explanations"]}
    excluded = why[gid("User", far)]
    assert excluded["failedRequirement"] == "near" and excluded["reason"].endswith("km away")
    [value] = excluded["values"]
    assert value["expression"] == "distance(staff, task)" and value["value"] > 8
    [term] = why[gid("User", near)]["terms"]
    assert term["name"] == "close" and 0 < term["contribution"] <= 1
    assert report["simulated"]["byMode"] == [{"mode": "PUSH", "orders": 1}]
    assert report["simulated"]["meanDistanceKm"] < report["actual"]["meanDistanceKm"]


async def test_simulate_refusals_are_payload_errors(
    admin: GraphQLClient, dispatch_world: DispatchWorld
) -> None:
    both = await simulate(admin, source=CLOSEST, policyId=gid("Policy", uuid4()))
    unknown = await simulate(admin, policyId=gid("Policy", uuid4()))
    broken = await simulate(admin, source=CLOSEST.replace("<= 5 km", "<= 5"))
    bad_order = await simulate(admin, source=CLOSEST, orderIds=["not-an-id"])

    assert both["simulation"] is None
    assert [(e["field"], e["code"]) for e in both["errors"]] == [("source", "SOURCE_OR_VERSION")]
    assert [(e["field"], e["code"]) for e in unknown["errors"]] == [
        ("policyId", "POLICY_NOT_FOUND")
    ]
    [error] = broken["errors"]
    assert (error["code"], error["line"], error["column"]) == ("SOURCE_ERROR", 2, 43)
    assert bad_order["errors"][0]["code"] == "ORDER_NOT_FOUND"


async def test_shadow_comparison_pages(admin: GraphQLClient, dispatch_world: DispatchWorld) -> None:
    near = await dispatch_world.staff("近 Near", (31.195, 121.44))
    await save_version("main", CLOSEST.replace("4 min", "5 min"), functions=DEFAULT_FUNCTIONS)
    saved = await save_version("main", CLOSEST, functions=DEFAULT_FUNCTIONS)
    policy_id = saved.version.policy_id
    await publish_version(policy_id, 1, functions=DEFAULT_FUNCTIONS)
    await publish_version(policy_id, 2, functions=DEFAULT_FUNCTIONS, shadow=True)
    for created in (MOMENT - timedelta(hours=2), MOMENT - timedelta(hours=1)):
        order = await dispatch_world.order(status="OPEN", created=created)
        task = (await load_tasks([order], SHANGHAI))[str(order)]
        await record_shadow(
            order, task, await load_staff(MOMENT, SHANGHAI), functions=DEFAULT_FUNCTIONS
        )
        await dispatch_world.decision(order, chosen=near, at=MOMENT)

    first = await admin.execute(COMPARISON, {"id": gid("Policy", policy_id)})
    page = first["data"]["policyShadowComparison"]
    after = page["decisions"]["pageInfo"]["endCursor"]
    second = await admin.execute(COMPARISON, {"id": gid("Policy", policy_id), "after": after})

    assert (page["total"], page["compared"], page["agreed"], page["agreementRate"]) == (
        2,
        2,
        2,
        1.0,
    )
    [edge] = page["decisions"]["edges"]
    assert edge["node"]["outcome"] == "CHOSEN" and edge["node"]["agrees"] is True
    assert (edge["node"]["shadowStaffId"], edge["node"]["actualKind"]) == (
        gid("User", near),
        "AUTO",
    )
    assert page["decisions"]["pageInfo"]["hasNextPage"] is True
    rest = second["data"]["policyShadowComparison"]["decisions"]
    assert len(rest["edges"]) == 1 and rest["pageInfo"]["hasNextPage"] is False
    assert rest["edges"][0]["node"]["id"] != edge["node"]["id"]
