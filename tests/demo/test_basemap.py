"""The customer app's bundled base map is the demo's districts, and kept up to date."""

from __future__ import annotations

import json
from pathlib import Path

from dispatchhub.demo.basemap import basemap
from dispatchhub.demo.data_places import REGIONS

BUNDLED = Path(__file__).resolve().parents[2] / "web/apps/customer/src/assets/demo-city.json"


def _inside(lon: float, lat: float, ring: list[list[float]]) -> bool:
    """Ray casting: whether the point is inside the closed ring."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def test_the_bundled_file_is_what_the_demo_makes() -> None:
    assert json.loads(BUNDLED.read_text(encoding="utf-8")) == basemap(), (
        "run: python -m dispatchhub.demo.basemap > web/apps/customer/src/assets/demo-city.json"
    )


def test_each_district_holds_its_own_centre_and_no_other() -> None:
    features = {f["properties"]["code"]: f for f in basemap()["features"]}
    assert set(features) == {r["code"] for r in REGIONS}
    for region in REGIONS:
        for code, feature in features.items():
            ring = feature["geometry"]["coordinates"][0]
            assert ring[0] == ring[-1]  # closed, as GeoJSON wants
            inside = _inside(region["center_lon"], region["center_lat"], ring)
            assert inside == (code == region["code"]), (region["code"], code)
    assert features["xuhui"]["properties"]["streets"][0] == "漕溪北路"
