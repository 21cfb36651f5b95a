"""Saved addresses: a customer's own list, and adding, changing and removing one."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

import strawberry

from dispatchhub.errors import DomainError
from dispatchhub.graphql.common.geo import GeoPoint, GeoPointInput
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import Error, error_type_for
from dispatchhub.graphql.node import global_id, row_id
from dispatchhub.graphql.refusals import refusals
from dispatchhub.users import addresses
from dispatchhub.users.address_errors import AddressErrorCode

__all__ = ["AddressesMutation", "AddressesQuery", "SavedAddressType"]

AddressErrorCodeEnum = strawberry.enum(
    AddressErrorCode, name="AddressErrorCode", description="Why a saved address was refused."
)


@strawberry.type(description="Why a saved-address operation was refused, at its input field.")
class AddressError(Error):
    code: AddressErrorCodeEnum  # type: ignore[valid-type]


error_type_for(AddressError, AddressErrorCodeEnum)


@strawberry.type(name="SavedAddress", description="An address a customer keeps to book with.")
class SavedAddressType:
    id: strawberry.ID = strawberry.field(description="The address's global ID.")
    label: str = strawberry.field(description="The customer's name for it (家, 公司, Home).")
    address: str = strawberry.field(description="The address as written (at most 300 characters).")
    location: GeoPoint | None = strawberry.field(
        description="Its point (WGS-84); null when none was pinned."
    )
    updated_at: strawberry.Private[Any]

    @classmethod
    def of(cls, row: dict[str, Any]) -> SavedAddressType:
        """The API view of a saved address row."""
        point = GeoPoint(lat=row["lat"], lon=row["lon"]) if row["lat"] is not None else None
        return cls(
            id=strawberry.ID(global_id("SavedAddress", row["id"])), label=row["label"],
            address=row["address"], location=point, updated_at=row["updated_at"],
        )  # fmt: skip


@strawberry.input(description="A new saved address.")
class AddressCreateInput:
    label: str = strawberry.field(description="Its name (required; at most 40 characters).")
    address: str = strawberry.field(description="The address (required; at most 300 characters).")
    location: GeoPointInput | None = strawberry.field(
        default=None, description="Its point on the map (WGS-84)."
    )


@strawberry.input(description="Only the fields given change.")
class AddressUpdateInput:
    id: strawberry.ID = strawberry.field(description="The address: its global ID.")
    label: str | None = strawberry.field(default=None, description="A new name.")
    address: str | None = strawberry.field(default=None, description="A new address.")
    location: GeoPointInput | None = strawberry.field(default=None, description="A new point.")


@strawberry.input(description="The address to remove.")
class AddressDeleteInput:
    id: strawberry.ID = strawberry.field(description="The address: its global ID.")


@strawberry.type(description="What an address mutation answers.")
class AddressPayload:
    address: SavedAddressType | None = strawberry.field(
        description="The address after the change (as it was, for a removal); null when refused."
    )
    errors: list[AddressError]


def _id(value: str) -> UUID:
    parsed = row_id(value, "SavedAddress")
    if parsed is None:
        raise DomainError(AddressErrorCode.ADDRESS_NOT_FOUND, "id")
    return parsed


def _given(input: AddressCreateInput | AddressUpdateInput) -> addresses.AddressInput:
    point = (input.location.lat, input.location.lon) if input.location else None
    return addresses.AddressInput(label=input.label, address=input.address, point=point)


@refusals(AddressPayload, AddressError)
async def _answer(
    info: strawberry.Info[Context, None], call: Callable[[UUID], Awaitable[dict[str, Any]]]
) -> AddressPayload:
    row = await call(info.context.user_id)
    return AddressPayload(address=SavedAddressType.of(row), errors=[])


@strawberry.type
class AddressesQuery:
    @strawberry.field(
        description="Your saved addresses, oldest first (the booking form offers them)."
    )
    async def saved_addresses(self, info: strawberry.Info[Context, None]) -> list[SavedAddressType]:
        rows = await addresses.list_addresses(info.context.user_id)
        return [SavedAddressType.of(row) for row in rows]


@strawberry.type
class AddressesMutation:
    @strawberry.mutation(description="Save an address to book with (at most 20).")
    async def address_create(
        self, info: strawberry.Info[Context, None], input: AddressCreateInput
    ) -> AddressPayload:
        return await _answer(info, lambda me: addresses.create_address(me, _given(input)))

    @strawberry.mutation(description="Change one of your saved addresses.")
    async def address_update(
        self, info: strawberry.Info[Context, None], input: AddressUpdateInput
    ) -> AddressPayload:
        return await _answer(
            info, lambda me: addresses.update_address(me, _id(input.id), _given(input))
        )

    @strawberry.mutation(description="Remove one of your saved addresses.")
    async def address_delete(
        self, info: strawberry.Info[Context, None], input: AddressDeleteInput
    ) -> AddressPayload:
        return await _answer(info, lambda me: addresses.delete_address(me, _id(input.id)))
