"""Loading the demo data: generate every row in memory, then write them in one transaction."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from dispatchhub import db
from dispatchhub.demo.aftercare import add_aftercare
from dispatchhub.demo.bookings import add_bookings
from dispatchhub.demo.builder import Builder, Rows
from dispatchhub.demo.catalog import add_catalog
from dispatchhub.demo.checks import check_rows
from dispatchhub.demo.decisions import add_decisions
from dispatchhub.demo.people import add_people, add_profiles
from dispatchhub.demo.summary import ADMIN_PHONE, DemoSummary, read_demo_summary
from dispatchhub.dispatch.stats import rebuild_all
from dispatchhub.piccolo_app import all_tables
from dispatchhub.users.tables import User

__all__ = ["build_demo_rows", "load_demo_data"]


async def load_demo_data(
    *,
    seed: int = 7,
    staff_count: int = 50,
    customer_count: int = 40,
    now: datetime | None = None,
    zone: str = "Asia/Shanghai",
) -> DemoSummary:
    """Fill an empty, migrated database with demo data, unless it is already there.

    Args:
        seed: the random seed; the same seed and ``now`` give the same rows and ids.
        staff_count: service staff to create (spread over the eight districts).
        customer_count: customers to create (one in seven is an English-speaking expat).
        now: the moment the data is relative to (past jobs, upcoming appointments, offer
            deadlines); defaults to the current time, to the minute.
        zone: the business time zone of service hours and shifts.

    Returns:
        The summary; ``created`` is False when the demo admin already existed.
    """
    if await User.exists().where(User.phone == ADMIN_PHONE):
        return await read_demo_summary(created=False)
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(second=0, microsecond=0)
    builder = Builder(random.Random(seed), moment, ZoneInfo(zone))
    rows = build_demo_rows(
        builder, staff_count=max(staff_count, 1), customer_count=max(customer_count, 1)
    )
    check_rows(rows)  # only states the domain, and so the API, knows
    async with db.write():
        # Checked again under the write lock: two processes may have started together.
        if await User.exists().where(User.phone == ADMIN_PHONE):
            return await read_demo_summary(created=False)
        for table in all_tables():
            batch = rows.get(table, [])
            for start in range(0, len(batch), 200):  # stays under both engines' bind limits
                await table.insert(*batch[start : start + 200])
    await rebuild_all()  # the statistics live dispatch reads, from the history just loaded
    return await read_demo_summary(created=True)


def build_demo_rows(b: Builder, *, staff_count: int, customer_count: int) -> Rows:
    """Every demo row, by table, in an order that keeps references valid."""
    add_catalog(b)
    add_people(b, staff_count, customer_count)
    jobs = add_bookings(b)
    add_aftercare(b, jobs)
    add_profiles(b)  # the jobs decide who is busy, and where
    add_decisions(b, jobs)  # last: replays the policy over every other row
    return b.rows
