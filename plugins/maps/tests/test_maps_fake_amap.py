"""The fake AMap server on its own: its answers follow AMap's format."""

from __future__ import annotations

from typing import Any

import httpx


def test_fake_answers_like_amap(amap_server: Any) -> None:
    key = next(iter(amap_server.fake.keys))

    body = httpx.get(
        amap_server.url + "/v3/distance",
        params={
            "key": key,
            "origins": "121.478223,31.228458|121.504,31.236",
            "destination": "121.504300,31.237900",
            "type": "1",
        },
        timeout=5,
    ).json()

    assert body["status"] == "1"
    assert body["count"] == "2"
    assert [r["origin_id"] for r in body["results"]] == ["1", "2"]
    assert all(isinstance(r["distance"], str) and r["distance"].isdigit() for r in body["results"])
    assert int(body["results"][1]["distance"]) < int(body["results"][0]["distance"])


def test_fake_refuses_wrong_key_and_bad_coordinates(amap_server: Any) -> None:
    url = amap_server.url + "/v3/distance"
    key = next(iter(amap_server.fake.keys))

    wrong_key = httpx.get(url, params={"key": "x", "origins": "1,1", "destination": "2,2"}).json()
    lat_lon_swapped = httpx.get(
        url, params={"key": key, "origins": "31.2,121.4", "destination": "31.2,121.5"}
    ).json()
    seven_decimals = httpx.get(
        url, params={"key": key, "origins": "121.4000001,31.2", "destination": "121.5,31.2"}
    ).json()

    assert wrong_key == {"status": "0", "info": "INVALID_USER_KEY", "infocode": "10001"}
    assert lat_lon_swapped["info"] == "INVALID_PARAMS"
    assert seven_decimals["info"] == "INVALID_PARAMS"
