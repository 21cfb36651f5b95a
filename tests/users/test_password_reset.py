"""Forgotten password: a RESET_PASSWORD code sets a new password and ends every session."""

from __future__ import annotations

from dispatchhub.notifications.tables import Notification
from dispatchhub.users.tables import VerificationCode
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import PASSWORD, MakeUser, delivered_code
from tests.users.test_signin import LOGIN, ME, REFRESH, mutate, send_code

RESET = """
mutation ($target: String!, $code: String!, $password: String!) {
  passwordReset(input: {target: $target, code: $code, newPassword: $password}) {
    success errors { field code message }
  }
}
"""
NEW_PASSWORD = "Harbour~Bell58"


async def test_reset_changes_the_password_and_revokes_every_token(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    # given a user signed in on a device
    user = await make_user("customer", password=PASSWORD)
    session = await mutate(gql, LOGIN, login=user.phone, password=PASSWORD)
    await send_code(gql, user.phone, "RESET_PASSWORD")

    # when they reset the password with the code sent to their phone
    reset = await mutate(
        gql, RESET, target=user.phone, code=await delivered_code(user.phone), password=NEW_PASSWORD
    )

    # then the old tokens are dead, the old password too, the new one works
    assert reset == {"success": True, "errors": []}
    gql.headers["authorization"] = f"Bearer {session['accessToken']}"
    body = await gql.execute(ME)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert "revoked" in body["errors"][0]["message"]
    gql.headers.clear()
    refused = await mutate(gql, REFRESH, token=session["refreshToken"])
    assert refused["errors"][0]["code"] == "INVALID_REFRESH_TOKEN"
    old = await mutate(gql, LOGIN, login=user.phone, password=PASSWORD)
    assert old["errors"][0]["code"] == "INVALID_CREDENTIALS"
    new = await mutate(gql, LOGIN, login=user.phone, password=NEW_PASSWORD)
    assert new["errors"] == []
    # and the owner is told
    notices = await Notification.select(Notification.template, Notification.recipient).where(
        Notification.target == user.phone
    )
    assert {"template": "password_changed", "recipient": user.id} in notices


async def test_a_weak_new_password_is_refused_and_keeps_the_code(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    user = await make_user("customer", password=PASSWORD)
    await send_code(gql, user.phone, "RESET_PASSWORD")
    code = await delivered_code(user.phone)

    weak = await mutate(gql, RESET, target=user.phone, code=code, password="P@ssw0rd!")

    assert weak["success"] is False
    assert [(e["field"], e["code"]) for e in weak["errors"]] == [
        ("newPassword", "PASSWORD_TOO_COMMON")
    ]
    assert await VerificationCode.count().where(VerificationCode.consumed_at.is_not_null()) == 0
    good = await mutate(gql, RESET, target=user.phone, code=code, password=NEW_PASSWORD)
    assert good["success"] is True


async def test_a_login_code_does_not_reset(gql: GraphQLClient, make_user: MakeUser) -> None:
    user = await make_user("customer", password=PASSWORD)
    await send_code(gql, user.phone, "LOGIN")

    payload = await mutate(
        gql, RESET, target=user.phone, code=await delivered_code(user.phone), password=NEW_PASSWORD
    )

    assert [(e["field"], e["code"]) for e in payload["errors"]] == [("code", "INVALID_CODE")]
    assert (await mutate(gql, LOGIN, login=user.phone, password=PASSWORD))["errors"] == []


async def test_reset_for_an_unknown_account_answers_like_a_wrong_code(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    user = await make_user("customer", password=PASSWORD)
    await send_code(gql, user.phone, "RESET_PASSWORD")
    await send_code(gql, "13900007777", "RESET_PASSWORD")  # no account: withheld

    known = await mutate(gql, RESET, target=user.phone, code="000000", password=NEW_PASSWORD)
    unknown = await mutate(gql, RESET, target="13900007777", code="000000", password=NEW_PASSWORD)

    assert known == unknown
    assert [(e["field"], e["code"]) for e in known["errors"]] == [("code", "INVALID_CODE")]
