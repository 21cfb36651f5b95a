"""WGS-84 → GCJ-02, checked against the published vector and the datum's known offsets."""

from __future__ import annotations

from math import cos, radians

import pytest
from dispatchhub_maps.coords import outside_china, wgs84_to_gcj02

CITIES = {
    "beijing": (39.9042, 116.4074),
    "shanghai": (31.2304, 121.4737),
    "guangzhou": (23.1291, 113.2644),
    "chengdu": (30.5728, 104.0668),
    "urumqi": (43.8256, 87.6168),
}


def _offset_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    d_lat = (b[0] - a[0]) * 111_320
    d_lon = (b[1] - a[1]) * 111_320 * cos(radians(a[0]))
    return float((d_lat**2 + d_lon**2) ** 0.5)


def test_published_vector() -> None:
    assert wgs84_to_gcj02(39.915, 116.404) == pytest.approx((39.916404, 116.410244), abs=1e-6)


@pytest.mark.parametrize("city", sorted(CITIES))
def test_offset_in_china_is_a_few_hundred_metres(city: str) -> None:
    point = CITIES[city]

    assert 100 < _offset_m(point, wgs84_to_gcj02(*point)) < 700


@pytest.mark.parametrize("point", [(51.5074, -0.1278), (35.6762, 139.6503), (-33.8688, 151.2093)])
def test_outside_china_unchanged(point: tuple[float, float]) -> None:
    assert outside_china(*point)
    assert wgs84_to_gcj02(*point) == point
