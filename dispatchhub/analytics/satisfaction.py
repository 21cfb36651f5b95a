"""Review analysis: the satisfaction trend and where low ratings come from.

A rating of 2 (DISSATISFIED) or 1 (VERY_DISSATISFIED) is a low rating. Reviews count in the
bucket of their submission (local time).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

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
_REVIEWS = """
    FROM reviews r
    JOIN orders o ON o.id = r."order"
    LEFT JOIN service_types st ON st.id = o.service_type
    WHERE r.created_at >= {} AND r.created_at < {}
"""
_ANY_LOW = f"(r.attitude <= {LOW} OR r.quality <= {LOW} OR r.speed <= {LOW} OR r.skill <= {LOW})"


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


async def satisfaction_trend(period: Period, dates: DateRange) -> list[SatisfactionPoint]:
    """Mean ratings per day, week or month of reviews submitted in ``dates``."""
    sql = Sql(dates.zone, dates.start)
    overall = "((r.attitude + r.quality + r.speed + r.skill) / 4.0)"
    rows = await fetch(
        f"""
        SELECT {sql.bucket("r.created_at", period)} AS bucket, COUNT(*) AS n,
               AVG(1.0 * r.attitude) AS attitude, AVG(1.0 * r.quality) AS quality,
               AVG(1.0 * r.speed) AS speed, AVG(1.0 * r.skill) AS skill,
               AVG({overall}) AS overall,
               AVG(CASE WHEN {overall} >= 4 THEN 1.0 ELSE 0.0 END) AS satisfied
        {_REVIEWS}
        GROUP BY 1 ORDER BY 1
        """,
        dates.start,
        dates.end,
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
    bounds = (dates.start, dates.end)
    names = ("attitude", "quality", "speed", "skill")
    low = ", ".join(
        f"COALESCE(SUM(CASE WHEN r.{name} <= {LOW} THEN 1 ELSE 0 END), 0) AS {name}"
        for name in names
    )

    def grouped(key: str) -> Awaitable[list[dict[str, Any]]]:
        return fetch(
            f"SELECT {key} AS k, COUNT(*) AS n {_REVIEWS} AND {_ANY_LOW} "
            "GROUP BY 1 ORDER BY 2 DESC, 1",
            *bounds,
        )

    # Independent scans: on PostgreSQL they run on pooled connections at once.
    totals, by_type, by_staff, by_region, lowest = await asyncio.gather(
        fetch(f"SELECT {low} {_REVIEWS}", *bounds),
        grouped("COALESCE(st.code, '')"),
        grouped("CAST(r.staff AS VARCHAR(36))"),
        grouped("COALESCE(o.region, '')"),
        fetch(
            f"""
        SELECT r.staff AS staff_id, u.name, COUNT(*) AS n,
               AVG((r.attitude + r.quality + r.speed + r.skill) / 4.0) AS overall
        {_REVIEWS.replace("WHERE", "JOIN users u ON u.id = r.staff WHERE")}
        GROUP BY r.staff, u.name ORDER BY overall, n DESC, u.name LIMIT 5
        """,
            *bounds,
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
