"""The catalog over GraphQL: who may see and change what, and how bad input comes back."""

from __future__ import annotations

from typing import Any

import pytest

from dispatchhub.catalog.tables import Region, ServiceItem, ServiceType
from tests.fixtures.app import GraphQLClient
from tests.fixtures.catalog import DemoCatalog
from tests.fixtures.users import MakeUser

SERVICE_TYPES = """
query List($all: Boolean!) {
  serviceTypes(includeInactive: $all) {
    code name active revision priceMinor urgencyOptions
    requiredSkills { skill level }
    serviceHours { start end weekdays { weekday start end } closedWeekdays }
    cancellationPolicy { rules { hoursBeforeGte feeMinor feePercent }
                         staffEnRouteFeeMinor staffFaultCompensationMinor }
    items { code name priceMinor }
  }
}
"""
SERVICE_TYPE = """
query One($id: ID, $code: String) {
  serviceType(id: $id, code: $code) { id code name formSchema active }
}
"""
CREATE = """
mutation Create($input: ServiceTypeCreateInput!) {
  serviceTypeCreate(input: $input) {
    serviceType { id code nameZh revision requiredSkills { skill level } specialOptions { code }
                  serviceRegions serviceHours { start end weekdays { weekday start end }
                  closedWeekdays } cancellationPolicy { rules { hoursBeforeGte feeMinor
                  feePercent } staffEnRouteFeeMinor } formSchema urgencyOptions }
    errors { field code message }
  }
}
"""
UPDATE = """
mutation Update($input: ServiceTypeUpdateInput!) {
  serviceTypeUpdate(input: $input) {
    serviceType { code revision priceMinor active }
    errors { field code message }
  }
}
"""
ITEM_CREATE = """
mutation ItemCreate($input: ServiceItemCreateInput!) {
  serviceItemCreate(input: $input) {
    serviceItem { id code priceMinor durationMin active serviceTypeId }
    errors { field code }
  }
}
"""
ITEM_UPDATE = """
mutation ItemUpdate($input: ServiceItemUpdateInput!) {
  serviceItemUpdate(input: $input) { serviceItem { code priceMinor active } errors { field code } }
}
"""
REGIONS = "query { regions { code name center { lat lon } radiusKm neighbours } }"
REGION_CREATE = """
mutation RegionCreate($input: RegionCreateInput!) {
  regionCreate(input: $input) { region { id code neighbours } errors { field code } }
}
"""
REGION_UPDATE = """
mutation RegionUpdate($input: RegionUpdateInput!) {
  regionUpdate(input: $input) { region { code radiusKm center { lat lon } } errors { field code } }
}
"""
SUGGEST = """
query Suggest($text: String!) {
  serviceTypeSuggest(description: $text, first: 3) { confidence serviceType { code } }
}
"""

NEW_TYPE: dict[str, Any] = {
    "code": "pest_control",
    "nameZh": "除虫除鼠",
    "nameEn": "Pest control",
    "keywords": ["蟑螂", "老鼠", "cockroach", "rats"],
    "formSchema": {
        "type": "object",
        "properties": {
            "pest": {
                "type": "string",
                "title": "害虫",
                "x-title-en": "Pest",
                "enum": ["cockroach", "rat", "termite"],
            },
            "area_sqm": {"type": "integer", "title": "面积", "minimum": 10, "maximum": 1000},
        },
        "required": ["pest"],
        "additionalProperties": False,
    },
    "requiredSkills": [{"skill": "pest_control", "level": 2}],
    "defaultDurationMin": 120,
    "priceMinor": 25000,
    "urgencyOptions": ["NORMAL", "URGENT"],
    "specialOptions": [{"code": "pets_at_home", "zh": "家中有宠物", "en": "Pets at home"}],
    "serviceRegions": ["xuhui", "pudong"],
    "serviceHours": {
        "start": "08:00",
        "end": "20:00",
        "weekdays": [{"weekday": 5, "start": "09:00", "end": "15:00"}],
        "closedWeekdays": [6],
    },
    "cancellationPolicy": {
        "rules": [{"hoursBeforeGte": 0, "feePercent": 20}, {"hoursBeforeGte": 24, "feeMinor": 0}],
        "staffEnRouteFeeMinor": 5000,
        "staffFaultCompensationMinor": 3000,
    },
    "manualReview": False,
}


