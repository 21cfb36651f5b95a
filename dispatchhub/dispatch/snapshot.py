"""The records policies read, built from rows: the one place that turns rows into DSL records.

A **task record** comes from an :class:`~dispatchhub.orders.tables.Order` (with its service
type's code and its region's neighbours); a **staff record** from a
:class:`~dispatchhub.users.tables.StaffProfile`, its
:class:`~dispatchhub.users.tables.StaffSkill` rows and the staff member's history (orders,
reviews, offers) *up to a moment*, so the same code builds the state at decision time for a
replay and the state now for live dispatch. Field names and units are those of
:data:`dispatchhub.rules_dsl.DEFAULT_SCHEMA` (km, minutes, rates 0..1).

What an :class:`~dispatchhub.dispatch.tables.AssignmentDecision` stores is defined here too:
``task`` holds the task record and ``candidates`` one :func:`candidate_entry` per staff
member considered (see ``docs/dsl.md``, "Recorded decisions").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from dispatchhub.rules_dsl import CandidateExplanation
from dispatchhub.users.shifts import minutes_left as shift_minutes_left

__all__ = [
    "ACTIVE_STATUSES",
    "PRIOR_WEIGHT",
    "RATE_PRIOR",
    "RATING_PRIOR",
    "History",
    "JobRow",
    "OfferRow",
    "ReviewRow",
    "StaffStats",
    "Tally",
    "aggregate",
    "candidate_entry",
    "recorded_staff",
    "records_from_stats",
    "smoothed",
    "staff_records",
    "task_record",
]

# Orders in these states occupy their assignee (they count against ``max_orders``).
ACTIVE_STATUSES = frozenset({"ASSIGNED", "EN_ROUTE", "IN_PROGRESS"})
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def task_record(
    order: Mapping[str, Any],
    *,
    service_type: str,
    neighbours: Sequence[str],
    zone: ZoneInfo,
    default_duration_min: float | None = None,
) -> dict[str, Any]:
    """The DSL task record of an order row.

    Args:
        order: An ``orders`` row (``id``, ``urgency``, ``region``, ``lat``, ``lon``,
            ``scheduled_start``, ``scheduled_end``).
        service_type: The service type's code (``task.type``).
        neighbours: Region codes bordering the order's region.
        zone: The business time zone: ``hour``, ``weekday`` and ``time`` are local.
        default_duration_min: The service type's duration, used when the order has no end.

    Returns:
        A record with every ``task.*`` field of the schema. The catalog has no
        certification requirements or customer staff preference yet, so
        ``required_certifications`` is empty and ``preferred_staff_id`` is missing.
    """
    start: datetime = order["scheduled_start"]
    local = start.astimezone(zone)
    end: datetime | None = order.get("scheduled_end")
    duration = (end - start).total_seconds() / 60 if end is not None else default_duration_min
    return {
        "id": str(order["id"]),
        "type": service_type,
        "urgency": str(order["urgency"]).lower(),
        "region": order["region"] or "",
        "neighbour_regions": list(neighbours),
        "lat": order["lat"],
        "lon": order["lon"],
        "hour": local.hour,
        "weekday": _WEEKDAYS[local.weekday()],
        "time": local.hour * 60 + local.minute,
        "est_duration_min": None if duration is None else float(duration),
        "required_certifications": [],
        "preferred_staff_id": None,
    }


@dataclass(frozen=True, slots=True)
class JobRow:
    """An order as staff history sees it (``service_type`` is the type's code)."""

    staff: str
    service_type: str
    status: str
    assigned_at: datetime | None
    started_at: datetime | None
    completed_at: datetime | None
    # when the customer first booked a repeat visit for this job (``bookings.follow_up_of``)
    followed_up_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """A review of a staff member; ``score`` is the mean of its four dimensions (1..5)."""

    staff: str
    service_type: str
    score: float
    created_at: datetime


@dataclass(frozen=True, slots=True)
class OfferRow:
    """An offer made to a staff member and how it was answered."""

    staff: str
    status: str
    created_at: datetime
    deadline: datetime
    answered_at: datetime | None
    service_type: str = ""


@dataclass(frozen=True, slots=True)
class History:
    """What staff did, for the statistics policies read; only what happened before the
    moment of a record counts."""

    jobs: Sequence[JobRow] = ()
    reviews: Sequence[ReviewRow] = ()
    offers: Sequence[OfferRow] = ()


@dataclass(slots=True)
class Tally:
    """A running sum and count (a mean without keeping the values)."""

    total: float = 0.0
    n: int = 0

    def add(self, value: float) -> None:
        """Count one value."""
        self.total += value
        self.n += 1

    def mean(self) -> float | None:
        """The mean to three decimals; None before the first value."""
        return round(self.total / self.n, 3) if self.n else None


def _tallies() -> defaultdict[str, Tally]:
    return defaultdict(Tally)


def _counts() -> defaultdict[str, int]:
    return defaultdict(int)


@dataclass(slots=True)
class StaffStats:
    """What a staff member's history adds up to: windows of recent load (``active``,
    ``today``, ``last_7d``) and cumulative figures by service type code, which
    :mod:`dispatchhub.dispatch.stats` keeps as rollups for live dispatch."""

    active: int = 0
    today: int = 0
    last_7d: int = 0
    score: Tally = field(default_factory=Tally)
    score_by_type: defaultdict[str, Tally] = field(default_factory=_tallies)
    done_by_type: defaultdict[str, int] = field(default_factory=_counts)
    minutes_by_type: defaultdict[str, Tally] = field(default_factory=_tallies)
    revisited_by_type: defaultdict[str, int] = field(default_factory=_counts)
    response: Tally = field(default_factory=Tally)
    resolved_by_type: defaultdict[str, int] = field(default_factory=_counts)
    accepted_by_type: defaultdict[str, int] = field(default_factory=_counts)


def _minutes(delta: timedelta) -> float:
    return delta.total_seconds() / 60


def aggregate(history: History, at: datetime, zone: ZoneInfo) -> dict[str, StaffStats]:
    """Each staff member's :class:`StaffStats` from their history as it stood at ``at``."""
    stats: dict[str, StaffStats] = defaultdict(StaffStats)
    day_start = at.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    week_ago = at - timedelta(days=7)
    for job in history.jobs:
        if job.assigned_at is None or job.assigned_at > at:
            continue
        s = stats[job.staff]
        completed = job.completed_at
        if completed is not None and completed <= at:
            s.done_by_type[job.service_type] += 1
            if job.started_at is not None:
                s.minutes_by_type[job.service_type].add(_minutes(completed - job.started_at))
            if job.followed_up_at is not None and job.followed_up_at <= at:
                s.revisited_by_type[job.service_type] += 1
        elif completed is not None or job.status in ACTIVE_STATUSES:
            # completed later, or still going: it occupied the staff member at ``at``
            s.active += 1
        s.last_7d += job.assigned_at >= week_ago
        s.today += job.started_at is not None and day_start <= job.started_at <= at
    for review in history.reviews:
        if review.created_at <= at:
            s = stats[review.staff]
            s.score.add(review.score)
            s.score_by_type[review.service_type].add(review.score)
    for offer in history.offers:
        s = stats[offer.staff]
        if offer.answered_at is not None and offer.answered_at <= at:
            s.response.add(_minutes(offer.answered_at - offer.created_at))
            s.resolved_by_type[offer.service_type] += 1
            s.accepted_by_type[offer.service_type] += offer.status == "ACCEPTED"
        elif offer.status == "EXPIRED" and offer.deadline <= at:
            s.resolved_by_type[offer.service_type] += 1
    return stats


# Smoothing (docs/dsl.md, "Smoothed statistics"): a figure from few observations is pulled
# towards a prior, as if PRIOR_WEIGHT observations of the prior value came first.
PRIOR_WEIGHT = 5
RATING_PRIOR = 4.0
RATE_PRIOR = 0.8


def smoothed(total: float, n: int, prior: float) -> float:
    """The Bayesian average ``(PRIOR_WEIGHT * prior + total) / (PRIOR_WEIGHT + n)``."""
    return round((PRIOR_WEIGHT * prior + total) / (PRIOR_WEIGHT + n), 3)


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _figures(s: StaffStats) -> dict[str, Any]:
    """The record fields computed from a staff member's statistics."""
    types = sorted(s.done_by_type)
    resolved = sum(s.resolved_by_type.values())
    done = sum(s.done_by_type.values())
    return {
        "active_orders": s.active,
        "rating": s.score.mean(),
        "avg_response_min": s.response.mean(),
        "acceptance_rate": _rate(sum(s.accepted_by_type.values()), resolved),
        "first_time_fix_rate": _rate(done - sum(s.revisited_by_type.values()), done),
        "orders_today": s.today,
        "orders_last_7d": s.last_7d,
        "ratings": {t: v.mean() for t, v in sorted(s.score_by_type.items()) if v.n},
        "ratings_smoothed": {
            t: smoothed(v.total, v.n, RATING_PRIOR) for t, v in sorted(s.score_by_type.items())
        },
        "done_by_type": {t: s.done_by_type[t] for t in types},
        "completion_min_by_type": {
            t: v.mean() for t, v in sorted(s.minutes_by_type.items()) if v.n
        },
        "first_time_fix_by_type": {
            t: smoothed(s.done_by_type[t] - s.revisited_by_type[t], s.done_by_type[t], RATE_PRIOR)
            for t in types
        },
        "acceptance_by_type": {
            t: smoothed(s.accepted_by_type[t], n, RATE_PRIOR)
            for t, n in sorted(s.resolved_by_type.items())
        },
    }


def staff_records(
    profiles: Iterable[Mapping[str, Any]],
    skills: Iterable[Mapping[str, Any]],
    history: History,
    *,
    at: datetime,
    zone: ZoneInfo,
) -> list[dict[str, Any]]:
    """The DSL staff records as they stood at ``at``.

    Args:
        profiles: ``staff_profiles`` rows (``user``, ``level``, ``years_experience``,
            ``region``, ``lat``/``lon`` (live), ``home_lat``/``home_lon``, ``availability``,
            ``shifts``, ``shift_state``/``shift_state_at`` (the app's switch, see
            :mod:`dispatchhub.users.shifts`), ``max_active_orders``).
        skills: ``staff_skills`` rows (``staff``, ``skill``, ``level``, ``certified``).
        history: Orders, reviews and offers; later ones are ignored.
        at: The moment the records describe (decision time).
        zone: The business time zone of shifts and "today".

    Returns:
        One record per profile with a known position (live, else home); staff without
        one cannot be measured against a task and are left out. ``languages`` is empty
        (profiles do not record them yet).
    """
    return records_from_stats(profiles, skills, aggregate(history, at, zone), at=at, zone=zone)


def records_from_stats(
    profiles: Iterable[Mapping[str, Any]],
    skills: Iterable[Mapping[str, Any]],
    stats: Mapping[str, StaffStats],
    *,
    at: datetime,
    zone: ZoneInfo,
) -> list[dict[str, Any]]:
    """The DSL staff records from profiles, skills and each staff member's statistics
    (from their history, :func:`aggregate`, or from the rollups)."""
    by_staff: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for skill in skills:
        by_staff[str(skill["staff"])].append(skill)
    records: list[dict[str, Any]] = []
    for profile in profiles:
        staff_id = str(profile["user"])
        lat = profile["lat"] if profile["lat"] is not None else profile["home_lat"]
        lon = profile["lon"] if profile["lon"] is not None else profile["home_lon"]
        if lat is None or lon is None:
            continue
        s = stats.get(staff_id) or StaffStats()
        left = shift_minutes_left(profile, at, zone)  # the calendar or the app's switch
        own = by_staff.get(staff_id, [])
        records.append(
            {
                "id": staff_id,
                "region": profile["region"],
                "lat": lat,
                "lon": lon,
                "on_shift": left is not None,
                "available": left is not None and profile["availability"] == "AVAILABLE",
                "max_orders": profile["max_active_orders"],
                "grade": profile["level"],
                "years_experience": profile["years_experience"],
                "shift_remaining_min": round(left, 1) if left is not None else 0.0,
                "certifications": sorted(k["skill"] for k in own if k["certified"]),
                "languages": [],
                "skills": {k["skill"]: k["level"] for k in own},
                **_figures(s),
            }
        )
    return records


def _plain(value: object) -> object:
    """A JSON-ready copy of a value a policy read (sets and tuples become lists)."""
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        return round(value, 6)
    return value


def candidate_entry(
    staff: Mapping[str, Any], explanation: CandidateExplanation | None
) -> dict[str, Any]:
    """One element of ``AssignmentDecision.candidates``: the staff record evaluated and,
    when known, the verdict.

    The shape (JSON)::

        {"staff": {…staff record…}, "eligible": true | false | null,
         "failed": "near" | null, "reason": "12.3 km away" | null,
         "values": {"distance(staff, task)": 12.3}, "score": 4.2 | null,
         "terms": [{"name", "weight", "raw", "graded", "contribution"}]}

    ``eligible`` is null when no explanation was recorded (a grab judged without one).
    """
    if explanation is None:
        return {"staff": dict(staff), "eligible": None, "failed": None, "reason": None,
                "values": {}, "score": None, "terms": []}  # fmt: skip
    return {
        "staff": dict(staff),
        "eligible": explanation.eligible,
        "failed": explanation.failed_requirement,
        "reason": explanation.reason,
        "values": {k: _plain(v) for k, v in explanation.values.items()},
        "score": None if explanation.score is None else round(explanation.score, 6),
        "terms": [
            {
                "name": t.name,
                "weight": t.weight,
                "raw": _plain(t.raw_value),
                "graded": round(t.graded, 6),
                "contribution": round(t.contribution, 6),
            }
            for t in explanation.terms
        ],
    }


def recorded_staff(candidates: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The staff records of a decision's ``candidates``, in the order they were considered.

    Records made before a per-type statistic existed get it empty (a policy reading it then
    sees the method's default), so old decisions replay under newer policies.
    """
    return [
        {key: {} for key in _PER_TYPE} | dict(c["staff"])
        for c in candidates
        if isinstance(c.get("staff"), Mapping)
    ]


# Per-type statistics added after the first recorded decisions.
_PER_TYPE = ("ratings_smoothed", "first_time_fix_by_type", "acceptance_by_type")
