"""Staff × service-type statistics kept current for live dispatch.

Every event that changes what a staff member's record says — an order completed, an offer
accepted, rejected or expired, a review written or changed, a repeat visit booked — queues
``dispatch.refresh_staff_stats`` for that staff member in the same transaction
(:func:`stats_changed`). The task recomputes the member's
:class:`~dispatchhub.dispatch.tables.StaffTypeStats` rows from their history with the very
code replays use (:func:`dispatchhub.dispatch.snapshot.aggregate`), so a retried or
duplicated task is harmless and live records equal replayed ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub import db
from dispatchhub.dispatch.snapshot import StaffStats, Tally, aggregate
from dispatchhub.dispatch.tables import StaffTypeStats
from dispatchhub.outbox.handlers import register_task
from dispatchhub.outbox.service import enqueue
from dispatchhub.users.tables import StaffProfile

if TYPE_CHECKING:
    from dispatchhub.runtime import Runtime

__all__ = [
    "REFRESH_TASK",
    "rebuild_all",
    "refresh_staff",
    "refresh_staff_task",
    "rollup_stats",
    "stats_changed",
]

REFRESH_TASK = "dispatch.refresh_staff_stats"
# The '' row carries what is not per service type (offer response times).
_ALL = ""


async def stats_changed(staff_id: Any) -> None:
    """Queue a refresh of ``staff_id``'s statistics, in the caller's transaction."""
    if staff_id is not None:
        await enqueue(REFRESH_TASK, {"staff_id": str(staff_id)})


def _rows(staff_id: UUID, s: StaffStats) -> list[StaffTypeStats]:
    types = (set(s.done_by_type) | set(s.score_by_type) | set(s.resolved_by_type)) - {_ALL}
    rows = []
    for code in sorted(types) + [_ALL]:
        minutes, score = s.minutes_by_type.get(code, Tally()), s.score_by_type.get(code, Tally())
        rows.append(
            StaffTypeStats(
                staff=staff_id, service_type=code, done=s.done_by_type.get(code, 0),
                minutes_total=minutes.total, minutes_n=minutes.n,
                revisited=s.revisited_by_type.get(code, 0),
                score_total=score.total, score_n=score.n,
                resolved=s.resolved_by_type.get(code, 0),
                accepted=s.accepted_by_type.get(code, 0),
                response_total=s.response.total if code == _ALL else 0.0,
                response_n=s.response.n if code == _ALL else 0,
                arrivals=s.arrivals if code == _ALL else 0,
                on_time=s.on_time if code == _ALL else 0,
            )
        )  # fmt: skip
    return rows


async def refresh_staff(staff_id: UUID) -> None:
    """Recompute one staff member's rows from their whole history (idempotent)."""
    from dispatchhub.dispatch.records import load_history

    at = datetime.now(UTC)
    history = await load_history(at, [staff_id])
    # the zone only matters for "today", which the rollups do not keep
    stats = aggregate(history, at, ZoneInfo("UTC")).get(str(staff_id)) or StaffStats()
    async with db.write():
        await StaffTypeStats.delete().where(StaffTypeStats.staff == staff_id)
        await StaffTypeStats.insert(*_rows(staff_id, stats))


async def refresh_staff_task(runtime: Runtime, payload: dict[str, Any]) -> None:
    """Outbox task ``dispatch.refresh_staff_stats``: payload ``{"staff_id": …}``."""
    await refresh_staff(UUID(payload["staff_id"]))


async def rebuild_all() -> int:
    """Recompute every staff member's rows (after loading data, or to repair); how many."""
    staff = [UUID(str(r["user"])) for r in await StaffProfile.select(StaffProfile.user)]
    for staff_id in staff:
        await refresh_staff(staff_id)
    return len(staff)


async def rollup_stats(staff_ids: Sequence[UUID] | None = None) -> dict[str, StaffStats]:
    """The cumulative :class:`StaffStats` of staff (all, or ``staff_ids``) from the rollups;
    the windows of recent load are left at zero for the caller to fill."""
    query = StaffTypeStats.select()
    if staff_ids is not None:
        query = query.where(StaffTypeStats.staff.is_in(list(staff_ids)))
    stats: dict[str, StaffStats] = {}
    for row in await query:
        s = stats.setdefault(str(row["staff"]), StaffStats())
        code = row["service_type"]
        if row["done"]:
            s.done_by_type[code] = row["done"]
            s.revisited_by_type[code] = row["revisited"]
        if row["minutes_n"]:
            s.minutes_by_type[code] = Tally(row["minutes_total"], row["minutes_n"])
        if row["score_n"]:
            s.score_by_type[code] = Tally(row["score_total"], row["score_n"])
            s.score.total += row["score_total"]
            s.score.n += row["score_n"]
        if row["resolved"]:
            s.resolved_by_type[code] = row["resolved"]
            s.accepted_by_type[code] = row["accepted"]
        if row["response_n"]:
            s.response = Tally(row["response_total"], row["response_n"])
        if row["arrivals"]:
            s.arrivals, s.on_time = row["arrivals"], row["on_time"]
    return stats


register_task(REFRESH_TASK, refresh_staff_task)
