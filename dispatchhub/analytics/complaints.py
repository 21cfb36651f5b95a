"""Recurring complaints: what keeps coming back, rather than how many low ratings there were.

A complaint is a review with a low rating (:data:`~dispatchhub.analytics.satisfaction.LOW`
or below) on any dimension. Three views, for reviews submitted in the range:

- **repeat complainers**: a customer who complained more than once about one service type;
- **persistent spots**: a service type in a region with complaints in two or more distinct
  weeks (it is not one bad day);
- **frequent terms** in complaint comments and in staff feedback on problems: words for
  English, two-character sequences for Chinese (no dictionary needed), stop words left out,
  counted over the most recent :data:`TEXT_SAMPLE` texts.

The counting is SQL on both engines; only the term counting reads text in Python.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from dataclasses import dataclass
from uuid import UUID

from dispatchhub.analytics.satisfaction import LOW
from dispatchhub.analytics.sql import DateRange, Period, Sql, fetch

__all__ = [
    "TEXT_SAMPLE",
    "ComplaintSpot",
    "RecurringComplaints",
    "RepeatComplainer",
    "recurring_complaints",
    "terms",
]

TEXT_SAMPLE = 5000
TOP = 20
_LOW = f"(r.attitude <= {LOW} OR r.quality <= {LOW} OR r.speed <= {LOW} OR r.skill <= {LOW})"
_COMPLAINTS = f"""
    FROM reviews r
    JOIN orders o ON o.id = r."order"
    LEFT JOIN service_types st ON st.id = o.service_type
    WHERE r.created_at >= {{}} AND r.created_at < {{}} AND {_LOW}
"""
_STOP = frozenset(
    "the a an and or but to of in on at for with is was were be been it this that not no "
    "very too so my me i we you he she they his her our your their have has had did do does "
    "just still again".split()
)
# Chinese function characters, dropped before pairing (so 又漏水了 gives 漏水).
_STOP_HAN = frozenset("的了是我在有和就不也都很还又没这那个们说")
_WORD = re.compile(r"[a-z][a-z']+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True, slots=True)
class RepeatComplainer:
    """A customer who complained ``complaints`` times about one service type."""

    customer_id: UUID
    name: str
    service_type: str
    complaints: int


@dataclass(frozen=True, slots=True)
class ComplaintSpot:
    """A service type in a region with complaints in ``weeks`` distinct weeks."""

    service_type: str
    region: str
    weeks: int
    complaints: int


@dataclass(frozen=True, slots=True)
class RecurringComplaints:
    """The three views, largest first."""

    repeat_complainers: list[RepeatComplainer]
    persistent_spots: list[ComplaintSpot]
    frequent_terms: list[tuple[str, int]]


def terms(text: str) -> list[str]:
    """The countable terms of a text: English words and Chinese character pairs."""
    lowered = text.lower()
    found = [w for w in _WORD.findall(lowered) if w not in _STOP]
    for run in _HAN.findall(lowered):
        chars = [c for c in run if c not in _STOP_HAN]
        found += ["".join(pair) for pair in zip(chars, chars[1:], strict=False)]
    return found


async def recurring_complaints(dates: DateRange) -> RecurringComplaints:
    """What keeps coming back in the complaints submitted in ``dates``."""
    sql = Sql(dates.zone, dates.start)
    bounds = (dates.start, dates.end)
    repeat, spots, comments, feedback = await asyncio.gather(
        fetch(
            f"""
            SELECT r.customer AS customer_id, u.name, COALESCE(st.code, '') AS service_type,
                   COUNT(*) AS n
            {_COMPLAINTS.replace("WHERE", "JOIN users u ON u.id = r.customer WHERE")}
            GROUP BY r.customer, u.name, COALESCE(st.code, '') HAVING COUNT(*) > 1
            ORDER BY n DESC, u.name LIMIT {TOP}
            """,
            *bounds,
        ),
        fetch(
            f"""
            SELECT COALESCE(st.code, '') AS service_type, COALESCE(o.region, '') AS region,
                   COUNT(DISTINCT {sql.bucket("r.created_at", Period.WEEK)}) AS weeks,
                   COUNT(*) AS n
            {_COMPLAINTS}
            GROUP BY COALESCE(st.code, ''), COALESCE(o.region, '')
            HAVING COUNT(DISTINCT {sql.bucket("r.created_at", Period.WEEK)}) > 1
            ORDER BY weeks DESC, n DESC, 1, 2 LIMIT {TOP}
            """,
            *bounds,
        ),
        fetch(
            f"SELECT r.comment AS text {_COMPLAINTS} AND r.comment <> '' "
            f"ORDER BY r.created_at DESC LIMIT {TEXT_SAMPLE}",
            *bounds,
        ),
        fetch(
            "SELECT f.message AS text FROM staff_feedback f "
            "WHERE f.created_at >= {} AND f.created_at < {} AND f.category = 'PROBLEM' "
            f"ORDER BY f.created_at DESC LIMIT {TEXT_SAMPLE}",
            *bounds,
        ),
    )
    counted: Counter[str] = Counter()
    for row in [*comments, *feedback]:
        counted.update(set(terms(row["text"] or "")))  # a text counts a term once
    return RecurringComplaints(
        repeat_complainers=[
            RepeatComplainer(
                UUID(str(r["customer_id"])), r["name"], r["service_type"], int(r["n"])
            )  # fmt: skip
            for r in repeat
        ],
        persistent_spots=[
            ComplaintSpot(r["service_type"], r["region"], int(r["weeks"]), int(r["n"]))
            for r in spots
        ],
        frequent_terms=sorted(
            ((t, n) for t, n in counted.items() if n > 1), key=lambda tn: (-tn[1], tn[0])
        )[:TOP],
    )
