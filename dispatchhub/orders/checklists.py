"""The completion checklist: what the assignee must confirm before an order is COMPLETED.

Admins define it per service type, without code, as a JSON Schema of the same kind as the
booking form (``ServiceType.completion_checklist``; checked by
:func:`dispatchhub.catalog.forms.check_form_schema`). An item is a property: a yes/no check
(``boolean``) or a short answer (``string``, a number). A **required** item gates
``COMPLETED``: a required check must be answered ``true``, a required answer must be given;
the refusal names the first missing item by its title. The answers are kept on the order.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dispatchhub.catalog.forms import form_errors
from dispatchhub.catalog.tables import ServiceType
from dispatchhub.errors import FieldError
from dispatchhub.orders.errors import OrdersErrorCode

__all__ = ["checklist_of", "completion_errors"]


async def checklist_of(service_type_id: object) -> dict[str, Any]:
    """The completion checklist (a JSON Schema; ``{}`` for none) of a service type."""
    row = await (
        ServiceType.select(ServiceType.completion_checklist)
        .where(ServiceType.id == service_type_id)
        .output(load_json=True)
        .first()
    )
    return dict(row["completion_checklist"] or {}) if row else {}


def _item(properties: Mapping[str, Any], name: str) -> dict[str, object]:
    spec = properties.get(name, {})
    title = spec.get("title") or name
    return {"item": title, "item_en": spec.get("x-title-en") or title}


def completion_errors(checklist: Mapping[str, Any], answers: object) -> list[FieldError]:
    """Why ``answers`` do not complete ``checklist``: field errors at ``checklist.<item>``,
    required items first (in the checklist's order); empty when the order may complete."""
    if not checklist:
        return []
    properties: Mapping[str, Any] = checklist.get("properties", {})
    given: Mapping[str, Any] = answers if isinstance(answers, Mapping) else {}
    errors = [
        FieldError(
            OrdersErrorCode.CHECKLIST_ITEM_REQUIRED, f"checklist.{name}", _item(properties, name)
        )
        for name in checklist.get("required", [])
        if given.get(name) in (None, False, "")
    ]
    missing = {e.field for e in errors}
    for problem in form_errors(checklist, dict(given)):
        field = "checklist" + (problem.field or "formData")[len("formData") :]
        if field in missing:
            continue
        name = field.split(".")[1] if "." in field else ""
        errors.append(
            FieldError(OrdersErrorCode.CHECKLIST_ITEM_INVALID, field, _item(properties, name))
        )
    return errors
