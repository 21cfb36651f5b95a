"""The password policy: the requirement's rule, a blocklist, context words, admins' changes."""

from __future__ import annotations

import pytest

from dispatchhub.authz.tables import AuditLog
from dispatchhub.users.password_policy import PasswordPolicy, check_password, context_words
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import MakeUser

DEFAULT = PasswordPolicy()
CONTEXT = context_words(phone="+8613912345678", email="li.lei@example.com", name="李雷 Li Lei")


def codes(password: str, policy: PasswordPolicy = DEFAULT) -> list[str]:
    return [e.code.name for e in check_password(password, policy, CONTEXT)]


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("Kettle#Lamp42", []),
        ("短#密码12", ["PASSWORD_TOO_SHORT"]),
        ("Ab1!", ["PASSWORD_TOO_SHORT"]),
        ("kettlelamp", ["PASSWORD_TOO_SIMPLE"]),
        ("Kettle#Lamp", ["PASSWORD_TOO_SIMPLE"]),
        ("Kettle42Lamp", ["PASSWORD_TOO_SIMPLE"]),
        (
            "12345678#!",
            ["PASSWORD_TOO_SIMPLE", "PASSWORD_TOO_COMMON", "PASSWORD_CONTAINS_PERSONAL_INFO"],
        ),
        # the requirement's rule lets these through; the blocklist does not
        ("P@ssw0rd", ["PASSWORD_TOO_COMMON"]),
        ("Passw0rd!", ["PASSWORD_TOO_COMMON"]),
        ("Password1!", ["PASSWORD_TOO_COMMON"]),
        ("Aa123456!", ["PASSWORD_TOO_COMMON"]),
        ("Qwerty123!", ["PASSWORD_TOO_COMMON"]),
        ("Woaini1314!", ["PASSWORD_TOO_COMMON"]),
        ("Dispatchhub#1", ["PASSWORD_TOO_COMMON", "PASSWORD_CONTAINS_PERSONAL_INFO"]),
        ("13912345678A!", ["PASSWORD_CONTAINS_PERSONAL_INFO"]),
        ("x#345678abc", ["PASSWORD_CONTAINS_PERSONAL_INFO"]),
        ("Li.Lei#2024x", ["PASSWORD_CONTAINS_PERSONAL_INFO"]),
        ("李雷的密码#2024", ["PASSWORD_CONTAINS_PERSONAL_INFO"]),
    ],
)
def test_default_policy(password: str, expected: list[str]) -> None:
    assert codes(password) == expected


def test_long_passphrases_need_no_mix_of_characters() -> None:
    passphrase = "the kettle sings on the lamp lit stove while autumn rain taps the tin roof"
    assert len(passphrase) >= 64

    assert codes(passphrase) == []
    assert codes(passphrase[:63]) == ["PASSWORD_TOO_SIMPLE"]
    assert codes("x" * 100) == []  # long enough, and not on any list
    assert codes("x" * 257) == ["PASSWORD_TOO_LONG"]


def test_passwords_are_compared_in_nfkc_form() -> None:
    # full-width digits and letters from a Chinese input method are the ASCII ones
    assert codes("Ｐ＠ｓｓｗ０ｒｄ") == ["PASSWORD_TOO_COMMON"]
    assert codes("１２３abc!!xyzQ") == []


def test_a_password_and_the_same_with_one_more_character_differ() -> None:
    # nothing is truncated: a 200-character password is checked and stored whole
    long = "Kettle#Lamp42" * 15
    assert codes(long) == [] and codes(long + "x") == []


def test_admins_can_relax_composition_and_raise_the_minimum() -> None:
    nist = PasswordPolicy(
        min_length=15, require_letter=False, require_digit=False, require_special=False
    )

    assert codes("kettle lamp stove", nist) == []
    assert codes("Kettle#Lamp42", nist) == ["PASSWORD_TOO_SHORT"]


def test_an_inconsistent_policy_is_refused() -> None:
    with pytest.raises(ValueError):
        PasswordPolicy(min_length=30, passphrase_length=20)
    with pytest.raises(ValueError):
        PasswordPolicy(min_length=6)  # the requirement's floor is 8


POLICY = "{ passwordPolicy { minLength maxLength requireSpecial passphraseLength blockCommon } }"
UPDATE = """
mutation ($input: PasswordPolicyUpdateInput!) {
  passwordPolicyUpdate(input: $input) {
    passwordPolicy { minLength requireSpecial passphraseLength }
    errors { field code message }
  }
}
"""
REGISTER = """
mutation ($input: UserRegisterInput!) {
  userRegister(input: $input) { errors { field code message } }
}
"""


async def test_everyone_reads_the_policy(gql: GraphQLClient) -> None:
    body = await gql.execute(POLICY)

    assert body["data"]["passwordPolicy"] == {
        "minLength": 8,
        "maxLength": 256,
        "requireSpecial": True,
        "passphraseLength": 64,
        "blockCommon": True,
    }


async def test_an_admin_changes_the_policy_and_it_is_audited(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    admin = await make_user("admin")
    gql.headers.update(admin.headers)

    body = await gql.execute(UPDATE, {"input": {"minLength": 12, "passphraseLength": 40}})

    assert body["data"]["passwordPolicyUpdate"] == {
        "passwordPolicy": {"minLength": 12, "requireSpecial": True, "passphraseLength": 40},
        "errors": [],
    }
    assert (await gql.execute(POLICY))["data"]["passwordPolicy"]["minLength"] == 12
    [entry] = await AuditLog.objects().where(AuditLog.action == "password_policy.update")
    assert entry.actor == admin.id
    # registration now asks for 12 characters
    gql.headers.clear()
    refused = await gql.execute(
        REGISTER,
        {"input": {"phone": "13900001111", "password": "Kettle#Lamp", "code": "1", "name": "王"}},
    )
    assert refused["data"]["userRegister"]["errors"][0]["code"] == "PASSWORD_TOO_SHORT"
    assert "12" in refused["data"]["userRegister"]["errors"][0]["message"]


async def test_a_bad_policy_change_is_a_field_error(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    gql.headers.update((await make_user("admin")).headers)

    body = await gql.execute(UPDATE, {"input": {"minLength": 4}})

    [error] = body["data"]["passwordPolicyUpdate"]["errors"]
    assert (error["field"], error["code"]) == ("minLength", "INVALID_POLICY")
    assert (await gql.execute(POLICY))["data"]["passwordPolicy"]["minLength"] == 8


async def test_only_admins_change_the_policy(gql: GraphQLClient, make_user: MakeUser) -> None:
    gql.headers.update((await make_user("dispatcher")).headers)

    body = await gql.execute(UPDATE, {"input": {"minLength": 12}})

    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
