"""A point on the map, as every domain exchanges it."""

from __future__ import annotations

import strawberry

__all__ = ["GeoPoint", "GeoPointInput"]


@strawberry.type(description="WGS-84 latitude and longitude in degrees.")
class GeoPoint:
    lat: float = strawberry.field(description="Latitude in degrees, WGS-84 (-90..90).")
    lon: float = strawberry.field(description="Longitude in degrees, WGS-84 (-180..180).")


@strawberry.input(description="WGS-84 latitude (-90..90) and longitude (-180..180) in degrees.")
class GeoPointInput:
    lat: float = strawberry.field(description="Latitude in degrees, WGS-84 (-90..90).")
    lon: float = strawberry.field(description="Longitude in degrees, WGS-84 (-180..180).")
