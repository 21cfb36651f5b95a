"""Admins create, update and disable accounts; staff see their profile in ``me``."""

from __future__ import annotations

from typing import Any

from dispatchhub.authz.tables import AuditLog
from dispatchhub.users.tables import StaffProfile, StaffSkill, User
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import PASSWORD, MakeUser, SignedIn
from tests.users.test_signin import LOGIN, REFRESH, mutate

PROFILE = """
  staffProfile {
    region level yearsExperience team supervisorId maxActiveOrders availability
    homeLocation { lat lon }
    skills { skill level certified }
  }
"""
CREATE = f"""
mutation ($input: UserCreateInput!) {{
  userCreate(input: $input) {{
    user {{ id name phone email status roles {PROFILE} }}
    errors {{ field code message }}
  }}
}}
"""
UPDATE = f"""
mutation ($input: UserUpdateInput!) {{
  userUpdate(input: $input) {{ user {{ name phone {PROFILE} }} errors {{ field code }} }}
}}
"""
DISABLE = """
mutation ($id: ID!) {
  userDisable(input: {id: $id, reason: "left the company"}) {
    user { status } errors { field code }
  }
}
"""
ME = f"{{ me {{ name roles {PROFILE} }} }}"
STAFF = {
    "name": "赵师傅 Zhao",
    "phone": "138 0000 1234",
    "password": "Wrench#Pipe77",
    "roles": ["staff"],
    "staffProfile": {
        "region": "pudong",
        "level": 3,
        "yearsExperience": 6,
        "homeLocation": {"lat": 31.22, "lon": 121.54},
        "maxActiveOrders": 4,
        "skills": [
            {"skill": "hvac", "level": 4, "certified": True},
            {"skill": "plumbing", "level": 2},
        ],
    },
}


async def as_admin(gql: GraphQLClient, make_user: MakeUser) -> SignedIn:
    admin = await make_user("admin")
    gql.headers.update(admin.headers)
    return admin


async def create(gql: GraphQLClient, **changes: Any) -> dict[str, Any]:
    return await mutate(gql, CREATE, input={**STAFF, **changes})


async def test_an_admin_creates_a_staff_member_with_a_profile(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    admin = await as_admin(gql, make_user)
    supervisor = await make_user("supervisor")

    payload = await create(
        gql, staffProfile={**STAFF["staffProfile"], "supervisorId": supervisor.global_id}
    )

    assert payload["errors"] == []
    user = payload["user"]
    assert (user["phone"], user["status"], user["roles"]) == ("+8613800001234", "ACTIVE", ["staff"])
    profile = user["staffProfile"]
    assert profile["region"] == "pudong" and profile["level"] == 3
    assert profile["supervisorId"] == supervisor.global_id
    assert profile["homeLocation"] == {"lat": 31.22, "lon": 121.54}
    assert profile["skills"] == [
        {"skill": "hvac", "level": 4, "certified": True},
        {"skill": "plumbing", "level": 2, "certified": False},
    ]
    actions = {row["action"] for row in await AuditLog.select(AuditLog.action)}
    assert {"user.create", "role.assign"} <= actions
    assert {row["actor"] for row in await AuditLog.select(AuditLog.actor)} == {admin.id}

    # the staff member signs in and sees the same profile in `me`
    gql.headers.clear()
    session = await mutate(gql, LOGIN, login="13800001234", password="Wrench#Pipe77")
    gql.headers["authorization"] = f"Bearer {session['accessToken']}"
    me = (await gql.execute(ME))["data"]["me"]
    assert me["roles"] == ["staff"] and me["staffProfile"] == profile


async def test_bad_input_is_reported_field_by_field_and_nothing_is_stored(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    await as_admin(gql, make_user)

    payload = await create(
        gql,
        name=" ",
        phone="12345",
        email="zhao@",
        password="zhaoqwerty",
        roles=["staff", "wizard"],
        staffProfile={"region": "", "level": 9, "skills": [{"skill": "hvac", "level": 0}]},
    )

    found = {(e["field"], e["code"]) for e in payload["errors"]}
    assert found == {
        ("name", "INVALID_NAME"),
        ("phone", "INVALID_PHONE"),
        ("email", "INVALID_EMAIL"),
        ("password", "PASSWORD_TOO_SIMPLE"),
        ("roles", "UNKNOWN_ROLE"),
        ("staffProfile.region", "INVALID_STAFF_PROFILE"),
        ("staffProfile.level", "INVALID_STAFF_PROFILE"),
        ("staffProfile.skills", "INVALID_STAFF_PROFILE"),
    }
    assert all(e["message"] for e in payload["errors"])
    assert await User.count() == 1  # the admin
    assert await StaffProfile.count() == 0 and await StaffSkill.count() == 0


async def test_staff_need_a_profile_and_identifiers_are_unique(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    admin = await as_admin(gql, make_user)

    no_profile = await create(gql, staffProfile=None)
    taken = await create(gql, phone=admin.phone)

    assert [(e["field"], e["code"]) for e in no_profile["errors"]] == [
        ("staffProfile", "INVALID_STAFF_PROFILE")
    ]
    assert [(e["field"], e["code"]) for e in taken["errors"]] == [("phone", "PHONE_TAKEN")]


async def test_an_admin_updates_details_and_replaces_the_profile(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    await as_admin(gql, make_user)
    created = (await create(gql))["user"]

    payload = await mutate(
        gql,
        UPDATE,
        input={
            "id": created["id"],
            "name": "赵建国",
            "staffProfile": {
                "region": "minhang",
                "level": 4,
                "skills": [{"skill": "hvac", "level": 5}],
            },
        },
    )

    assert payload["errors"] == []
    user = payload["user"]
    assert (user["name"], user["phone"]) == ("赵建国", "+8613800001234")
    assert user["staffProfile"]["region"] == "minhang"
    assert user["staffProfile"]["skills"] == [{"skill": "hvac", "level": 5, "certified": False}]
    assert await StaffProfile.count() == 1


async def test_disabling_ends_every_session(gql: GraphQLClient, make_user: MakeUser) -> None:
    admin = await as_admin(gql, make_user)
    staff = await make_user("staff", password=PASSWORD)
    gql.headers.clear()
    session = await mutate(gql, LOGIN, login=staff.phone, password=PASSWORD)
    gql.headers.update(admin.headers)

    payload = await mutate(gql, DISABLE, id=staff.global_id)

    assert payload == {"user": {"status": "DISABLED"}, "errors": []}
    gql.headers.clear()
    assert (await mutate(gql, REFRESH, token=session["refreshToken"]))["errors"][0]["code"] == (
        "INVALID_REFRESH_TOKEN"
    )
    gql.headers["authorization"] = f"Bearer {session['accessToken']}"
    body = await gql.execute("{ me { id } }")
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    gql.headers.clear()
    login = await mutate(gql, LOGIN, login=staff.phone, password=PASSWORD)
    assert login["errors"][0]["code"] == "INVALID_CREDENTIALS"


async def test_an_admin_cannot_disable_themselves_or_a_stranger_id(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    admin = await as_admin(gql, make_user)

    own = await mutate(gql, DISABLE, id=admin.global_id)
    garbage = await mutate(gql, DISABLE, id="not-an-id")

    assert own["errors"] == [{"field": "id", "code": "CANNOT_DISABLE_SELF"}]
    assert garbage["errors"] == [{"field": "id", "code": "USER_NOT_FOUND"}]
