"""The ``route_distance_km`` hook over real HTTP against the fake AMap server."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from dispatchhub_maps import plugin
from dispatchhub_maps.fake_amap import DETOUR_FACTOR
from dispatchhub_maps.road_distance import RoadDistances
from dispatchhub_maps.settings import MapsSettings

from dispatchhub.geo import great_circle_km
from dispatchhub.plugins.manager import create_plugin_manager

PEOPLES_SQUARE = (31.2304, 121.4737)  # Shanghai, WGS-84 (lat, lon)
LUJIAZUI = (31.2397, 121.4998)


def test_hook_route_distance_km_answers_road_distance(maps_configured: Any) -> None:
    km = plugin.route_distance_km(origin=PEOPLES_SQUARE, destination=LUJIAZUI)

    assert km is not None
    straight = great_circle_km(*PEOPLES_SQUARE, *LUJIAZUI)
    # The fake answers straight line × 1.3 on GCJ-02 points and whole metres.
    assert km == pytest.approx(straight * DETOUR_FACTOR, rel=0.01)
    assert maps_configured.fake.request_count == 1


def test_installed_plugin_is_asked_before_the_straight_line(maps_configured: Any) -> None:
    pm = create_plugin_manager(allow=["maps"])

    km = pm.hook.route_distance_km(origin=PEOPLES_SQUARE, destination=LUJIAZUI)

    assert km == pytest.approx(
        great_circle_km(*PEOPLES_SQUARE, *LUJIAZUI) * DETOUR_FACTOR, rel=0.01
    )


def test_distance_is_cached_on_rounded_coordinates(maps_configured: Any) -> None:
    first = plugin.route_distance_km(origin=PEOPLES_SQUARE, destination=LUJIAZUI)
    # 20-30 m away from both points: same cache cell, no new request.
    nearby = plugin.route_distance_km(
        origin=(31.23022, 121.47361), destination=(31.23988, 121.49991)
    )

    assert nearby == first
    assert maps_configured.fake.request_count == 1
    stats = httpx.get(maps_configured.url + "/_fake/stats", timeout=5).json()
    assert stats == {"request_count": 1}


def test_different_places_are_asked_separately(maps_configured: Any) -> None:
    plugin.route_distance_km(origin=PEOPLES_SQUARE, destination=LUJIAZUI)
    plugin.route_distance_km(origin=PEOPLES_SQUARE, destination=(31.1443, 121.8083))

    assert maps_configured.fake.request_count == 2


def test_amap_receives_lon_lat_in_gcj02(
    maps_configured: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[dict[str, list[str]]] = []
    original = maps_configured.fake.distance

    def spy(query: dict[str, list[str]]) -> dict[str, Any]:
        seen.append(query)
        return original(query)

    monkeypatch.setattr(maps_configured.fake, "distance", spy)

    plugin.route_distance_km(origin=(39.915, 116.404), destination=(39.9, 116.4))

    [query] = seen
    lon, lat = (float(x) for x in query["origins"][0].split(","))
    # The published GCJ-02 of WGS-84 (39.915, 116.404), rounded to the cache's grid.
    assert (lat, lon) == pytest.approx((39.916404, 116.410244), abs=1e-6)
    assert query["type"] == ["1"]


def test_unconfigured_plugin_answers_none_and_straight_line_takes_over() -> None:
    assert plugin.route_distance_km(origin=PEOPLES_SQUARE, destination=LUJIAZUI) is None

    km = create_plugin_manager(allow=["maps"]).hook.route_distance_km(
        origin=PEOPLES_SQUARE, destination=LUJIAZUI
    )

    assert km == pytest.approx(great_circle_km(*PEOPLES_SQUARE, *LUJIAZUI))


def test_wrong_key_answers_none(maps_configured: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCHHUB_MAPS_AMAP_KEY", "not-a-key")

    assert plugin.route_distance_km(origin=PEOPLES_SQUARE, destination=LUJIAZUI) is None
    assert maps_configured.fake.request_count == 1
    assert len(plugin.road_distances) == 0


def test_wrong_key_falls_back_to_straight_line_through_the_manager(
    maps_configured: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPATCHHUB_MAPS_AMAP_KEY", "not-a-key")

    km = create_plugin_manager(allow=["maps"]).hook.route_distance_km(
        origin=PEOPLES_SQUARE, destination=LUJIAZUI
    )

    assert km == pytest.approx(great_circle_km(*PEOPLES_SQUARE, *LUJIAZUI))


def test_server_down_answers_none_quickly(monkeypatch: pytest.MonkeyPatch, free_port: int) -> None:
    monkeypatch.setenv("DISPATCHHUB_MAPS_ENDPOINT", f"http://127.0.0.1:{free_port}")
    monkeypatch.setenv("DISPATCHHUB_MAPS_AMAP_KEY", "k")

    started = time.perf_counter()
    assert plugin.route_distance_km(origin=PEOPLES_SQUARE, destination=LUJIAZUI) is None
    assert time.perf_counter() - started < 1.5


def test_after_a_failure_amap_is_left_alone_for_a_while(amap_server: Any) -> None:
    now = [0.0]
    distances = RoadDistances(clock=lambda: now[0])
    bad = MapsSettings(amap_key="wrong", endpoint=amap_server.url, retry_after=30)
    good = MapsSettings(amap_key=next(iter(amap_server.fake.keys)), endpoint=amap_server.url)

    assert distances.km(bad, PEOPLES_SQUARE, LUJIAZUI) is None
    now[0] = 29.0
    assert distances.km(good, PEOPLES_SQUARE, LUJIAZUI) is None
    assert amap_server.fake.request_count == 1

    now[0] = 31.0
    assert distances.km(good, PEOPLES_SQUARE, LUJIAZUI) is not None
    assert amap_server.fake.request_count == 2


def test_slow_amap_times_out_to_none(maps_configured: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    original = maps_configured.fake.distance

    def slow(query: dict[str, list[str]]) -> dict[str, Any]:
        time.sleep(0.3)
        return original(query)

    monkeypatch.setattr(maps_configured.fake, "distance", slow)
    monkeypatch.setenv("DISPATCHHUB_MAPS_TIMEOUT", "0.05")

    assert plugin.route_distance_km(origin=PEOPLES_SQUARE, destination=LUJIAZUI) is None


def test_lru_keeps_the_most_recently_used(amap_server: Any) -> None:
    distances = RoadDistances(max_entries=2)
    settings = MapsSettings(amap_key=next(iter(amap_server.fake.keys)), endpoint=amap_server.url)
    a, b, c = (31.1, 121.1), (31.2, 121.2), (31.3, 121.3)

    distances.km(settings, PEOPLES_SQUARE, a)
    distances.km(settings, PEOPLES_SQUARE, b)
    distances.km(settings, PEOPLES_SQUARE, a)  # a is now the most recent
    distances.km(settings, PEOPLES_SQUARE, c)  # evicts b
    assert amap_server.fake.request_count == 3

    distances.km(settings, PEOPLES_SQUARE, a)
    assert amap_server.fake.request_count == 3
    distances.km(settings, PEOPLES_SQUARE, b)
    assert amap_server.fake.request_count == 4
    assert len(distances) == 2


def test_malformed_numbers_fall_back_to_defaults() -> None:
    settings = MapsSettings.from_env(
        {"DISPATCHHUB_MAPS_AMAP_KEY": "secret-amap-key", "DISPATCHHUB_MAPS_TIMEOUT": "fast"}
    )

    assert settings is not None
    assert settings.timeout == 1.5
    assert "secret-amap-key" not in repr(settings)
