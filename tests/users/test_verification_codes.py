"""verificationCodeSend: normalised targets, field errors, rate limits, no account enumeration."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dispatchhub.config import Settings
from dispatchhub.notifications.tables import Notification
from dispatchhub.outbox.service import now
from dispatchhub.users.codes import CodePurpose, code_hash
from dispatchhub.users.tables import User, VerificationCode
from tests.fixtures.app import GraphQLClient

SEND = """
mutation Send($channel: CodeChannel!, $target: String!, $purpose: CodePurpose!) {
  verificationCodeSend(input: {channel: $channel, target: $target, purpose: $purpose}) {
    target expiresInSeconds errors { field message code }
  }
}
"""


async def send(gql: GraphQLClient, target: str, purpose: str = "REGISTER", channel: str = "SMS"):  # type: ignore[no-untyped-def]
    body = await gql.execute(SEND, {"channel": channel, "target": target, "purpose": purpose})
    assert "errors" not in body, body
    return body["data"]["verificationCodeSend"]


async def test_phone_is_normalised_and_a_code_is_stored_hashed(
    gql: GraphQLClient, database: Settings
) -> None:
    payload = await send(gql, "139 1234 5678")

    assert payload == {"target": "+8613912345678", "expiresInSeconds": 600, "errors": []}
    [row] = await VerificationCode.objects()
    assert row.target == "+8613912345678"
    assert row.purpose == "REGISTER"
    assert timedelta(minutes=9) < row.expires_at - now() <= timedelta(minutes=10)
    assert len(row.code_hash) == 64
    [notification] = await Notification.objects()
    code = notification.params["code"] if isinstance(notification.params, dict) else None
    code = code or __import__("json").loads(notification.params)["code"]
    assert row.code_hash == code_hash(database, row.target, CodePurpose.REGISTER, code)
    assert code not in row.code_hash


async def test_email_is_lower_cased(gql: GraphQLClient) -> None:
    payload = await send(gql, "  Li.Lei@Example.COM ", channel="EMAIL")

    assert payload["target"] == "li.lei@example.com"


@pytest.mark.parametrize(
    ("channel", "target", "code"),
    [
        ("SMS", "12345", "INVALID_PHONE"),
        ("SMS", "not a phone", "INVALID_PHONE"),
        ("SMS", "1" * 300, "INVALID_PHONE"),
        ("EMAIL", "li.lei@", "INVALID_EMAIL"),
        ("EMAIL", "x" * 300 + "@example.com", "INVALID_EMAIL"),
    ],
)
async def test_malformed_targets_get_a_field_error_and_store_nothing(
    gql: GraphQLClient, channel: str, target: str, code: str
) -> None:
    payload = await send(gql, target, channel=channel)

    assert payload["target"] is None
    [error] = payload["errors"]
    assert (error["field"], error["code"]) == ("target", code)
    assert error["message"]
    assert await VerificationCode.count() == 0
    assert await Notification.count() == 0


async def test_error_message_follows_accept_language(gql: GraphQLClient) -> None:
    gql.headers["accept-language"] = "en-US,en;q=0.9"
    [error] = (await send(gql, "12345"))["errors"]
    assert error["message"] == "The phone number is not valid."

    gql.headers["accept-language"] = "zh-CN"
    [error] = (await send(gql, "12345"))["errors"]
    assert error["message"] == "手机号码格式不正确。"


async def test_one_code_a_minute_per_target(gql: GraphQLClient) -> None:
    assert (await send(gql, "13912345678"))["errors"] == []

    [error] = (await send(gql, "+86 139 1234 5678"))["errors"]

    assert (error["field"], error["code"]) == ("target", "RATE_LIMITED")
    assert "60" in error["message"] or "59" in error["message"]
    assert await VerificationCode.count() == 1


async def test_five_an_hour_and_ten_a_day(gql: GraphQLClient) -> None:
    async def backdate(minutes: int) -> None:
        await VerificationCode.update(
            {VerificationCode.created_at: VerificationCode.created_at - timedelta(minutes=minutes)}
        ).where(VerificationCode.target == "+8613912345678")

    for _ in range(5):
        assert (await send(gql, "13912345678"))["errors"] == []
        await backdate(2)
    assert (await send(gql, "13912345678"))["errors"][0]["code"] == "RATE_LIMITED"

    await backdate(60)
    for _ in range(5):
        assert (await send(gql, "13912345678"))["errors"] == []
        await backdate(2)
    await backdate(60)
    assert (await send(gql, "13912345678"))["errors"][0]["code"] == "RATE_LIMITED"


async def test_same_answer_whether_or_not_an_account_exists(gql: GraphQLClient) -> None:
    await User.insert(User(name="已注册 Registered", phone="+8613900000001"))

    known = await send(gql, "13900000001", purpose="RESET_PASSWORD")
    unknown = await send(gql, "13900000002", purpose="RESET_PASSWORD")
    register_known = await send(
        gql, "13900000001", purpose="REGISTER"
    )  # rate-limited? no: new purpose
    register_unknown = await send(gql, "13900000003", purpose="REGISTER")

    assert known.keys() == unknown.keys()
    assert known["errors"] == unknown["errors"] == []
    assert known["expiresInSeconds"] == unknown["expiresInSeconds"]
    # only the messages that reveal nothing are sent
    sent = {row["target"] for row in await Notification.select(Notification.target)}
    assert sent == {"+8613900000001", "+8613900000003"}
    assert register_known["errors"] == [] or register_known["errors"][0]["code"] == "RATE_LIMITED"
    assert register_unknown["errors"] == []


@pytest.mark.parametrize("purpose", ["LOGIN", "RESET_PASSWORD"])
async def test_a_disabled_account_is_sent_no_code_and_told_nothing_different(
    gql: GraphQLClient, purpose: str
) -> None:
    await User.insert(
        User(name="停用 Disabled", phone="+8613900000011", status="DISABLED"),
        User(name="在用 Active", phone="+8613900000012"),
    )

    disabled = await send(gql, "13900000011", purpose=purpose)
    active = await send(gql, "13900000012", purpose=purpose)

    assert disabled["errors"] == active["errors"] == []
    assert disabled["expiresInSeconds"] == active["expiresInSeconds"]
    sent = {row["target"] for row in await Notification.select(Notification.target)}
    assert sent == {"+8613900000012"}
