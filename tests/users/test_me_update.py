"""A signed-in user changes their own name and e-mail with ``meUpdate`` (the customer
app's profile); refusals come back at their fields and the e-mail stays unique."""

from __future__ import annotations

from dispatchhub.users.tables import User
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import MakeUser
from tests.users.test_signin import mutate

ME_UPDATE = """
mutation ($input: MeUpdateInput!) {
  meUpdate(input: $input) { user { id name email } errors { field code message } }
}
"""


async def test_a_customer_changes_their_own_name_and_email(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    customer = await make_user("customer", name="王女士")
    gql.headers.update(customer.headers)

    payload = await mutate(
        gql, ME_UPDATE, input={"name": " 王丽 Wang Li ", "email": " Wang.Li@Example.com "}
    )

    assert payload["errors"] == []
    assert payload["user"]["name"] == "王丽 Wang Li"
    assert payload["user"]["email"] == "wang.li@example.com"
    row = await User.select(User.name, User.email).where(User.id == customer.id).first()
    assert row == {"name": "王丽 Wang Li", "email": "wang.li@example.com"}

    # null leaves a field as it is
    payload = await mutate(gql, ME_UPDATE, input={"name": "王丽"})
    assert payload["user"] == {**payload["user"], "name": "王丽", "email": "wang.li@example.com"}


async def test_bad_input_and_a_taken_email_are_refused_at_their_fields(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    await make_user("customer", email="taken@example.com")
    customer = await make_user("customer", name="李先生", email="li@example.com")
    gql.headers.update(customer.headers)

    payload = await mutate(gql, ME_UPDATE, input={"name": " ", "email": "li@"})
    assert payload["user"] is None
    assert {(e["field"], e["code"]) for e in payload["errors"]} == {
        ("name", "INVALID_NAME"),
        ("email", "INVALID_EMAIL"),
    }
    assert all(e["message"] for e in payload["errors"])

    payload = await mutate(gql, ME_UPDATE, input={"email": "TAKEN@example.com"})
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [("email", "EMAIL_TAKEN")]

    # nothing was changed by the refused calls; keeping one's own e-mail is no clash
    row = await User.select(User.name, User.email).where(User.id == customer.id).first()
    assert row == {"name": "李先生", "email": "li@example.com"}
    payload = await mutate(gql, ME_UPDATE, input={"email": "li@example.com"})
    assert payload["errors"] == []


async def test_anonymous_callers_are_refused(gql: GraphQLClient) -> None:
    body = await gql.execute(ME_UPDATE, {"input": {"name": "x"}})
    assert body["data"] is None or body["data"]["meUpdate"] is None
    assert body["errors"]
