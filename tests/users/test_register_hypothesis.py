"""userRegister with any input: an account and tokens, or field errors and nothing stored."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from dispatchhub.authz.tables import CasbinRule
from dispatchhub.config import Settings
from dispatchhub.errors import DomainError
from dispatchhub.outbox.service import now
from dispatchhub.users.codes import CodePurpose, code_hash
from dispatchhub.users.errors import UsersErrorCode
from dispatchhub.users.signin import parse_login
from dispatchhub.users.tables import RefreshToken, User, VerificationCode
from tests.fixtures.app import GraphQLClient, refused_text

REGISTER = """
mutation ($input: UserRegisterInput!) {
  userRegister(input: $input) { user { phone email } accessToken errors { field code message } }
}
"""
CODE = "424242"
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
phones = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.from_regex(r"\+?86 ?1[3-9]\d{9}", fullmatch=True),
    st.from_regex(r"[0-9 ()+\-]{0,20}", fullmatch=True),
)
emails = st.one_of(st.none(), st.text(max_size=40), st.emails())
passwords = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["Lantern#Road7", "P@ssw0rd!", "short", "Kettle#Lamp42" * 30]),
)
names = st.one_of(st.text(max_size=120), st.sampled_from(["王芳", "Mei Han", " ", ""]))
codes = st.one_of(st.just(CODE), st.text(max_size=8))
inputs = st.one_of(
    st.fixed_dictionaries(
        {"phone": phones, "email": emails, "password": passwords, "name": names, "code": codes}
    ),
    # well-formed ones too, so that the property is also seen to hold for accounts made
    st.fixed_dictionaries(
        {
            "phone": st.from_regex(r"1(3[0-9]|5[0-35-9]|8[0-9])\d{8}", fullmatch=True),
            "email": st.none(),
            "password": st.sampled_from(["Lantern#Road7", "Harbour~Bell58"]),
            "name": st.sampled_from(["王芳", "Mei Han"]),
            "code": st.just(CODE),
        }
    ),
)


async def counts() -> tuple[int, int, int]:
    return (await User.count(), await CasbinRule.count(), await RefreshToken.count())


async def issue_code(settings: Settings, target: str) -> None:
    # A REGISTER code as verificationCodeSend would have stored it (sending it for real would
    # hit the per-address limit within a few examples).
    await VerificationCode.insert(
        VerificationCode(
            target=target,
            channel="EMAIL" if "@" in target else "SMS",
            purpose="REGISTER",
            code_hash=code_hash(settings, target, CodePurpose.REGISTER, CODE),
            expires_at=now() + timedelta(minutes=10),
            client_address="198.51.100.1",
            sent=True,
        )
    )


@SETTINGS
@given(fields=inputs)
async def test_any_registration_input(
    gql: GraphQLClient, database: Settings, fields: dict[str, Any]
) -> None:
    # given a live code for whatever well-formed target the input names
    for target in filter(None, (fields["phone"], fields["email"])):
        try:
            await issue_code(database, parse_login(database, target, field="x").value)
        except DomainError:
            pass  # a malformed target gets no code
    before = await counts()

    body = await gql.execute(REGISTER, {"input": fields})

    # then never a fault: either an account with tokens, or field errors and nothing stored
    if refused_text(body):  # a control character or lone surrogate, refused before running
        event("refused text")
        assert await counts() == before
        return
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["userRegister"]
    after = await counts()
    event("registered" if payload["user"] is not None else "refused")
    if payload["user"] is not None:
        assert payload["errors"] == [] and payload["accessToken"]
        assert after == (before[0] + 1, before[1] + 1, before[2] + 1)
    else:
        assert payload["errors"], payload
        assert all(
            e["code"] in UsersErrorCode.__members__ and e["message"] for e in payload["errors"]
        )
        assert after == before


async def test_a_name_with_control_characters_is_refused_at_its_field(
    gql: GraphQLClient, database: Settings
) -> None:
    await issue_code(database, "+8613900001111")
    fields = {"phone": "13900001111", "password": "Lantern#Road7", "code": CODE, "name": "王\x00芳"}

    body = await gql.execute(REGISTER, {"input": fields})

    assert refused_text(body)
    assert body["errors"][0]["extensions"]["field"] == "input.name"
    assert await User.count() == 0