@pytest.fixture
async def admin(gql: GraphQLClient, make_user: MakeUser) -> GraphQLClient:
    user = await make_user("admin")
    gql.headers.update(user.headers)
    return gql


async def data(gql: GraphQLClient, query: str, variables: dict[str, Any] | None = None) -> Any:
    body = await gql.execute(query, variables)
    assert "errors" not in body, body
    return body["data"]


async def test_anyone_sees_the_active_catalog_and_only_admins_the_inactive_part(
    demo_catalog: DemoCatalog, gql: GraphQLClient, make_user: MakeUser
) -> None:
    # given a retired service type
    admin_user = await make_user("admin")
    gql.headers.update(admin_user.headers)
    await data(
        gql, UPDATE, {"input": {"id": str(demo_catalog.types["network"]["id"]), "active": False}}
    )
    gql.headers.clear()

    # when
    anonymous = await data(gql, SERVICE_TYPES, {"all": True})
    gql.headers.update((await make_user("customer")).headers)
    customer = await data(gql, SERVICE_TYPES, {"all": True})
    gql.headers.update(admin_user.headers)
    admin = await data(gql, SERVICE_TYPES, {"all": True})

    # then
    active = sorted(set(demo_catalog.types) - {"network"})
    assert [t["code"] for t in anonymous["serviceTypes"]] == active
    assert [t["code"] for t in customer["serviceTypes"]] == active
    assert [t["code"] for t in admin["serviceTypes"]] == sorted(demo_catalog.types)
    hvac = next(t for t in anonymous["serviceTypes"] if t["code"] == "hvac")
    assert hvac["name"] == "空调维修"
    assert hvac["requiredSkills"] == [{"skill": "hvac", "level": 2}]
    assert hvac["cancellationPolicy"]["rules"][0] == {
        "hoursBeforeGte": 24.0,
        "feeMinor": 0,
        "feePercent": None,
    }
    assert [i["code"] for i in hvac["items"]] == ["hvac_clean", "hvac_refill", "hvac_repair"]


async def test_one_type_by_code_or_id_in_the_requested_language(
    demo_catalog: DemoCatalog, gql: GraphQLClient
) -> None:
    gql.headers["accept-language"] = "en-GB,en;q=0.9"
    by_code = await data(gql, SERVICE_TYPE, {"code": "locksmith"})
    by_id = await data(gql, SERVICE_TYPE, {"id": by_code["serviceType"]["id"]})
    nothing = await data(gql, SERVICE_TYPE, {"id": "not-an-id"})

    assert by_code["serviceType"]["name"] == "Locksmith"
    assert by_id == by_code
    assert by_code["serviceType"]["formSchema"]["required"] == ["lock_type", "need"]
    assert nothing["serviceType"] is None


