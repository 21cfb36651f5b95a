"""SQL pieces that differ between PostgreSQL and SQLite, and the checked date range.

Reports are single SQL statements run through Piccolo's ``raw`` (``{}`` placeholders work on
both engines). Local dates follow the business time zone: PostgreSQL converts with
``AT TIME ZONE``; SQLite has no zone database, so it shifts by the zone's UTC offset at the
start of the range, exact for zones without daylight saving such as Asia/Shanghai.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import Any, cast
from zoneinfo import ZoneInfo

from piccolo.engine.postgres import PostgresEngine

from dispatchhub import db
from dispatchhub.analytics.errors import AnalyticsErrorCode
from dispatchhub.errors import DomainError
from dispatchhub.orders.tables import Order

__all__ = [
    "MAX_RANGE_DAYS",
    "DateRange",
    "Period",
    "Sql",
    "date_range",
    "fetch",
    "fetch_large",
]

MAX_RANGE_DAYS = 366
LARGE_WORK_MEM = "64MB"


class Period(Enum):
    """The bucket a trend is counted in (weeks start on Monday)."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class DateRange:
    """Local dates ``first``..``last`` (inclusive) as the UTC instants ``[start, end)``."""

    first: date
    last: date
    start: datetime
    end: datetime
    zone: ZoneInfo


def date_range(first: date, last: date, zone: ZoneInfo) -> DateRange:
    """Check a report's dates and turn them into UTC bounds.

    Raises:
        DomainError: RANGE_BACKWARDS (field ``to``), RANGE_TOO_LONG (more than
            :data:`MAX_RANGE_DAYS` days, field ``to``).
    """
    if last < first:
        raise DomainError(AnalyticsErrorCode.RANGE_BACKWARDS, "to")
    if (last - first).days + 1 > MAX_RANGE_DAYS:
        raise DomainError(AnalyticsErrorCode.RANGE_TOO_LONG, "to", days=MAX_RANGE_DAYS)
    start = datetime.combine(first, time(), zone).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(), zone).astimezone(UTC)
    return DateRange(first, last, start, end, zone)


class Sql:
    """Dialect-specific expressions for the current engine."""

    def __init__(self, zone: ZoneInfo, at: datetime) -> None:
        self.postgres = isinstance(db.current_engine(), PostgresEngine)
        self._zone = zone.key.replace("'", "")
        offset = at.astimezone(zone).utcoffset() or timedelta()
        self._shift = f"'{int(offset.total_seconds() // 60):+d} minutes'"

    def _local(self, column: str) -> str:
        return f"({column} AT TIME ZONE '{self._zone}')"

    def bucket(self, column: str, period: Period) -> str:
        """The local date (``YYYY-MM-DD`` text) starting the day/week/month of ``column``."""
        if self.postgres:
            return f"to_char(date_trunc('{period.value}', {self._local(column)}), 'YYYY-MM-DD')"
        if period is Period.DAY:
            return f"date({column}, {self._shift})"
        if period is Period.WEEK:
            return f"date({column}, {self._shift}, '-6 days', 'weekday 1')"
        return f"strftime('%Y-%m-01', {column}, {self._shift})"

    def local_date(self, column: str) -> str:
        """The local date of the instant ``column`` (a DATE; ISO text on SQLite)."""
        if self.postgres:
            return f"CAST({self._local(column)} AS DATE)"
        return f"date({column}, {self._shift})"

    def period_start(self, column: str, period: Period) -> str:
        """The first day of the day/week/month a local-date ``column`` falls in; group by
        this and format with :meth:`iso` afterwards (cheaper than grouping by text)."""
        if period is Period.DAY:
            return column
        if self.postgres:
            return f"date_trunc('{period.value}', CAST({column} AS TIMESTAMP))"
        if period is Period.WEEK:
            return f"date({column}, '-6 days', 'weekday 1')"
        return f"strftime('%Y-%m-01', {column})"

    def iso(self, column: str) -> str:
        """A date or timestamp as ``YYYY-MM-DD`` text."""
        return f"to_char({column}, 'YYYY-MM-DD')" if self.postgres else column

    def day_bucket(self, column: str, period: Period) -> str:
        """Like :meth:`bucket`, for a column that already holds a local date."""
        return self.iso(self.period_start(column, period))

    def day(self, value: date) -> date | str:
        """``value`` as a parameter compared with a date column."""
        return value if self.postgres else value.isoformat()

    def seconds(self, start: str, end: str) -> str:
        """Whole seconds from ``start`` to ``end`` (NULL when either is NULL)."""
        if self.postgres:
            return f"CAST(ROUND(EXTRACT(EPOCH FROM ({end} - {start}))) AS BIGINT)"
        return f"CAST(ROUND((julianday({end}) - julianday({start})) * 86400) AS BIGINT)"

    def weekday(self, column: str) -> str:
        """The local ISO weekday of ``column``: 1 Monday … 7 Sunday."""
        if self.postgres:
            return f"CAST(EXTRACT(ISODOW FROM {self._local(column)}) AS INTEGER)"
        return f"((CAST(strftime('%w', {column}, {self._shift}) AS INTEGER) + 6) % 7 + 1)"

    def hour(self, column: str) -> str:
        """The local hour (0–23) of ``column``."""
        if self.postgres:
            return f"CAST(EXTRACT(HOUR FROM {self._local(column)}) AS INTEGER)"
        return f"CAST(strftime('%H', {column}, {self._shift}) AS INTEGER)"


async def fetch(sql: str, *args: Any) -> list[dict[str, Any]]:
    """Run one report statement; ``{}`` marks each argument."""
    return cast("list[dict[str, Any]]", await Order.raw(sql, *args))


async def fetch_large(sql: str, *args: Any) -> list[dict[str, Any]]:
    """Like :func:`fetch`, for a statement that groups or sorts hundreds of thousands of rows:
    on PostgreSQL it gets :data:`LARGE_WORK_MEM` of sort and hash memory (for this statement
    only), so the groups are hashed in memory instead of sorted on disk (3x faster)."""
    engine = db.current_engine()
    if not isinstance(engine, PostgresEngine) or engine.current_transaction.get() is not None:
        return await fetch(sql, *args)
    async with engine.transaction():
        await Order.raw(f"SET LOCAL work_mem = '{LARGE_WORK_MEM}'")
        rows = await fetch(sql, *args)
    return rows
