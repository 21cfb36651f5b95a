"""Registration, sign-in by password and by code, refresh and sign-out through GraphQL."""

from __future__ import annotations

from typing import Any

from dispatchhub.authz.tables import CasbinRule
from dispatchhub.users.tables import LoginAttempt, RefreshToken, User
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import PASSWORD, MakeUser, delivered_code

SEND = """
mutation ($channel: CodeChannel!, $target: String!, $purpose: CodePurpose!) {
  verificationCodeSend(input: {channel: $channel, target: $target, purpose: $purpose}) {
    errors { code }
  }
}
"""
SESSION = """
  user { id name phone email roles }
  accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
  errors { field code message }
"""
REGISTER = f"""
mutation ($input: UserRegisterInput!) {{ userRegister(input: $input) {{ {SESSION} }} }}
"""
LOGIN = f"""
mutation ($login: String!, $password: String!) {{
  tokenCreate(input: {{login: $login, password: $password}}) {{ {SESSION} }}
}}
"""
LOGIN_WITH_CODE = f"""
mutation ($target: String!, $code: String!) {{
  tokenCreateWithCode(input: {{target: $target, code: $code}}) {{ {SESSION} }}
}}
"""
REFRESH = f"""
mutation ($token: String!) {{ tokenRefresh(input: {{refreshToken: $token}}) {{ {SESSION} }} }}
"""
REVOKE = """
mutation ($token: String!) { tokenRevoke(input: {refreshToken: $token}) { errors { code } } }
"""
ME = "{ me { id name phone roles staffProfile { region } } }"


async def send_code(gql: GraphQLClient, target: str, purpose: str) -> None:
    channel = "EMAIL" if "@" in target else "SMS"
    body = await gql.execute(SEND, {"channel": channel, "target": target, "purpose": purpose})
    assert body["data"]["verificationCodeSend"]["errors"] == [], body


async def mutate(gql: GraphQLClient, document: str, **variables: Any) -> dict[str, Any]:
    body = await gql.execute(document, variables)
    assert "errors" not in body, body
    payload: dict[str, Any] = next(iter(body["data"].values()))
    return payload


async def register(gql: GraphQLClient, **fields: Any) -> dict[str, Any]:
    return await mutate(gql, REGISTER, input=fields)


async def test_register_by_phone_signs_in_as_a_customer(gql: GraphQLClient) -> None:
    # given a REGISTER code sent to the phone
    await send_code(gql, "139 0000 1111", "REGISTER")
    code = await delivered_code("+8613900001111")

    # when the person registers with it
    payload = await register(
        gql, phone="13900001111", password="Lantern#Road7", code=code, name=" 王 芳 "
    )

    # then the account exists, they are signed in, and they are a customer
    assert payload["errors"] == []
    assert payload["user"]["phone"] == "+8613900001111"
    assert payload["user"]["name"] == "王 芳"
    assert payload["user"]["roles"] == ["customer"]
    assert payload["accessToken"] and payload["refreshToken"]
    gql.headers["authorization"] = f"Bearer {payload['accessToken']}"
    me = (await gql.execute(ME))["data"]["me"]
    assert me["id"] == payload["user"]["id"] and me["staffProfile"] is None
    [user] = await User.objects()
    assert user.password_hash.startswith("$argon2id$")
    assert "Lantern" not in user.password_hash


async def test_register_by_email(gql: GraphQLClient) -> None:
    await send_code(gql, "Mei.Han@Example.com", "REGISTER")
    code = await delivered_code("mei.han@example.com")

    payload = await register(
        gql, email="Mei.Han@Example.com", password="Lantern#Road7", code=code, name="Mei Han"
    )

    assert payload["errors"] == []
    assert payload["user"]["email"] == "mei.han@example.com"
    assert payload["user"]["phone"] is None


async def test_a_code_cannot_register_twice(gql: GraphQLClient) -> None:
    await send_code(gql, "13900001111", "REGISTER")
    code = await delivered_code("+8613900001111")
    fields = {"phone": "13900001111", "password": "Lantern#Road7", "code": code, "name": "王芳"}
    assert (await register(gql, **fields))["errors"] == []

    again = await register(gql, **fields)

    assert [(e["field"], e["code"]) for e in again["errors"]] == [("code", "INVALID_CODE")]
    assert await User.count() == 1


async def test_a_code_for_another_target_or_purpose_does_not_register(
    gql: GraphQLClient,
) -> None:
    await send_code(gql, "13900001111", "REGISTER")
    code = await delivered_code("+8613900001111")

    other_target = await register(
        gql, phone="13900002222", password="Lantern#Road7", code=code, name="王芳"
    )

    assert other_target["errors"][0]["code"] == "INVALID_CODE"
    assert await User.count() == 0


