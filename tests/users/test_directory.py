"""The user directory (``users``): agents find customers and staff; bad arguments say where."""

from __future__ import annotations

from typing import Any

import pytest

from dispatchhub.users.tables import StaffProfile, User
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import MakeUser, SignedIn

USERS = """
query ($filter: UserFilterInput, $first: Int! = 20, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id name phone status staffProfile { region } } }
    pageInfo { hasNextPage endCursor }
  }
}
"""


async def users(gql: GraphQLClient, **variables: Any) -> dict[str, Any]:
    body = await gql.execute(USERS, variables)
    assert "errors" not in body, body
    connection: dict[str, Any] = body["data"]["users"]
    return connection


def names(connection: dict[str, Any]) -> list[str]:
    return [edge["node"]["name"] for edge in connection["edges"]]


async def staff_in(make_user: MakeUser, name: str, region: str) -> SignedIn:
    member = await make_user("staff", name=name)
    await StaffProfile(user=member.id, region=region).save()
    return member


@pytest.fixture
async def agent(gql: GraphQLClient, make_user: MakeUser) -> SignedIn:
    dispatcher = await make_user("dispatcher", name="调度 Agent")
    gql.headers.update(dispatcher.headers)
    return dispatcher


async def test_an_agent_lists_staff_by_role_and_region_newest_first(
    gql: GraphQLClient, make_user: MakeUser, agent: SignedIn
) -> None:
    await staff_in(make_user, "王师傅 Wang", "pudong")
    await staff_in(make_user, "李师傅 Li", "xuhui")
    await staff_in(make_user, "张师傅 Zhang", "pudong")
    await make_user("customer", name="钱女士 Qian")

    assert names(await users(gql, filter={"role": "staff"})) == [
        "张师傅 Zhang", "李师傅 Li", "王师傅 Wang",
    ]  # fmt: skip
    pudong = await users(gql, filter={"role": "staff", "region": "pudong"})
    assert names(pudong) == ["张师傅 Zhang", "王师傅 Wang"]
    assert {e["node"]["staffProfile"]["region"] for e in pudong["edges"]} == {"pudong"}
    assert names(await users(gql, filter={"role": "customer"})) == ["钱女士 Qian"]


async def test_an_agent_finds_the_caller_by_part_of_the_phone_or_name(
    gql: GraphQLClient, make_user: MakeUser, agent: SignedIn
) -> None:
    caller = await make_user("customer", name="钱女士 Qian")
    await make_user("customer", name="孙先生 Sun")

    by_phone = await users(gql, filter={"search": caller.phone[-6:]})
    assert [(e["node"]["name"], e["node"]["phone"]) for e in by_phone["edges"]] == [
        ("钱女士 Qian", caller.phone)
    ]
    spaced = f"{caller.phone[-8:-4]} {caller.phone[-4:]}"  # as an agent might type it
    assert names(await users(gql, filter={"search": spaced})) == ["钱女士 Qian"]
    assert names(await users(gql, filter={"search": "孙"})) == ["孙先生 Sun"]
    assert names(await users(gql, filter={"search": "qian"})) == ["钱女士 Qian"]
    # the user's own wildcards match nothing in particular
    assert names(await users(gql, filter={"search": "%", "role": "customer"})) == [
        "孙先生 Sun", "钱女士 Qian",
    ]  # fmt: skip


async def test_disabled_accounts_are_listed_apart(
    gql: GraphQLClient, make_user: MakeUser, agent: SignedIn
) -> None:
    gone = await make_user("staff", name="离职 Left")
    await make_user("staff", name="在职 Working")
    await User.update({User.status: "DISABLED"}).where(User.id == gone.id)

    assert names(await users(gql, filter={"role": "staff", "status": "DISABLED"})) == ["离职 Left"]
    assert names(await users(gql, filter={"role": "staff", "status": "ACTIVE"})) == ["在职 Working"]


async def test_pages_cover_every_user_once(
    gql: GraphQLClient, make_user: MakeUser, agent: SignedIn
) -> None:
    made = [(await make_user("staff", name=f"师傅 {i}")).id for i in range(7)]
    seen: list[str] = []
    after = None
    while True:
        page = await users(gql, filter={"role": "staff"}, first=3, after=after)
        seen += names(page)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == [f"师傅 {i}" for i in reversed(range(len(made)))]


@pytest.mark.parametrize(
    ("variables", "field"),
    [
        ({"filter": {"role": "plumber"}}, "filter.role"),
        ({"filter": {"search": "x" * 101}}, "filter.search"),
        ({"first": 0}, "first"),
        ({"first": 101}, "first"),
        ({"after": "not-a-cursor"}, "after"),
    ],
)
async def test_bad_arguments_are_refused_at_their_field(
    gql: GraphQLClient, agent: SignedIn, variables: dict[str, Any], field: str
) -> None:
    body = await gql.execute(USERS, variables)

    [error] = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["field"] == field
    assert error["message"]
