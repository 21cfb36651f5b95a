"""Field paths in errors: API names are camelCase, keys inside the client's JSON are kept."""

from __future__ import annotations

import pytest

from dispatchhub.graphql.errors import api_field


@pytest.mark.parametrize(
    ("service_path", "api_path"),
    [
        ("special_requirements.0", "specialRequirements.0"),
        ("staff_profile.region", "staffProfile.region"),
        ("form_data.unit_count", "formData.unit_count"),
        ("formData.unit_count", "formData.unit_count"),
        ("form_schema.properties.unit_count.type", "formSchema.properties.unit_count.type"),
        (None, None),
    ],
)
def test_api_field(service_path: str | None, api_path: str | None) -> None:
    assert api_field(service_path) == api_path
