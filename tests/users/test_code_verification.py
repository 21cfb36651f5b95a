"""Consuming codes: once, for their target and purpose, for ten minutes, five wrong guesses."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from dispatchhub import db
from dispatchhub.config import Settings
from dispatchhub.outbox.service import now
from dispatchhub.users import codes
from dispatchhub.users.codes import CodeChannel, CodePurpose, send_code, verify_code
from dispatchhub.users.tables import User, VerificationCode
from tests.fixtures.users import delivered_code

PHONE = "+8613900004444"


async def issue(settings: Settings, purpose: CodePurpose = CodePurpose.LOGIN) -> str:
    await send_code(
        settings,
        channel=CodeChannel.SMS,
        target=PHONE,
        purpose=purpose,
        client_address="198.51.100.9",
        locale="zh-CN",
    )
    return await delivered_code(PHONE)


@pytest.fixture
async def account(database: Settings) -> None:
    await User.insert(User(name="验证 Verify", phone=PHONE))


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10**6:06d}"


async def test_a_code_works_once(database: Settings, account: None) -> None:
    code = await issue(database)

    assert await verify_code(database, target=PHONE, purpose=CodePurpose.LOGIN, code=code)
    assert not await verify_code(database, target=PHONE, purpose=CodePurpose.LOGIN, code=code)


async def test_a_code_is_bound_to_its_purpose_and_target(database: Settings, account: None) -> None:
    code = await issue(database, CodePurpose.RESET_PASSWORD)

    assert not await verify_code(database, target=PHONE, purpose=CodePurpose.LOGIN, code=code)
    assert not await verify_code(
        database, target="+8613900005555", purpose=CodePurpose.RESET_PASSWORD, code=code
    )
    assert await verify_code(database, target=PHONE, purpose=CodePurpose.RESET_PASSWORD, code=code)


async def test_a_code_expires_after_ten_minutes(
    database: Settings, account: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = await issue(database)
    later = now() + timedelta(minutes=10, seconds=1)
    monkeypatch.setattr(codes, "now", lambda: later)

    assert not await verify_code(database, target=PHONE, purpose=CodePurpose.LOGIN, code=code)


async def test_the_fifth_wrong_guess_voids_the_code(database: Settings, account: None) -> None:
    code = await issue(database)

    for _ in range(5):
        assert not await verify_code(
            database, target=PHONE, purpose=CodePurpose.LOGIN, code=wrong(code)
        )

    # the sixth attempt, with the right code, is refused
    assert not await verify_code(database, target=PHONE, purpose=CodePurpose.LOGIN, code=code)
    [row] = await VerificationCode.objects()
    assert row.attempts == 5 and row.consumed_at is None


async def test_four_wrong_guesses_leave_the_code_usable(database: Settings, account: None) -> None:
    code = await issue(database)

    for _ in range(4):
        await verify_code(database, target=PHONE, purpose=CodePurpose.LOGIN, code=wrong(code))

    assert await verify_code(database, target=PHONE, purpose=CodePurpose.LOGIN, code=code)


async def test_a_withheld_code_never_works(database: Settings) -> None:
    # no account: the LOGIN code is stored (rate limits count it) but never delivered
    await send_code(
        database,
        channel=CodeChannel.SMS,
        target=PHONE,
        purpose=CodePurpose.LOGIN,
        client_address="198.51.100.9",
        locale="zh-CN",
    )
    [row] = await VerificationCode.objects()
    assert row.sent is False

    guesses = [f"{n:06d}" for n in range(3)]
    results = [
        await verify_code(database, target=PHONE, purpose=CodePurpose.LOGIN, code=g)
        for g in guesses
    ]

    assert results == [False, False, False]


async def test_concurrent_uses_of_one_code_yield_one_success(
    database: Settings, account: None
) -> None:
    code = await issue(database)

    results = await asyncio.gather(
        *(
            verify_code(database, target=PHONE, purpose=CodePurpose.LOGIN, code=code)
            for _ in range(3)
        )
    )

    assert sorted(results) == [False, False, True]


async def test_verifying_inside_a_transaction_is_refused(database: Settings) -> None:
    # a wrong guess must stay counted even when the caller's transaction rolls back
    with pytest.raises(RuntimeError):
        async with db.write():
            await verify_code(database, target=PHONE, purpose=CodePurpose.LOGIN, code="123456")
