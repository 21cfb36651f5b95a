"""The declared fields of ``task.*`` and ``staff.*``: names, types, units and meaning.

Task and staff values reach the compiled policy as plain ``dict`` records keyed by the field
names below (``task["urgency"]``, ``staff["active_orders"]``). Per-service-type values are
dicts keyed by service type and read through methods such as ``staff.skill(task.type)``.
Durations are stored in minutes, distances in kilometres, rates as fractions 0..1.
The same data feeds the GraphQL ``ruleSchema`` query (editor autocomplete).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from dispatchhub.rules_dsl.types import (
    BOOL,
    DURATION,
    LIST_STRING,
    NUMBER,
    STRING,
    TIME,
    Type,
)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a record: ``record[name]`` holds a value of ``type``.

    ``choices`` lists the known values of an enumerated string (misspellings warn).
    """

    root: str
    name: str
    type: Type
    doc: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MethodSpec:
    """A per-key lookup: ``staff.skill(t)`` reads ``staff["skills"].get(t, default)``.

    ``contains`` methods test membership instead (``t in staff["skills"]``). A lookup
    without ``default`` is optional: a missing key is a missing value.
    """

    root: str
    name: str
    key: str
    param: Type
    returns: Type
    doc: str
    default: float | None = None
    contains: bool = False


@dataclass(frozen=True, slots=True)
class Schema:
    """Fields and methods that policies may read, keyed by ``(root, name)``."""

    fields: Mapping[tuple[str, str], FieldSpec]
    methods: Mapping[tuple[str, str], MethodSpec] = field(default_factory=dict)

    def names(self, root: str) -> list[str]:
        """All field and method names of ``root`` ("task" or "staff")."""
        return sorted(
            {n for r, n in self.fields if r == root} | {n for r, n in self.methods if r == root}
        )

    def required_fields(self, root: str) -> list[str]:
        """The record keys that must be present in every ``root`` record."""
        keys = [f.name for f in self.fields.values() if f.root == root and not f.type.optional]
        keys += [m.key for m in self.methods.values() if m.root == root]
        return sorted(set(keys))

    def to_dict(self) -> dict[str, object]:
        """Describe the schema as JSON-ready data for editors and the ``ruleSchema`` query."""
        return {
            "fields": [
                {
                    "path": f"{f.root}.{f.name}",
                    "type": f.type.name,
                    "optional": f.type.optional,
                    "doc": f.doc,
                    "choices": list(f.choices),
                }
                for f in self.fields.values()
            ],
            "methods": [
                {
                    "path": f"{m.root}.{m.name}",
                    "parameter": m.param.name,
                    "type": m.returns.name,
                    "optional": m.returns.optional,
                    "key": m.key,
                    "doc": m.doc,
                }
                for m in self.methods.values()
            ],
        }


def _fields(*specs: FieldSpec) -> dict[tuple[str, str], FieldSpec]:
    return {(s.root, s.name): s for s in specs}


