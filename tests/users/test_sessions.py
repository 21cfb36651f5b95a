"""Sessions: refresh tokens rotate, a reused one ends the family, revocation ends them all."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from uuid import UUID

import pytest

from dispatchhub.config import Settings
from dispatchhub.errors import DomainError
from dispatchhub.users.sessions import (
    end_all_sessions,
    end_session,
    refresh_session,
    start_session,
)
from dispatchhub.users.tables import RefreshToken, User
from dispatchhub.users.tokens import read_access_token

ADDRESS = "198.51.100.1"


async def _user(status: str = "ACTIVE") -> UUID:
    user = User(name="会话 Session", phone="+8613800000001", status=status)
    await user.save()
    return UUID(str(user.id))


async def _refused(settings: Settings, token: str) -> None:
    with pytest.raises(DomainError) as refused:
        await refresh_session(settings, token, client_address=ADDRESS)
    assert refused.value.errors[0].code.name == "INVALID_REFRESH_TOKEN"


async def test_a_session_starts_with_an_access_and_a_hashed_refresh_token(
    database: Settings,
) -> None:
    user_id = await _user()

    pair = await start_session(database, user_id, client_address=ADDRESS)

    claims = read_access_token(database, pair.access_token)
    assert claims is not None and claims.user_id == user_id
    [row] = await RefreshToken.objects()
    assert row.token_hash != pair.refresh_token and pair.refresh_token not in row.token_hash
    assert row.client_address == ADDRESS
    assert timedelta(days=29) < pair.refresh_expires_at - row.created_at <= timedelta(days=30)


async def test_refresh_rotates_within_the_family_and_keeps_the_absolute_end(
    database: Settings,
) -> None:
    first = await start_session(database, await _user(), client_address=ADDRESS)

    second = await refresh_session(database, first.refresh_token, client_address=ADDRESS)

    assert second.refresh_token != first.refresh_token
    assert second.refresh_expires_at == first.refresh_expires_at
    assert read_access_token(database, second.access_token) is not None
    assert len({row["family"] for row in await RefreshToken.select(RefreshToken.family)}) == 1
    third = await refresh_session(database, second.refresh_token, client_address=ADDRESS)
    assert third.refresh_token not in {first.refresh_token, second.refresh_token}


async def test_reusing_a_rotated_token_revokes_the_whole_family(database: Settings) -> None:
    # given a session that was refreshed once, and another session of the same user
    user_id = await _user()
    stolen = await start_session(database, user_id, client_address=ADDRESS)
    current = await refresh_session(database, stolen.refresh_token, client_address=ADDRESS)
    other_device = await start_session(database, user_id, client_address=ADDRESS)

    # when the spent token is presented again
    await _refused(database, stolen.refresh_token)

    # then the newer token of that family is dead too; the other session lives
    await _refused(database, current.refresh_token)
    assert await refresh_session(database, other_device.refresh_token, client_address=ADDRESS)


async def test_concurrent_refreshes_with_one_token_yield_one_winner(database: Settings) -> None:
    pair = await start_session(database, await _user(), client_address=ADDRESS)

    results = await asyncio.gather(
        *(refresh_session(database, pair.refresh_token, client_address=ADDRESS) for _ in range(2)),
        return_exceptions=True,
    )

    assert sum(isinstance(result, DomainError) for result in results) >= 1
    # whoever won, the family is revoked now: the race itself looks like theft
    for result in results:
        if not isinstance(result, BaseException):
            await _refused(database, result.refresh_token)


async def test_unknown_expired_and_signed_out_tokens_are_refused(database: Settings) -> None:
    user_id = await _user()
    expired = await start_session(database, user_id, client_address=ADDRESS)
    await RefreshToken.update({RefreshToken.expires_at: RefreshToken.created_at}).where(
        RefreshToken.user == user_id
    )
    signed_out = await start_session(database, user_id, client_address=ADDRESS)
    await end_session(database, signed_out.refresh_token)
    await end_session(database, signed_out.refresh_token)  # twice is harmless

    for token in ("not-a-token", "", expired.refresh_token, signed_out.refresh_token):
        await _refused(database, token)


async def test_ending_all_sessions_voids_access_and_refresh_tokens(database: Settings) -> None:
    user_id = await _user()
    pairs = [await start_session(database, user_id, client_address=ADDRESS) for _ in range(2)]

    await end_all_sessions(user_id)

    generation = await User.select(User.token_generation).where(User.id == user_id).first()
    for pair in pairs:
        claims = read_access_token(database, pair.access_token)
        assert claims is not None and claims.generation != generation["token_generation"]
        await _refused(database, pair.refresh_token)


async def test_a_disabled_user_cannot_start_or_refresh_a_session(database: Settings) -> None:
    user_id = await _user()
    pair = await start_session(database, user_id, client_address=ADDRESS)
    await User.update({User.status: "DISABLED"}).where(User.id == user_id)

    with pytest.raises(DomainError):
        await start_session(database, user_id, client_address=ADDRESS)
    await _refused(database, pair.refresh_token)
