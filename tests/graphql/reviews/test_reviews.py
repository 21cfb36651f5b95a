"""Reviews through the API: submit once, edit for 72 h, reply, moderation, refusals."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from uuid import UUID

from strawberry import relay

from dispatchhub.outbox.service import now
from dispatchhub.reviews.tables import Review
from tests.fixtures.app import GraphQLClient
from tests.fixtures.reviews import RECENT, MakeOrder
from tests.fixtures.users import MakeUser

REVIEW_SUBMIT = """
mutation ($input: ReviewSubmitInput!) {
  reviewSubmit(input: $input) {
    review { id attitude quality speed skill comment flagged editableUntil createdAt }
    errors { field code message }
  }
}
"""
REVIEW_UPDATE = """
mutation ($input: ReviewUpdateInput!) {
  reviewUpdate(input: $input) { review { quality comment editedAt } errors { field code } }
}
"""
REVIEW_REPLY = """
mutation ($input: ReviewReplyInput!) {
  reviewReply(input: $input) { review { reply repliedAt } errors { field code } }
}
"""
REVIEW_MODERATE = """
mutation ($input: ReviewModerateInput!) {
  reviewModerate(input: $input) { review { flagged comment } errors { field code } }
}
"""
STAFF_REVIEWS = """
query ($staffId: ID!) { staffReviews(staffId: $staffId) { id comment quality } }
"""


def _gid(order_id: UUID) -> str:
    return str(relay.GlobalID("Order", str(order_id)))


def _input(order_id: UUID, **overrides: Any) -> dict[str, Any]:
    return {
        "orderId": _gid(order_id), "attitude": "VERY_SATISFIED", "quality": "SATISFIED",
        "speed": "NEUTRAL", "skill": "VERY_DISSATISFIED", "comment": "师傅很专业 on time",
        **overrides,
    }  # fmt: skip


async def test_a_customer_reviews_their_completed_order_once(
    gql: GraphQLClient, make_user: MakeUser, make_order: MakeOrder
) -> None:
    # given
    customer = await make_user("customer")
    staff = await make_user("staff")
    order = await make_order(customer.id, staff.id, created_at=RECENT)
    gql.headers.update(customer.headers)

    # when
    first = (await gql.execute(REVIEW_SUBMIT, {"input": _input(order)}))["data"]["reviewSubmit"]
    second = (await gql.execute(REVIEW_SUBMIT, {"input": _input(order)}))["data"]["reviewSubmit"]

    # then
    assert first["errors"] == []
    review = first["review"]
    assert (review["attitude"], review["quality"], review["speed"], review["skill"]) == (
        "VERY_SATISFIED", "SATISFIED", "NEUTRAL", "VERY_DISSATISFIED",
    )  # fmt: skip
    assert review["flagged"] is False
    stored = await Review.select().where(Review.order == order).first()
    assert stored is not None
    assert (stored["attitude"], stored["quality"], stored["speed"], stored["skill"]) == (5, 4, 3, 1)
    assert stored["staff"] == staff.id
    assert second["review"] is None
    assert [(e["field"], e["code"]) for e in second["errors"]] == [("orderId", "ALREADY_REVIEWED")]
    public = await gql.execute(STAFF_REVIEWS, {"staffId": staff.global_id})
    assert [r["comment"] for r in public["data"]["staffReviews"]] == ["师傅很专业 on time"]


async def test_refusals_are_field_errors_with_codes(
    gql: GraphQLClient, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer = await make_user("customer")
    someone_else = await make_user("customer")
    staff = await make_user("staff")
    theirs = await make_order(someone_else.id, staff.id, created_at=RECENT)
    in_progress = await make_order(customer.id, staff.id, status="IN_PROGRESS", created_at=RECENT)
    mine = await make_order(customer.id, staff.id, created_at=RECENT)
    # completed 31 days ago: past the 30-day review window
    old = await make_order(customer.id, staff.id, created_at=RECENT - timedelta(days=30))
    gql.headers.update(customer.headers)
    cases = [
        (_input(theirs), [("orderId", "NOT_YOUR_ORDER")]),
        (_input(in_progress), [("orderId", "ORDER_NOT_COMPLETED")]),
        (_input(old), [("orderId", "REVIEW_WINDOW_CLOSED")]),
        (_input(mine, orderId="not-an-id"), [("orderId", "ORDER_NOT_FOUND")]),
        (_input(mine, comment="好" * 501), [("comment", "TOO_LONG")]),
    ]
    for given, expected in cases:
        payload = (await gql.execute(REVIEW_SUBMIT, {"input": given}))["data"]["reviewSubmit"]
        assert [(e["field"], e["code"]) for e in payload["errors"]] == expected, given
        assert payload["review"] is None
    out_of_scale = await gql.execute(REVIEW_SUBMIT, {"input": _input(mine, speed="SIX")})
    assert "errors" in out_of_scale and out_of_scale.get("data") is None
    assert await Review.count() == 0


async def test_a_review_can_be_changed_for_72_hours_only(
    gql: GraphQLClient, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer = await make_user("customer")
    staff = await make_user("staff")
    order = await make_order(customer.id, staff.id, created_at=RECENT)
    gql.headers.update(customer.headers)
    submitted = await gql.execute(REVIEW_SUBMIT, {"input": _input(order)})
    review_id = submitted["data"]["reviewSubmit"]["review"]["id"]
    change = {k: v for k, v in _input(order, quality="VERY_SATISFIED").items() if k != "orderId"}
    change["comment"] = "改一下 changed"

    edited = await gql.execute(REVIEW_UPDATE, {"input": {**change, "reviewId": review_id}})
    assert edited["data"]["reviewUpdate"]["errors"] == []
    assert edited["data"]["reviewUpdate"]["review"]["quality"] == "VERY_SATISFIED"
    assert edited["data"]["reviewUpdate"]["review"]["editedAt"] is not None

    await Review.update({Review.created_at: now() - timedelta(hours=73)}).where(
        Review.order == order
    )
    late = await gql.execute(REVIEW_UPDATE, {"input": {**change, "reviewId": review_id}})
    assert [e["code"] for e in late["data"]["reviewUpdate"]["errors"]] == ["EDIT_WINDOW_CLOSED"]

    gql.headers.update((await make_user("customer")).headers)
    stranger = await gql.execute(REVIEW_UPDATE, {"input": {**change, "reviewId": review_id}})
    assert [e["code"] for e in stranger["data"]["reviewUpdate"]["errors"]] == ["NOT_YOUR_REVIEW"]


async def test_the_served_staff_member_replies_once(
    gql: GraphQLClient, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer = await make_user("customer")
    staff = await make_user("staff")
    colleague = await make_user("staff")
    order = await make_order(customer.id, staff.id, created_at=RECENT)
    gql.headers.update(customer.headers)
    submitted = await gql.execute(REVIEW_SUBMIT, {"input": _input(order)})
    review_id = submitted["data"]["reviewSubmit"]["review"]["id"]
    reply = {"reviewId": review_id, "reply": "谢谢您的评价 thank you"}

    gql.headers.update(colleague.headers)
    other = await gql.execute(REVIEW_REPLY, {"input": reply})
    assert [e["code"] for e in other["data"]["reviewReply"]["errors"]] == ["NOT_THE_ASSIGNEE"]
    gql.headers.update(staff.headers)
    done = await gql.execute(REVIEW_REPLY, {"input": reply})
    assert done["data"]["reviewReply"]["review"]["reply"] == "谢谢您的评价 thank you"
    again = await gql.execute(REVIEW_REPLY, {"input": reply})
    assert [e["code"] for e in again["data"]["reviewReply"]["errors"]] == ["ALREADY_REPLIED"]


async def test_an_abusive_comment_is_hidden_until_moderated(
    gql: GraphQLClient, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer = await make_user("customer")
    staff = await make_user("staff")
    order = await make_order(customer.id, staff.id, created_at=RECENT)
    gql.headers.update(customer.headers)
    submitted = await gql.execute(REVIEW_SUBMIT, {"input": _input(order, comment="傻逼师傅")})
    review = submitted["data"]["reviewSubmit"]["review"]
    assert review["flagged"] is True
    public = await gql.execute(STAFF_REVIEWS, {"staffId": staff.global_id})
    assert public["data"]["staffReviews"] == []

    gql.headers.update((await make_user("dispatcher")).headers)
    moderated = await gql.execute(
        REVIEW_MODERATE, {"input": {"reviewId": review["id"], "keepText": False}}
    )
    assert moderated["data"]["reviewModerate"]["review"] == {"flagged": False, "comment": ""}
    public = await gql.execute(STAFF_REVIEWS, {"staffId": staff.global_id})
    assert [r["quality"] for r in public["data"]["staffReviews"]] == ["SATISFIED"]
