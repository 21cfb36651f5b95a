"""Great-circle distance: the default everywhere a road distance is not available."""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

__all__ = ["EARTH_RADIUS_KM", "great_circle_km"]

EARTH_RADIUS_KM = 6371.0088


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in km between two points given in degrees (WGS-84)."""
    lat1, lat2 = radians(lat1), radians(lat2)
    half_dlat = (lat2 - lat1) / 2
    half_dlon = radians(lon2 - lon1) / 2
    a = sin(half_dlat) ** 2 + cos(lat1) * cos(lat2) * sin(half_dlon) ** 2
    return 2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(a)))
