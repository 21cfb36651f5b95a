"""Proof of work: an admin's completion checklist gates COMPLETED, and the refusal names the
item the assignee left out."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from strawberry import relay

from dispatchhub.orders.tables import Order
from tests.fixtures.app import GraphQLClient
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.users import MakeUser, SignedIn

CHECKLIST = {
    "type": "object",
    "properties": {
        "water_off": {"type": "boolean", "title": "已关闭总阀", "x-title-en": "Water shut off"},
        "area_clean": {"type": "boolean", "title": "现场已清理", "x-title-en": "Area cleaned"},
        "parts_used": {"type": "string", "title": "更换配件", "maxLength": 200},
    },
    "required": ["water_off", "area_clean"],
}
SET = """
mutation ($input: ServiceTypeChecklistSetInput!) {
  serviceTypeChecklistSet(input: $input) {
    serviceType { code completionChecklist } errors { field code message }
  }
}
"""
READ = "query ($id: ID!) { order(id: $id) { status completionChecklist } }"
FINISH = """
mutation ($id: ID!, $checklist: JSON) {
  orderStatusUpdate(input: {id: $id, status: COMPLETED, checklist: $checklist}) {
    order { status } errors { field code message }
  }
}
"""


async def _as(
    gql: GraphQLClient, who: SignedIn, query: str, language: str = "zh-CN", **variables: Any
) -> Any:
    gql.headers.clear()
    gql.headers.update({**who.headers, "accept-language": language})
    body = await gql.execute(query, variables)
    assert "errors" not in body, body
    return body["data"]


async def _job(make_user: MakeUser, world: OrdersWorld) -> tuple[SignedIn, UUID, str]:
    staff = await world.signed_in_staff(make_user)
    order_id = await world.open_order()
    await world.set_status(order_id, "IN_PROGRESS", staff.id)
    row = await Order.select(Order.service_type).where(Order.id == order_id).first()
    assert row is not None
    return staff, order_id, str(row["service_type"])


async def test_a_required_item_left_out_is_refused_by_name_and_the_answers_are_kept(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    # given an admin's checklist on the service type of a staff member's job under way
    staff, order_id, service_type = await _job(make_user, orders_world)
    admin = await make_user("admin")
    made = await _as(gql, admin, SET, input={"id": service_type, "checklist": CHECKLIST})
    assert made["serviceTypeChecklistSet"]["errors"] == []
    assert made["serviceTypeChecklistSet"]["serviceType"]["completionChecklist"] == CHECKLIST
    order = str(relay.GlobalID("Order", str(order_id)))
    # the staff member reads it on the order
    read = await _as(gql, staff, READ, id=order)
    assert read["order"]["completionChecklist"] == CHECKLIST

    # when they finish with one check missing and one unticked
    refused = await _as(gql, staff, FINISH, id=order, checklist={"area_clean": False})
    # then each required item is named where it belongs, and nothing moved
    errors = refused["orderStatusUpdate"]["errors"]
    assert [(e["field"], e["code"]) for e in errors] == [
        ("checklist.water_off", "CHECKLIST_ITEM_REQUIRED"),
        ("checklist.area_clean", "CHECKLIST_ITEM_REQUIRED"),
    ]
    assert "已关闭总阀" in errors[0]["message"]
    english = await _as(gql, staff, FINISH, "en", id=order, checklist={"water_off": True})
    [error] = english["orderStatusUpdate"]["errors"]
    assert error["message"] == "Complete the checklist item “Area cleaned” before finishing."
    assert (await _as(gql, staff, READ, id=order))["order"]["status"] == "IN_PROGRESS"

    # when every required item is ticked, the order completes and keeps the answers
    answers = {"water_off": True, "area_clean": True, "parts_used": "阀芯 / valve core"}
    done = await _as(gql, staff, FINISH, id=order, checklist=answers)
    assert done["orderStatusUpdate"] == {"order": {"status": "COMPLETED"}, "errors": []}
    kept = await Order.select(Order.checklist).where(Order.id == order_id).output(load_json=True)
    assert kept == [{"checklist": answers}]
    read = await _as(
        gql, staff, "query ($id: ID!) { order(id: $id) { checklistAnswers } }", id=order
    )
    assert read["order"]["checklistAnswers"] == answers


async def test_an_answer_of_the_wrong_kind_is_refused_at_its_item(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff, order_id, service_type = await _job(make_user, orders_world)
    admin = await make_user("admin")
    await _as(gql, admin, SET, input={"id": service_type, "checklist": CHECKLIST})
    order = str(relay.GlobalID("Order", str(order_id)))

    answers = {"water_off": True, "area_clean": True, "parts_used": 7}
    body = await _as(gql, staff, FINISH, id=order, checklist=answers)

    [error] = body["orderStatusUpdate"]["errors"]
    assert (error["field"], error["code"]) == ("checklist.parts_used", "CHECKLIST_ITEM_INVALID")


async def test_without_a_checklist_an_order_completes_as_before(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff, order_id, _ = await _job(make_user, orders_world)
    order = str(relay.GlobalID("Order", str(order_id)))

    body = await _as(gql, staff, FINISH, id=order)

    assert body["orderStatusUpdate"] == {"order": {"status": "COMPLETED"}, "errors": []}


async def test_a_checklist_that_is_not_a_form_schema_is_refused_at_its_path(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    _, _, service_type = await _job(make_user, orders_world)
    admin = await make_user("admin")
    broken = {"type": "object", "properties": {"photo": {"type": "file"}}}

    body = await _as(gql, admin, SET, input={"id": service_type, "checklist": broken})

    payload = body["serviceTypeChecklistSet"]
    assert payload["serviceType"] is None
    assert [e["field"] for e in payload["errors"]] == ["checklist.properties.photo.type"]