async def test_password_login_with_phone_or_email(gql: GraphQLClient, make_user: MakeUser) -> None:
    user = await make_user("staff", password=PASSWORD, email="wu.lei@example.com")

    by_phone = await mutate(gql, LOGIN, login=user.phone, password=PASSWORD)
    by_email = await mutate(gql, LOGIN, login="WU.LEI@example.com", password=PASSWORD)

    for payload in (by_phone, by_email):
        assert payload["errors"] == []
        assert payload["user"]["roles"] == ["staff"]
    gql.headers["authorization"] = f"Bearer {by_email['accessToken']}"
    assert (await gql.execute(ME))["data"]["me"]["phone"] == user.phone


async def test_wrong_password_unknown_login_and_disabled_account_answer_alike(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    user = await make_user("customer", password=PASSWORD)
    disabled = await make_user("customer", password=PASSWORD)
    await User.update({User.status: "DISABLED"}).where(User.id == disabled.id)

    answers = [
        await mutate(gql, LOGIN, login=user.phone, password=PASSWORD + "x"),
        await mutate(gql, LOGIN, login="+8613999999999", password=PASSWORD),
        await mutate(gql, LOGIN, login=disabled.phone, password=PASSWORD),
    ]

    assert answers[0] == answers[1] == answers[2]
    assert [(e["field"], e["code"]) for e in answers[0]["errors"]] == [
        (None, "INVALID_CREDENTIALS")
    ]
    assert answers[0]["accessToken"] is None


async def test_malformed_login_is_a_field_error(gql: GraphQLClient) -> None:
    payload = await mutate(gql, LOGIN, login="not-a-phone", password=PASSWORD)

    assert [(e["field"], e["code"]) for e in payload["errors"]] == [("login", "INVALID_PHONE")]


async def test_code_login(gql: GraphQLClient, make_user: MakeUser) -> None:
    user = await make_user("customer")
    await send_code(gql, user.phone, "LOGIN")

    payload = await mutate(
        gql, LOGIN_WITH_CODE, target=user.phone, code=await delivered_code(user.phone)
    )

    assert payload["errors"] == []
    assert payload["user"]["id"] == user.global_id


async def test_code_login_for_an_unknown_target_is_a_wrong_code(gql: GraphQLClient) -> None:
    await send_code(gql, "13900003333", "LOGIN")  # withheld: no account

    payload = await mutate(gql, LOGIN_WITH_CODE, target="13900003333", code="000000")

    assert [(e["field"], e["code"]) for e in payload["errors"]] == [("code", "INVALID_CODE")]


async def test_refresh_rotates_and_a_reused_token_ends_the_session(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    user = await make_user("customer", password=PASSWORD)
    first = await mutate(gql, LOGIN, login=user.phone, password=PASSWORD)

    second = await mutate(gql, REFRESH, token=first["refreshToken"])
    reused = await mutate(gql, REFRESH, token=first["refreshToken"])
    after_reuse = await mutate(gql, REFRESH, token=second["refreshToken"])

    assert second["errors"] == [] and second["refreshToken"] != first["refreshToken"]
    assert second["user"]["id"] == user.global_id
    for refused in (reused, after_reuse):
        assert [(e["field"], e["code"]) for e in refused["errors"]] == [
            ("refreshToken", "INVALID_REFRESH_TOKEN")
        ]
    assert await RefreshToken.count().where(RefreshToken.revoked_at.is_null()) == 0


async def test_sign_out_ends_the_session(gql: GraphQLClient, make_user: MakeUser) -> None:
    user = await make_user("customer", password=PASSWORD)
    session = await mutate(gql, LOGIN, login=user.phone, password=PASSWORD)

    assert (await mutate(gql, REVOKE, token=session["refreshToken"]))["errors"] == []

    refused = await mutate(gql, REFRESH, token=session["refreshToken"])
    assert refused["errors"][0]["code"] == "INVALID_REFRESH_TOKEN"


async def test_a_successful_login_forgets_earlier_failures(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    user = await make_user("customer", password=PASSWORD)
    await mutate(gql, LOGIN, login=user.phone, password="Wrong#Pass1")
    assert await LoginAttempt.count() == 1

    await mutate(gql, LOGIN, login=user.phone, password=PASSWORD)

    assert await LoginAttempt.count() == 0


async def test_registration_grants_the_role_in_the_database(gql: GraphQLClient) -> None:
    await send_code(gql, "13900001111", "REGISTER")
    code = await delivered_code("+8613900001111")

    payload = await register(
        gql, phone="13900001111", password="Lantern#Road7", code=code, name="王芳"
    )

    [user] = await User.objects()
    assert payload["errors"] == []
    rows = await CasbinRule.select(CasbinRule.v0, CasbinRule.v1).where(CasbinRule.ptype == "g")
    assert {"v0": str(user.id), "v1": "customer"} in rows