async def test_an_admin_creates_a_type_with_every_part_of_it(
    demo_catalog: DemoCatalog, admin: GraphQLClient
) -> None:
    payload = (await data(admin, CREATE, {"input": NEW_TYPE}))["serviceTypeCreate"]

    assert payload["errors"] == []
    created = payload["serviceType"]
    assert created["revision"] == 1
    assert created["requiredSkills"] == [{"skill": "pest_control", "level": 2}]
    assert created["serviceHours"] == {
        "start": "08:00",
        "end": "20:00",
        "weekdays": [{"weekday": 5, "start": "09:00", "end": "15:00"}],
        "closedWeekdays": [6],
    }
    assert created["cancellationPolicy"] == {
        "rules": [
            {"hoursBeforeGte": 24.0, "feeMinor": 0, "feePercent": None},
            {"hoursBeforeGte": 0.0, "feeMinor": None, "feePercent": 20},
        ],
        "staffEnRouteFeeMinor": 5000,
    }
    assert created["formSchema"] == NEW_TYPE["formSchema"]
    assert created["urgencyOptions"] == ["NORMAL", "URGENT"]
    assert await ServiceType.exists().where(ServiceType.code == "pest_control")


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        (
            {"formSchema": {"type": "object", "properties": {"area_sqm": {"type": "int"}}}},
            "formSchema.properties.area_sqm.type",
            "FORM_SCHEMA_INVALID",
        ),
        ({"serviceRegions": ["xuhui", "atlantis"]}, "serviceRegions.1", "UNKNOWN_REGION"),
        ({"priceMinor": -1}, "priceMinor", "OUT_OF_RANGE"),
        (
            {"requiredSkills": [{"skill": "pest_control", "level": 0}]},
            "requiredSkills.0.level",
            "OUT_OF_RANGE",
        ),
        (
            {
                "serviceHours": {
                    "start": "08:00",
                    "end": "20:00",
                    "weekdays": [
                        {"weekday": 2, "start": "08:00", "end": "12:00"},
                        {"weekday": 2, "start": "10:00", "end": "14:00"},
                    ],
                }
            },
            "serviceHours.weekdays.1",
            "HOURS_OVERLAP",
        ),
        (
            {
                "cancellationPolicy": {
                    "rules": [
                        {"hoursBeforeGte": 24, "feePercent": 50},
                        {"hoursBeforeGte": 0, "feePercent": 20},
                    ]
                }
            },
            "cancellationPolicy.rules.1",
            "POLICY_NOT_MONOTONIC",
        ),
        ({"code": "Pest Control"}, "code", "INVALID_CODE"),
    ],
)
async def test_bad_input_comes_back_at_the_field_and_nothing_is_stored(
    demo_catalog: DemoCatalog, admin: GraphQLClient, change: dict[str, Any], field: str, code: str
) -> None:
    before = await ServiceType.count()
    admin.headers["accept-language"] = "en"

    payload = (await data(admin, CREATE, {"input": {**NEW_TYPE, **change}}))["serviceTypeCreate"]

    assert payload["serviceType"] is None
    assert {"field": field, "code": code} in [
        {"field": e["field"], "code": e["code"]} for e in payload["errors"]
    ]
    assert all(e["message"] for e in payload["errors"])
    assert await ServiceType.count() == before


async def test_messages_are_chinese_unless_english_is_asked_for(
    demo_catalog: DemoCatalog, admin: GraphQLClient
) -> None:
    bad = {"input": {**NEW_TYPE, "serviceHours": {"start": "20:00", "end": "08:00"}}}

    zh = (await data(admin, CREATE, bad))["serviceTypeCreate"]["errors"]
    admin.headers["accept-language"] = "en-US"
    en = (await data(admin, CREATE, bad))["serviceTypeCreate"]["errors"]

    assert zh == [
        {"field": "serviceHours.end", "code": "HOURS_ORDER", "message": "开始时间须早于结束时间。"}
    ]
    assert en == [
        {
            "field": "serviceHours.end",
            "code": "HOURS_ORDER",
            "message": "The start must be before the end.",
        }
    ]


async def test_an_update_changes_only_what_is_given_and_bumps_the_revision(
    demo_catalog: DemoCatalog, admin: GraphQLClient
) -> None:
    hvac = demo_catalog.types["hvac"]

    payload = await data(admin, UPDATE, {"input": {"id": str(hvac["id"]), "priceMinor": 13000}})

    assert payload["serviceTypeUpdate"] == {
        "serviceType": {
            "code": "hvac",
            "revision": hvac["revision"] + 1,
            "priceMinor": 13000,
            "active": True,
        },
        "errors": [],
    }
    missing = await data(admin, UPDATE, {"input": {"id": "nope", "priceMinor": 1}})
    assert missing["serviceTypeUpdate"]["errors"] == [
        {"field": "id", "code": "NOT_FOUND", "message": "找不到 id。"}
    ]


async def test_an_admin_adds_and_changes_items(
    demo_catalog: DemoCatalog, admin: GraphQLClient
) -> None:
    type_id = str(demo_catalog.types["cleaning"]["id"])
    created = (
        await data(
            admin,
            ITEM_CREATE,
            {
                "input": {
                    "serviceTypeId": type_id,
                    "code": "cleaning_sofa",
                    "nameZh": "沙发清洗",
                    "nameEn": "Sofa cleaning",
                    "priceMinor": 18000,
                }
            },
        )
    )["serviceItemCreate"]
    item_id = created["serviceItem"]["id"]
    changed = await data(admin, ITEM_UPDATE, {"input": {"id": item_id, "active": False}})
    refused = (
        await data(
            admin,
            ITEM_CREATE,
            {
                "input": {
                    "serviceTypeId": type_id,
                    "code": "cleaning_sofa",
                    "nameZh": "沙发",
                    "nameEn": "Sofa",
                    "priceMinor": -5,
                }
            },
        )
    )["serviceItemCreate"]

    assert created["errors"] == []
    assert created["serviceItem"]["durationMin"] == 60
    assert created["serviceItem"]["serviceTypeId"] == type_id
    assert changed["serviceItemUpdate"]["serviceItem"]["active"] is False
    assert refused["errors"] == [{"field": "priceMinor", "code": "OUT_OF_RANGE"}]
    assert await ServiceItem.count() == 23  # the demo's 22 and the sofa


