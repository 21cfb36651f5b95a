"""Task statistics: orders per day/week/month, breakdowns, processing and response times.

Orders count in the bucket of their creation (local time). Processing time runs from
creation to completion (completed orders only), response time from creation to assignment.
A completed order was fixed the first time unless the customer booked a repeat visit for it
(``bookings.follow_up_of``). Everything is read from the daily rollups; times are
nearest-rank medians and p90s within 1 % (:mod:`dispatchhub.analytics.rollups`).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from enum import Enum

from dispatchhub.analytics.rollups import bin_value, ranked_bins, refresh
from dispatchhub.analytics.sql import DateRange, Period, Sql, fetch, fetch_large

__all__ = ["Breakdown", "GroupBy", "TaskBucket", "TaskStats", "task_stats"]


class GroupBy(Enum):
    """A dimension that splits each bucket."""

    TYPE = "TYPE"
    CHANNEL = "CHANNEL"
    REGION = "REGION"


@dataclass(frozen=True, slots=True)
class TaskBucket:
    """One period (and group) of orders; times in seconds, None when no order had one."""

    start: str
    group: str
    total: int
    completed: int
    cancelled: int
    revisited: int
    processing_median: int | None
    processing_p90: int | None
    response_median: int | None
    response_p90: int | None

    @property
    def completion_rate(self) -> float:
        """Completed orders over all orders of the bucket."""
        return self.completed / self.total if self.total else 0.0

    @property
    def first_time_fix_rate(self) -> float | None:
        """Completed orders without a repeat visit over completed orders (None: none done)."""
        return (self.completed - self.revisited) / self.completed if self.completed else None

    @property
    def cancellation_rate(self) -> float:
        """Cancelled orders over all orders of the bucket."""
        return self.cancelled / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Orders of the whole range per value of one dimension."""

    dimension: str
    key: str
    count: int


@dataclass(frozen=True, slots=True)
class TaskStats:
    """The buckets in date order and the breakdowns by type, channel, region and status."""

    buckets: list[TaskBucket]
    breakdowns: list[Breakdown]
    # promised arrivals of the range's orders that were settled, and those kept
    arrivals: int = 0
    on_time: int = 0

    @property
    def on_time_rate(self) -> float | None:
        """Arrivals kept over arrivals settled (on time, late, missed); None without any."""
        return self.on_time / self.arrivals if self.arrivals else None


def _counts_sql(sql: Sql, period: Period) -> str:
    # A day's median and p90 are in its row already; longer periods merge histograms.
    times = ", ".join(
        f"MIN({column}) AS {column}" if period is Period.DAY else f"NULL AS {column}"
        for column in ("processing_median", "processing_p90", "response_median", "response_p90")
    )
    return f"""
    SELECT {sql.day_bucket("day", period)} AS bucket, key AS grp, SUM(total) AS total,
           SUM(completed) AS completed, SUM(cancelled) AS cancelled, SUM(revisited) AS revisited,
           {times}
    FROM order_daily WHERE dimension = {{}} AND day >= {{}} AND day <= {{}}
    GROUP BY 1, 2 ORDER BY 1, 2
    """


def _percentiles_sql(sql: Sql, period: Period) -> str:
    merged = f"""(
        SELECT {sql.period_start("day", period)} AS bucket, key AS grp, metric, bin, SUM(n) AS n
        FROM order_time_daily WHERE dimension = {{}} AND day >= {{}} AND day <= {{}}
        GROUP BY 1, 2, 3, 4
    ) h"""
    return f"""
    SELECT {sql.iso("bucket")} AS bucket, grp, metric, median, p90
    FROM ({ranked_bins("bucket, grp", merged)}) r
    """


# The promised arrivals of orders created in the range, settled (docs/deadlines.md).
_ARRIVALS_SQL = """
SELECT COUNT(*) AS n, SUM(CASE WHEN p.outcome = 'ON_TIME' THEN 1 ELSE 0 END) AS on_time
FROM arrival_promises p JOIN orders o ON o.id = p."order"
WHERE p.outcome IN ('ON_TIME', 'LATE', 'MISSED') AND o.created_at >= {} AND o.created_at < {}
"""


async def task_stats(
    period: Period, dates: DateRange, group_by: GroupBy | None = None
) -> TaskStats:
    """Orders created in ``dates``, bucketed by ``period`` in the business time zone.

    Reads the daily rollups (:mod:`dispatchhub.analytics.rollups`) after bringing them up
    to date; medians and p90s are within 1 % of the exact nearest-rank values.

    Args:
        period: DAY, WEEK (from Monday) or MONTH.
        dates: the checked range (see :func:`dispatchhub.analytics.sql.date_range`).
        group_by: split each bucket by service type code, channel or region.

    Returns:
        The buckets and, for the whole range, counts by type, channel, region and status.
    """
    await refresh(dates.zone)
    sql = Sql(dates.zone, dates.start)
    where = (group_by.value if group_by else "ALL", sql.day(dates.first), sql.day(dates.last))
    reads = [
        fetch(_counts_sql(sql, period), *where),
        fetch(
            """SELECT dimension, key AS k, SUM(total) AS n FROM order_daily
            WHERE dimension IN ('TYPE', 'CHANNEL', 'REGION', 'STATUS')
              AND day >= {} AND day <= {}
            GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2""",
            *where[1:],
        ),
    ]
    reads.append(fetch(_ARRIVALS_SQL, dates.start, dates.end))
    if period is not Period.DAY:
        reads.append(fetch_large(_percentiles_sql(sql, period), *where))
    # Independent reads: on PostgreSQL they run on pooled connections at once.
    rows, counted, arrived, *merged = await asyncio.gather(*reads)
    buckets = {(str(row["bucket"]), row["grp"]): row for row in rows}
    for found in merged[0] if merged else []:
        row = buckets.get((str(found["bucket"]), found["grp"]))
        if row is not None:
            metric = found["metric"].lower()
            row[f"{metric}_median"], row[f"{metric}_p90"] = found["median"], found["p90"]

    def seconds(found: int | None) -> int | None:
        return None if found is None else bin_value(found)

    return TaskStats(
        buckets=[
            TaskBucket(
                start=str(row["bucket"]),
                group=row["grp"],
                total=int(row["total"]),
                completed=int(row["completed"]),
                cancelled=int(row["cancelled"]),
                revisited=int(row["revisited"]),
                processing_median=seconds(row["processing_median"]),
                processing_p90=seconds(row["processing_p90"]),
                response_median=seconds(row["response_median"]),
                response_p90=seconds(row["response_p90"]),
            )  # fmt: skip
            for row in rows
        ],
        breakdowns=[Breakdown(row["dimension"], row["k"], int(row["n"])) for row in counted],
        arrivals=int(arrived[0]["n"] or 0) if arrived else 0,
        on_time=int(arrived[0]["on_time"] or 0) if arrived else 0,
    )
