"""The catalog service: service types, items and regions, and what bookings need from them.

Admin changes (:func:`create_service_type`, :func:`update_service_type`, items, regions) are
checked field by field (:mod:`~dispatchhub.catalog.inputs`) and raise
:class:`~dispatchhub.errors.ValidationFailed` with nothing written when anything is wrong.
Every change to a service type or one of its items bumps the type's ``revision``.

Bookings never read the live type after booking: they keep :func:`snapshot` in
``Booking.service_snapshot`` and check against it with :func:`validate_form`,
:func:`is_within_service_hours`, :func:`serves_region` and :func:`cancellation_charge`, so an
edit to the catalog never changes a past booking. Rows are returned as plain dicts with the
JSON columns decoded.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from piccolo.columns import Column

from dispatchhub import db
from dispatchhub.catalog import suggest
from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.catalog.forms import form_errors
from dispatchhub.catalog.hours import is_within_service_hours, windows_on
from dispatchhub.catalog.inputs import check_region, check_service_item, check_service_type
from dispatchhub.catalog.policy import Charge, Fault, cancellation_charge
from dispatchhub.catalog.tables import Region, ServiceItem, ServiceType
from dispatchhub.errors import DomainError, FieldError, ValidationFailed
from dispatchhub.geo import great_circle_km

__all__ = [
    "Charge",
    "Row",
    "Fault",
    "cancellation_charge",
    "create_region",
    "create_service_item",
    "create_service_type",
    "get_service_item",
    "get_service_type",
    "items_by_type",
    "is_within_service_hours",
    "list_regions",
    "list_service_items",
    "list_service_types",
    "point_errors",
    "region_for_point",
    "serves_region",
    "snapshot",
    "update_region",
    "update_service_item",
    "update_service_type",
    "validate_form",
    "windows_on",
]

Row = dict[str, Any]
_SNAPSHOT_SKIP = frozenset({"created_at", "updated_at"})


def snapshot(service_type: Mapping[str, Any], item: Mapping[str, Any] | None = None) -> Row:
    """The JSON a booking keeps of its service type (and item) as they were when booked.

    Args:
        service_type: a row from :func:`get_service_type` (JSON columns decoded).
        item: the chosen service item's row, if any; stored under ``"item"``.

    Returns:
        Every column but the timestamps, ids as strings; ``revision`` says which version of
        the type it is. The booking checks (:func:`validate_form`, :func:`cancellation_charge`,
        :func:`is_within_service_hours`, :func:`serves_region`) accept it directly.
    """
    copied = {k: _plain(v) for k, v in service_type.items() if k not in _SNAPSHOT_SKIP}
    if item is not None:
        copied["item"] = {
            k: _plain(v) for k, v in item.items() if k in ("id", "code", "name_zh", "name_en",
                                                           "price_minor", "duration_min")
        }  # fmt: skip
    return copied


def validate_form(snapshot_or_type: Mapping[str, Any], form_data: object) -> list[FieldError]:
    """Field errors of a booking's ``form_data`` against the type's form schema.

    Args:
        snapshot_or_type: a booking snapshot or a service type row.
        form_data: the customer's answers (anything: it is untrusted JSON).

    Returns:
        Errors at ``formData.<property>`` (``formData`` itself when it is not an object or is
        over 16 KB) with ``FORM_FIELD_REQUIRED``, ``FORM_FIELD_UNKNOWN``,
        ``FORM_FIELD_INVALID``, ``TOO_LONG`` or ``EXPECTED_TYPE``; empty when the answers fit.
    """
    return form_errors(snapshot_or_type.get("form_schema") or {}, form_data)


def serves_region(snapshot_or_type: Mapping[str, Any], region_code: str | None) -> bool:
    """Whether the type serves a region (an empty ``service_regions`` serves every region,
    but a point outside every region — ``None`` — is never served)."""
    if region_code is None:
        return False
    regions = snapshot_or_type.get("service_regions") or []
    return not regions or region_code in regions


def point_errors(lat: object, lon: object, field: str = "location") -> list[FieldError]:
    """``INVALID_POINT`` at ``field`` unless lat/lon are finite numbers in range."""
    for value, limit in ((lat, 90), (lon, 180)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return [FieldError(CatalogErrorCode.INVALID_POINT, field)]
        if not math.isfinite(value) or abs(value) > limit:
            return [FieldError(CatalogErrorCode.INVALID_POINT, field)]
    return []


async def region_for_point(lat: float, lon: float) -> Region | None:
    """The region whose circle contains the point, the nearest centre when several do.

    Distances are great-circle; a point exactly on the rim is inside. Returns None when no
    region contains it (or the point is not valid, see :func:`point_errors`).
    """
    if point_errors(lat, lon):
        return None
    best: tuple[float, Region] | None = None
    for region in await Region.objects():
        distance = great_circle_km(lat, lon, region.center_lat, region.center_lon)
        if distance <= region.radius_km and (best is None or distance < best[0]):
            best = (distance, region)
    return best[1] if best else None


async def list_service_types(*, include_inactive: bool = False) -> list[Row]:
    """Service types by code; inactive ones only when asked (admins)."""
    query = ServiceType.select().order_by(ServiceType.code).output(load_json=True)
    if not include_inactive:
        query = query.where(ServiceType.active.eq(True))
    return [dict(row) for row in await query]


async def get_service_type(*, id: UUID | None = None, code: str | None = None) -> Row | None:
    """One service type by id or by code, active or not; None when there is none."""
    query = ServiceType.select().output(load_json=True).first()
    if id is not None:
        query = query.where(ServiceType.id == id)
    elif code is not None:
        query = query.where(ServiceType.code == code)
    else:
        return None
    row = await query
    return dict(row) if row else None


async def create_service_type(values: Mapping[str, object]) -> Row:
    """Create a service type from admin input (column name → value); see ``inputs``.

    Raises:
        ValidationFailed: bad fields, an unknown region, or a code already in use.
    """
    columns = check_service_type(values)
    async with db.write():
        await _check_regions(columns.get("service_regions", []), "serviceRegions")
        await _check_free(ServiceType, columns["code"])
        row = ServiceType(**columns, revision=1)
        await _save(row, columns["code"])
        db.on_commit(suggest.catalog_changed)
    return await _require_type(UUID(str(row.id)))


async def update_service_type(id: UUID, changes: Mapping[str, object]) -> Row:
    """Change a service type (not its code) and bump its revision.

    Past bookings keep their snapshot, so nothing already booked changes.

    Raises:
        DomainError: ``NOT_FOUND`` for an unknown id; ValidationFailed for bad fields.
    """
    current = await _require_type(id)
    if "code" in changes:
        raise DomainError(CatalogErrorCode.UNKNOWN_FIELD, "code", name="code")
    columns = check_service_type(changes, current=current)
    async with db.write():
        if "service_regions" in columns:
            await _check_regions(columns["service_regions"], "serviceRegions")
        if columns:
            values = _columns(columns)
            values[ServiceType.revision] = ServiceType.revision + 1
            values[ServiceType.updated_at] = datetime.now(UTC)
            await ServiceType.update(values).where(ServiceType.id == id)
            db.on_commit(suggest.catalog_changed)
    return await _require_type(id)


async def list_service_items(service_type_id: UUID, *, include_inactive: bool = False) -> list[Row]:
    """The items of a service type, by code."""
    query = ServiceItem.select().where(ServiceItem.service_type == service_type_id)
    if not include_inactive:
        query = query.where(ServiceItem.active.eq(True))
    return [dict(row) for row in await query.order_by(ServiceItem.code)]


async def items_by_type(
    type_ids: list[UUID], *, include_inactive: bool = False
) -> dict[UUID, list[Row]]:
    """The items of several service types in one query, by type id, each list by code."""
    query = ServiceItem.select().where(ServiceItem.service_type.is_in(type_ids))
    if not include_inactive:
        query = query.where(ServiceItem.active.eq(True))
    found: dict[UUID, list[Row]] = {type_id: [] for type_id in type_ids}
    for row in await query.order_by(ServiceItem.code):
        found.setdefault(UUID(str(row["service_type"])), []).append(dict(row))
    return found


async def get_service_item(id: UUID) -> Row | None:
    """One service item by id, or None."""
    row = await ServiceItem.select().where(ServiceItem.id == id).first()
    return dict(row) if row else None


async def create_service_item(values: Mapping[str, object]) -> Row:
    """Add a priced item to a service type (``service_type`` is the type's UUID)."""
    columns = check_service_item(values, creating=True)
    type_id = columns["service_type"]
    if not isinstance(type_id, UUID) or await get_service_type(id=type_id) is None:
        raise DomainError(CatalogErrorCode.NOT_FOUND, "serviceTypeId", what="service type")
    async with db.write():
        await _check_free(ServiceItem, columns["code"])
        row = ServiceItem(**columns)
        await _save(row, columns["code"])
        await _bump(type_id)
    return await _require_item(UUID(str(row.id)))


async def update_service_item(id: UUID, changes: Mapping[str, object]) -> Row:
    """Change an item (not its code or type); bumps its service type's revision."""
    current = await _require_item(id)
    if "code" in changes:
        raise DomainError(CatalogErrorCode.UNKNOWN_FIELD, "code", name="code")
    columns = check_service_item(changes, creating=False)
    if columns:
        async with db.write():
            await ServiceItem.update(_columns(columns)).where(ServiceItem.id == id)
            await _bump(current["service_type"])
    return await _require_item(id)


async def list_regions() -> list[Row]:
    """Every region, by code."""
    return [dict(row) for row in await Region.select().order_by(Region.code).output(load_json=True)]


async def create_region(values: Mapping[str, object]) -> Row:
    """Add a region (code, names, centre, radius in km, neighbour codes that exist)."""
    columns = check_region(values, creating=True)
    async with db.write():
        await _check_regions(columns.get("neighbours", []), "neighbours")
        await _check_free(Region, columns["code"])
        row = Region(**columns)
        await _save(row, columns["code"])
    return await _require_region(UUID(str(row.id)))


async def update_region(id: UUID, changes: Mapping[str, object]) -> Row:
    """Change a region (not its code)."""
    current = await _require_region(id)
    if "code" in changes:
        raise DomainError(CatalogErrorCode.UNKNOWN_FIELD, "code", name="code")
    columns = check_region(changes, creating=False)
    async with db.write():
        neighbours = columns.get("neighbours", [])
        if current["code"] in neighbours:
            raise DomainError(CatalogErrorCode.SELF_NEIGHBOUR, "neighbours")
        await _check_regions(neighbours, "neighbours")
        if columns:
            await Region.update(_columns(columns)).where(Region.id == id)
    return await _require_region(id)


async def _check_regions(codes: list[str], path: str) -> None:
    if not codes:
        return
    known = {r["code"] for r in await Region.select(Region.code).where(Region.code.is_in(codes))}
    errors = [
        FieldError(CatalogErrorCode.UNKNOWN_REGION, f"{path}.{index}", {"value": code})
        for index, code in enumerate(codes)
        if code not in known
    ]
    if errors:
        raise ValidationFailed(errors)


async def _check_free(table: type[ServiceType | ServiceItem | Region], code: str) -> None:
    if await table.exists().where(table.code == code):
        raise DomainError(CatalogErrorCode.CODE_TAKEN, "code", value=code)


async def _save(row: ServiceType | ServiceItem | Region, code: str) -> None:
    """Insert, turning the race two admins can still lose on PostgreSQL into ``CODE_TAKEN``."""
    try:
        await row.save()
    except Exception as exc:
        if not db.is_unique_violation(exc):
            raise
        raise DomainError(CatalogErrorCode.CODE_TAKEN, "code", value=code) from exc


async def _bump(type_id: UUID) -> None:
    await ServiceType.update(
        {ServiceType.revision: ServiceType.revision + 1, ServiceType.updated_at: datetime.now(UTC)}
    ).where(ServiceType.id == type_id)
    db.on_commit(suggest.catalog_changed)


async def _require_type(id: UUID) -> Row:
    row = await get_service_type(id=id)
    if row is None:
        raise DomainError(CatalogErrorCode.NOT_FOUND, "id", what="service type")
    return row


async def _require_item(id: UUID) -> Row:
    row = await get_service_item(id)
    if row is None:
        raise DomainError(CatalogErrorCode.NOT_FOUND, "id", what="service item")
    return row


async def _require_region(id: UUID) -> Row:
    row = await Region.select().where(Region.id == id).output(load_json=True).first()
    if row is None:
        raise DomainError(CatalogErrorCode.NOT_FOUND, "id", what="region")
    return dict(row)


def _columns(columns: Mapping[str, Any]) -> dict[Column | str, Any]:
    return {name: value for name, value in columns.items()}


def _plain(value: Any) -> Any:
    """JSON-safe copies: ids as strings, Piccolo's JSON wrappers as plain dicts and lists."""
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
