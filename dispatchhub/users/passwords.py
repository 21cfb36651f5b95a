"""Password hashing with argon2id, parameters from settings, upgraded on sign-in.

Hashing runs in a worker thread: argon2 releases the GIL, so the event loop keeps serving
while a hash is computed, and the default executor's few threads bound how many hashes (and
how much of their memory) a flood of sign-ins can run at once.
"""

from __future__ import annotations

import asyncio
import unicodedata
from functools import cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from dispatchhub.config import Settings

__all__ = ["hash_password", "needs_rehash", "normalise_password", "verify_password"]


def normalise_password(password: str) -> str:
    """NFKC form, so that the same password typed on different keyboards (full-width
    digits from a Chinese input method, composed accents) is the same password."""
    return unicodedata.normalize("NFKC", password)


@cache
def _hasher(time_cost: int, memory_cost: int, parallelism: int) -> PasswordHasher:
    return PasswordHasher(
        time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism, type=Type.ID
    )


def _for(settings: Settings) -> PasswordHasher:
    return _hasher(
        settings.argon2_time_cost, settings.argon2_memory_cost, settings.argon2_parallelism
    )


@cache
def _dummy_hash(time_cost: int, memory_cost: int, parallelism: int) -> str:
    return _hasher(time_cost, memory_cost, parallelism).hash("no account has this password")


async def hash_password(settings: Settings, password: str) -> str:
    """The argon2id hash of the NFKC form of ``password`` with the configured parameters."""
    return await asyncio.to_thread(_for(settings).hash, normalise_password(password))


async def verify_password(settings: Settings, password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches ``password_hash``.

    With no hash (no such account, or an account without a password) it verifies against a
    dummy hash of the same cost and answers False, so that the answer takes as long as for
    a real account and timing does not tell whether an account exists.
    """
    hasher = _for(settings)
    dummy = password_hash is None
    stored = _dummy_hash(
        settings.argon2_time_cost, settings.argon2_memory_cost, settings.argon2_parallelism
    )
    try:
        await asyncio.to_thread(
            hasher.verify, password_hash or stored, normalise_password(password)
        )
    except (VerificationError, InvalidHashError):
        return False
    return not dummy


def needs_rehash(settings: Settings, password_hash: str) -> bool:
    """Whether the hash was made with other parameters than the configured ones."""
    return _for(settings).check_needs_rehash(password_hash)
