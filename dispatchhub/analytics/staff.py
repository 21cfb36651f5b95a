"""Staff performance: KPIs per staff member, normalised, weighted into a score, ranked.

KPIs over the orders a staff member completed in the range: how many, the mean ``quality``
rating, the mean of all four ratings (satisfaction) and the mean response time (creation to
assignment). Each KPI is scaled onto 0..1 across the staff in the report (min–max; response
time inverted, as faster is better; everyone 1 when all are equal; 0 without reviews), then
the score is the weighted mean. Admins set the default weights. Beside the score (not in
it), each row carries the on-time rate of the promised arrivals settled in the range
(``docs/deadlines.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from dispatchhub import db
from dispatchhub.analytics.errors import AnalyticsErrorCode
from dispatchhub.analytics.sql import DateRange, Sql, fetch
from dispatchhub.errors import DomainError
from dispatchhub.users.tables import PlatformSetting

__all__ = ["RankingWeights", "StaffScore", "load_weights", "save_weights", "staff_ranking"]

SETTING_KEY = "staff_ranking_weights"


class RankingWeights(BaseModel):
    """How much each KPI counts in the composite score."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    completed: float = Field(default=3, ge=0, le=100)
    quality: float = Field(default=2, ge=0, le=100)
    satisfaction: float = Field(default=3, ge=0, le=100)
    response: float = Field(default=2, ge=0, le=100)

    @model_validator(mode="after")
    def _not_all_zero(self) -> RankingWeights:
        if self.completed + self.quality + self.satisfaction + self.response <= 0:
            raise ValueError("at least one weight must be positive")
        return self


@dataclass(frozen=True, slots=True)
class StaffScore:
    """One staff member's KPIs, composite score (0..1) and rank (1 best; ties share)."""

    staff_id: UUID
    name: str
    completed: int
    quality: float | None
    satisfaction: float | None
    response_seconds: float | None
    score: float
    rank: int
    # promised arrivals kept / settled in the range (docs/deadlines.md); None without any
    on_time_rate: float | None = None


def weights_from(values: dict[str, Any]) -> RankingWeights:
    """Checked weights, or DomainError INVALID_WEIGHT on the ``weights`` field."""
    try:
        return RankingWeights(**values)
    except ValidationError:
        raise DomainError(AnalyticsErrorCode.INVALID_WEIGHT, "weights") from None


async def load_weights() -> RankingWeights:
    """The admin-set default weights (the built-in ones until an admin saves some)."""
    row = await (
        PlatformSetting.select(PlatformSetting.value)
        .where(PlatformSetting.key == SETTING_KEY)
        .output(load_json=True)
        .first()
    )
    return RankingWeights(**row["value"]) if row else RankingWeights()


async def save_weights(weights: RankingWeights, *, admin_id: UUID) -> RankingWeights:
    """Store the default weights for every later ranking."""
    async with db.write():
        value = weights.model_dump()
        updated = await (
            PlatformSetting.update(
                {PlatformSetting.value: value, PlatformSetting.updated_by: admin_id}
            )  # fmt: skip
            .where(PlatformSetting.key == SETTING_KEY)
            .returning(PlatformSetting.id)
        )
        if not updated:
            await PlatformSetting(key=SETTING_KEY, value=value, updated_by=admin_id).save()
    return weights


def _scaled(column: str, *, inverted: bool = False) -> str:
    low, high = f"MIN({column}) OVER ()", f"MAX({column}) OVER ()"
    distance = f"({high} - {column})" if inverted else f"({column} - {low})"
    return (
        f"CASE WHEN {column} IS NULL THEN 0.0 WHEN {high} = {low} THEN 1.0 "
        f"ELSE 1.0 * {distance} / ({high} - {low}) END"
    )


async def staff_ranking(
    dates: DateRange, weights: RankingWeights, *, only: UUID | None = None
) -> list[StaffScore]:
    """Rank the staff who completed orders in ``dates`` (by completion time).

    Args:
        dates: the checked range.
        weights: the KPI weights.
        only: return this staff member's row alone (ranked among everyone).

    Returns:
        Rows best first.
    """
    sql = Sql(dates.zone, dates.start)
    # Weights are checked floats, written into the statement as literals so both engines
    # type the arithmetic the same way.
    w = weights
    total = w.completed + w.quality + w.satisfaction + w.response
    statement = f"""
    WITH a AS (
        SELECT p.staff AS staff_id, COUNT(*) AS arrivals,
               SUM(CASE WHEN p.outcome = 'ON_TIME' THEN 1 ELSE 0 END) AS on_time
        FROM arrival_promises p
        WHERE p.outcome IN ('ON_TIME', 'LATE', 'MISSED')
          AND p.updated_at >= {{}} AND p.updated_at < {{}}
        GROUP BY p.staff
    ), k AS (
        SELECT o.assignee AS staff_id, COUNT(*) AS completed,
               AVG(1.0 * r.quality) AS quality,
               AVG((r.attitude + r.quality + r.speed + r.skill) / 4.0) AS satisfaction,
               AVG(1.0 * {sql.seconds("o.created_at", "o.assigned_at")}) AS response
        FROM orders o LEFT JOIN reviews r ON r."order" = o.id
        WHERE o.status = 'COMPLETED' AND o.assignee IS NOT NULL
          AND o.completed_at >= {{}} AND o.completed_at < {{}}
        GROUP BY o.assignee
    ), s AS (
        SELECT k.*, ({w.completed!r} * {_scaled("completed")}
                    + {w.quality!r} * {_scaled("quality")}
                    + {w.satisfaction!r} * {_scaled("satisfaction")}
                    + {w.response!r} * {_scaled("response", inverted=True)}) / {total!r} AS score
        FROM k
    ), ranked AS (
        SELECT s.*, RANK() OVER (ORDER BY score DESC) AS rnk FROM s
    )
    SELECT ranked.*, u.name, a.arrivals, a.on_time FROM ranked
    JOIN users u ON u.id = ranked.staff_id LEFT JOIN a ON a.staff_id = ranked.staff_id
    {"WHERE ranked.staff_id = {}" if only else ""}
    ORDER BY rnk, completed DESC, u.name
    """
    rows = await fetch(
        statement, dates.start, dates.end, dates.start, dates.end, *([only] if only else [])
    )
    return [
        StaffScore(
            staff_id=UUID(str(row["staff_id"])),
            name=row["name"],
            completed=int(row["completed"]),
            quality=_float(row["quality"]),
            satisfaction=_float(row["satisfaction"]),
            response_seconds=_float(row["response"]),
            on_time_rate=_rate(row["on_time"], row["arrivals"]),
            score=float(row["score"]),
            rank=int(row["rnk"]),
        )  # fmt: skip
        for row in rows
    ]


def _rate(part: Any, whole: Any) -> float | None:
    return round(int(part or 0) / int(whole), 3) if whole else None


def _float(value: Any) -> float | None:
    return None if value is None else float(value)
