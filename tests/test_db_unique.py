"""``db.is_unique_violation``: a duplicate key, told apart by the driver's class and code."""

from __future__ import annotations

import pytest

from dispatchhub import db
from dispatchhub.config import Settings
from dispatchhub.users.tables import PlatformSetting, User


async def _raised(row: PlatformSetting | User) -> Exception:
    with pytest.raises(Exception) as caught:  # noqa: PT011 - the driver's own class is the point
        async with db.write():
            await row.save()
    return caught.value


async def test_a_duplicate_key_is_a_unique_violation(database: Settings) -> None:
    # given
    async with db.write():
        await PlatformSetting(key="password_policy", value={}).save()

    # when
    error = await _raised(PlatformSetting(key="password_policy", value={}))

    # then
    assert db.is_unique_violation(error)


async def test_another_constraint_is_not(database: Settings) -> None:
    # given: a reference to a user who does not exist
    row = PlatformSetting(key="other", value={}, updated_by="00000000-0000-0000-0000-000000000001")

    # when
    error = await _raised(row)

    # then
    assert not db.is_unique_violation(error)


def test_an_error_that_only_says_unique_is_not() -> None:
    assert not db.is_unique_violation(RuntimeError("UNIQUE constraint failed: users.phone"))
