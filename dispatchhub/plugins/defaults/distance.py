"""Default distance: great-circle (haversine) kilometres, used until a maps plugin answers."""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

from dispatchhub.plugins.hookspecs import hookimpl

__all__ = ["EARTH_RADIUS_KM", "great_circle_km", "route_distance_km"]

EARTH_RADIUS_KM = 6371.0088


def great_circle_km(origin: tuple[float, float], destination: tuple[float, float]) -> float:
    """Haversine distance in km between two (lat, lon) points in degrees."""
    lat1, lon1 = map(radians, origin)
    lat2, lon2 = map(radians, destination)
    a = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(a)))


@hookimpl(trylast=True)
def route_distance_km(origin: tuple[float, float], destination: tuple[float, float]) -> float:
    """Straight-line distance: always answers, so it is asked last."""
    return great_circle_km(origin, destination)
