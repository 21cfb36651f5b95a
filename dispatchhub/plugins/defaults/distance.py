"""Default distance: great-circle kilometres, used until a maps plugin answers."""

from __future__ import annotations

from dispatchhub.geo import great_circle_km
from dispatchhub.plugins.hookspecs import hookimpl

__all__ = ["route_distance_km"]


@hookimpl(trylast=True)
def route_distance_km(origin: tuple[float, float], destination: tuple[float, float]) -> float:
    """Straight-line distance: always answers, so it is asked last."""
    return great_circle_km(*origin, *destination)
