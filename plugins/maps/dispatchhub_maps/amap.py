"""One call to AMap's Web Service distance API (``GET /v3/distance``)."""

from __future__ import annotations

from typing import Any

import httpx

from dispatchhub_maps.settings import MapsSettings

__all__ = ["DRIVING", "AmapError", "driving_distance_km"]

DRIVING = "1"  # the API's "type": 0 straight line, 1 driving, 3 walking


class AmapError(RuntimeError):
    """AMap answered ``status`` 0 or an answer without a usable distance."""

    def __init__(self, info: str, infocode: str = "") -> None:
        super().__init__(f"AMap distance failed: {info} ({infocode or '-'})")
        self.info = info
        self.infocode = infocode


def driving_distance_km(
    settings: MapsSettings, origin: tuple[float, float], destination: tuple[float, float]
) -> float:
    """Driving distance in km between two GCJ-02 (latitude, longitude) points.

    AMap writes coordinates longitude first, with at most six decimals.

    Raises:
        AmapError: AMap refused the request (bad key, quota) or found no route.
        httpx.HTTPError: AMap could not be reached in time.
    """
    params = {
        "key": settings.amap_key,
        "origins": _lon_lat(origin),
        "destination": _lon_lat(destination),
        "type": DRIVING,
        "output": "JSON",
    }
    with httpx.Client(timeout=settings.timeout) as client:
        response = client.get(f"{settings.endpoint}/v3/distance", params=params)
    response.raise_for_status()
    body: Any = response.json()
    if not isinstance(body, dict) or body.get("status") != "1":
        info = body.get("info", "no status") if isinstance(body, dict) else "not an object"
        code = body.get("infocode", "") if isinstance(body, dict) else ""
        raise AmapError(str(info), str(code))
    try:
        metres = float(body["results"][0]["distance"])
    except (KeyError, IndexError, TypeError, ValueError):
        raise AmapError("answer has no distance") from None
    if metres < 0:
        raise AmapError(f"negative distance {metres}")
    return metres / 1000.0


def _lon_lat(point: tuple[float, float]) -> str:
    lat, lon = point
    return f"{lon:.6f},{lat:.6f}"
