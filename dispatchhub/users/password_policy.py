"""What a new password must be: the requirement's rule, a blocklist and context words.

The requirement asks for at least 8 characters with letters, digits and special characters;
that stays the default. Because such a rule on its own still lets ``P@ssw0rd!`` through,
every password is also checked against a list of common passwords (by its core too: lower-
cased, look-alike characters read as letters, digits and symbols at the ends stripped) and
against words from the account itself (phone number, e-mail name, person's name). Long
passphrases (64 characters by default) need no particular mix of characters. Passwords are
compared in NFKC form, and never truncated.

Admins change the numbers and switches through :func:`save_policy`; the policy is a JSON
document in the ``platform_settings`` table.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from dispatchhub import db
from dispatchhub.authz.audit import record
from dispatchhub.errors import DomainError, FieldError
from dispatchhub.users.errors import UsersErrorCode
from dispatchhub.users.passwords import normalise_password
from dispatchhub.users.tables import PlatformSetting

__all__ = ["PasswordPolicy", "check_password", "context_words", "load_policy", "save_policy"]

SETTING_KEY = "password_policy"
_LEET = str.maketrans({"@": "a", "4": "a", "0": "o", "1": "i", "!": "i", "3": "e", "$": "s",
                       "5": "s", "7": "t", "+": "t", "8": "b", "9": "g", "|": "l"})  # fmt: skip
_ENDS = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_SYMBOL_ENDS = re.compile(r"^[\W_]+|[\W_]+$")


class PasswordPolicy(BaseModel):
    """The rules a new password must meet; the defaults are the requirement's."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    min_length: int = Field(default=8, ge=8, le=64)
    max_length: int = Field(default=256, ge=64, le=1024)
    require_letter: bool = True
    require_digit: bool = True
    require_special: bool = True
    passphrase_length: int = Field(
        default=64, ge=8, le=1024, description="from this length on, no mix of characters"
    )
    block_common: bool = True
    block_personal_info: bool = True

    @model_validator(mode="after")
    def _lengths_in_order(self) -> PasswordPolicy:
        if not self.min_length <= self.passphrase_length <= self.max_length:
            raise ValueError("need min_length <= passphrase_length <= max_length")
        return self


@cache
def _common() -> frozenset[str]:
    text = (files("dispatchhub.users") / "common_passwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _is_common(password: str) -> bool:
    lowered = password.casefold()
    candidates = {lowered, lowered.translate(_LEET), _SYMBOL_ENDS.sub("", lowered)}
    candidates |= {_ENDS.sub("", candidate) for candidate in list(candidates)}
    candidates |= {_ENDS.sub("", lowered).translate(_LEET)}
    return any(candidate in _common() for candidate in candidates)


def context_words(
    *, phone: str | None = None, email: str | None = None, name: str | None = None
) -> list[str]:
    """Words a password must not contain: the phone's national number and its last six
    digits, the e-mail's name part, the parts of a person's name, and the service's name."""
    words = ["dispatchhub", "派单"]
    if phone:
        digits = re.sub(r"\D", "", phone)
        national = digits[2:] if phone.startswith("+86") else digits
        words += [national, national[-6:]]
    if email:
        local = email.split("@", 1)[0]
        words += [local, *re.split(r"[._+\-]", local)]
    if name:
        compact = re.sub(r"\s+", "", name)
        words += [compact, *name.split()]
    return [w.casefold() for w in words if _meaningful(w)]


def _meaningful(word: str) -> bool:
    # Two CJK characters make a name; a Latin word needs three letters to mean anything.
    wide = any(unicodedata.east_asian_width(ch) in "WF" for ch in word)
    return len(word) >= (2 if wide else 3)


def check_password(
    password: str, policy: PasswordPolicy, context: Iterable[str] = (), *, field: str = "password"
) -> list[FieldError]:
    """Every rule ``password`` breaks (empty when it is acceptable).

    Args:
        password: as typed; it is checked in NFKC form, length in code points.
        policy: the rules (see :func:`load_policy`).
        context: words from the account (see :func:`context_words`).
        field: the input field to report the errors at.
    """
    text = normalise_password(password)
    length = len(text)
    if length < policy.min_length:
        return [FieldError(UsersErrorCode.PASSWORD_TOO_SHORT, field, {"min": policy.min_length})]
    if length > policy.max_length:
        return [FieldError(UsersErrorCode.PASSWORD_TOO_LONG, field, {"max": policy.max_length})]
    errors: list[FieldError] = []
    if length < policy.passphrase_length and not _mixed(text, policy):
        params: dict[str, object] = {"passphrase": policy.passphrase_length}
        errors.append(FieldError(UsersErrorCode.PASSWORD_TOO_SIMPLE, field, params))
    if policy.block_common and _is_common(text):
        errors.append(FieldError(UsersErrorCode.PASSWORD_TOO_COMMON, field))
    folded = text.casefold()
    if policy.block_personal_info and any(word in folded for word in context):
        errors.append(FieldError(UsersErrorCode.PASSWORD_CONTAINS_PERSONAL_INFO, field))
    return errors


def _mixed(text: str, policy: PasswordPolicy) -> bool:
    letter = any(ch.isalpha() for ch in text)
    digit = any(unicodedata.category(ch) == "Nd" for ch in text)
    special = any(not ch.isalnum() and not ch.isspace() for ch in text)
    return (
        (letter or not policy.require_letter)
        and (digit or not policy.require_digit)
        and (special or not policy.require_special)
    )


async def load_policy() -> PasswordPolicy:
    """The policy in force: the stored one, or the default when admins never changed it."""
    row = await (
        PlatformSetting.select(PlatformSetting.value)
        .where(PlatformSetting.key == SETTING_KEY)
        .first()
    )
    if row is None:
        return PasswordPolicy()
    value = row["value"]
    if isinstance(value, str):
        return PasswordPolicy.model_validate_json(value)
    return PasswordPolicy.model_validate(value)


async def save_policy(changes: dict[str, Any], *, actor_id: UUID | None) -> PasswordPolicy:
    """Apply ``changes`` (field name → value) to the policy in force and store it, audited.

    Raises:
        DomainError: ``INVALID_POLICY`` at the offending field.
    """
    async with db.write():
        current = await load_policy()
        try:
            policy = PasswordPolicy.model_validate({**current.model_dump(), **changes})
        except ValidationError as exc:
            first = exc.errors()[0]
            where = str(first["loc"][0]) if first["loc"] else None
            raise DomainError(UsersErrorCode.INVALID_POLICY, where, reason=first["msg"]) from None
        value = policy.model_dump_json()
        updated = await (
            PlatformSetting.update(
                {PlatformSetting.value: value, PlatformSetting.updated_by: actor_id}
            )
            .where(PlatformSetting.key == SETTING_KEY)
            .returning(PlatformSetting.id)
        )
        if not updated:
            await PlatformSetting.insert(
                PlatformSetting(key=SETTING_KEY, value=value, updated_by=actor_id)
            )
        await record(
            actor_id,
            "password_policy.update",
            SETTING_KEY,
            {"before": current.model_dump(), "after": policy.model_dump()},
        )
    return policy
