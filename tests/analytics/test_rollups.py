"""The daily rollups the reports read: accurate times, kept current, never losing a change."""

from __future__ import annotations

import asyncio
import math
import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from dispatchhub.analytics import rollups
from dispatchhub.analytics.satisfaction import quality_issues, satisfaction_trend
from dispatchhub.analytics.sql import Period, date_range
from dispatchhub.analytics.tables import (
    OrderDaily,
    OrderTimeDaily,
    ReviewDaily,
    RollupChange,
    RollupState,
)
from dispatchhub.analytics.tasks import GroupBy, task_stats
from dispatchhub.bookings.tables import Booking
from dispatchhub.orders.tables import Order
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.reviews.tables import Review
from dispatchhub.runtime import Runtime
from tests.fixtures.bookings import Catalog
from tests.fixtures.reviews import T0, MakeOrder
from tests.fixtures.users import MakeUser

SHANGHAI = ZoneInfo("Asia/Shanghai")
WEEK = date_range(date(2026, 3, 2), date(2026, 3, 8), SHANGHAI)
H = timedelta(hours=1)


@given(st.integers(min_value=0, max_value=10**9))
def test_a_bin_stands_for_every_time_in_it_within_one_percent(seconds: int) -> None:
    value = rollups.bin_value(rollups.bin_of(seconds))

    assert abs(value - seconds) <= 0.01 * seconds + 0.5


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=10**9))
def test_bins_keep_the_order_of_times(a: int, b: int) -> None:
    if a <= b:
        assert rollups.bin_of(a) <= rollups.bin_of(b)


def _nearest_rank(values: list[int], percent: int) -> int:
    return sorted(values)[math.ceil(percent / 100 * len(values)) - 1]


