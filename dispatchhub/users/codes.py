"""Verification codes: six digits, keyed-hashed at rest, rate-limited, enumeration-safe.

The answer to "send me a code" is the same whether or not an account exists for the target:
a row is always written (so rate limits count it), and the message is withheld when sending
it would reveal something (a login or reset code for an unknown target, a registration code
for a target that already has an account). A withheld code can never be used, so "wrong
code" is also the answer for every attempt to register a taken phone or to reset the
password of an account that does not exist.

:func:`verify_code` is the consuming side: a code is good once, for its target and purpose,
for ten minutes, and not after the fifth wrong guess.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum

from dispatchhub import db
from dispatchhub.config import Settings
from dispatchhub.errors import DomainError
from dispatchhub.notifications.service import notify
from dispatchhub.outbox.service import now
from dispatchhub.users.errors import UsersErrorCode
from dispatchhub.users.identifiers import normalise_email, normalise_phone
from dispatchhub.users.tables import User, VerificationCode

__all__ = [
    "CODE_TTL",
    "MAX_ATTEMPTS",
    "SEND_LIMITS",
    "CodeChannel",
    "CodePurpose",
    "CodeSent",
    "send_code",
    "verify_code",
]

CODE_TTL = timedelta(minutes=10)
# (window, most codes in it) per target, as the identity issue fixes them.
SEND_LIMITS = ((timedelta(minutes=1), 1), (timedelta(hours=1), 5), (timedelta(days=1), 10))
ADDRESS_LIMIT = (timedelta(hours=1), 30)
# Wrong guesses a code survives: the fifth wrong one voids it.
MAX_ATTEMPTS = 5


class CodeChannel(Enum):
    """Where a code goes."""

    SMS = "SMS"
    EMAIL = "EMAIL"


class CodePurpose(Enum):
    """What a code may be used for; a code for one purpose is refused for another."""

    REGISTER = "REGISTER"
    LOGIN = "LOGIN"
    RESET_PASSWORD = "RESET_PASSWORD"


@dataclass(frozen=True, slots=True)
class CodeSent:
    """The answer, identical for known and unknown targets."""

    target: str
    expires_in_seconds: int


def code_hash(settings: Settings, target: str, purpose: CodePurpose, code: str) -> str:
    """Keyed hash binding the code to its target and purpose."""
    message = f"{target}\x00{purpose.value}\x00{code}".encode()
    return hmac.new(settings.secret_key.encode(), message, hashlib.sha256).hexdigest()


async def send_code(
    settings: Settings,
    *,
    channel: CodeChannel,
    target: str,
    purpose: CodePurpose,
    client_address: str,
    locale: str,
) -> CodeSent:
    """Create a code for ``target`` and queue it through the SMS or e-mail hook.

    Raises:
        DomainError: ``INVALID_PHONE`` / ``INVALID_EMAIL`` at ``target``, or
            ``RATE_LIMITED`` with ``retry_after`` seconds.
    """
    if channel is CodeChannel.SMS:
        normalised = normalise_phone(target, field="target", region=settings.default_phone_region)
        account = User.phone == normalised
    else:
        normalised = normalise_email(target, field="target")
        account = User.email == normalised
    code = f"{secrets.randbelow(10**6):06d}"
    async with db.write():
        await _check_rate(normalised, client_address)
        # Registration codes go to new targets only; sign-in and reset codes to active
        # accounts only (a disabled account is told nothing). The answer is the same.
        holder = await User.select(User.status).where(account).first()
        if purpose is CodePurpose.REGISTER:
            deliver = holder is None
        else:
            deliver = holder is not None and holder["status"] == "ACTIVE"
        await VerificationCode.insert(
            VerificationCode(
                target=normalised,
                channel=channel.value,
                purpose=purpose.value,
                code_hash=code_hash(settings, normalised, purpose, code),
                expires_at=now() + CODE_TTL,
                client_address=client_address[:64],
                sent=deliver,
            )
        )
        if deliver:
            await notify(
                channel=channel.value,
                target=normalised,
                template="verification_code",
                params={"code": code, "minutes": str(int(CODE_TTL.total_seconds() // 60))},
                locale=locale,
            )
    return CodeSent(target=normalised, expires_in_seconds=int(CODE_TTL.total_seconds()))


async def _check_rate(target: str, client_address: str) -> None:
    current = now()
    longest = max(window for window, _ in SEND_LIMITS)
    recent = await (
        VerificationCode.select(VerificationCode.created_at)
        .where(
            (VerificationCode.target == target) & (VerificationCode.created_at > current - longest)
        )
        .order_by(VerificationCode.created_at, ascending=False)
        .output(as_list=True)
    )
    for window, limit in SEND_LIMITS:
        in_window = [at for at in recent if at > current - window]
        if len(in_window) >= limit:
            _refuse(in_window[limit - 1] + window - current)
    window, limit = ADDRESS_LIMIT
    from_address = await VerificationCode.count().where(
        (VerificationCode.client_address == client_address)
        & (VerificationCode.created_at > current - window)
    )
    if from_address >= limit:
        _refuse(window)


def _refuse(wait: timedelta) -> None:
    retry_after = max(1, int(wait.total_seconds()) + 1)
    raise DomainError(UsersErrorCode.RATE_LIMITED, "target", retry_after=retry_after)


async def verify_code(settings: Settings, *, target: str, purpose: CodePurpose, code: str) -> bool:
    """Consume a code sent to ``target`` for ``purpose``; whether it was good.

    Good means: sent (not withheld), not expired, not used, fewer than
    :data:`MAX_ATTEMPTS` wrong guesses so far, and equal to ``code`` (compared in constant
    time). Of two concurrent uses of one code exactly one succeeds. A wrong guess counts
    against every live code of the target and purpose.

    It commits on its own, because a wrong guess must stay counted whatever the caller does
    next; calling it inside a transaction is therefore refused.

    Args:
        settings: keys the code hash.
        target: the normalised phone (E.164) or e-mail the code was sent to.
        purpose: what the caller is about to do with it.
        code: as typed.
    """
    if db.current_engine().current_transaction.get() is not None:
        raise RuntimeError("verify_code commits on its own; call it outside a transaction")
    presented = code_hash(settings, target, purpose, code.strip())
    async with db.write():
        live = await VerificationCode.select(VerificationCode.id, VerificationCode.code_hash).where(
            (VerificationCode.target == target)
            & (VerificationCode.purpose == purpose.value)
            & (VerificationCode.sent == True)  # noqa: E712 - a column comparison, not a bool
            & VerificationCode.consumed_at.is_null()
            & (VerificationCode.expires_at > now())
            & (VerificationCode.attempts < MAX_ATTEMPTS)
        )
        # Compare with every live code (no early exit), so timing says nothing about which.
        matches = [row["id"] for row in live if hmac.compare_digest(row["code_hash"], presented)]
        if matches:
            used = await (
                VerificationCode.update({VerificationCode.consumed_at: now()})
                .where((VerificationCode.id == matches[0]) & VerificationCode.consumed_at.is_null())
                .returning(VerificationCode.id)
            )
            return bool(used)
        if live:
            await VerificationCode.update(
                {VerificationCode.attempts: VerificationCode.attempts + 1}
            ).where(VerificationCode.id.is_in([row["id"] for row in live]))
    return False
