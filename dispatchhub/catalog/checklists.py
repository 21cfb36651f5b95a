"""Admins define a service type's completion checklist (what staff confirm before an order
is COMPLETED; see :mod:`dispatchhub.orders.checklists` for how it gates completion)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from dispatchhub.catalog.checks import Problems
from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.catalog.forms import check_form_schema
from dispatchhub.catalog.tables import ServiceType
from dispatchhub.errors import DomainError

__all__ = ["set_checklist"]


async def set_checklist(service_type_id: UUID, raw: object) -> dict[str, Any]:
    """Replace a service type's completion checklist (request time).

    Args:
        service_type_id: The service type.
        raw: A JSON Schema (2020-12) object of the same kind as a booking form: typed
            properties titled in Chinese (``x-title-en`` in English), ``required`` naming
            the items that gate completion; ``{}`` removes the checklist.

    Returns:
        The service type's row after the change.

    Raises:
        DomainError: ``NOT_FOUND``; the form-schema codes at ``checklist.<path>``.
    """
    problems = Problems()
    schema = check_form_schema(raw, problems, path="checklist")
    problems.raise_if_any()
    stored = await (
        ServiceType.update(
            {
                ServiceType.completion_checklist: schema or {},
                ServiceType.updated_at: datetime.now(UTC),
            }
        )
        .where(ServiceType.id == service_type_id)
        .returning(ServiceType.id)
    )
    if not stored:
        raise DomainError(CatalogErrorCode.NOT_FOUND, "id", what="id")
    row = (
        await ServiceType.select()
        .where(ServiceType.id == service_type_id)
        .output(load_json=True)
        .first()
    )
    assert row is not None
    return dict(row)
