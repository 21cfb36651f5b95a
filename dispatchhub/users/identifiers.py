"""Phone numbers and e-mail addresses, normalised before they are stored or compared."""

from __future__ import annotations

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from dispatchhub.errors import DomainError
from dispatchhub.users.errors import UsersErrorCode

__all__ = ["normalise_email", "normalise_phone"]

MAX_INPUT = 254


def normalise_phone(raw: str, *, field: str, region: str = "CN") -> str:
    """E.164 form of a valid phone number (national numbers read in ``region``).

    Raises:
        DomainError: ``INVALID_PHONE`` at ``field``.
    """
    if len(raw) > MAX_INPUT:
        raise DomainError(UsersErrorCode.INVALID_PHONE, field)
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        raise DomainError(UsersErrorCode.INVALID_PHONE, field) from None
    if not phonenumbers.is_valid_number(number):
        raise DomainError(UsersErrorCode.INVALID_PHONE, field)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(raw: str, *, field: str) -> str:
    """The lower-cased, syntax-checked address (no DNS look-up: it must work offline).

    Raises:
        DomainError: ``INVALID_EMAIL`` at ``field``.
    """
    if len(raw) > MAX_INPUT:
        raise DomainError(UsersErrorCode.INVALID_EMAIL, field)
    try:
        checked = validate_email(raw.strip(), check_deliverability=False)
    except EmailNotValidError:
        raise DomainError(UsersErrorCode.INVALID_EMAIL, field) from None
    return checked.normalized.lower()
