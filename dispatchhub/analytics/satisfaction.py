"""Review analysis: the satisfaction trend and where low ratings come from.

A rating of 2 (DISSATISFIED) or 1 (VERY_DISSATISFIED) is a low rating. Reviews count in the
bucket of their submission (local time). Both reports read the daily review rollup
(:mod:`dispatchhub.analytics.rollups`): exact sums and counts, kept current.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from dispatchhub.analytics.rollups import refresh
from dispatchhub.analytics.sql import DateRange, Period, Sql, fetch

__all__ = [
    "LOW",
    "IssueCount",
    "QualityIssues",
    "SatisfactionPoint",
    "StaffRating",
    "quality_issues",
    "satisfaction_trend",
]

LOW = 2
_RANGE = "day >= {} AND day <= {}"


@dataclass(frozen=True, slots=True)
class SatisfactionPoint:
    """Mean ratings (1..5) of one bucket, and the share of reviews averaging 4 or more."""

    start: str
    reviews: int
    attitude: float
    quality: float
    speed: float
    skill: float
    overall: float
    satisfied_rate: float


@dataclass(frozen=True, slots=True)
class IssueCount:
    """Low ratings for one value of a dimension (``key``: the dimension name, the service
    type code, the staff id or the region)."""

    key: str
    count: int


@dataclass(frozen=True, slots=True)
class StaffRating:
    """A staff member's mean overall rating in the range."""

    staff_id: UUID
    name: str
    reviews: int
    overall: float


@dataclass(frozen=True, slots=True)
class QualityIssues:
    """Low ratings by rating dimension, and reviews with any low rating by type, staff and
    region; the five lowest-rated staff."""

    by_dimension: list[IssueCount]
    by_service_type: list[IssueCount]
    by_staff: list[IssueCount]
    by_region: list[IssueCount]
    lowest_rated_staff: list[StaffRating]


def _days(dates: DateRange) -> tuple[Sql, tuple[object, object]]:
    sql = Sql(dates.zone, dates.start)
    return sql, (sql.day(dates.first), sql.day(dates.last))


async def satisfaction_trend(period: Period, dates: DateRange) -> list[SatisfactionPoint]:
    """Mean ratings per day, week or month of reviews submitted in ``dates``."""
    await refresh(dates.zone)
    sql, days = _days(dates)
    rows = await fetch(
        f"""
        SELECT {sql.day_bucket("day", period)} AS bucket, SUM(n) AS n,
               1.0 * SUM(attitude) / SUM(n) AS attitude, 1.0 * SUM(quality) / SUM(n) AS quality,
               1.0 * SUM(speed) / SUM(n) AS speed, 1.0 * SUM(skill) / SUM(n) AS skill,
               SUM(total) / (4.0 * SUM(n)) AS overall, 1.0 * SUM(satisfied) / SUM(n) AS satisfied
        FROM review_daily WHERE dimension = 'ALL' AND {_RANGE}
        GROUP BY 1 ORDER BY 1
        """,
        *days,
    )
    return [
        SatisfactionPoint(
            start=str(row["bucket"]),
            reviews=int(row["n"]),
            attitude=float(row["attitude"]),
            quality=float(row["quality"]),
            speed=float(row["speed"]),
            skill=float(row["skill"]),
            overall=float(row["overall"]),
            satisfied_rate=float(row["satisfied"]),
        )  # fmt: skip
        for row in rows
    ]


def _counts(rows: list[dict[str, Any]]) -> list[IssueCount]:
    return [IssueCount(str(row["k"]), int(row["n"])) for row in rows]


async def quality_issues(dates: DateRange) -> QualityIssues:
    """Where the low ratings of reviews submitted in ``dates`` come from."""
    await refresh(dates.zone)
    _, days = _days(dates)
    names = ("attitude", "quality", "speed", "skill")
    low = ", ".join(f"COALESCE(SUM(low_{name}), 0) AS {name}" for name in names)

    def grouped(dimension: str) -> Awaitable[list[dict[str, Any]]]:
        return fetch(
            f"SELECT key AS k, SUM(any_low) AS n FROM review_daily"
            f" WHERE dimension = '{dimension}' AND {_RANGE}"
            " GROUP BY 1 HAVING SUM(any_low) > 0 ORDER BY 2 DESC, 1",
            *days,
        )

    # Independent reads: on PostgreSQL they run on pooled connections at once.
    totals, by_type, by_staff, by_region, lowest = await asyncio.gather(
        fetch(f"SELECT {low} FROM review_daily WHERE dimension = 'ALL' AND {_RANGE}", *days),
        grouped("TYPE"),
        grouped("STAFF"),
        grouped("REGION"),
        fetch(
            f"""
        SELECT u.id AS staff_id, u.name, s.n, s.overall
        FROM (SELECT key, SUM(n) AS n, SUM(total) / (4.0 * SUM(n)) AS overall
              FROM review_daily WHERE dimension = 'STAFF' AND {_RANGE} GROUP BY key) s
        JOIN users u ON CAST(u.id AS VARCHAR(36)) = s.key
        ORDER BY s.overall, s.n DESC, u.name LIMIT 5
        """,
            *days,
        ),
    )
    return QualityIssues(
        by_dimension=[IssueCount(name, int(totals[0][name])) for name in names],
        by_service_type=_counts(by_type),
        by_staff=_counts(by_staff),
        by_region=_counts(by_region),
        lowest_rated_staff=[
            StaffRating(
                UUID(str(row["staff_id"])), row["name"], int(row["n"]), float(row["overall"])
            )  # fmt: skip
            for row in lowest
        ],
    )
