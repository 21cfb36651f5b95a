"""The customer profile against figures worked out by hand."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest

from dispatchhub.analytics.customers import customer_profile
from dispatchhub.catalog.tables import ServiceType
from dispatchhub.errors import DomainError
from tests.fixtures.bookings import Catalog
from tests.fixtures.reviews import T0, MakeOrder
from tests.fixtures.users import MakeUser

SHANGHAI = ZoneInfo("Asia/Shanghai")


async def _service_type(code: str) -> object:
    row = ServiceType(code=code, name_zh=code, name_en=code)
    await row.save()
    return row.id


async def test_profile_of_a_customer(
    catalog: Catalog, make_user: MakeUser, make_order: MakeOrder
) -> None:
    # given: X books hvac twice on Tuesday mornings and network once on a Saturday, and
    # cancels one; Y (who also books hvac) books plumbing; Z books locks three times.
    x, y, z = [(await make_user("customer")).id for _ in range(3)]
    staff = (await make_user("staff")).id
    plumbing, locks = await _service_type("plumbing"), await _service_type("locks")
    tuesday_10 = datetime(2026, 3, 3, 2, tzinfo=UTC)
    await make_order(x, staff, service_type=catalog.hvac, scheduled_start=tuesday_10)
    await make_order(x, staff, service_type=catalog.hvac, price_minor=15000,
                     scheduled_start=datetime(2026, 3, 10, 2, tzinfo=UTC))  # fmt: skip
    saturday_14 = datetime(2026, 3, 7, 6, tzinfo=UTC)
    await make_order(x, staff, service_type=catalog.network, status="ASSIGNED",
                     price_minor=30000, scheduled_start=saturday_14)  # fmt: skip
    await make_order(x, service_type=catalog.hvac, status="CANCELLED",
                     scheduled_start=datetime(2026, 3, 8, 6, tzinfo=UTC))  # fmt: skip
    await make_order(y, staff, service_type=catalog.hvac)
    await make_order(y, staff, service_type=plumbing)
    for _ in range(3):
        await make_order(z, staff, service_type=locks)

    # when
    profile = await customer_profile(x, SHANGHAI)

    # then
    assert profile.bookings == 3
    assert profile.first_booking_at == T0
    assert profile.preferred_weekday == 2
    assert profile.preferred_hour == 10
    assert profile.preferred_service_types == ["hvac", "network"]
    assert profile.spend_minor == 20000 + 15000
    assert profile.recommended_service_types == ["plumbing", "locks"]
    months = (datetime.now(UTC) - T0).total_seconds() / (30 * 86400)
    assert profile.bookings_per_month == pytest.approx(3 / months, rel=1e-3)


async def test_an_unknown_customer_is_refused(database: object) -> None:
    with pytest.raises(DomainError) as refused:
        await customer_profile(uuid4(), SHANGHAI)
    assert [(e.field, e.code.name) for e in refused.value.errors] == [
        ("customer_id", "CUSTOMER_NOT_FOUND")
    ]
