"""WGS-84 ↔ GCJ-02: positions from Chinese map SDKs are stored in WGS-84."""

from __future__ import annotations

import pytest

from dispatchhub.geo import gcj02_to_wgs84, great_circle_km, wgs84_to_gcj02

POINTS = [(31.19, 121.44), (39.9087, 116.3975), (22.5431, 114.0579), (45.75, 126.63)]


@pytest.mark.parametrize(("lat", "lon"), POINTS)
def test_gcj02_is_a_few_hundred_metres_off_and_converts_back(lat: float, lon: float) -> None:
    shifted = wgs84_to_gcj02(lat, lon)
    assert 0.1 < great_circle_km(lat, lon, *shifted) < 0.8

    back = gcj02_to_wgs84(*shifted)

    assert great_circle_km(lat, lon, *back) < 1e-6  # under a millimetre


def test_a_known_point_in_shanghai() -> None:
    # Xujiahui: GCJ-02 moves it about 0.0019° south and 0.0046° east.
    lat, lon = wgs84_to_gcj02(31.2, 121.44)
    assert (round(lat, 4), round(lon, 4)) == (31.1981, 121.4446)


def test_outside_china_nothing_changes() -> None:
    assert wgs84_to_gcj02(51.5, -0.12) == (51.5, -0.12)
    assert gcj02_to_wgs84(51.5, -0.12) == (51.5, -0.12)
