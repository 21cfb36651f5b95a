"""A customer's saved addresses: list, add, change, remove — each only by its owner.

The booking form offers them to fill in the address and its point. Another user's address
answers ADDRESS_NOT_FOUND, as one that never existed does, so ids tell strangers nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from dispatchhub import db
from dispatchhub.errors import DomainError, FieldError, ValidationFailed
from dispatchhub.outbox.service import now as utcnow
from dispatchhub.users.address_errors import AddressErrorCode
from dispatchhub.users.address_tables import SavedAddress

__all__ = [
    "ADDRESS_MAX",
    "LABEL_MAX",
    "MAX_ADDRESSES",
    "AddressInput",
    "create_address",
    "delete_address",
    "list_addresses",
    "update_address",
]

LABEL_MAX = 40
ADDRESS_MAX = 300
MAX_ADDRESSES = 20


@dataclass(frozen=True, slots=True)
class AddressInput:
    """What the customer gives; None leaves a field as it is (on update)."""

    label: str | None = None
    address: str | None = None
    point: tuple[float, float] | None = None


def _check(given: AddressInput, *, creating: bool) -> dict[Any, Any]:
    errors: list[FieldError] = []
    values: dict[Any, Any] = {}
    for name, column, limit in (
        ("label", SavedAddress.label, LABEL_MAX), ("address", SavedAddress.address, ADDRESS_MAX),
    ):  # fmt: skip
        raw = getattr(given, name)
        if raw is None and not creating:
            continue
        text = (raw or "").strip()
        if not text:
            errors.append(FieldError(AddressErrorCode.REQUIRED, name))
        elif len(text) > limit:
            errors.append(FieldError(AddressErrorCode.TOO_LONG, name, {"max": limit}))
        values[column] = text
    if given.point is not None:
        lat, lon = given.point
        if not (math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180):
            errors.append(FieldError(AddressErrorCode.INVALID_POINT, "location"))
        values[SavedAddress.lat], values[SavedAddress.lon] = lat, lon
    if errors:
        raise ValidationFailed(errors)
    return values


async def list_addresses(user_id: UUID) -> list[dict[str, Any]]:
    """The user's saved addresses, oldest first (the first is the usual one)."""
    rows: list[dict[str, Any]] = await (
        SavedAddress.select()
        .where(SavedAddress.user == user_id)
        .order_by(SavedAddress.created_at)
        .order_by(SavedAddress.id)
    )
    return rows


async def _owned(user_id: UUID, address_id: UUID) -> dict[str, Any]:
    row: dict[str, Any] | None = await (
        SavedAddress.select()
        .where((SavedAddress.id == address_id) & (SavedAddress.user == user_id))
        .first()
    )
    if row is None:
        raise DomainError(AddressErrorCode.ADDRESS_NOT_FOUND, "id")
    return row


async def create_address(user_id: UUID, given: AddressInput) -> dict[str, Any]:
    """Save a new address for ``user_id`` (at most :data:`MAX_ADDRESSES`).

    Raises:
        ValidationFailed: REQUIRED, TOO_LONG at ``label``/``address``; INVALID_POINT at
            ``location``.
        DomainError: TOO_MANY.
    """
    values = _check(given, creating=True)
    async with db.write():
        if await SavedAddress.count().where(SavedAddress.user == user_id) >= MAX_ADDRESSES:
            raise DomainError(AddressErrorCode.TOO_MANY, None, max=MAX_ADDRESSES)
        row = SavedAddress({SavedAddress.user: user_id, **values})
        await row.save()
        return await _owned(user_id, row.id)


async def update_address(user_id: UUID, address_id: UUID, given: AddressInput) -> dict[str, Any]:
    """Change the fields given of one of the user's addresses.

    Raises:
        DomainError: ADDRESS_NOT_FOUND (also for someone else's).
        ValidationFailed: as :func:`create_address`.
    """
    values = _check(given, creating=False)
    async with db.write():
        await _owned(user_id, address_id)
        await SavedAddress.update({**values, SavedAddress.updated_at: utcnow()}).where(
            SavedAddress.id == address_id
        )
        return await _owned(user_id, address_id)


async def delete_address(user_id: UUID, address_id: UUID) -> dict[str, Any]:
    """Remove one of the user's addresses; returns it as it was.

    Raises:
        DomainError: ADDRESS_NOT_FOUND (also for someone else's).
    """
    async with db.write():
        row = await _owned(user_id, address_id)
        await SavedAddress.delete().where(SavedAddress.id == address_id)
        return row
