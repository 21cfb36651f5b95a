"""Road distances with an in-process LRU cache and a pause after failures.

The dispatch engine asks for the distance from every candidate to the task, many times a
minute and mostly for the same places, so answers are cached on coordinates rounded to
three decimals (about 110 m). Failures are not cached; after one, AMap is left alone for
``retry_after`` seconds so that an outage does not cost a timeout per candidate.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

import httpx

from dispatchhub_maps.amap import AmapError, driving_distance_km
from dispatchhub_maps.coords import wgs84_to_gcj02
from dispatchhub_maps.settings import MapsSettings

__all__ = ["CACHE_DECIMALS", "RoadDistances"]

CACHE_DECIMALS = 3  # 0.001° is ~111 m of latitude and at most that of longitude
log = logging.getLogger(__name__)

_Key = tuple[str, float, float, float, float]


class RoadDistances:
    """Cached road distances; safe to share between threads.

    Args:
        max_entries: how many distances to keep; the least recently used go first.
        clock: monotonic seconds, replaceable in tests.
    """

    def __init__(self, max_entries: int = 10_000, clock: Callable[[], float] = time.monotonic):
        self._max_entries = max_entries
        self._clock = clock
        self._cache: OrderedDict[_Key, float] = OrderedDict()
        self._paused_until = float("-inf")
        self._lock = threading.Lock()

    def km(
        self,
        settings: MapsSettings,
        origin: tuple[float, float],
        destination: tuple[float, float],
    ) -> float | None:
        """Road distance in km between two WGS-84 (latitude, longitude) points, or None.

        None means "not known now" (AMap unreachable, refused, or paused after a failure);
        the caller falls back to the straight-line distance.
        """
        o = _rounded(origin)
        d = _rounded(destination)
        key: _Key = (settings.endpoint, *o, *d)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
            if self._clock() < self._paused_until:
                return None
        try:
            km = driving_distance_km(settings, wgs84_to_gcj02(*o), wgs84_to_gcj02(*d))
        except (AmapError, httpx.HTTPError, ValueError) as exc:
            log.warning(
                "AMap distance unavailable, using straight line for %ss: %s",
                settings.retry_after,
                exc,
            )
            with self._lock:
                self._paused_until = self._clock() + settings.retry_after
            return None
        with self._lock:
            self._cache[key] = km
            self._cache.move_to_end(key)
            while len(self._cache) > self._max_entries:
                self._cache.popitem(last=False)
        return km

    def clear(self) -> None:
        """Forget every cached distance and any pause."""
        with self._lock:
            self._cache.clear()
            self._paused_until = float("-inf")

    def __len__(self) -> int:
        return len(self._cache)


def _rounded(point: tuple[float, float]) -> tuple[float, float]:
    lat, lon = point
    return round(lat, CACHE_DECIMALS), round(lon, CACHE_DECIMALS)
