"""Keeping the daily rollups (:mod:`dispatchhub.analytics.tables`) current.

Triggers note every order, review or follow-up booking written in ``rollup_changes``. A
refresh claims those notes with one ``DELETE … RETURNING`` (so a note committed meanwhile
stays for the next refresh and is never lost), turns them into local days, and rebuilds
those days from the source tables with grouped ``INSERT … SELECT`` statements. Refreshes
take turns (an advisory lock on PostgreSQL, the write lock on SQLite). The first refresh, or
one after the business time zone changed, rebuilds everything.

Reports call :func:`refresh` before they read, so they always see committed data; the
outbox task ``analytics.refresh_rollups`` also runs it every ``rollup_refresh_seconds`` so
that a report rarely has more than a few minutes of changes to catch up on.

Processing and response times are kept as histograms over logarithmic bins: a time ``v``
(whole seconds, ≥ 1) falls in bin ``1 + ceil(ln v / ln γ)`` with γ = 1.02 (bin 0 holds times
under a second), and a bin stands for ``2γᵏ / (γ + 1)``, within 1 % of every time in it.
Bins of different days and groups add up, so a median or p90 over any range comes from
the rollup alone, within 1 % of the exact nearest-rank value.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from dispatchhub import db
from dispatchhub.analytics.sql import LARGE_WORK_MEM, Sql, fetch
from dispatchhub.analytics.tables import (
    OrderDaily,
    OrderTimeDaily,
    ReviewDaily,
    RollupChange,
    RollupState,
)
from dispatchhub.outbox.handlers import register_task
from dispatchhub.outbox.periodic import schedule
from dispatchhub.outbox.service import now

if TYPE_CHECKING:
    from dispatchhub.runtime import Runtime

__all__ = ["GAMMA", "TASK", "bin_of", "bin_value", "ranked_bins", "refresh", "run_refresh"]

TASK = "analytics.refresh_rollups"
GAMMA = 1.02
_LN_GAMMA = math.log(GAMMA)
_STATE = "analytics"
_LOW = 2


def bin_of(seconds: float) -> int:
    """The histogram bin of a time in seconds (the same as the SQL that fills the rollup)."""
    if seconds < 1:
        return 0
    return 1 + math.ceil(math.log(seconds) / _LN_GAMMA)


def bin_value(index: int) -> int:
    """The whole seconds a bin stands for: within 1 % of every time in it."""
    if index <= 0:
        return 0
    return round(2 * GAMMA ** (index - 1) / (GAMMA + 1))


def _bin_sql(column: str) -> str:
    return (
        f"CASE WHEN {column} < 1 THEN 0 ELSE 1 + CAST(CEIL(LN(CAST({column} AS DOUBLE PRECISION))"
        f" / {_LN_GAMMA!r}) AS INTEGER) END"
    )


def ranked_bins(keys: str, rows: str) -> str:
    """Per ``keys`` and metric, the bins holding the nearest-rank median and p90: the first
    bin whose running count reaches ``ceil(p·n)`` (equivalently ``p·n``).

    Args:
        keys: the grouping columns, comma-separated.
        rows: what follows ``FROM``: histogram rows with ``keys``, ``metric``, ``bin``, ``n``.
    """
    return f"""
    SELECT {keys}, metric, MIN(CASE WHEN 2 * running >= total THEN bin END) AS median,
           MIN(CASE WHEN 10 * running >= 9 * total THEN bin END) AS p90
    FROM (SELECT {keys}, metric, bin,
                 SUM(n) OVER (PARTITION BY {keys}, metric ORDER BY bin
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running,
                 SUM(n) OVER (PARTITION BY {keys}, metric) AS total
          FROM {rows}) c
    GROUP BY {keys}, metric"""


_DAILY_RANKED = ranked_bins("day, dimension, key", "order_time_daily WHERE day >= {} AND day <= {}")
_DAILY_PERCENTILES = f"""
UPDATE order_daily SET processing_median = p.pm, processing_p90 = p.pp,
                       response_median = p.rm, response_p90 = p.rp
FROM (SELECT day, dimension, key,
             MIN(CASE WHEN metric = 'PROCESSING' THEN median END) AS pm,
             MIN(CASE WHEN metric = 'PROCESSING' THEN p90 END) AS pp,
             MIN(CASE WHEN metric = 'RESPONSE' THEN median END) AS rm,
             MIN(CASE WHEN metric = 'RESPONSE' THEN p90 END) AS rp
      FROM ({_DAILY_RANKED}) r
      GROUP BY day, dimension, key) p
WHERE order_daily.day = p.day AND order_daily.dimension = p.dimension
  AND order_daily.key = p.key
"""


def _orders_base(sql: Sql) -> str:
    """Orders created in ``[{}, {})`` with what the rollups group and count."""
    return f"""
    base AS MATERIALIZED (
        SELECT {sql.local_date("o.created_at")} AS day, COALESCE(st.code, '') AS type,
               COALESCE(b.channel, '') AS channel, COALESCE(o.region, '') AS region, o.status,
               CASE WHEN o.status = 'COMPLETED'
                    THEN {sql.seconds("o.created_at", "o.completed_at")} END AS processing,
               {sql.seconds("o.created_at", "o.assigned_at")} AS response,
               CASE WHEN o.status = 'COMPLETED' AND EXISTS (
                   SELECT 1 FROM bookings f WHERE f.follow_up_of = o.id) THEN 1 ELSE 0 END
                   AS revisit
        FROM orders o
        LEFT JOIN bookings b ON b.id = o.booking
        LEFT JOIN service_types st ON st.id = o.service_type
        WHERE o.created_at >= {{}} AND o.created_at < {{}}
    )"""


_ORDER_GROUPS = (("ALL", "''"), ("TYPE", "type"), ("CHANNEL", "channel"), ("REGION", "region"))


def _orders_daily_sql(sql: Sql) -> str:
    counts = """COUNT(*), SUM(CASE WHEN status = 'COMPLETED' THEN 1 ELSE 0 END),
        SUM(CASE WHEN status = 'CANCELLED' THEN 1 ELSE 0 END), SUM(revisit)"""
    selects = " UNION ALL ".join(
        f"SELECT day, '{name}', {key}, {counts} FROM base GROUP BY day, {key}"
        for name, key in (*_ORDER_GROUPS, ("STATUS", "status"))
    ).replace("GROUP BY day, ''", "GROUP BY day")
    return f"""WITH {_orders_base(sql)}
    INSERT INTO order_daily (day, dimension, key, total, completed, cancelled, revisited)
    {selects}"""


def _order_times_sql(sql: Sql) -> str:
    keys = "day, type, channel, region"
    selects = " UNION ALL ".join(
        f"SELECT day, '{name}', {key}, metric, bin, COUNT(*) FROM m"
        f" GROUP BY day, {key}, metric, bin"
        for name, key in _ORDER_GROUPS
    ).replace("GROUP BY day, '', ", "GROUP BY day, ")
    return f"""WITH {_orders_base(sql)}, m AS MATERIALIZED (
        SELECT {keys}, 'PROCESSING' AS metric, {_bin_sql("processing")} AS bin
        FROM base WHERE processing IS NOT NULL
        UNION ALL
        SELECT {keys}, 'RESPONSE', {_bin_sql("response")} FROM base WHERE response IS NOT NULL
    )
    INSERT INTO order_time_daily (day, dimension, key, metric, bin, n)
    {selects}"""


def _reviews_daily_sql(sql: Sql) -> str:
    low = ", ".join(f"SUM(CASE WHEN {x} <= {_LOW} THEN 1 ELSE 0 END)" for x in "aqsk")
    sums = f"""COUNT(*), SUM(a), SUM(q), SUM(s), SUM(k), SUM(a + q + s + k),
        SUM(CASE WHEN a + q + s + k >= 16 THEN 1 ELSE 0 END), {low},
        SUM(CASE WHEN a <= {_LOW} OR q <= {_LOW} OR s <= {_LOW} OR k <= {_LOW} THEN 1 ELSE 0 END)"""
    selects = " UNION ALL ".join(
        f"SELECT day, '{name}', {key}, {sums} FROM base {where} GROUP BY day, {key}"
        for name, key, where in (
            ("ALL", "''", ""),
            ("TYPE", "type", ""),
            ("REGION", "region", ""),
            ("STAFF", "staff", "WHERE staff IS NOT NULL"),
        )
    ).replace("GROUP BY day, ''", "GROUP BY day")
    return f"""WITH base AS MATERIALIZED (
        SELECT {sql.local_date("r.created_at")} AS day, COALESCE(st.code, '') AS type,
               COALESCE(o.region, '') AS region, CAST(r.staff AS VARCHAR(36)) AS staff,
               r.attitude AS a, r.quality AS q, r.speed AS s, r.skill AS k
        FROM reviews r
        JOIN orders o ON o.id = r."order"
        LEFT JOIN service_types st ON st.id = o.service_type
        WHERE r.created_at >= {{}} AND r.created_at < {{}}
    )
    INSERT INTO review_daily (day, dimension, key, n, attitude, quality, speed, skill, total,
                              satisfied, low_attitude, low_quality, low_speed, low_skill,
                              any_low)
    {selects}"""


def _runs(days: set[date]) -> list[tuple[date, date]]:
    """Consecutive days as (first, last) runs."""
    runs: list[tuple[date, date]] = []
    for day in sorted(days):
        if runs and runs[-1][1] + timedelta(days=1) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _bounds(first: date, last: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(first, time(), zone)
    return start, datetime.combine(last + timedelta(days=1), time(), zone)


async def _rebuild(source: str, first: date, last: date, zone: ZoneInfo) -> None:
    start, end = _bounds(first, last, zone)
    sql = Sql(zone, start)
    days = (sql.day(first), sql.day(last))
    if source == "orders":
        for table, statement in ((OrderDaily, _orders_daily_sql(sql)),
                                 (OrderTimeDaily, _order_times_sql(sql))):  # fmt: skip
            await fetch(f"DELETE FROM {table._meta.tablename} WHERE day >= {{}} AND day <= {{}}",
                        *days)  # fmt: skip
            await fetch(statement, start, end)
        await fetch(_DAILY_PERCENTILES, *days)
    else:
        await fetch("DELETE FROM review_daily WHERE day >= {} AND day <= {}", *days)
        await fetch(_reviews_daily_sql(sql), start, end)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


async def _rebuild_all(sql: Sql, zone: ZoneInfo) -> None:
    await RollupChange.delete(force=True)
    for rollup in (OrderDaily, OrderTimeDaily, ReviewDaily):
        await rollup.delete(force=True)
    for source in ("orders", "reviews"):
        found = await fetch(
            f"SELECT {sql.local_date('MIN(created_at)')} AS first,"
            f" {sql.local_date('MAX(created_at)')} AS last FROM {source}"
        )
        if found and found[0]["first"] is not None:
            await _rebuild(source, _as_date(found[0]["first"]), _as_date(found[0]["last"]), zone)
    if sql.postgres:  # fresh statistics, or the planner takes the new tables for empty
        await fetch("ANALYZE order_daily, order_time_daily, review_daily")


async def _catch_up(sql: Sql, zone: ZoneInfo) -> None:
    claimed = await fetch(
        f"DELETE FROM rollup_changes RETURNING source, {sql.local_date('at')} AS day"
    )
    days: dict[str, set[date]] = {}
    for row in claimed:
        days.setdefault(row["source"], set()).add(_as_date(row["day"]))
    for source, touched in sorted(days.items()):
        for first, last in _runs(touched):
            await _rebuild(source, first, last, zone)


async def refresh(zone: ZoneInfo) -> None:
    """Bring the rollups up to date with every committed change (see the module doc)."""
    state = await RollupState.objects().where(RollupState.name == _STATE).first()
    current = state is not None and state.zone == zone.key
    if current and not await RollupChange.exists():
        return
    sql = Sql(zone, now())
    async with db.write():
        if sql.postgres:
            await fetch("SELECT pg_advisory_xact_lock(hashtext('dispatchhub.rollups'))")
        state = await RollupState.objects().where(RollupState.name == _STATE).first()
        if state is None:
            state = RollupState(name=_STATE, zone="", refreshed_at=now())
        if sql.postgres:
            await fetch(f"SET LOCAL work_mem = '{LARGE_WORK_MEM}'")
        if state.zone != zone.key:
            await _rebuild_all(sql, zone)
        else:
            await _catch_up(sql, zone)
        state.zone = zone.key
        state.refreshed_at = now()
        await state.save()


async def run_refresh(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Outbox task ``analytics.refresh_rollups``: catch up, then queue the next pass."""
    try:
        await refresh(runtime.settings.zone)
    finally:
        await schedule(TASK, timedelta(seconds=runtime.settings.rollup_refresh_seconds))


register_task(TASK, run_refresh)
