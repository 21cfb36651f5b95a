"""The ``route_distance_km`` hook: road distance from AMap (高德), cached in process.

Registered through the ``dispatchhub.plugins`` entry point ``maps``. Settings are read from
``DISPATCHHUB_MAPS_*`` on every call. Distance must never fail a dispatch, so every problem
becomes None and the built-in straight-line distance answers instead.
"""

from __future__ import annotations

from dispatchhub import hookimpl
from dispatchhub_maps.road_distance import RoadDistances
from dispatchhub_maps.settings import MapsSettings

__all__ = ["road_distances", "route_distance_km"]

# One cache per process, like a connection pool: the hook is a plain function, and every
# plugin manager in the process asks the same AMap account.
road_distances = RoadDistances()


@hookimpl
def route_distance_km(
    origin: tuple[float, float], destination: tuple[float, float]
) -> float | None:
    """Driving distance in km from AMap between two WGS-84 (latitude, longitude) points.

    Args:
        origin: (latitude, longitude) in degrees, WGS-84.
        destination: (latitude, longitude) in degrees, WGS-84.

    Returns:
        Kilometres by road, or None when the plugin is not configured or AMap cannot
        answer right now (the straight-line default answers then).
    """
    settings = MapsSettings.from_env()
    if settings is None:
        return None
    return road_distances.km(settings, origin, destination)
