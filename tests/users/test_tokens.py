"""Access tokens: only valid, current, HS256 tokens of active users sign a request in."""

from __future__ import annotations

import base64
import json
from datetime import timedelta
from uuid import uuid4

import pytest
from joserfc import jwt
from joserfc.jwk import OctKey

from dispatchhub.config import Settings
from dispatchhub.users import tokens
from dispatchhub.users.tables import User
from dispatchhub.users.tokens import issue_access_token, read_access_token
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import MakeUser

PLUGINS = "{ serverInfo { plugins } }"


def _b64(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


async def test_an_admin_token_reads_an_admin_field(gql: GraphQLClient, make_user: MakeUser) -> None:
    admin = await make_user("admin")
    gql.headers.update(admin.headers)

    body = await gql.execute(PLUGINS)

    assert "errors" not in body
    assert "dispatchhub.log_senders" in body["data"]["serverInfo"]["plugins"]


async def test_a_customer_token_is_forbidden_an_admin_field(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    gql.headers.update((await make_user("customer")).headers)

    body = await gql.execute(PLUGINS)

    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


def test_round_trip(database: Settings) -> None:
    user_id = uuid4()

    claims = read_access_token(database, issue_access_token(database, user_id, 3))

    assert claims is not None
    assert (claims.user_id, claims.generation) == (user_id, 3)


def test_refused_tokens(database: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    good = issue_access_token(database, uuid4(), 0)
    header, payload, signature = good.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    other_key = database.model_copy(update={"secret_key": "another-secret-key-0123456789abcdef"})

    tampered = ".".join([header, _b64({**claims, "sub": str(uuid4())}), signature])
    alg_none = ".".join([_b64({"alg": "none", "typ": "JWT"}), payload, ""])
    wrong_audience = jwt.encode(
        {"alg": "HS256"}, {**claims, "aud": "elsewhere"}, OctKey.import_key(database.secret_key)
    )
    monkeypatch.setattr(tokens, "ACCESS_TTL", timedelta(seconds=-1))
    expired = issue_access_token(database, uuid4(), 0)

    for token in (tampered, alg_none, wrong_audience, expired, "not.a.token", ""):
        assert read_access_token(database, token) is None, token
    assert read_access_token(other_key, good) is None


@pytest.mark.parametrize(
    ("authorization", "message"),
    [
        ("Bearer not-a-jwt", "invalid or expired"),
        ("Basic dXNlcjpwYXNz", "Authorization: Bearer"),
    ],
)
async def test_a_bad_token_says_why(gql: GraphQLClient, authorization: str, message: str) -> None:
    gql.headers["authorization"] = authorization

    body = await gql.execute(PLUGINS)

    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert message in body["errors"][0]["message"]


async def test_public_fields_still_answer_with_a_bad_token(gql: GraphQLClient) -> None:
    gql.headers["authorization"] = "Bearer expired.or.broken"

    body = await gql.execute("{ serverInfo { version } }")

    assert "errors" not in body


@pytest.mark.parametrize("change", ["disable", "new_generation", "delete"])
async def test_revoked_tokens_are_refused(
    gql: GraphQLClient, make_user: MakeUser, change: str
) -> None:
    admin = await make_user("admin")
    gql.headers.update(admin.headers)
    if change == "disable":
        await User.update({User.status: "DISABLED"}).where(User.id == admin.id)
    elif change == "new_generation":
        await User.update({User.token_generation: 1}).where(User.id == admin.id)
    else:
        await User.delete().where(User.id == admin.id)

    body = await gql.execute(PLUGINS)

    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert "revoked" in body["errors"][0]["message"]
