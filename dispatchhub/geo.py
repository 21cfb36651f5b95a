"""Great-circle distance (the default everywhere a road distance is not available) and the
WGS-84 ↔ GCJ-02 datum conversion for positions reported by Chinese map SDKs."""

from __future__ import annotations

from math import asin, cos, pi, radians, sin, sqrt

__all__ = [
    "EARTH_RADIUS_KM",
    "gcj02_to_wgs84",
    "great_circle_km",
    "in_gcj02_area",
    "wgs84_to_gcj02",
]

EARTH_RADIUS_KM = 6371.0088


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in km between two points given in degrees (WGS-84)."""
    lat1, lat2 = radians(lat1), radians(lat2)
    half_dlat = (lat2 - lat1) / 2
    half_dlon = radians(lon2 - lon1) / 2
    a = sin(half_dlat) ** 2 + cos(lat1) * cos(lat2) * sin(half_dlon) ** 2
    return 2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(a)))


# GCJ-02 is the datum Chinese map services (AMap, Tencent) and phones' map SDKs report in:
# WGS-84 shifted by a published, non-invertible formula (Krasovsky 1940 ellipsoid), 100–700 m
# inside mainland China and zero outside it. dispatchhub stores WGS-84 only.
_KRASOVSKY_A = 6378245.0
_KRASOVSKY_EE = 0.00669342162296594323


def in_gcj02_area(lat: float, lon: float) -> bool:
    """Whether GCJ-02 shifts this point (the rough bounding box of mainland China)."""
    return 72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271


def _gcj02_offset(lat: float, lon: float) -> tuple[float, float]:
    x, y = lon - 105.0, lat - 35.0
    shared = 20.0 * sin(6.0 * x * pi) + 20.0 * sin(2.0 * x * pi)
    d_lat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt(abs(x))
    d_lat += shared * 2.0 / 3.0
    d_lat += (20.0 * sin(y * pi) + 40.0 * sin(y / 3.0 * pi)) * 2.0 / 3.0
    d_lat += (160.0 * sin(y / 12.0 * pi) + 320.0 * sin(y * pi / 30.0)) * 2.0 / 3.0
    d_lon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt(abs(x))
    d_lon += shared * 2.0 / 3.0
    d_lon += (20.0 * sin(x * pi) + 40.0 * sin(x / 3.0 * pi)) * 2.0 / 3.0
    d_lon += (150.0 * sin(x / 12.0 * pi) + 300.0 * sin(x / 30.0 * pi)) * 2.0 / 3.0
    rad = radians(lat)
    magic = 1 - _KRASOVSKY_EE * sin(rad) ** 2
    root = sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_KRASOVSKY_A * (1 - _KRASOVSKY_EE)) / (magic * root) * pi)
    d_lon = (d_lon * 180.0) / (_KRASOVSKY_A / root * cos(rad) * pi)
    return d_lat, d_lon


def wgs84_to_gcj02(lat: float, lon: float) -> tuple[float, float]:
    """The GCJ-02 (latitude, longitude) of a WGS-84 point; unchanged outside China."""
    if not in_gcj02_area(lat, lon):
        return lat, lon
    d_lat, d_lon = _gcj02_offset(lat, lon)
    return lat + d_lat, lon + d_lon


def gcj02_to_wgs84(lat: float, lon: float) -> tuple[float, float]:
    """The WGS-84 (latitude, longitude) of a GCJ-02 point; unchanged outside China.

    The forward formula has no closed inverse; a few fixed-point steps bring the round trip
    within a millimetre (the offset changes slowly across a few hundred metres).
    """
    if not in_gcj02_area(lat, lon):
        return lat, lon
    wgs_lat, wgs_lon = lat, lon
    for _ in range(10):
        fwd_lat, fwd_lon = wgs84_to_gcj02(wgs_lat, wgs_lon)
        err_lat, err_lon = fwd_lat - lat, fwd_lon - lon
        wgs_lat, wgs_lon = wgs_lat - err_lat, wgs_lon - err_lon
        if abs(err_lat) < 1e-9 and abs(err_lon) < 1e-9:
            break
    return wgs_lat, wgs_lon
