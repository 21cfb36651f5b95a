"""Staff feedback: written by the assignee, read by supervisors and dispatchers."""

from __future__ import annotations

from strawberry import relay

from tests.fixtures.app import GraphQLClient
from tests.fixtures.reviews import MakeOrder
from tests.fixtures.users import MakeUser

FEEDBACK_SUBMIT = """
mutation ($input: StaffFeedbackSubmitInput!) {
  staffFeedbackSubmit(input: $input) {
    feedback { category message staffId }
    errors { field code }
  }
}
"""
ORDER_FEEDBACK = """
query ($orderId: ID!) { orderFeedback(orderId: $orderId) { category message } }
"""


async def test_the_assignee_reports_and_a_supervisor_reads_it(
    gql: GraphQLClient, make_user: MakeUser, make_order: MakeOrder
) -> None:
    # given
    customer = await make_user("customer")
    staff = await make_user("staff")
    colleague = await make_user("staff")
    order = str(relay.GlobalID("Order", str(await make_order(customer.id, staff.id))))
    report = {"orderId": order, "category": "CUSTOMER_SITUATION", "message": "客户家有狗 a dog"}

    # when
    gql.headers.update(colleague.headers)
    refused = await gql.execute(FEEDBACK_SUBMIT, {"input": report})
    gql.headers.update(staff.headers)
    empty = await gql.execute(FEEDBACK_SUBMIT, {"input": {**report, "message": "  "}})
    accepted = await gql.execute(FEEDBACK_SUBMIT, {"input": report})

    # then
    codes = [e["code"] for e in refused["data"]["staffFeedbackSubmit"]["errors"]]
    assert codes == ["NOT_THE_ASSIGNEE"]
    errors = empty["data"]["staffFeedbackSubmit"]["errors"]
    assert [(e["field"], e["code"]) for e in errors] == [("message", "REQUIRED")]
    assert accepted["data"]["staffFeedbackSubmit"]["feedback"]["staffId"] == staff.global_id
    read_by_staff = await gql.execute(ORDER_FEEDBACK, {"orderId": order})
    assert read_by_staff["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    gql.headers.update((await make_user("supervisor")).headers)
    read = await gql.execute(ORDER_FEEDBACK, {"orderId": order})
    assert read["data"]["orderFeedback"] == [
        {"category": "CUSTOMER_SITUATION", "message": "客户家有狗 a dog"}
    ]
