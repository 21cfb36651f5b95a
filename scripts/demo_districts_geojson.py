"""Write the admin console's base map: the demo city's districts as GeoJSON.

Each district of ``dispatchhub.demo.data_places.REGIONS`` becomes the polygon of points
nearer to its centre than to any other (a Voronoi cell) inside a box around the city, cut to
a circle of twice its radius so the outer ones do not run to the box's corners. No survey
data: an honest sketch of where the demo's districts lie, drawn without a tile server.

Usage: ``python scripts/demo_districts_geojson.py`` (rewrites the file the console bundles).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dispatchhub.demo.data_places import REGIONS

OUT = Path(__file__).resolve().parents[1] / "web/apps/admin/src/pages/map/districts.json"
KM_PER_DEG_LAT = 111.32

Point = tuple[float, float]  # (lon, lat)


def _clip(polygon: list[Point], keep: Callable[[Point], float]) -> list[Point]:
    """Sutherland–Hodgman: the part of ``polygon`` where ``keep(p) >= 0`` (a half-plane)."""
    out: list[Point] = []
    for i, current in enumerate(polygon):
        previous = polygon[i - 1]
        a, b = keep(previous), keep(current)
        if (a >= 0) != (b >= 0):
            t = a / (a - b)
            out.append((previous[0] + t * (current[0] - previous[0]),
                        previous[1] + t * (current[1] - previous[1])))  # fmt: skip
        if b >= 0:
            out.append(current)
    return out


def _circle(lon: float, lat: float, km: float, sides: int = 48) -> list[Point]:
    dlat = km / KM_PER_DEG_LAT
    dlon = km / (KM_PER_DEG_LAT * math.cos(math.radians(lat)))
    angles = [2 * math.pi * i / sides for i in range(sides)]
    return [(lon + dlon * math.cos(a), lat + dlat * math.sin(a)) for a in angles]


def _cell(region: dict[str, Any]) -> list[Point]:
    lon, lat = float(region["center_lon"]), float(region["center_lat"])
    polygon = _circle(lon, lat, 2 * float(region["radius_km"]))
    scale = math.cos(math.radians(lat))
    for other in REGIONS:
        if other is region:
            continue
        olon, olat = float(other["center_lon"]), float(other["center_lat"])
        mid = ((lon + olon) / 2, (lat + olat) / 2)
        normal = ((lon - olon) * scale, lat - olat)  # towards this centre, in local km-ish units

        def keep(p: Point, mid: Point = mid, normal: Point = normal) -> float:
            return (p[0] - mid[0]) * scale * normal[0] + (p[1] - mid[1]) * normal[1]

        polygon = _clip(polygon, keep)
    return polygon


def districts() -> dict[str, Any]:
    """The GeoJSON FeatureCollection, one feature per demo district."""
    features = []
    for region in REGIONS:
        ring = [[round(lon, 5), round(lat, 5)] for lon, lat in _cell(region)]
        ring.append(ring[0])
        features.append({
            "type": "Feature",
            "properties": {
                "code": region["code"], "name_zh": region["name_zh"], "name_en": region["name_en"],
                "center": [region["center_lon"], region["center_lat"]],
            },
            "geometry": {"type": "Polygon", "coordinates": [ring]},
        })  # fmt: skip
    return {"type": "FeatureCollection", "features": features}


if __name__ == "__main__":
    OUT.write_text(json.dumps(districts(), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
