"""CPU per request, in process: each scenario's request run through the app without a
network, timed with the process's CPU clock and profiled with cProfile.

Where :mod:`bench.load.run` measures the app among its neighbours (and is as noisy as the
machine), this measures only the app's own CPU per request, which the neighbours cannot
change. Run from the repository root::

    .venv/bin/python -m bench.load.cpu [--requests 30] [--top 25] [--scenarios board,booking]

It writes the same world as the load run into a scratch PostgreSQL database
(``dispatchhub_bench_cpu``), runs the app's lifespan with the outbox relay off (so only the
request's own work is measured; the rows stay in the outbox), and drops the database.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import os
import pstats
import time
from datetime import UTC, datetime
from typing import Any

import asyncpg
import httpx

from bench.load import run as load
from bench.load.scenarios import Run, booking_requests, grab_requests, list_requests
from bench.load.world import World, build_world
from dispatchhub import db
from dispatchhub.app import create_app
from dispatchhub.config import Settings
from dispatchhub.gc_tuning import tune

NAME = "dispatchhub_bench_cpu"


def _requests(world: World, scenario: str, count: int) -> list[tuple[str, str, str]]:
    fake = Run(1, datetime.now(UTC))
    if scenario == "booking":
        rows, _ = booking_requests(world, count, fake)
    elif scenario == "grab":
        rows, _ = grab_requests(world, world.pool[:count], every_staff=False)
    else:
        rows, _ = list_requests(world, scenario)
    return [rows[n % len(rows)] for n in range(count)]


async def _main(args: argparse.Namespace) -> None:
    admin = load.ADMIN_URL
    connection = await asyncpg.connect(admin)
    await connection.execute(f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)')
    await connection.execute(f'CREATE DATABASE "{NAME}"')
    await connection.close()
    url = f"{admin.rsplit('/', 1)[0]}/{NAME}"
    settings = Settings(database_url=url, secret_key=load.SECRET, reoptimise_seconds=0)
    db.configure(settings)
    await db.migrate()
    await db.open_pool(settings)
    try:
        world = await build_world(settings, customers=50, staff=50, pool=args.requests * 3, hot=0)
    finally:
        await db.close_pool()
    app = create_app(settings, relay=False)
    if not args.default_gc:
        tune()  # as dispatchhub.asgi does in a serving process
    try:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
                for scenario in args.scenarios:
                    await _scenario(http, world, scenario, args)
    finally:
        connection = await asyncpg.connect(admin)
        await connection.execute(f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)')
        await connection.close()


async def _post(http: httpx.AsyncClient, row: tuple[str, str, str]) -> Any:
    path, auth, body = row
    response = await http.post(
        path,
        content=body.encode(),
        headers={"authorization": auth, "content-type": "application/json"},
    )
    answer = response.json()
    assert "errors" not in answer, answer
    return answer


async def _scenario(
    http: httpx.AsyncClient, world: World, scenario: str, args: argparse.Namespace
) -> None:
    rows = _requests(world, scenario, args.requests * 3)
    for row in rows[: args.requests]:  # warm-up: caches, prepared statements, the pool
        await _post(http, row)
    began_cpu = time.process_time()
    for row in rows[args.requests : args.requests * 2]:  # unprofiled: cProfile inflates CPU
        await _post(http, row)
    cpu = time.process_time() - began_cpu
    profiler = cProfile.Profile()
    trips = _round_trips()
    profiler.enable()
    for row in rows[args.requests * 2 :]:
        await _post(http, row)
    profiler.disable()
    sent = trips.stop()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    # calls and round trips do not depend on the neighbours' load, CPU time does
    print(f"\n== {scenario}: {cpu / args.requests * 1000:.1f} ms CPU a request (one at a time), "
          f"{stats.total_calls / args.requests:,.0f} Python calls, "  # type: ignore[attr-defined]
          f"{sent / args.requests:.1f} database round trips")  # fmt: skip
    stats.sort_stats(args.sort).print_stats(args.top)
    print("\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip()))
    if args.callers:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).print_callers(args.callers)
        print(out.getvalue())


class _Trips:
    def __init__(self) -> None:
        self.count = 0
        self.undo: list[Any] = []

    def stop(self) -> int:
        for undo in self.undo:
            undo()
        return self.count


def _round_trips() -> _Trips:
    """Count what asyncpg sends until ``stop()``: statements, and BEGIN/COMMIT/ROLLBACK."""
    from asyncpg.connection import Connection

    trips = _Trips()
    for name in ("_do_execute", "execute"):
        original = getattr(Connection, name)

        def counted(
            self: Any, *args: Any, _original: Any = original, _name: str = name, **kw: Any
        ) -> Any:
            # execute() with arguments goes on to _do_execute: count it there
            if _name == "_do_execute" or len(args) == 1:
                trips.count += 1
            return _original(self, *args, **kw)

        setattr(Connection, name, counted)
        trips.undo.append(lambda name=name, original=original: setattr(Connection, name, original))
    return trips


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="tottime", help="pstats order: tottime, cumulative")
    parser.add_argument(
        "--default-gc", action="store_true", help="leave the collector as CPython sets it"
    )
    parser.add_argument("--callers", help="also print who called functions matching this")
    parser.add_argument("--scenarios", default="booking,grab,board,bookings,offers,pool")
    args = parser.parse_args()
    args.scenarios = [s for s in args.scenarios.split(",") if s]
    os.environ.setdefault("DISPATCHHUB_LOAD_PLUGINS", "")
    asyncio.run(_main(args))


if __name__ == "__main__":
    main()
