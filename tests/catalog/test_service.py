"""The catalog service on both databases: admin changes, revisions, snapshots, regions."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import pytest

from dispatchhub.bookings.tables import Booking
from dispatchhub.catalog import service
from dispatchhub.catalog.tables import Region, ServiceItem, ServiceType
from dispatchhub.config import Settings
from dispatchhub.errors import DomainError, ValidationFailed
from dispatchhub.users.tables import User
from tests.fixtures.catalog import DemoCatalog, service_type_values


def codes(exc: DomainError) -> list[tuple[str | None, str]]:
    return [(e.field, e.code.name) for e in exc.errors]


async def test_the_demo_catalog_goes_in_through_the_service(demo_catalog: DemoCatalog) -> None:
    listed = await service.list_service_types()

    assert [row["code"] for row in listed] == sorted(demo_catalog.types)
    hvac = demo_catalog.types["hvac"]
    assert hvac["form_schema"] == service_type_values("hvac")["form_schema"]
    assert hvac["required_skills"] == {"hvac": 2}
    items = await service.list_service_items(demo_catalog.type_id("hvac"))
    assert [i["code"] for i in items] == ["hvac_clean", "hvac_refill", "hvac_repair"]


async def test_a_type_created_with_only_code_and_names_gets_the_defaults(
    database: Settings,
) -> None:
    row = await service.create_service_type(
        {"code": "pest", "name_zh": "除虫", "name_en": "Pest control"}
    )

    assert row["revision"] == 1 and row["active"] is True
    assert row["urgency_options"] == ["NORMAL", "URGENT", "EMERGENCY"]
    assert row["service_hours"] == {"start": "08:00", "end": "20:00"}


async def test_every_change_bumps_the_revision_and_past_snapshots_stay_as_they_were(
    demo_catalog: DemoCatalog,
) -> None:
    # given a booking made against the hvac type as it is now
    hvac = demo_catalog.types["hvac"]
    kept = service.snapshot(hvac)
    customer = User(name="客户 Customer", phone="+8613900000001")
    await customer.save()
    start = datetime.now(UTC) + timedelta(hours=10)
    booking = Booking(
        number="B-1",
        customer=customer.id,
        service_type=hvac["id"],
        service_snapshot=kept,
        description="空调不制冷",
        scheduled_start=start,
        address="徐汇区",
        price_minor=12000,
    )
    await booking.save()

    # when the admin makes late cancellation free and raises the price
    updated = await service.update_service_type(
        demo_catalog.type_id("hvac"),
        {
            "price_minor": 20000,
            "cancellation_policy": {"rules": [{"hours_before_gte": 0, "fee_minor": 0}]},
        },
    )

    # then the type moved on, the booking did not
    assert updated["revision"] == hvac["revision"] + 1
    assert updated["price_minor"] == 20000
    row = await Booking.select(Booking.service_snapshot).output(load_json=True).first()
    assert row is not None and row["service_snapshot"] == kept
    charge = service.cancellation_charge(
        row["service_snapshot"], start, start - timedelta(hours=10), "CUSTOMER", False, 12000
    )
    assert charge.amount_minor == 2000
    assert service.snapshot(updated)["revision"] == kept["revision"] + 1


async def test_a_snapshot_is_plain_json_with_the_chosen_item(demo_catalog: DemoCatalog) -> None:
    hvac = demo_catalog.types["hvac"]
    [item, *_] = await service.list_service_items(demo_catalog.type_id("hvac"))

    kept = service.snapshot(hvac, item)

    assert kept["id"] == str(hvac["id"]) and kept["code"] == "hvac"
    assert kept["item"] == {
        "id": str(item["id"]),
        "code": item["code"],
        "name_zh": item["name_zh"],
        "name_en": item["name_en"],
        "price_minor": item["price_minor"],
        "duration_min": item["duration_min"],
    }
    assert "created_at" not in kept
    assert type(kept["form_schema"]) is dict


BAD_INPUTS: list[tuple[dict[str, Any], tuple[str, str]]] = [
    (
        {"form_schema": {"type": "object", "properties": {"brand": {"type": "text"}}}},
        ("formSchema.properties.brand.type", "FORM_SCHEMA_INVALID"),
    ),
    ({"service_regions": ["xuhui", "atlantis"]}, ("serviceRegions.1", "UNKNOWN_REGION")),
    ({"price_minor": -100}, ("priceMinor", "OUT_OF_RANGE")),
    ({"default_duration_min": 0}, ("defaultDurationMin", "OUT_OF_RANGE")),
    ({"required_skills": {"hvac": 6}}, ("requiredSkills.hvac", "OUT_OF_RANGE")),
    (
        {"required_skills": [{"skill": "hvac", "level": 2}, {"skill": "hvac", "level": 3}]},
        ("requiredSkills.1.skill", "DUPLICATE"),
    ),
    ({"urgency_options": ["NORMAL", "SOON"]}, ("urgencyOptions.1", "UNKNOWN_URGENCY")),
    ({"urgency_options": []}, ("urgencyOptions", "REQUIRED")),
    (
        {
            "service_hours": {
                "start": "08:00",
                "end": "20:00",
                "weekdays": [
                    {"weekday": 0, "start": "08:00", "end": "13:00"},
                    {"weekday": 0, "start": "12:00", "end": "18:00"},
                ],
            }
        },
        ("serviceHours.weekdays.1", "HOURS_OVERLAP"),
    ),
    ({"service_hours": {"start": "18:00", "end": "08:00"}}, ("serviceHours.end", "HOURS_ORDER")),
    (
        {
            "cancellation_policy": {
                "rules": [
                    {"hours_before_gte": 24, "fee_minor": 3000},
                    {"hours_before_gte": 0, "fee_minor": 1000},
                ]
            }
        },
        ("cancellationPolicy.rules.1", "POLICY_NOT_MONOTONIC"),
    ),
    (
        {
            "special_options": [
                {"code": "call", "zh": "电话", "en": "Call"},
                {"code": "call", "zh": "来电", "en": "Phone"},
            ]
        },
        ("specialOptions.1.code", "DUPLICATE"),
    ),
    ({"name_zh": "  "}, ("nameZh", "REQUIRED")),
    ({"colour": "red"}, ("colour", "UNKNOWN_FIELD")),
]


@pytest.mark.parametrize(("change", "expected"), BAD_INPUTS)
async def test_bad_input_gets_field_errors_and_stores_nothing(
    database: Settings, change: dict[str, Any], expected: tuple[str, str]
) -> None:
    # given one region and one service type
    await service.create_region(
        {
            "code": "xuhui",
            "name_zh": "徐汇区",
            "name_en": "Xuhui",
            "center_lat": 31.1885,
            "center_lon": 121.4365,
        }
    )
    hvac = await service.create_service_type(
        {**service_type_values("hvac"), "service_regions": ["xuhui"]}
    )
    values = {**service_type_values("hvac"), "code": "hvac_new", **change}

    # when
    with pytest.raises(ValidationFailed) as created:
        await service.create_service_type(values)
    with pytest.raises(ValidationFailed) as updated:
        await service.update_service_type(UUID(str(hvac["id"])), change)

    # then
    assert expected in codes(created.value)
    assert expected in codes(updated.value)
    assert await ServiceType.count() == 1
    assert await service.get_service_type(code="hvac") == hvac


async def test_code_and_names_are_required_and_codes_are_unique(
    demo_catalog: DemoCatalog,
) -> None:
    with pytest.raises(ValidationFailed) as missing:
        await service.create_service_type({"price_minor": 100})
    with pytest.raises(DomainError) as taken:
        await service.create_service_type({"code": "hvac", "name_zh": "空调", "name_en": "AC"})

    assert codes(missing.value) == [
        ("code", "REQUIRED"),
        ("nameZh", "REQUIRED"),
        ("nameEn", "REQUIRED"),
    ]
    assert codes(taken.value) == [("code", "CODE_TAKEN")]


async def test_two_admins_racing_for_one_code_get_one_type(database: Settings) -> None:
    values = {"code": "pest", "name_zh": "除虫", "name_en": "Pest control"}

    results = await asyncio.gather(
        *(service.create_service_type(values) for _ in range(5)), return_exceptions=True
    )

    refused = [r for r in results if isinstance(r, DomainError)]
    assert len(refused) == 4
    assert all(codes(r) == [("code", "CODE_TAKEN")] for r in refused)
    assert await ServiceType.count() == 1


async def test_the_code_of_a_type_cannot_change(demo_catalog: DemoCatalog) -> None:
    with pytest.raises(DomainError) as refused:
        await service.update_service_type(demo_catalog.type_id("hvac"), {"code": "ac"})
    assert codes(refused.value) == [("code", "UNKNOWN_FIELD")]


async def test_unknown_ids_are_not_found(database: Settings) -> None:
    with pytest.raises(DomainError) as missing_type:
        await service.update_service_type(uuid4(), {"price_minor": 1})
    with pytest.raises(DomainError) as missing_parent:
        await service.create_service_item(
            {"service_type": uuid4(), "code": "x", "name_zh": "x", "name_en": "x", "price_minor": 1}
        )

    assert codes(missing_type.value) == [("id", "NOT_FOUND")]
    assert codes(missing_parent.value) == [("serviceTypeId", "NOT_FOUND")]
    assert await ServiceItem.count() == 0


async def test_inactive_types_are_listed_only_when_asked(demo_catalog: DemoCatalog) -> None:
    await service.update_service_type(demo_catalog.type_id("network"), {"active": False})

    active = {row["code"] for row in await service.list_service_types()}
    everything = {row["code"] for row in await service.list_service_types(include_inactive=True)}

    assert "network" not in active
    assert everything == set(demo_catalog.types)


async def test_item_changes_bump_their_type_and_inactive_items_are_hidden(
    demo_catalog: DemoCatalog,
) -> None:
    type_id = demo_catalog.type_id("hvac")
    item = next(i for i in await service.list_service_items(type_id) if i["code"] == "hvac_refill")

    changed = await service.update_service_item(
        UUID(str(item["id"])), {"price_minor": 19000, "active": False}
    )

    assert changed["price_minor"] == 19000
    after = await service.get_service_type(id=type_id)
    assert after is not None and after["revision"] == demo_catalog.types["hvac"]["revision"] + 1
    visible = [i["code"] for i in await service.list_service_items(type_id)]
    assert "hvac_refill" not in visible
    every = await service.list_service_items(type_id, include_inactive=True)
    assert "hvac_refill" in [i["code"] for i in every]
    with pytest.raises(ValidationFailed) as bad:
        await service.update_service_item(UUID(str(item["id"])), {"price_minor": -1})
    assert codes(bad.value) == [("priceMinor", "OUT_OF_RANGE")]


@pytest.mark.parametrize(
    ("point", "region"),
    [
        ((31.1885, 121.4365), "xuhui"),  # Xuhui's centre
        ((31.2317, 121.4846), "huangpu"),  # inside Huangpu, Jing'an and Pudong: nearest wins
        ((31.40, 121.90), None),  # out at sea
        ((39.9042, 116.4074), None),  # Beijing
        ((91.0, 121.0), None),  # not a point on Earth
    ],
)
async def test_a_point_belongs_to_the_nearest_region_that_contains_it(
    demo_catalog: DemoCatalog, point: tuple[float, float], region: str | None
) -> None:
    found = await service.region_for_point(*point)
    assert (found.code if found else None) == region


async def test_a_point_on_the_rim_is_inside(database: Settings) -> None:
    await service.create_region(
        {
            "code": "ring",
            "name_zh": "环",
            "name_en": "Ring",
            "center_lat": 0.0,
            "center_lon": 0.0,
            "radius_km": 111.2,
        }
    )
    assert await service.region_for_point(1.0, 0.0) is not None  # 111.19 km north
    assert await service.region_for_point(1.001, 0.0) is None


async def test_regions_are_checked_and_neighbours_must_exist(demo_catalog: DemoCatalog) -> None:
    before = await Region.count()
    with pytest.raises(ValidationFailed) as bad:
        await service.create_region(
            {
                "code": "Bad Code",
                "name_zh": "",
                "name_en": "x",
                "center_lat": 95,
                "center_lon": 121.0,
                "radius_km": 0,
            }
        )
    with pytest.raises(ValidationFailed) as unknown:
        await service.create_region(
            {
                "code": "qingpu",
                "name_zh": "青浦",
                "name_en": "Qingpu",
                "center_lat": 31.15,
                "center_lon": 121.12,
                "neighbours": ["minhang", "kunshan"],
            }
        )
    xuhui = UUID(str(demo_catalog.regions["xuhui"]["id"]))
    with pytest.raises(DomainError) as itself:
        await service.update_region(xuhui, {"neighbours": ["xuhui"]})

    assert codes(bad.value) == [
        ("code", "INVALID_CODE"),
        ("nameZh", "REQUIRED"),
        ("centerLat", "OUT_OF_RANGE"),
        ("radiusKm", "OUT_OF_RANGE"),
    ]
    assert codes(unknown.value) == [("neighbours.1", "UNKNOWN_REGION")]
    assert codes(itself.value) == [("neighbours", "SELF_NEIGHBOUR")]
    assert await Region.count() == before


def test_served_regions_and_points_for_the_booking_review() -> None:
    assert service.serves_region({"service_regions": []}, "minhang")
    assert service.serves_region({"service_regions": ["xuhui"]}, "xuhui")
    assert not service.serves_region({"service_regions": ["xuhui"]}, "minhang")
    assert not service.serves_region({"service_regions": []}, None)
    assert service.point_errors(31.2, 121.4) == []
    for lat, lon in ((float("nan"), 121.4), (31.2, 181), ("31.2", 121.4), (True, 121.4)):
        assert [e.code.name for e in service.point_errors(lat, lon)] == ["INVALID_POINT"]


async def test_a_new_price_is_checked_against_the_stored_policy(database: Settings) -> None:
    # given 50.00 up to 12 h before, then 50 %: consistent while the price is ≥ 100.00
    policy = {
        "rules": [
            {"hours_before_gte": 12, "fee_minor": 5000},
            {"hours_before_gte": 0, "fee_percent": 50},
        ]
    }
    row = await service.create_service_type(
        {
            "code": "deep_clean",
            "name_zh": "深度保洁",
            "name_en": "Deep clean",
            "price_minor": 12000,
            "cancellation_policy": policy,
        }
    )

    # when the price drops to 80.00, late cancellation (40.00) would cost less than early
    with pytest.raises(ValidationFailed) as refused:
        await service.update_service_type(UUID(str(row["id"])), {"price_minor": 8000})

    # then
    assert codes(refused.value) == [("cancellationPolicy.rules.1", "POLICY_NOT_MONOTONIC")]
    assert await service.get_service_type(code="deep_clean") == row
    raised = await service.update_service_type(UUID(str(row["id"])), {"price_minor": 20000})
    assert raised["price_minor"] == 20000
