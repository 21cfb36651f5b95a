"""Task statistics against figures worked out by hand on seven orders."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from dispatchhub.analytics.sql import Period, date_range
from dispatchhub.analytics.tasks import GroupBy, TaskBucket, task_stats
from dispatchhub.bookings.tables import Booking
from dispatchhub.errors import DomainError
from tests.fixtures.bookings import Catalog
from tests.fixtures.reviews import T0, MakeOrder, within
from tests.fixtures.users import MakeUser

SHANGHAI = ZoneInfo("Asia/Shanghai")


WEEK = date_range(date(2026, 3, 2), date(2026, 3, 8), SHANGHAI)
H = timedelta(hours=1)
M = timedelta(minutes=1)


@pytest.fixture
async def week_of_orders(catalog: Catalog, make_user: MakeUser, make_order: MakeOrder) -> None:
    """T0 is Monday 2 March 2026, 09:00 in Shanghai."""
    customer = (await make_user("customer")).id
    staff = (await make_user("staff")).id
    hvac, network = catalog.hvac, catalog.network
    await make_order(customer, staff, service_type=hvac, created_at=T0)
    await make_order(
        customer,
        staff,
        service_type=hvac,
        channel="APP",
        region="pudong",
        created_at=T0 + H,
        assigned_after=20 * M,
        completed_after=3 * H,
    )
    network_job = await make_order(
        customer,
        staff,
        service_type=network,
        channel="PHONE",
        created_at=T0 + 2 * H,
        assigned_after=30 * M,
        completed_after=5 * H,
    )
    # the customer had to book the network job again: not fixed the first time
    await Booking(number="B-REPEAT", customer=customer, description="又断网了 / down again",
                  scheduled_start=T0 + 48 * H, address="上海市徐汇区", status="CONFIRMED",
                  follow_up_of=network_job).save()  # fmt: skip
    await make_order(customer, service_type=hvac, status="CANCELLED", created_at=T0)
    await make_order(
        customer,
        staff,
        service_type=network,
        created_at=T0 + 24 * H,
        assigned_after=5 * M,
        completed_after=H,
    )
    # 01:00 on Monday in Shanghai is still Sunday in UTC: it belongs to Monday.
    await make_order(
        customer,
        staff,
        service_type=hvac,
        region="pudong",
        status="ASSIGNED",
        created_at=datetime(2026, 3, 1, 17, tzinfo=UTC),
        assigned_after=40 * M,
    )
    # 00:30 on the next Monday in Shanghai, still Sunday in UTC: outside the range.
    await make_order(customer, staff, service_type=hvac, created_at=datetime(2026, 3, 8, 16, 30,
                     tzinfo=UTC))  # fmt: skip


@pytest.mark.usefixtures("week_of_orders")
async def test_daily_buckets_in_the_business_time_zone() -> None:
    stats = await task_stats(Period.DAY, WEEK)

    assert stats.buckets == [
        TaskBucket("2026-03-02", "", total=5, completed=3, cancelled=1, revisited=1,
                   processing_median=within(10800), processing_p90=within(18000),
                   response_median=within(1200), response_p90=within(2400)),
        TaskBucket("2026-03-03", "", total=1, completed=1, cancelled=0, revisited=0,
                   processing_median=within(3600), processing_p90=within(3600),
                   response_median=within(300), response_p90=within(300)),
    ]  # fmt: skip
    assert stats.buckets[0].completion_rate == pytest.approx(3 / 5)
    assert stats.buckets[0].cancellation_rate == pytest.approx(1 / 5)
    assert stats.buckets[0].first_time_fix_rate == pytest.approx(2 / 3)
    assert stats.buckets[1].first_time_fix_rate == 1.0


@pytest.mark.usefixtures("week_of_orders")
async def test_weekly_bucket_and_breakdowns() -> None:
    stats = await task_stats(Period.WEEK, WEEK)

    assert stats.buckets == [
        TaskBucket("2026-03-02", "", total=6, completed=4, cancelled=1, revisited=1,
                   processing_median=within(7200), processing_p90=within(18000),
                   response_median=within(1200), response_p90=within(2400)),
    ]  # fmt: skip
    counts = {(b.dimension, b.key): b.count for b in stats.breakdowns}
    assert counts == {
        ("TYPE", "hvac"): 4, ("TYPE", "network"): 2,
        ("CHANNEL", "WEB"): 4, ("CHANNEL", "APP"): 1, ("CHANNEL", "PHONE"): 1,
        ("REGION", "xuhui"): 4, ("REGION", "pudong"): 2,
        ("STATUS", "COMPLETED"): 4, ("STATUS", "CANCELLED"): 1, ("STATUS", "ASSIGNED"): 1,
    }  # fmt: skip


@pytest.mark.usefixtures("week_of_orders")
async def test_monthly_buckets_grouped_by_type() -> None:
    stats = await task_stats(Period.MONTH, WEEK, GroupBy.TYPE)

    assert [(b.start, b.group, b.total, b.completed, b.processing_median, b.processing_p90,
             b.first_time_fix_rate) for b in stats.buckets] == [
        ("2026-03-01", "hvac", 4, 2, within(7200), within(10800), 1.0),
        ("2026-03-01", "network", 2, 2, within(3600), within(18000), 0.5),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "last", "code"),
    [
        (date(2026, 3, 8), date(2026, 3, 2), "RANGE_BACKWARDS"),
        (date(2025, 1, 1), date(2026, 1, 2), "RANGE_TOO_LONG"),
    ],
)
def test_bad_ranges_are_refused(first: date, last: date, code: str) -> None:
    with pytest.raises(DomainError) as refused:
        date_range(first, last, SHANGHAI)
    assert [(e.field, e.code.name) for e in refused.value.errors] == [("to", code)]


def test_a_leap_year_fits_in_the_longest_range() -> None:
    assert date_range(date(2024, 1, 1), date(2024, 12, 31), SHANGHAI).last == date(2024, 12, 31)
