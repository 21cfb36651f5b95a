"""Fixtures for the maps plugin: a clean environment and cache, and a fake AMap per test."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from dispatchhub_maps import plugin
from dispatchhub_maps.fake_amap import FakeAmap, serve

AMAP_KEY = "0123456789abcdef0123456789abcdef"


@dataclass
class AmapServer:
    """A running fake AMap and its URL."""

    fake: FakeAmap
    url: str


@pytest.fixture(autouse=True)
def _clean_maps_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # A developer's own key must never make a test call AMap, and no test sees another's cache.
    for name in list(os.environ):
        if name.startswith("DISPATCHHUB_MAPS_"):
            monkeypatch.delenv(name)
    plugin.road_distances.clear()
    yield
    plugin.road_distances.clear()


@pytest.fixture
def amap_server() -> Iterator[AmapServer]:
    """A fake AMap on a free 127.0.0.1 port, stopped after the test."""
    fake = FakeAmap(keys=frozenset({AMAP_KEY}))
    with serve(fake) as url:
        yield AmapServer(fake=fake, url=url)


@pytest.fixture
def maps_configured(monkeypatch: pytest.MonkeyPatch, amap_server: AmapServer) -> AmapServer:
    """The plugin's environment pointing at the fake AMap."""
    monkeypatch.setenv("DISPATCHHUB_MAPS_ENDPOINT", amap_server.url)
    monkeypatch.setenv("DISPATCHHUB_MAPS_AMAP_KEY", AMAP_KEY)
    return amap_server


@pytest.fixture
def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (for "AMap down")."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
