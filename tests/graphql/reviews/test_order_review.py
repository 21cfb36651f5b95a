"""``orderReview``: a customer reads their own review of an order back, with the reply."""

from __future__ import annotations

from uuid import UUID

from strawberry import relay

from tests.fixtures.app import GraphQLClient
from tests.fixtures.reviews import RECENT, MakeOrder
from tests.fixtures.users import MakeUser

ORDER_REVIEW = """
query ($orderId: ID!) {
  orderReview(orderId: $orderId) { id orderId quality comment reply repliedAt editableUntil }
}
"""
REVIEW_SUBMIT = """
mutation ($input: ReviewSubmitInput!) {
  reviewSubmit(input: $input) { review { id } errors { field code } }
}
"""
REVIEW_REPLY = """
mutation ($input: ReviewReplyInput!) {
  reviewReply(input: $input) { review { reply } errors { field code } }
}
"""


def _gid(order_id: UUID) -> str:
    return str(relay.GlobalID("Order", str(order_id)))


async def test_the_customer_reads_their_review_and_the_reply_and_no_one_elses(
    gql: GraphQLClient, make_user: MakeUser, make_order: MakeOrder
) -> None:
    # given a customer's completed order, and another customer
    customer = await make_user("customer")
    stranger = await make_user("customer")
    staff = await make_user("staff")
    dispatcher = await make_user("dispatcher")
    order = await make_order(customer.id, staff.id, created_at=RECENT)
    variables = {"orderId": _gid(order)}
    gql.headers.update(customer.headers)
    # then before reviewing there is nothing to read
    assert (await gql.execute(ORDER_REVIEW, variables))["data"] == {"orderReview": None}

    # when the customer reviews it and the staff member replies
    submitted = await gql.execute(REVIEW_SUBMIT, {"input": {
        "orderId": _gid(order), "attitude": "SATISFIED", "quality": "NEUTRAL",
        "speed": "SATISFIED", "skill": "SATISFIED", "comment": "还可以 fine",
    }})  # fmt: skip
    review_id = submitted["data"]["reviewSubmit"]["review"]["id"]
    gql.headers.update(staff.headers)
    replied = await gql.execute(REVIEW_REPLY, {"input": {"reviewId": review_id, "reply": "谢谢"}})
    assert replied["data"]["reviewReply"]["errors"] == []

    # then the customer reads it back with the reply
    gql.headers.update(customer.headers)
    mine = (await gql.execute(ORDER_REVIEW, variables))["data"]["orderReview"]
    assert (mine["id"], mine["orderId"], mine["quality"], mine["comment"], mine["reply"]) == (
        review_id, _gid(order), "NEUTRAL", "还可以 fine", "谢谢",
    )  # fmt: skip
    assert mine["repliedAt"] is not None and mine["editableUntil"] is not None
    # another customer reads nothing, the same as for an order without a review
    gql.headers.update(stranger.headers)
    assert (await gql.execute(ORDER_REVIEW, variables))["data"] == {"orderReview": None}
    # an agent reads any order's review
    gql.headers.update(dispatcher.headers)
    assert (await gql.execute(ORDER_REVIEW, variables))["data"]["orderReview"]["id"] == review_id


async def test_staff_may_not_ask_and_a_bad_id_is_refused_at_its_argument(
    gql: GraphQLClient, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer = await make_user("customer")
    staff = await make_user("staff")
    order = await make_order(customer.id, staff.id, created_at=RECENT)
    gql.headers.update(staff.headers)
    denied = await gql.execute(ORDER_REVIEW, {"orderId": _gid(order)})
    assert denied["data"] == {"orderReview": None}
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN", denied
    gql.headers.update(customer.headers)
    bad = await gql.execute(ORDER_REVIEW, {"orderId": "not-an-id"})
    assert bad["errors"][0]["message"] == "orderId must be an order id."
