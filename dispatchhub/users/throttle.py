"""Sign-in throttling per login and per client address.

Failed sign-ins are rows of :class:`~dispatchhub.users.tables.LoginAttempt`, keyed by the
login as typed (normalised), so unknown logins are throttled exactly like real ones. Past
the limit every attempt is refused — even with the right password — until the window has
moved on. Signing in with a code stays open while passwords are throttled, so someone who
hammers a stranger's login cannot lock the owner out for good.
"""

from __future__ import annotations

from datetime import timedelta

from dispatchhub import db
from dispatchhub.errors import DomainError
from dispatchhub.outbox.service import now
from dispatchhub.users.errors import UsersErrorCode
from dispatchhub.users.tables import LoginAttempt

__all__ = ["ADDRESS_LIMIT", "LOGIN_LIMIT", "WINDOW", "check_throttle", "failed", "succeeded"]

WINDOW = timedelta(minutes=15)
# Failures in WINDOW before attempts are refused: per login (well under ASVS's 100 an hour),
# and per client address (higher: offices and mobile carriers put many people behind one).
LOGIN_LIMIT = 10
ADDRESS_LIMIT = 50


async def check_throttle(login: str, client_address: str, *, field: str = "login") -> None:
    """Refuse when ``login`` or ``client_address`` failed too often in the last window.

    Raises:
        DomainError: ``LOGIN_THROTTLED`` at ``field`` with ``retry_after`` seconds.
    """
    since = now() - WINDOW
    for column, value, limit in (
        (LoginAttempt.login, login, LOGIN_LIMIT),
        (LoginAttempt.client_address, client_address[:64], ADDRESS_LIMIT),
    ):
        recent = await (
            LoginAttempt.select(LoginAttempt.created_at)
            .where((column == value) & (LoginAttempt.created_at > since))
            .order_by(LoginAttempt.created_at, ascending=False)
            .limit(limit)
            .output(as_list=True)
        )
        if len(recent) >= limit:
            wait = recent[-1] + WINDOW - now()
            retry_after = max(1, int(wait.total_seconds()) + 1)
            raise DomainError(UsersErrorCode.LOGIN_THROTTLED, field, retry_after=retry_after)


async def failed(login: str, client_address: str) -> None:
    """Count a failed attempt (committed at once: a failure must count whatever follows)."""
    async with db.write():
        await LoginAttempt.insert(LoginAttempt(login=login, client_address=client_address[:64]))


async def succeeded(login: str) -> None:
    """Forget the login's failures: one typo yesterday should not count against it today."""
    await LoginAttempt.delete().where(LoginAttempt.login == login)
