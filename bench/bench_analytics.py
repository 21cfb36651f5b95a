"""Every analytics report over 1,000,000 generated orders on PostgreSQL, against raw asyncpg.

Run: ``.venv/bin/python bench/bench_analytics.py [--orders 1000000]``. It creates a scratch
database (``dispatchhub_bench_analytics`` on ``DISPATCHHUB_TEST_POSTGRES_URL``, default the
local server), migrates it, fills it with ``generate_series`` (orders over one year, 70 %
completed, 10 % cancelled, a review for every third completed order), then for each report
builds the daily rollups from scratch (timed), completes and reviews a thousand orders and
times the catch-up, then for each report times the service call (rollup freshness check,
Piccolo, result mapping included) and, as the baseline, the very statements it ran, sent
straight through asyncpg one after another on one connection (the services run independent
statements concurrently on the pool, so a ratio below 1 is possible). Median of 3 runs each
after a warm-up. Target: every report under 1 s. The scratch database is dropped at the end;
the whole run takes about 4 minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any
from uuid import UUID

import asyncpg
from piccolo.querystring import QueryString

from dispatchhub import db
from dispatchhub.analytics import customers, rollups, satisfaction, staff, tasks
from dispatchhub.analytics.sql import Period, date_range
from dispatchhub.config import Settings
from dispatchhub.orders.tables import Order

ADMIN_URL = os.environ.get(
    "DISPATCHHUB_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
NAME = "dispatchhub_bench_analytics"
TYPES = ["hvac", "plumbing", "electric", "locks", "network", "cleaning", "appliance", "pest"]

FILL = """
INSERT INTO users (id, name, phone, status, locale, created_at, updated_at)
SELECT gen_random_uuid(), 'user ' || i, '+86139' || lpad(i::text, 8, '0'), 'ACTIVE', 'zh-CN',
       now(), now()
FROM generate_series(1, {users}) AS i;

CREATE TEMP TABLE u AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM users;
CREATE TEMP TABLE st AS SELECT id, row_number() OVER (ORDER BY code) AS n FROM service_types;
CREATE INDEX ON u (n);
CREATE INDEX ON st (n);
ANALYZE u;
ANALYZE st;

INSERT INTO bookings (id, number, customer, channel, service_type, description,
                      scheduled_start, address, region, status, price_minor, created_at,
                      updated_at)
SELECT gen_random_uuid(), 'B' || i, (SELECT id FROM u WHERE n = 1 + i % {customers}),
       (ARRAY['WEB', 'APP', 'PHONE'])[1 + i % 3],
       (SELECT id FROM st WHERE n = 1 + i % 8), 'generated', t + interval '1 day',
       'somewhere', (ARRAY['xuhui', 'pudong', 'minhang', 'jingan'])[1 + i % 4],
       CASE WHEN i % 10 < 7 THEN 'COMPLETED' WHEN i % 10 = 7 THEN 'CANCELLED'
            ELSE 'CONFIRMED' END,
       10000 + (i % 20) * 1000, t, t
FROM (SELECT i, timestamptz '2026-01-01 00:00+00' + (i * interval '31.5 seconds') AS t
      FROM generate_series(1, {orders}) AS i) g;

INSERT INTO orders (id, number, booking, service_type, status, urgency, region,
                    scheduled_start, assignee, assigned_at, completed_at, revision,
                    created_at, updated_at)
SELECT gen_random_uuid(), 'O' || substr(b.number, 2), b.id, b.service_type,
       CASE b.status WHEN 'CONFIRMED' THEN 'ASSIGNED' ELSE b.status END, 'NORMAL', b.region,
       b.scheduled_start,
       CASE WHEN b.status <> 'CANCELLED'
            THEN (SELECT id FROM u WHERE n = {customers} + 1 + hashtext(b.number) % 500 + 500)
       END,
       CASE WHEN b.status <> 'CANCELLED'
            THEN b.created_at + (abs(hashtext(b.number)) % 3600) * interval '1 second' END,
       CASE WHEN b.status = 'COMPLETED'
            THEN b.created_at + (3600 + abs(hashtext(b.address || b.number)) % 14400)
                 * interval '1 second' END,
       0, b.created_at, b.created_at
FROM bookings b;

INSERT INTO reviews (id, "order", customer, staff, attitude, quality, speed, skill, comment,
                     flagged, reply, created_at)
SELECT gen_random_uuid(), o.id, b.customer, o.assignee,
       1 + abs(hashtext(o.number)) % 5, 1 + abs(hashtext(o.number || 'q')) % 5,
       1 + abs(hashtext(o.number || 's')) % 5, 1 + abs(hashtext(o.number || 'k')) % 5,
       '', false, '', o.completed_at + interval '1 hour'
FROM orders o JOIN bookings b ON b.id = o.booking
WHERE o.status = 'COMPLETED' AND abs(hashtext(o.number)) % 3 = 0;

