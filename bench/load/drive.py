"""Drivers: wrk with :file:`wrk.lua` when installed, else an asyncio + httpx one (which, being
Python, caps the bare side lower, so the ratio then flatters the app)."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Figures:
    """What one side of one scenario measured."""

    requests: int = 0
    seconds: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    socket_errors: int = 0
    ok: int = 0
    refused: int = 0
    taken: int = 0
    confirmed: int = 0
    failed: int = 0
    cpu: dict[str, float] = field(default_factory=dict)  # seconds per process group

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def _wrk(url: str, requests: Path, *, duration: float, connections: int) -> Figures:
    threads = 2
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(duration))}s",
         "--timeout", "10s", "-s", str(Path(__file__).with_name("wrk.lua")), url, "--",
         str(requests), str(threads)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    figures = Figures()
    for line in out.splitlines():
        if line.startswith("RESULT "):
            _, key, value = line.split()
            setattr(figures, key, type(getattr(figures, key))(float(value)))
    return figures


async def _python_driver(url: str, requests: Path, *, duration: float, connections: int) -> Figures:
    import httpx

    rows = [line.split("\t", 2) for line in requests.read_text(encoding="utf-8").splitlines()]
    figures, latencies = Figures(), []
    cursor = 0
    stop = time.monotonic() + duration

    async def connection(http: httpx.AsyncClient) -> None:
        nonlocal cursor
        while time.monotonic() < stop:
            path, auth, body = rows[cursor % len(rows)]
            cursor += 1
            headers = {"content-type": "application/json"} | (
                {"authorization": auth} if auth else {}
            )
            began = time.perf_counter()
            try:
                response = await http.post(path, content=body.encode(), headers=headers)
            except httpx.HTTPError:
                figures.socket_errors += 1
                continue
            latencies.append(time.perf_counter() - began)
            text = response.text
            if response.status_code != 200:
                figures.failed += 1
            elif '"errors": [{' in text or '"errors":[{' in text:
                if "ALREADY_TAKEN" in text:
                    figures.taken += 1
                else:
                    figures.refused += 1
            else:
                figures.ok += 1
            if '"status": "CONFIRMED"' in text or '"status":"CONFIRMED"' in text:
                figures.confirmed += 1

    limits = httpx.Limits(max_connections=connections)
    began = time.monotonic()
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=10) as http:
        await asyncio.gather(*(connection(http) for _ in range(connections)))
    figures.seconds = time.monotonic() - began
    figures.requests = len(latencies)
    latencies.sort()
    if latencies:
        figures.p50_ms = latencies[len(latencies) // 2] * 1000
        figures.p99_ms = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    return figures


def drive(url: str, requests: Path, *, duration: float, connections: int) -> Figures:
    """Drive ``url`` with the requests in the file for ``duration`` seconds."""
    if shutil.which("wrk"):
        return _wrk(url, requests, duration=duration, connections=connections)
    return asyncio.run(_python_driver(url, requests, duration=duration, connections=connections))
