"""Any JSON for any service-type field: checked values or field errors, never a fault."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from dispatchhub.catalog.forms import form_errors
from dispatchhub.catalog.inputs import api_path, check_service_type
from dispatchhub.demo.data_catalog import SERVICE_TYPES
from dispatchhub.errors import ValidationFailed

COLUMNS = [
    "code", "name_zh", "name_en", "description", "keywords", "form_schema", "required_skills",
    "default_duration_min", "price_minor", "urgency_options", "special_options",
    "service_regions", "service_hours", "cancellation_policy", "manual_review", "active",
]  # fmt: skip
KEYWORDS = [
    "type", "properties", "required", "enum", "pattern", "maxLength", "items", "default",
    "$ref", "start", "end", "weekdays", "rules", "hours_before_gte", "fee_minor", "fee_percent",
    "skill", "level", "code", "zh", "en", "string", "integer", "object", "array",
]  # fmt: skip
FORM_FIELDS = sorted({name for s in SERVICE_TYPES for name in s["form_schema"]["properties"]})
keys = st.one_of(st.sampled_from(KEYWORDS), st.text(max_size=8))
json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=12),
        st.sampled_from(KEYWORDS + ["08:00", "24:00", "NORMAL", "[", "(a+)+"]),
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=5)),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None, database=None)
@given(values=st.dictionaries(st.sampled_from(COLUMNS), json_values, max_size=6))
def test_any_values_are_checked_or_refused_at_their_fields(values: dict[str, Any]) -> None:
    try:
        columns = check_service_type(values)
    except ValidationFailed as refused:
        assert refused.errors
        roots = {api_path(c) for c in COLUMNS} | {api_path(str(k)) for k in values}
        assert all(e.field and e.field.split(".")[0] in roots for e in refused.errors)
        return
    assert set(columns) <= set(values)


@settings(max_examples=300, deadline=None, database=None)
@given(
    schema=st.one_of(json_values, st.sampled_from([s["form_schema"] for s in SERVICE_TYPES])),
    answers=st.one_of(json_values, st.dictionaries(st.sampled_from(FORM_FIELDS), json_values)),
)
def test_answers_to_any_accepted_form_never_fault(schema: Any, answers: Any) -> None:
    try:
        columns = check_service_type({"form_schema": schema})
    except ValidationFailed:
        return
    errors = form_errors(columns.get("form_schema", {}), answers)
    assert all(e.field and e.field.startswith("formData") for e in errors)
