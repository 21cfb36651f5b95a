"""A local stand-in for AMap's (高德) Web Service distance API, for tests and demos.

``GET /v3/distance?key=…&origins=lon,lat|lon,lat&destination=lon,lat&type=1`` answers as
AMap does: ``status`` "1" with one result per origin, distances in whole metres and
durations in seconds as strings; ``status`` "0" with AMap's ``info``/``infocode`` for a
wrong key or bad parameters. The road distance is the great-circle distance × 1.3 (a
usual detour factor for city driving) at 30 km/h. It counts the requests it answered
(:attr:`FakeAmap.request_count`, also ``GET /_fake/stats``) so tests can see the cache.

Run it alone with ``python -m dispatchhub_maps.fake_amap --port 8602 --key demo-key``,
or in a thread from a test with :func:`serve`.
"""

from __future__ import annotations

import argparse
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from dispatchhub.geo import great_circle_km
from dispatchhub.plugins.fake_http import serve_in_thread, serve_until_interrupted

__all__ = ["DETOUR_FACTOR", "FakeAmap", "main", "serve"]

DETOUR_FACTOR = 1.3
_SPEED_M_PER_S = 30_000 / 3600


@dataclass
class FakeAmap:
    """The fake's state: the accepted keys and what it has answered.

    Attributes:
        keys: the Web Service keys it accepts.
        request_count: distance requests received, answered or refused.
    """

    keys: frozenset[str]
    request_count: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def distance(self, query: dict[str, list[str]]) -> dict[str, Any]:
        """Answer one ``/v3/distance`` request."""
        with self._lock:
            self.request_count += 1
        key = _one(query, "key")
        if key not in self.keys:
            return _error("INVALID_USER_KEY", "10001")
        try:
            origins = [_lon_lat(p) for p in _one(query, "origins").split("|")]
            destination = _lon_lat(_one(query, "destination"))
        except ValueError:
            return _error("INVALID_PARAMS", "20000")
        if _one(query, "type") not in ("", "0", "1", "3"):
            return _error("INVALID_PARAMS", "20000")
        results = []
        for index, origin in enumerate(origins, start=1):
            metres = _great_circle_m(origin, destination) * DETOUR_FACTOR
            results.append(
                {
                    "origin_id": str(index),
                    "dest_id": "1",
                    "distance": str(round(metres)),
                    "duration": str(round(metres / _SPEED_M_PER_S)),
                }
            )
        return {
            "status": "1",
            "info": "OK",
            "infocode": "10000",
            "count": str(len(results)),
            "results": results,
        }


def _one(query: dict[str, list[str]], name: str) -> str:
    return query.get(name, [""])[0]


def _error(info: str, infocode: str) -> dict[str, Any]:
    return {"status": "0", "info": info, "infocode": infocode}


def _lon_lat(text: str) -> tuple[float, float]:
    lon_text, lat_text = text.split(",")
    if len(lon_text.partition(".")[2]) > 6 or len(lat_text.partition(".")[2]) > 6:
        raise ValueError("AMap takes at most six decimals")
    lon, lat = float(lon_text), float(lat_text)
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise ValueError("out of range")
    return lon, lat


def _great_circle_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lon1, lat1), (lon2, lat2) = a, b  # AMap order
    return great_circle_km(lat1, lon1, lat2, lon2) * 1000


def _handler(amap: FakeAmap) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if url.path == "/v3/distance":
                self._reply(200, amap.distance(parse_qs(url.query)))
            elif url.path == "/_fake/stats":
                self._reply(200, {"request_count": amap.request_count})
            else:
                self._reply(404, _error("INVALID_REQUEST", "20003"))

        def _reply(self, status: int, body: Any) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json;charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            try:
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client timed out and left: nothing to tell it

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

    return Handler


@contextmanager
def serve(amap: FakeAmap, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``amap`` in a background thread; yields its base URL and stops on exit."""
    with serve_in_thread(_handler(amap), host=host, port=port, name="fake-amap") as url:
        yield url


def main(argv: list[str] | None = None) -> None:
    """Run the fake AMap server in the foreground until interrupted."""
    parser = argparse.ArgumentParser(description="fake AMap distance API")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8602)
    parser.add_argument("--key", action="append", default=None)
    args = parser.parse_args(argv)
    server = ThreadingHTTPServer(
        (args.host, args.port), _handler(FakeAmap(keys=frozenset(args.key or ["demo-key"])))
    )
    print(f"fake AMap on http://{args.host}:{server.server_address[1]}", flush=True)
    serve_until_interrupted(server)


if __name__ == "__main__":
    main()