URGENCIES = ("low", "normal", "urgent", "emergency")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_TASK = (
    FieldSpec("task", "id", STRING, "order id"),
    FieldSpec("task", "type", STRING, "service type, e.g. hvac, plumbing, 空调维修"),
    FieldSpec("task", "urgency", STRING, "how urgent the booking is", URGENCIES),
    FieldSpec("task", "region", STRING, "region code of the service address"),
    FieldSpec("task", "neighbour_regions", LIST_STRING, "regions bordering task.region"),
    FieldSpec("task", "lat", NUMBER, "latitude of the service address (degrees)"),
    FieldSpec("task", "lon", NUMBER, "longitude of the service address (degrees)"),
    FieldSpec("task", "hour", NUMBER, "local hour of the appointment, 0-23"),
    FieldSpec("task", "weekday", STRING, "local weekday of the appointment", WEEKDAYS),
    FieldSpec("task", "time", TIME, "local time of day (record: minutes since midnight)"),
    FieldSpec("task", "est_duration_min", DURATION.maybe, "estimated job length (minutes)"),
    FieldSpec("task", "required_certifications", LIST_STRING, "certifications the job needs"),
    FieldSpec("task", "preferred_staff_id", STRING.maybe, "staff the customer asked for"),
)
_STAFF = (
    FieldSpec("staff", "id", STRING, "staff id"),
    FieldSpec("staff", "region", STRING, "home region code"),
    FieldSpec("staff", "lat", NUMBER, "current latitude (degrees)"),
    FieldSpec("staff", "lon", NUMBER, "current longitude (degrees)"),
    FieldSpec("staff", "on_shift", BOOL, "inside a scheduled shift now"),
    FieldSpec("staff", "available", BOOL, "on shift and not on break or leave"),
    FieldSpec("staff", "active_orders", NUMBER, "orders assigned and not finished"),
    FieldSpec("staff", "max_orders", NUMBER, "most orders the staff may hold at once"),
    FieldSpec("staff", "grade", NUMBER, "grade / level, 1 (junior) to 5 (master)"),
    FieldSpec("staff", "years_experience", NUMBER, "years of service experience"),
    FieldSpec("staff", "rating", NUMBER.maybe, "overall customer rating 1-5; new staff have none"),
    FieldSpec("staff", "avg_response_min", DURATION.maybe, "mean time to accept an offer"),
    FieldSpec("staff", "acceptance_rate", NUMBER.maybe, "share of offers accepted, 0-1"),
    FieldSpec(
        "staff", "on_time_rate", NUMBER.maybe, "share of promised arrivals kept on time, 0-1"
    ),
    FieldSpec(
        "staff", "first_time_fix_rate", NUMBER.maybe, "share of jobs fixed on the first visit, 0-1"
    ),
    FieldSpec("staff", "orders_today", NUMBER, "orders started today"),
    FieldSpec("staff", "orders_last_7d", NUMBER, "orders in the last 7 days (recent load)"),
    FieldSpec("staff", "shift_remaining_min", DURATION.maybe, "time left in the current shift"),
    FieldSpec("staff", "certifications", LIST_STRING, "certifications held"),
    FieldSpec("staff", "languages", LIST_STRING, "languages spoken, e.g. 普通话, 粤语, en"),
)
_METHODS = (
    MethodSpec(
        "staff",
        "skill",
        "skills",
        STRING,
        NUMBER,
        "skill level 1-5 for a service type; 0 when the staff lacks the skill",
        default=0,
    ),
    MethodSpec(
        "staff",
        "has_skill",
        "skills",
        STRING,
        BOOL,
        "whether the staff has any level in a service type",
        contains=True,
    ),
    MethodSpec(
        "staff",
        "rating",
        "ratings",
        STRING,
        NUMBER.maybe,
        "customer rating 1-5 for a service type; missing when never rated",
    ),
    MethodSpec(
        "staff",
        "rating_smoothed",
        "ratings_smoothed",
        STRING,
        NUMBER,
        "customer rating 1-5 for a service type, smoothed towards 4.0 as if 5 reviews of "
        "4.0 came first; 4.0 when never rated",
        default=4.0,
    ),
    MethodSpec(
        "staff",
        "first_time_fix",
        "first_time_fix_by_type",
        STRING,
        NUMBER,
        "share of completed jobs of a service type with no repeat visit booked, 0-1, "
        "smoothed towards 0.8 (weight 5); 0.8 when never done",
        default=0.8,
    ),
    MethodSpec(
        "staff",
        "acceptance",
        "acceptance_by_type",
        STRING,
        NUMBER,
        "share of offers of a service type accepted, 0-1, smoothed towards 0.8 (weight 5); "
        "0.8 when never offered",
        default=0.8,
    ),
    MethodSpec(
        "staff",
        "done_count",
        "done_by_type",
        STRING,
        NUMBER,
        "orders of a service type completed so far",
        default=0,
    ),
    MethodSpec(
        "staff",
        "avg_completion_min",
        "completion_min_by_type",
        STRING,
        DURATION.maybe,
        "mean completion time for a service type; missing when never done",
    ),
)

DEFAULT_SCHEMA = Schema(
    fields=_fields(*_TASK, *_STAFF),
    methods={(m.root, m.name): m for m in _METHODS},
)
