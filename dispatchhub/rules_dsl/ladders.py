"""The dispatch-mode and fallback ladders as plain data for the dispatch engine.

Durations are in minutes and distances in kilometres whatever unit the source used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dispatchhub.rules_dsl.ast import Requirement


@dataclass(frozen=True, slots=True)
class PushStep:
    """Offer the order to the top-ranked candidate, who must accept within the deadline."""

    accept_within_min: float


@dataclass(frozen=True, slots=True)
class BroadcastStep:
    """Offer the order to the top ``count`` candidates at once; first to accept wins."""

    count: int
    accept_within_min: float | None


@dataclass(frozen=True, slots=True)
class PoolStep:
    """Put the order in the open pool where any eligible staff can grab it."""


ModeStep = PushStep | BroadcastStep | PoolStep


@dataclass(frozen=True, slots=True)
class RelaxStep:
    """Re-evaluate with requirement ``requirement``'s threshold replaced by ``value``.

    ``value`` is in the requirement's base unit (km, min) or a plain number.
    """

    requirement: str
    value: float


@dataclass(frozen=True, slots=True)
class NeighboursStep:
    """Re-evaluate with ``same_region(staff, task)`` also accepting neighbouring regions."""


@dataclass(frozen=True, slots=True)
class EscalateStep:
    """Give up automatic dispatch and hand the order to the named human queue."""

    queue: str


@dataclass(frozen=True, slots=True)
class DropStep:
    """Re-evaluate without the requirement named ``requirement``."""

    requirement: str


@dataclass(frozen=True, slots=True)
class RequireStep:
    """Re-evaluate with ``requirement`` added, or replacing the one of the same name, or,
    with ``replaces``, in place of the requirement of that name (``replace a with b : …``)."""

    requirement: Requirement
    replaces: str | None = None

    @property
    def name(self) -> str:
        """The name of the requirement added or replaced."""
        return self.requirement.name


FallbackStep = RelaxStep | NeighboursStep | DropStep | RequireStep | EscalateStep
