"""Functions policies may call, as a registry that plugins extend.

A plugin's ``register_rule_functions()`` hook returns :class:`RuleFunction` objects; the app
merges them into a :class:`FunctionRegistry` with :meth:`FunctionRegistry.extended`. Functions
must be pure: the compiler hoists calls whose arguments depend only on the task out of the
per-candidate loop and reuses one result per candidate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from dispatchhub.geo import great_circle_km
from dispatchhub.rules_dsl.types import BOOL, DISTANCE, NUMBER, STAFF, TASK, Type


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of a rule function."""

    name: str
    type: Type


@dataclass(frozen=True, slots=True)
class RuleFunction:
    """A function callable from policies.

    Attributes:
        name: The name used in policy text, e.g. ``distance``.
        params: Parameter names and types; ``staff``/``task`` types take the bare records.
        returns: The result type; its unit is the base unit (km for distance, min for duration).
        impl: The Python callable, called positionally with values in base units.
        doc: One line for the reference and editor autocomplete.
        widened: The implementation used after the ``neighbours`` fallback step, if it differs.
        reads: Record fields the function reads (``"staff.lat"``), so in-policy examples can
            be checked for completeness.
    """

    name: str
    params: tuple[Param, ...]
    returns: Type
    impl: Callable[..., object]
    doc: str
    widened: Callable[..., object] | None = None
    reads: frozenset[str] = frozenset()


class FunctionRegistry(Mapping[str, RuleFunction]):
    """An immutable name → :class:`RuleFunction` mapping."""

    def __init__(self, functions: Iterable[RuleFunction] = ()) -> None:
        self._functions = {f.name: f for f in functions}

    def __getitem__(self, name: str) -> RuleFunction:
        return self._functions[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._functions)

    def __len__(self) -> int:
        return len(self._functions)

    def extended(self, functions: Iterable[RuleFunction]) -> FunctionRegistry:
        """Return a registry with ``functions`` added; a same-named function replaces ours.

        Replacing is how a maps plugin swaps great-circle ``distance`` for road distance.
        """
        return FunctionRegistry([*self._functions.values(), *functions])

    def to_dict(self) -> list[dict[str, object]]:
        """Describe the functions as JSON-ready data for editors and the ``ruleSchema`` query."""
        return [
            {
                "name": f.name,
                "params": [{"name": p.name, "type": p.type.name} for p in f.params],
                "returns": f.returns.name,
                "doc": f.doc,
            }
            for f in self._functions.values()
        ]


def haversine_km(staff: Mapping[str, float], task: Mapping[str, float]) -> float:
    """Great-circle distance in km between the staff's and the task's (lat, lon)."""
    return great_circle_km(staff["lat"], staff["lon"], task["lat"], task["lon"])


def same_region(staff: Mapping[str, object], task: Mapping[str, object]) -> bool:
    """Whether the staff's home region is the task's region."""
    return staff["region"] == task["region"]


def same_or_neighbour_region(staff: Mapping[str, object], task: Mapping[str, object]) -> bool:
    """``same_region`` after the ``neighbours`` step: neighbouring regions count too."""
    region = staff["region"]
    neighbours = task["neighbour_regions"]
    return region == task["region"] or (isinstance(neighbours, list) and region in neighbours)


def saturation(staff: Mapping[str, float]) -> float:
    """Current load as a fraction: active orders / max orders (1.0 when max is 0)."""
    most = staff["max_orders"]
    return staff["active_orders"] / most if most else 1.0


_RECORDS = (Param("staff", STAFF), Param("task", TASK))

DEFAULT_FUNCTIONS = FunctionRegistry(
    [
        RuleFunction(
            "distance",
            _RECORDS,
            DISTANCE,
            haversine_km,
            "great-circle distance between staff and task (km); maps plugins replace it",
            reads=frozenset({"staff.lat", "staff.lon", "task.lat", "task.lon"}),
        ),
        RuleFunction(
            "same_region",
            _RECORDS,
            BOOL,
            same_region,
            "staff.region == task.region; after `neighbours` also neighbouring regions",
            widened=same_or_neighbour_region,
            reads=frozenset({"staff.region", "task.region", "task.neighbour_regions"}),
        ),
        RuleFunction(
            "saturation",
            (Param("staff", STAFF),),
            NUMBER,
            saturation,
            "active_orders / max_orders, 0..1 (1 when max_orders is 0)",
            reads=frozenset({"staff.active_orders", "staff.max_orders"}),
        ),
    ]
)