ANALYZE;
"""


CHANGED = 1000
# A busy stretch: a thousand open orders of one week get completed and reviewed.
CHANGE = f"""
WITH done AS (
    UPDATE orders SET status = 'COMPLETED', completed_at = created_at + interval '2 hours'
    WHERE id IN (SELECT id FROM orders WHERE status = 'ASSIGNED'
                 AND created_at >= '2026-06-01' ORDER BY created_at LIMIT {CHANGED})
    RETURNING id, booking, assignee, completed_at
)
INSERT INTO reviews (id, "order", customer, staff, attitude, quality, speed, skill, comment,
                     flagged, reply, created_at)
SELECT gen_random_uuid(), d.id, b.customer, d.assignee, 4, 5, 4, 5, '', false, '',
       d.completed_at + interval '1 hour'
FROM done d JOIN bookings b ON b.id = d.booking
"""


async def create_database() -> str:
    connection = await asyncpg.connect(ADMIN_URL)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)')
        await connection.execute(f'CREATE DATABASE "{NAME}"')
    finally:
        await connection.close()
    return ADMIN_URL.rsplit("/", 1)[0] + f"/{NAME}"


async def drop_database() -> None:
    connection = await asyncpg.connect(ADMIN_URL)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)')
    finally:
        await connection.close()


async def fill(url: str, orders: int) -> None:
    connection = await asyncpg.connect(url)
    try:
        for code in TYPES:
            await connection.execute(
                "INSERT INTO service_types (id, code, name_zh, name_en, active, created_at,"
                " updated_at) VALUES (gen_random_uuid(), $1, $1, $1, true, now(), now())",
                code,
            )
        customers_count = max(100, orders // 50)
        await connection.execute(
            FILL.format(users=customers_count + 1000, customers=customers_count, orders=orders)
        )
    finally:
        await connection.close()


def recording() -> list[tuple[str, tuple[Any, ...]]]:
    """Record every statement the reports send through ``Order.raw``."""
    seen: list[tuple[str, tuple[Any, ...]]] = []
    raw = Order.raw

    def recorder(sql: str, *args: Any) -> Any:
        seen.append((sql, args))
        return raw(sql, *args)

    Order.raw = recorder  # type: ignore[method-assign]
    return seen


async def median_time(run: Callable[[], Awaitable[object]], repeat: int = 3) -> float:
    await run()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        await run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


async def main(orders: int) -> None:
    url = await create_database()
    settings = Settings(database_url=url)
    db.configure(settings)
    await db.migrate()
    started = time.perf_counter()
    await fill(url, orders)
    print(f"generated {orders:,} orders in {time.perf_counter() - started:.1f} s")
    await db.open_pool(settings)
    connection = await asyncpg.connect(url)
    try:
        zone = settings.zone
        started = time.perf_counter()
        await rollups.refresh(zone)
        print(f"built the daily rollups from scratch in {time.perf_counter() - started:.1f} s")
        await connection.execute(CHANGE)
        started = time.perf_counter()
        await rollups.refresh(zone)
        print(f"caught up with {CHANGED:,} orders completed and reviewed over a week in "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")  # fmt: skip
        year = date_range(date(2026, 1, 1), date(2026, 12, 31), zone)
        month = date_range(date(2026, 3, 1), date(2026, 3, 31), zone)
        weights = await staff.load_weights()
        busiest = "SELECT customer FROM bookings GROUP BY customer ORDER BY count(*) DESC LIMIT 1"
        customer = UUID(str(await connection.fetchval(busiest)))
        reports: list[tuple[str, Callable[[], Awaitable[object]]]] = [
            ("taskStats DAY, 1 year", lambda: tasks.task_stats(Period.DAY, year)),
            ("taskStats MONTH by TYPE, 1 year",
             lambda: tasks.task_stats(Period.MONTH, year, tasks.GroupBy.TYPE)),
            ("taskStats DAY by TYPE, 1 year",
             lambda: tasks.task_stats(Period.DAY, year, tasks.GroupBy.TYPE)),
            ("taskStats WEEK, 1 month", lambda: tasks.task_stats(Period.WEEK, month)),
            ("staffRanking, 1 year", lambda: staff.staff_ranking(year, weights)),
            ("staffRanking, 1 month", lambda: staff.staff_ranking(month, weights)),
            ("satisfactionTrend WEEK, 1 year",
             lambda: satisfaction.satisfaction_trend(Period.WEEK, year)),
            ("qualityIssues, 1 year", lambda: satisfaction.quality_issues(year)),
            ("customerProfile", lambda: customers.customer_profile(customer, zone)),
        ]  # fmt: skip
        seen = recording()
        print(f"{'report':34} {'service':>9} {'asyncpg':>9} {'ratio':>6}  under 1 s")
        for label, run in reports:
            seen.clear()
            await run()
            statements = [QueryString(sql, *args).compile_string("postgres")
                          for sql, args in seen]  # fmt: skip

            async def direct(statements: list[tuple[str, list[Any]]] = statements) -> None:
                for sql, args in statements:
                    await connection.fetch(sql, *args)

            service_time = await median_time(run)
            direct_time = await median_time(direct)
            ratio = service_time / direct_time
            verdict = "yes" if service_time < 1 else "NO"
            print(f"{label:34} {service_time:8.3f}s {direct_time:8.3f}s {ratio:6.2f}  {verdict}")
    finally:
        await connection.close()
        await db.close_pool()
        await drop_database()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    asyncio.run(main(parser.parse_args().orders))
