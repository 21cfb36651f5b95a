"""serviceTypeCreate with any input: a service type, or field errors and nothing stored."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from dispatchhub.catalog import service
from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.catalog.tables import ServiceType
from dispatchhub.config import Settings
from dispatchhub.demo.data_catalog import SERVICE_TYPES
from tests.fixtures.app import GraphQLClient, refused_text
from tests.fixtures.users import MakeUser

CREATE = """
mutation ($input: ServiceTypeCreateInput!) {
  serviceTypeCreate(input: $input) {
    serviceType { id code revision }
    errors { field code message }
  }
}
"""
SETTINGS = settings(
    max_examples=80,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
INT32 = st.integers(-(2**31), 2**31 - 1)
small_ints = st.one_of(st.integers(-3, 30), INT32)
codes = st.one_of(st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True), st.text(max_size=60))
texts = st.one_of(st.text(max_size=120), st.sampled_from(["空调维修", "Air-conditioner repair"]))
times = st.one_of(
    st.from_regex(r"([01][0-9]|2[0-4]):[0-5][0-9]", fullmatch=True), st.text(max_size=6)
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
property_specs = st.fixed_dictionaries(
    {"type": st.sampled_from(["string", "integer", "number", "boolean", "array", "object", "x"])},
    optional={
        "title": st.text(max_size=10),
        "enum": st.lists(json_values, max_size=4),
        "minimum": st.integers(-5, 5),
        "maxLength": st.integers(-1, 300),
        "pattern": st.sampled_from(["^[0-9]{6}$", "(a+)+", "[", "\\d+"]),
        "items": st.fixed_dictionaries({"type": st.sampled_from(["string", "array"])}),
        "default": json_values,
        "$ref": st.sampled_from(["#/$defs/a", "https://example.com/s.json"]),
    },
)
form_schemas = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"type": st.sampled_from(["object", "array"]),
         "properties": st.dictionaries(codes, property_specs, max_size=4)},
        optional={"required": st.lists(codes, max_size=3),
                  "additionalProperties": st.one_of(st.booleans(), st.just({"type": "string"}))},
    ),
)  # fmt: skip
hours = st.fixed_dictionaries(
    {"start": times, "end": times},
    optional={
        "weekdays": st.lists(
            st.fixed_dictionaries({"weekday": st.integers(-1, 8), "start": times, "end": times}),
            max_size=4,
        ),
        "closedWeekdays": st.lists(st.integers(-1, 8), max_size=3),
    },
)
rules = st.fixed_dictionaries(
    {"hoursBeforeGte": st.floats(-5, 1e5, allow_nan=False)},
    optional={"feeMinor": small_ints, "feePercent": small_ints},
)
policies = st.fixed_dictionaries(
    {"rules": st.lists(rules, max_size=4)},
    optional={"staffEnRouteFeeMinor": small_ints, "staffFaultCompensationMinor": small_ints},
)
wild_inputs = st.fixed_dictionaries(
    {"code": codes, "nameZh": texts, "nameEn": texts},
    optional={
        "description": st.text(max_size=50),
        "keywords": st.lists(st.text(max_size=45), max_size=5),
        "formSchema": form_schemas,
        "requiredSkills": st.lists(
            st.fixed_dictionaries({"skill": codes, "level": st.integers(-1, 7)}), max_size=3
        ),
        "defaultDurationMin": small_ints,
        "priceMinor": small_ints,
        "urgencyOptions": st.lists(st.sampled_from(["NORMAL", "URGENT", "EMERGENCY"]), max_size=4),
        "specialOptions": st.lists(
            st.fixed_dictionaries({"code": codes, "zh": texts, "en": texts}), max_size=3
        ),
        "serviceRegions": st.lists(
            st.sampled_from(["xuhui", "pudong", "atlantis", "X"]), max_size=3
        ),
        "serviceHours": hours,
        "cancellationPolicy": policies,
        "manualReview": st.booleans(),
        "active": st.booleans(),
    },
)

# Mostly well-formed input, so the "created" path is exercised as often as the refusals.
plausible_inputs = st.fixed_dictionaries(
    {
        "code": st.from_regex(r"[a-z][a-z0-9_]{3,20}", fullmatch=True),
        "nameZh": st.sampled_from(["空调维修", "开锁换锁", "家政保洁"]),
        "nameEn": st.sampled_from(["AC repair", "Locksmith", "Cleaning"]),
    },
    optional={
        "formSchema": st.sampled_from([s["form_schema"] for s in SERVICE_TYPES] + [{}]),
        "requiredSkills": st.lists(
            st.fixed_dictionaries(
                {"skill": st.sampled_from(["hvac", "electrical", "plumbing"]),
                 "level": st.integers(1, 5)}
            ),
            max_size=2,
        ),
        "defaultDurationMin": st.integers(5, 600),
        "priceMinor": st.integers(0, 10**6),
        "serviceRegions": st.sampled_from([[], ["xuhui"], ["xuhui", "pudong"]]),
        "serviceHours": st.sampled_from(
            [{"start": "08:00", "end": "20:00"},
             {"start": "09:00", "end": "18:00", "closedWeekdays": [6],
              "weekdays": [{"weekday": 5, "start": "09:00", "end": "12:00"}]}]
        ),
        "cancellationPolicy": st.sampled_from(
            [{"rules": []},
             {"rules": [{"hoursBeforeGte": 24, "feeMinor": 0},
                        {"hoursBeforeGte": 0, "feePercent": 50}],
              "staffEnRouteFeeMinor": 3000}]
        ),
    },
)  # fmt: skip
inputs = st.one_of(wild_inputs, plausible_inputs)


@pytest.fixture
async def admin_gql(gql: GraphQLClient, make_user: MakeUser, database: Settings) -> GraphQLClient:
    for code, lat, lon in (("xuhui", 31.1885, 121.4365), ("pudong", 31.2215, 121.5447)):
        await service.create_region(
            {"code": code, "name_zh": code, "name_en": code, "center_lat": lat, "center_lon": lon}
        )
    gql.headers.update((await make_user("admin")).headers)
    return gql


@SETTINGS
@given(values=inputs)
async def test_any_service_type_input(admin_gql: GraphQLClient, values: dict[str, Any]) -> None:
    before = await ServiceType.count()

    body = await admin_gql.execute(CREATE, {"input": values})

    # never a fault: either a new type, or field errors and nothing stored
    if refused_text(body):  # a control character or lone surrogate, refused before running
        event("refused text")
        assert await ServiceType.count() == before
        return
    assert "errors" not in body, body
    payload = body["data"]["serviceTypeCreate"]
    after = await ServiceType.count()
    event("created" if payload["serviceType"] is not None else "refused")
    if payload["serviceType"] is not None:
        assert payload["errors"] == []
        assert payload["serviceType"]["revision"] == 1
        assert after == before + 1
    else:
        assert payload["errors"], payload
        for error in payload["errors"]:
            assert error["code"] in CatalogErrorCode.__members__
            assert error["field"] and error["message"]
        assert after == before
