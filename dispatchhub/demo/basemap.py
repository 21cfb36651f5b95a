"""The demo city's base map as GeoJSON, made from the demo's districts (no tiles, no download).

The demo knows each district's centre, a radius and its street names, not its outline. The
map therefore shows each district as the area nearer its centre than any other (a Voronoi
cell), cut to the box around every district's circle, with the district's name and streets
as properties. It is a sketch for placing a pin, not a survey; the service-area check stays
the server's (regions by centre and radius).

``python -m dispatchhub.demo.basemap > web/apps/customer/src/assets/demo-city.json`` writes the
file the customer app bundles; a test keeps the committed file equal to this output.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any

from dispatchhub.demo.data_places import REGIONS, STREETS

__all__ = ["basemap", "main"]

Point = tuple[float, float]  # (lon, lat), as GeoJSON orders them


def _box() -> list[Point]:
    """The box around every district's circle, counter-clockwise from the south-west."""
    lats, lons = [], []
    for r in REGIONS:
        d_lat = r["radius_km"] / 111.32
        d_lon = d_lat / math.cos(math.radians(r["center_lat"]))
        lats += [r["center_lat"] - d_lat, r["center_lat"] + d_lat]
        lons += [r["center_lon"] - d_lon, r["center_lon"] + d_lon]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    return [(west, south), (east, south), (east, north), (west, north)]


def _keep_nearer(polygon: list[Point], own: Point, other: Point, scale: float) -> list[Point]:
    """Sutherland–Hodgman: the part of ``polygon`` nearer ``own`` than ``other``.

    Distances are measured with longitude scaled by ``scale`` (cos of the latitude), so the
    cells follow kilometres rather than degrees.
    """

    def side(p: Point) -> float:
        # > 0 when p is nearer own: |p-other|² - |p-own|², in scaled coordinates
        dx_o, dy_o = (p[0] - other[0]) * scale, p[1] - other[1]
        dx_s, dy_s = (p[0] - own[0]) * scale, p[1] - own[1]
        return (dx_o**2 + dy_o**2) - (dx_s**2 + dy_s**2)

    kept: list[Point] = []
    for i, current in enumerate(polygon):
        previous = polygon[i - 1]
        s_cur, s_prev = side(current), side(previous)
        if (s_cur >= 0) != (s_prev >= 0):
            t = s_prev / (s_prev - s_cur)
            kept.append(
                (previous[0] + t * (current[0] - previous[0]),
                 previous[1] + t * (current[1] - previous[1]))
            )  # fmt: skip
        if s_cur >= 0:
            kept.append(current)
    return kept


def basemap() -> dict[str, Any]:
    """A GeoJSON FeatureCollection: one Polygon per demo district, coordinates to 5 places."""
    box = _box()
    scale = math.cos(math.radians(sum(p[1] for p in box) / len(box)))
    features = []
    for region in REGIONS:
        own = (region["center_lon"], region["center_lat"])
        cell = box
        for other in REGIONS:
            if other is not region:
                cell = _keep_nearer(cell, own, (other["center_lon"], other["center_lat"]), scale)
        ring = [[round(lon, 5), round(lat, 5)] for lon, lat in cell]
        features.append({
            "type": "Feature",
            "properties": {
                "code": region["code"], "name_zh": region["name_zh"],
                "name_en": region["name_en"], "streets": STREETS.get(region["code"], []),
            },
            "geometry": {"type": "Polygon", "coordinates": [[*ring, ring[0]]]},
        })  # fmt: skip
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    """Print the base map (the committed file is exactly this)."""
    sys.stdout.write(json.dumps(basemap(), ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
