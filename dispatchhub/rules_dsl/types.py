"""Value types of the rules DSL, with the units that make distances and durations distinct."""

from __future__ import annotations

from dataclasses import dataclass, replace

# Quantities are stored in one base unit so that conversions happen once, at compile time.
UNIT_FACTORS: dict[str, tuple[str, float]] = {
    "km": ("distance", 1.0),
    "m": ("distance", 0.001),
    "min": ("duration", 1.0),
    "h": ("duration", 60.0),
    "s": ("duration", 1 / 60),
}
BASE_UNITS: dict[str, str] = {"distance": "km", "duration": "min"}


@dataclass(frozen=True, slots=True)
class Type:
    """A DSL type such as ``number``, ``distance`` or ``list<string>``.

    ``optional`` marks values that may be missing; they must be handled with ``??`` or
    ``exists`` before use.
    """

    name: str
    optional: bool = False

    def __str__(self) -> str:
        return f"{self.name}?" if self.optional else self.name

    @property
    def required(self) -> Type:
        """The same type with the possibility of a missing value removed."""
        return replace(self, optional=False)

    @property
    def maybe(self) -> Type:
        """The same type marked as possibly missing."""
        return replace(self, optional=True)

    @property
    def is_quantity(self) -> bool:
        """Whether the type carries a unit (distance or duration)."""
        return self.name in BASE_UNITS

    @property
    def is_numeric(self) -> bool:
        """Whether arithmetic and ordering comparisons apply."""
        return self.name in ("number", "distance", "duration", "time")

    @property
    def element(self) -> Type | None:
        """The element type of a list type, else ``None``."""
        if self.name.startswith("list<"):
            return Type(self.name[5:-1])
        return None


NUMBER = Type("number")
BOOL = Type("bool")
STRING = Type("string")
DISTANCE = Type("distance")
DURATION = Type("duration")
TIME = Type("time")
LIST_STRING = Type("list<string>")
LIST_NUMBER = Type("list<number>")
STAFF = Type("staff")
TASK = Type("task")
# The type of an empty list literal: it is a member of any list type.
LIST_EMPTY = Type("list<nothing>")

ORDERED = frozenset({"number", "distance", "duration", "time", "string"})


def list_of(element: Type) -> Type:
    """Return the list type whose elements are ``element``."""
    return Type(f"list<{element.name}>")
