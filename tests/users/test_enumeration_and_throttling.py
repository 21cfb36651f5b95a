"""No account enumeration by answer or timing; sign-in throttled per login and per address."""

from __future__ import annotations

import statistics
import time
from datetime import timedelta

import pytest

from dispatchhub.config import Settings
from dispatchhub.errors import DomainError
from dispatchhub.users import throttle
from dispatchhub.users.passwords import hash_password
from dispatchhub.users.signin import sign_in_with_password
from dispatchhub.users.tables import LoginAttempt, User
from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import PASSWORD, MakeUser
from tests.users.test_signin import LOGIN, SEND, mutate

ADDRESS = "198.51.100.20"


async def attempt(settings: Settings, login: str, password: str, address: str = ADDRESS) -> str:
    try:
        await sign_in_with_password(
            settings, login=login, password=password, client_address=address
        )
    except DomainError as exc:
        return exc.errors[0].code.name
    return "OK"


async def test_unknown_and_known_logins_take_about_as_long(database: Settings) -> None:
    # given hashing costly enough to dominate a sign-in, as in production
    costly = database.model_copy(update={"argon2_time_cost": 2, "argon2_memory_cost": 19456})
    stored = await hash_password(costly, PASSWORD)
    samples = 15
    known = [f"+86139100{n:05d}" for n in range(samples)]
    await User.insert(*(User(name="计时", phone=p, password_hash=stored) for p in known))
    unknown = [f"+86139200{n:05d}" for n in range(samples)]

    async def timed(login: str) -> float:
        started = time.perf_counter()
        assert await attempt(costly, login, "Wrong#Guess1", f"198.51.100.{len(login)}") == (
            "INVALID_CREDENTIALS"
        )
        return time.perf_counter() - started

    known_times, unknown_times = [], []
    for k, u in zip(known, unknown, strict=True):  # interleaved, so load hits both alike
        known_times.append(await timed(k))
        unknown_times.append(await timed(u))

    ratio = statistics.median(unknown_times) / statistics.median(known_times)
    assert 0.75 < ratio < 1.33, (known_times, unknown_times)


async def test_ten_failures_lock_the_login_even_for_the_right_password(
    database: Settings,
) -> None:
    stored = await hash_password(database, PASSWORD)
    await User.insert(
        User(name="甲", phone="+8613900008888", password_hash=stored),
        User(name="乙", phone="+8613900009999", password_hash=stored),
    )
    for _ in range(throttle.LOGIN_LIMIT):
        assert await attempt(database, "+8613900008888", "Wrong#Guess1") == "INVALID_CREDENTIALS"

    assert await attempt(database, "+8613900008888", PASSWORD) == "LOGIN_THROTTLED"
    # another account from the same address is not affected
    assert await attempt(database, "+8613900009999", PASSWORD) == "OK"
    # and once the window has passed, the right password works again
    passed = throttle.WINDOW + timedelta(seconds=1)
    await LoginAttempt.update({LoginAttempt.created_at: LoginAttempt.created_at - passed}).where(
        LoginAttempt.login == "+8613900008888"
    )
    assert await attempt(database, "+8613900008888", PASSWORD) == "OK"


async def test_unknown_logins_are_throttled_like_known_ones(database: Settings) -> None:
    for _ in range(throttle.LOGIN_LIMIT):
        await attempt(database, "+8613900001234", "Wrong#Guess1")

    assert await attempt(database, "+8613900001234", "Wrong#Guess1") == "LOGIN_THROTTLED"


async def test_one_address_failing_across_many_logins_is_throttled(database: Settings) -> None:
    stored = await hash_password(database, PASSWORD)
    await User.insert(User(name="丙", phone="+8613900005678", password_hash=stored))
    await LoginAttempt.insert(
        *(
            LoginAttempt(login=f"+86139300{n:05d}", client_address=ADDRESS)
            for n in range(throttle.ADDRESS_LIMIT)
        )
    )

    assert await attempt(database, "+8613900005678", PASSWORD) == "LOGIN_THROTTLED"
    assert await attempt(database, "+8613900005678", PASSWORD, "198.51.100.99") == "OK"


async def test_the_throttle_answer_says_when_to_retry(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    gql.headers["accept-language"] = "en"
    user = await make_user("customer", password=PASSWORD)
    for _ in range(throttle.LOGIN_LIMIT):
        await mutate(gql, LOGIN, login=user.phone, password="Wrong#Guess1")

    payload = await mutate(gql, LOGIN, login=user.phone, password=PASSWORD)

    [error] = payload["errors"]
    assert (error["field"], error["code"]) == ("login", "LOGIN_THROTTLED")
    assert "try again in 9" in error["message"] and payload["accessToken"] is None


@pytest.mark.parametrize("purpose", ["LOGIN", "RESET_PASSWORD", "REGISTER"])
async def test_code_requests_answer_alike_for_known_and_unknown_targets(
    gql: GraphQLClient, make_user: MakeUser, purpose: str
) -> None:
    user = await make_user("customer")

    known = await gql.execute(SEND, {"channel": "SMS", "target": user.phone, "purpose": purpose})
    unknown = await gql.execute(
        SEND, {"channel": "SMS", "target": "+8613900004321", "purpose": purpose}
    )

    assert known == unknown == {"data": {"verificationCodeSend": {"errors": []}}}
