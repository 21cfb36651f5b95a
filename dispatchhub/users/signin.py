"""Registration, sign-in by password or code, and the forgotten-password reset.

Every answer is the same, and takes about as long, whether or not an account exists: a
password is checked against a dummy hash when there is no account; a code is only ever
delivered where using it reveals nothing, so "wrong code" covers registering a taken phone
and resetting the password of a stranger; the password is hashed before the code is
checked, on every path.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import casbin

from dispatchhub import db
from dispatchhub.config import Settings
from dispatchhub.errors import DomainError, FieldError, ValidationFailed
from dispatchhub.notifications.service import notify
from dispatchhub.outbox.service import now
from dispatchhub.users import throttle
from dispatchhub.users.codes import CodePurpose, verify_code
from dispatchhub.users.errors import UsersErrorCode
from dispatchhub.users.identifiers import normalise_email, normalise_phone
from dispatchhub.users.password_policy import check_password, context_words, load_policy
from dispatchhub.users.passwords import hash_password, needs_rehash, verify_password
from dispatchhub.users.sessions import TokenPair, end_all_sessions, start_session
from dispatchhub.users.tables import User

__all__ = [
    "NAME_MAX",
    "Login",
    "parse_login",
    "register",
    "reset_password",
    "sign_in_with_code",
    "sign_in_with_password",
]

NAME_MAX = 100


@dataclass(frozen=True, slots=True)
class Login:
    """A phone number or e-mail address, normalised, and the column it is looked up in."""

    value: str
    is_email: bool

    @property
    def column(self) -> Any:
        """``User.email`` or ``User.phone``."""
        return User.email if self.is_email else User.phone


def parse_login(settings: Settings, raw: str, *, field: str) -> Login:
    """Read what a person typed as their login: an e-mail when it has an ``@``, else a phone.

    Raises:
        DomainError: ``INVALID_EMAIL`` or ``INVALID_PHONE`` at ``field``.
    """
    if "@" in raw:
        return Login(normalise_email(raw, field=field), True)
    return Login(normalise_phone(raw, field=field, region=settings.default_phone_region), False)


def check_name(name: str, errors: list[FieldError]) -> str:
    """The trimmed name; an ``INVALID_NAME`` error is added when it is blank or too long."""
    trimmed = " ".join(name.split())
    # Control characters (NUL above all, which PostgreSQL cannot store) make no name.
    printable = all(unicodedata.category(ch)[0] != "C" for ch in trimmed)
    if not trimmed or len(trimmed) > NAME_MAX or not printable:
        errors.append(FieldError(UsersErrorCode.INVALID_NAME, "name", {"max": NAME_MAX}))
    return trimmed


async def register(
    settings: Settings,
    enforcer: casbin.AsyncEnforcer,
    *,
    phone: str | None,
    email: str | None,
    password: str,
    code: str,
    name: str,
    locale: str,
    client_address: str,
) -> TokenPair:
    """Create a customer account from a REGISTER code sent to its phone or e-mail; sign in.

    Nothing is stored unless every field is good and the code checks out.

    Raises:
        ValidationFailed: every field error at once (``IDENTIFIER_REQUIRED``,
            ``INVALID_PHONE``, ``INVALID_EMAIL``, ``INVALID_NAME``, ``PASSWORD_*``).
        DomainError: ``INVALID_CODE`` at ``code``.
    """
    errors: list[FieldError] = []
    login: Login | None = None
    if bool(phone) == bool(email):
        errors.append(FieldError(UsersErrorCode.IDENTIFIER_REQUIRED, None))
    else:
        try:
            if email:
                login = Login(normalise_email(email, field="email"), True)
            else:
                region = settings.default_phone_region
                login = Login(normalise_phone(phone or "", field="phone", region=region), False)
        except DomainError as exc:
            errors += exc.errors
    trimmed = check_name(name, errors)
    context = context_words(
        phone=login.value if login and not login.is_email else None,
        email=login.value if login and login.is_email else None,
        name=trimmed,
    )
    errors += check_password(password, await load_policy(), context)
    if errors or login is None:
        raise ValidationFailed(errors)
    password_hash = await hash_password(settings, password)
    if not await verify_code(settings, target=login.value, purpose=CodePurpose.REGISTER, code=code):
        raise DomainError(UsersErrorCode.INVALID_CODE, "code")
    async with db.write():
        # A code requested before someone else registered the same target is good but late.
        if await User.exists().where(login.column == login.value):
            raise DomainError(UsersErrorCode.INVALID_CODE, "code")
        user = User(
            name=trimmed,
            phone=None if login.is_email else login.value,
            email=login.value if login.is_email else None,
            password_hash=password_hash,
            locale=locale,
        )
        await user.save()
        user_id = UUID(str(user.id))
        tokens = await start_session(settings, user_id, client_address=client_address)
        await enforcer.add_role_for_user(str(user_id), "customer")
    return tokens


async def sign_in_with_password(
    settings: Settings, *, login: str, password: str, client_address: str
) -> TokenPair:
    """Sign in with a phone or e-mail and a password; upgrade the hash when its parameters
    are out of date.

    Raises:
        DomainError: ``INVALID_PHONE`` / ``INVALID_EMAIL`` at ``login`` (its form, which
            says nothing about accounts), ``LOGIN_THROTTLED``, or ``INVALID_CREDENTIALS``
            for an unknown login, a wrong password and a disabled account alike.
    """
    parsed = parse_login(settings, login, field="login")
    await throttle.check_throttle(parsed.value, client_address)
    user = await (
        User.select(User.id, User.password_hash, User.status)
        .where(parsed.column == parsed.value)
        .first()
    )
    stored = user["password_hash"] if user else None
    good = await verify_password(settings, stored, password)
    if not good or user is None or user["status"] != "ACTIVE":
        await throttle.failed(parsed.value, client_address)
        raise DomainError(UsersErrorCode.INVALID_CREDENTIALS, None)
    user_id = UUID(str(user["id"]))
    if stored and needs_rehash(settings, stored):
        upgraded = await hash_password(settings, password)
        await User.update({User.password_hash: upgraded, User.updated_at: now()}).where(
            User.id == user_id
        )
    await throttle.succeeded(parsed.value)
    return await start_session(settings, user_id, client_address=client_address)


async def sign_in_with_code(
    settings: Settings, *, target: str, code: str, client_address: str
) -> TokenPair:
    """Sign in with a LOGIN code sent to the account's phone or e-mail.

    Raises:
        DomainError: ``INVALID_PHONE`` / ``INVALID_EMAIL`` at ``target``, or
            ``INVALID_CODE`` at ``code`` (also for unknown and disabled accounts).
    """
    parsed = parse_login(settings, target, field="target")
    good = await verify_code(settings, target=parsed.value, purpose=CodePurpose.LOGIN, code=code)
    user = await User.select(User.id, User.status).where(parsed.column == parsed.value).first()
    if not good or user is None or user["status"] != "ACTIVE":
        raise DomainError(UsersErrorCode.INVALID_CODE, "code")
    await throttle.succeeded(parsed.value)
    return await start_session(settings, UUID(str(user["id"])), client_address=client_address)


async def reset_password(settings: Settings, *, target: str, code: str, new_password: str) -> None:
    """Set a new password with a RESET_PASSWORD code; end every session; tell the owner.

    The caller is not signed in afterwards: they sign in with the new password, which also
    proves they know it.

    Raises:
        ValidationFailed: the new password breaks the policy (at ``newPassword``).
        DomainError: ``INVALID_PHONE`` / ``INVALID_EMAIL`` at ``target``, or
            ``INVALID_CODE`` at ``code`` (also when there is no such account).
    """
    parsed = parse_login(settings, target, field="target")
    # Context from the target only: the account's name would make the answer depend on
    # whether the account exists.
    context = context_words(
        phone=None if parsed.is_email else parsed.value,
        email=parsed.value if parsed.is_email else None,
    )
    errors = check_password(new_password, await load_policy(), context, field="new_password")
    if errors:
        raise ValidationFailed(errors)
    password_hash = await hash_password(settings, new_password)
    good = await verify_code(
        settings, target=parsed.value, purpose=CodePurpose.RESET_PASSWORD, code=code
    )
    user = await User.select(User.id, User.locale).where(parsed.column == parsed.value).first()
    if not good or user is None:
        raise DomainError(UsersErrorCode.INVALID_CODE, "code")
    user_id = UUID(str(user["id"]))
    async with db.write():
        await User.update({User.password_hash: password_hash, User.updated_at: now()}).where(
            User.id == user_id
        )
        await end_all_sessions(user_id)
        await notify(
            channel="EMAIL" if parsed.is_email else "SMS",
            target=parsed.value,
            template="password_changed",
            params={},
            locale=user["locale"],
            recipient_id=user_id,
        )
    await throttle.succeeded(parsed.value)