async def test_medians_and_p90s_over_merged_days_are_within_one_percent(
    catalog: Catalog, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer, staff = (await make_user("customer")).id, (await make_user("staff")).id
    chance = random.Random(7)
    processing: dict[str, list[int]] = {"hvac": [], "network": []}
    response: dict[str, list[int]] = {"hvac": [], "network": []}
    for i in range(60):
        code = "hvac" if i % 3 else "network"
        taken, answered = chance.randint(600, 40_000), chance.randint(5, 4_000)
        processing[code].append(taken)
        response[code].append(answered)
        await make_order(customer, staff, service_type=getattr(catalog, code),
                         created_at=T0 + (i % 5) * 24 * H,
                         assigned_after=timedelta(seconds=answered),
                         completed_after=timedelta(seconds=taken))  # fmt: skip

    stats = await task_stats(Period.WEEK, WEEK, GroupBy.TYPE)

    for bucket in stats.buckets:
        for got, exact in (
            (bucket.processing_median, _nearest_rank(processing[bucket.group], 50)),
            (bucket.processing_p90, _nearest_rank(processing[bucket.group], 90)),
            (bucket.response_median, _nearest_rank(response[bucket.group], 50)),
            (bucket.response_p90, _nearest_rank(response[bucket.group], 90)),
        ):
            assert got is not None
            assert abs(got - exact) <= 0.01 * exact + 0.5
    # The SQL that fills the histogram puts each time in the bin the Python function names.
    rows = await OrderTimeDaily.select(OrderTimeDaily.bin, OrderTimeDaily.n).where(
        (OrderTimeDaily.dimension == "ALL") & (OrderTimeDaily.metric == "PROCESSING")
    )
    filled: dict[int, int] = {}
    for row in rows:
        filled[row["bin"]] = filled.get(row["bin"], 0) + row["n"]
    expected: dict[int, int] = {}
    for seconds in processing["hvac"] + processing["network"]:
        expected[rollups.bin_of(seconds)] = expected.get(rollups.bin_of(seconds), 0) + 1
    assert filled == expected


async def test_reports_follow_changes_made_after_they_were_read(
    catalog: Catalog, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer, staff = (await make_user("customer")).id, (await make_user("staff")).id
    order = await make_order(customer, staff, service_type=catalog.hvac, status="ASSIGNED")
    before = (await task_stats(Period.DAY, WEEK)).buckets[0]
    assert (before.completed, before.revisited, before.processing_median) == (0, 0, None)

    await Order.update({Order.status: "COMPLETED", Order.completed_at: T0 + 3 * H}).where(
        Order.id == order
    )
    await Booking(number="B-AGAIN", customer=customer, description="again", address="上海",
                  scheduled_start=T0 + 48 * H, follow_up_of=order).save()  # fmt: skip
    after = (await task_stats(Period.DAY, WEEK)).buckets[0]

    assert (after.completed, after.revisited) == (1, 1)
    assert after.processing_median is not None
    assert abs(after.processing_median - 3 * 3600) <= 0.01 * 3 * 3600


async def test_an_edited_review_changes_the_review_reports(
    catalog: Catalog, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer, staff = (await make_user("customer")).id, (await make_user("staff")).id
    order = await make_order(customer, staff, service_type=catalog.hvac)
    review = Review(order=order, customer=customer, staff=staff, attitude=5, quality=5, speed=5,
                    skill=5, created_at=T0 + 3 * H)  # fmt: skip
    await review.save()
    assert [p.overall for p in await satisfaction_trend(Period.WEEK, WEEK)] == [5.0]

    await Review.update({Review.quality: 1, Review.speed: 2}).where(Review.id == review.id)
    issues = await quality_issues(WEEK)

    assert [p.overall for p in await satisfaction_trend(Period.WEEK, WEEK)] == [3.25]
    assert [(i.key, i.count) for i in issues.by_dimension] == [
        ("attitude", 0), ("quality", 1), ("speed", 1), ("skill", 0),
    ]  # fmt: skip
    assert [(i.key, i.count) for i in issues.by_service_type] == [("hvac", 1)]
    assert [(s.staff_id, s.overall) for s in issues.lowest_rated_staff] == [(staff, 3.25)]


async def test_a_review_follows_its_order_to_another_region(
    catalog: Catalog, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer, staff = (await make_user("customer")).id, (await make_user("staff")).id
    order = await make_order(customer, staff, service_type=catalog.hvac, region="xuhui")
    await Review(order=order, customer=customer, staff=staff, attitude=1, quality=5, speed=5,
                 skill=5, created_at=T0 + 3 * H).save()  # fmt: skip
    before = await quality_issues(WEEK)

    await Order.update({Order.region: "pudong"}).where(Order.id == order)
    after = await quality_issues(WEEK)

    assert [(i.key, i.count) for i in before.by_region] == [("xuhui", 1)]
    assert [(i.key, i.count) for i in after.by_region] == [("pudong", 1)]


async def test_another_time_zone_rebuilds_the_days(
    catalog: Catalog, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer = (await make_user("customer")).id
    # 01:00 on Monday in Shanghai is 17:00 on Sunday in UTC.
    await make_order(customer, service_type=catalog.hvac, status="OPEN",
                     created_at=datetime(2026, 3, 1, 17, tzinfo=UTC))  # fmt: skip
    assert [b.start for b in (await task_stats(Period.DAY, WEEK)).buckets] == ["2026-03-02"]

    utc = date_range(date(2026, 3, 1), date(2026, 3, 8), ZoneInfo("UTC"))

    assert [b.start for b in (await task_stats(Period.DAY, utc)).buckets] == ["2026-03-01"]
    assert (await RollupState.objects().first()).zone == "UTC"


async def _snapshot() -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for table in (OrderDaily, OrderTimeDaily, ReviewDaily):
        columns = [c for c in table._meta.columns if c._meta.name != "id"]
        found = await table.select(*columns)
        rows += sorted((table._meta.tablename, *(str(v) for v in row.values())) for row in found)
    return rows


async def test_concurrent_writes_and_refreshes_end_where_a_rebuild_does(
    catalog: Catalog, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer, staff = (await make_user("customer")).id, (await make_user("staff")).id

    async def write(worker: int) -> None:
        for i in range(8):
            await make_order(customer, staff, service_type=catalog.hvac,
                             created_at=T0 + (worker * 8 + i) * 7 * H,
                             completed_after=(1 + i) * H)  # fmt: skip

    async def refresh() -> None:
        for _ in range(6):
            await rollups.refresh(SHANGHAI)
            await asyncio.sleep(0)

    await asyncio.gather(*(write(w) for w in range(4)), refresh(), refresh())
    await rollups.refresh(SHANGHAI)
    caught_up = await _snapshot()
    await RollupState.delete(force=True)
    await rollups.refresh(SHANGHAI)

    assert caught_up == await _snapshot()


async def test_the_outbox_task_catches_up_and_queues_its_next_pass(
    runtime: Runtime, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer = (await make_user("customer")).id
    await make_order(customer, status="OPEN")
    every = runtime.settings.model_copy(update={"rollup_refresh_seconds": 60})

    await rollups.run_refresh(replace(runtime, settings=every), {})

    assert [(r["dimension"], r["total"]) for r in await OrderDaily.select().where(
        OrderDaily.dimension == "ALL")] == [("ALL", 1)]  # fmt: skip
    assert not await RollupChange.exists()
    queued = await OutboxMessage.select(OutboxMessage.status).where(
        OutboxMessage.task == rollups.TASK
    )
    assert queued == [{"status": "PENDING"}]