async def test_regions_are_public_and_admins_change_them(
    demo_catalog: DemoCatalog, admin: GraphQLClient
) -> None:
    created = (
        await data(
            admin,
            REGION_CREATE,
            {
                "input": {
                    "code": "qingpu",
                    "nameZh": "青浦区",
                    "nameEn": "Qingpu",
                    "center": {"lat": 31.15, "lon": 121.12},
                    "radiusKm": 12,
                    "neighbours": ["minhang"],
                }
            },
        )
    )["regionCreate"]
    moved = (
        await data(
            admin,
            REGION_UPDATE,
            {"input": {"id": created["region"]["id"], "center": {"lat": 95, "lon": 121.1}}},
        )
    )["regionUpdate"]
    admin.headers.clear()
    listed = (await data(admin, REGIONS))["regions"]

    assert created["errors"] == [] and created["region"]["neighbours"] == ["minhang"]
    assert moved == {"region": None, "errors": [{"field": "center.lat", "code": "OUT_OF_RANGE"}]}
    assert [r["code"] for r in listed] == sorted([*demo_catalog.regions, "qingpu"])
    assert next(r for r in listed if r["code"] == "qingpu")["center"] == {
        "lat": 31.15,
        "lon": 121.12,
    }


MUTATIONS = [
    (CREATE, {"input": NEW_TYPE}),
    (UPDATE, {"input": {"id": "00000000-0000-0000-0000-000000000000", "priceMinor": 1}}),
    (
        ITEM_CREATE,
        {
            "input": {
                "serviceTypeId": "00000000-0000-0000-0000-000000000000",
                "code": "x",
                "nameZh": "x",
                "nameEn": "x",
                "priceMinor": 1,
            }
        },
    ),
    (ITEM_UPDATE, {"input": {"id": "00000000-0000-0000-0000-000000000000"}}),
    (
        REGION_CREATE,
        {
            "input": {
                "code": "x",
                "nameZh": "x",
                "nameEn": "x",
                "center": {"lat": 31.0, "lon": 121.0},
            }
        },
    ),
    (REGION_UPDATE, {"input": {"id": "00000000-0000-0000-0000-000000000000"}}),
]


@pytest.mark.parametrize(
    ("role", "code"),
    [
        (None, "UNAUTHENTICATED"),
        ("customer", "FORBIDDEN"),
        ("staff", "FORBIDDEN"),
        ("dispatcher", "FORBIDDEN"),
    ],
)
async def test_only_admins_change_the_catalog(
    gql: GraphQLClient, make_user: MakeUser, role: str | None, code: str
) -> None:
    if role is not None:
        gql.headers.update((await make_user(role)).headers)

    for mutation, variables in MUTATIONS:
        body = await gql.execute(mutation, variables)
        assert body["data"] is None
        assert [e["extensions"]["code"] for e in body["errors"]] == [code]

    assert await ServiceType.count() == 0
    assert await Region.count() == 0


async def test_anyone_gets_suggestions_in_chinese_and_english(
    demo_catalog: DemoCatalog, gql: GraphQLClient
) -> None:
    zh = await data(gql, SUGGEST, {"text": "马桶堵了,冲水的时候水位一直往上涨"})
    en = await data(gql, SUGGEST, {"text": "Locked out of my flat, the key broke in the lock"})

    assert zh["serviceTypeSuggest"][0]["serviceType"]["code"] == "plumbing"
    assert en["serviceTypeSuggest"][0]["serviceType"]["code"] == "locksmith"
    for ranked in (zh["serviceTypeSuggest"], en["serviceTypeSuggest"]):
        confidences = [s["confidence"] for s in ranked]
        assert len(ranked) == 3
        assert confidences == sorted(confidences, reverse=True)
        assert 0.5 < confidences[0] <= 1
