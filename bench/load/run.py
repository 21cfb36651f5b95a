"""Load run: the app at speed against the bare limit, on PostgreSQL + Redis with the real worker.

Run from the repository root (``apt-get install -y wrk`` first for the wrk driver)::

    .venv/bin/python -m bench.load.run                      # 1 and 2 processes, 8 s a scenario
    .venv/bin/python -m bench.load.run --duration 15 --connections 50 --processes 1,2
    .venv/bin/python -m bench.load.run --scenarios booking,board --processes 1

It creates a scratch database (``dispatchhub_bench_load`` on ``DISPATCHHUB_TEST_POSTGRES_URL``,
default the local server), migrates it and writes the world (:mod:`bench.load.world`), starts
a private ``redis-server`` and the real Celery worker (``dispatchhub worker``) on it, and then,
for each process count, the app (``dispatchhub serve --workers N``) and beside it the bare
Starlette + asyncpg app (:mod:`bench.load.bare`, ``uvicorn --workers N``). Each scenario is
driven against both with the same client and the same connections, one after the other:
wrk (:file:`wrk.lua`) when it is installed, else an asyncio + httpx driver (which, being
Python, caps the bare side lower; the ratio then flatters the app — install wrk).

Scenarios: ``booking`` (``bookingCreate`` on the confirmed path: booking, order, events,
notifications and outbox rows), ``grab`` (``orderGrab``: staff grabbing many different
orders), ``hot`` (every staff member grabbing the same few orders), ``board`` (a
dispatcher's 50 orders with their latest decision and history), ``bookings`` (a customer's
50 bookings with history, charges, payments and refunds), ``offers`` and ``pool`` (a staff
member's 50 offered/assigned orders and 50 grabbable ones, with history).

It prints requests/s, p50 and p99 of each side and the ratio, then waits for the worker to
drain the outbox and counts: bookings confirmed by a response but missing (lost), stored
twice for one idempotency key (doubled), confirmed bookings without exactly one order, grabs
won by a response but not stored, orders with more than one winner, notifications lost or
stored twice, outbox rows not DONE. It exits 1 when any of those is not 0. The scratch
database is dropped at the end (``--keep`` keeps it).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import asyncpg

from bench.load.bare import BARE_TABLES, bare
from bench.load.checks import counts, drained
from bench.load.drive import Figures, drive
from bench.load.scenarios import (
    Run,
    booking_requests,
    grab_requests,
    list_requests,
    write_lines,
)
from bench.load.where import (
    by_package,
    cpu_seconds,
    descendants,
    postgres_backends,
    top_functions,
)
from bench.load.world import World, build_world
from dispatchhub import db
from dispatchhub.config import Settings

REPO = Path(__file__).resolve().parents[2]
ADMIN_URL = os.environ.get(
    "DISPATCHHUB_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
NAME = "dispatchhub_bench_load"
SECRET = "bench-load-secret-key-0123456789-abcdefghijklmnop"
SCENARIOS = ("booking", "grab", "hot", "board", "bookings", "offers", "pool")
HOT_ORDERS = 10


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """A server process, stopped (the whole process group) by :meth:`stop`."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], logs: Path) -> None:
        self.name = name
        self.log = logs / f"{name}.log"
        with self.log.open("w") as handle:
            self.process = subprocess.Popen(
                argv, cwd=logs, env={**os.environ, **env}, stdout=handle,
                stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip

    def wait_for(
        self, text: str | None = None, port: int | None = None, timeout: float = 60
    ) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            if text is not None and text in self.log.read_text(errors="replace"):
                return
            if port is not None:
                with socket.socket() as s:
                    if s.connect_ex(("127.0.0.1", port)) == 0:
                        return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{self.name} did not start:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def _env(url: str, queue: str, redis_url: str) -> dict[str, str]:
    return {
        "DISPATCHHUB_DATABASE_URL": url,
        "DISPATCHHUB_REDIS_URL": redis_url,
        "DISPATCHHUB_SECRET_KEY": SECRET,
        "DISPATCHHUB_CELERY_QUEUE": queue,
        "DISPATCHHUB_LOAD_PLUGINS": "",
        "DISPATCHHUB_REOPTIMISE_SECONDS": "0",
        # after a PYTHONPATH of the caller's: another checkout's dispatchhub can be measured
        "PYTHONPATH": os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"), str(REPO)])),
    }


# ---------------------------------------------------------------- database


async def _recreate(name: str) -> None:
    connection = await asyncpg.connect(ADMIN_URL)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


async def _drop(name: str) -> None:
    connection = await asyncpg.connect(ADMIN_URL)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


async def _prepare(url: str, args: argparse.Namespace) -> World:
    await _recreate(NAME)
    settings = Settings(database_url=url, secret_key=SECRET)
    db.configure(settings)
    await db.migrate()
    await db.open_pool(settings)
    try:
        per_run = args.grab_orders
        world = await build_world(
            settings, customers=50, staff=50, pool=per_run * len(args.processes),
            hot=HOT_ORDERS * len(args.processes),
        )  # fmt: skip
    finally:
        await db.close_pool()
    connection = await asyncpg.connect(url)
    try:
        for table in BARE_TABLES:
            await connection.execute(f"CREATE TABLE {bare(table)} (LIKE {table} INCLUDING ALL)")
        # The bare side grabs copies of the same orders.
        await connection.execute(f"INSERT INTO {bare('orders')} SELECT * FROM orders")
    finally:
        await connection.close()
    return world


# ---------------------------------------------------------------- the run


def _print_row(processes: int, scenario: str, app: Figures, limit: Figures) -> None:
    ratio = app.rate / limit.rate if limit.rate else 0.0
    print(
        f"{processes:>2}  {scenario:<9} {app.rate:>8.1f} {app.p50_ms:>7.1f} {app.p99_ms:>8.1f}"
        f"   {limit.rate:>8.1f} {limit.p50_ms:>7.1f} {limit.p99_ms:>8.1f}   {ratio:>6.1%}"
        f"   ok {app.ok} refused {app.refused} taken {app.taken} http {app.failed}"
        f" socket {app.socket_errors}",
        flush=True,
    )


def _py_spy() -> str:
    beside = Path(sys.executable).with_name("py-spy")
    return str(beside) if beside.exists() else "py-spy"


def _measure(
    url: str, requests: Path, args: argparse.Namespace, groups: dict[str, list[int]],
    profile: Path | None, app_pid: int,
) -> Figures:  # fmt: skip
    """Drive one side; note the CPU each process group used meanwhile; profile on request."""
    before = {name: cpu_seconds(pids) for name, pids in groups.items()}
    spy = None
    if profile is not None:
        spy = subprocess.Popen(
            [_py_spy(), "record", "--pid", str(app_pid), "--subprocesses", "--format", "raw",
             "--rate", "97", "--duration", str(max(1, round(args.duration))), "--nonblocking",
             "--output", str(profile)],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
        )  # fmt: skip
    figures = drive(url, requests, duration=args.duration, connections=args.connections)
    if spy is not None:
        spy.wait(timeout=60)
    figures.cpu = {name: cpu_seconds(pids) - before[name] for name, pids in groups.items()}
    return figures


def _print_cpu(scenario: str, figures: Figures) -> None:
    spent = ", ".join(
        f"{name} {seconds / figures.seconds:.2f}" for name, seconds in figures.cpu.items()
    )
    per_request = sum(figures.cpu.values()) / figures.requests * 1000 if figures.requests else 0
    print(f"      {scenario:<9} CPU cores busy: {spent}; {per_request:.1f} ms CPU a request")


def _one_run(
    processes: int, world: World, url: str, queue: str, args: argparse.Namespace, logs: Path,
    index: int, worker_pid: int, redis_url: str, redis_pid: int,
) -> Run:  # fmt: skip
    run = Run(processes, datetime.now(UTC))
    app_port, bare_port = _free_port(), _free_port()
    app = Server(
        f"app-{processes}",
        [sys.executable, "-m", "dispatchhub.cli", "serve", "--port", str(app_port),
         "--workers", str(processes)],
        _env(url, queue, redis_url) | {"DISPATCHHUB_HOST": "127.0.0.1"}, logs,
    )  # fmt: skip
    limit = Server(
        f"bare-{processes}",
        [sys.executable, "-m", "uvicorn", "bench.load.bare:app", "--port", str(bare_port),
         "--workers", str(processes), "--log-level", "warning", "--no-access-log"],
        {"BENCH_DSN": url, "PYTHONPATH": str(REPO)}, logs,
    )  # fmt: skip
    try:
        app.wait_for(port=app_port)
        limit.wait_for(port=bare_port)
        time.sleep(2)  # every worker process has finished its lifespan
        backends = postgres_backends(ADMIN_URL, NAME)  # the app's pool, the worker's, the bare's
        app_url, bare_url = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{bare_port}"
        per_run = args.grab_orders
        run.grab_orders = world.pool[index * per_run : (index + 1) * per_run]
        run.hot_orders = world.hot[index * HOT_ORDERS : (index + 1) * HOT_ORDERS]
        for scenario in args.scenarios:
            if scenario == "booking":
                app_rows, bare_rows = booking_requests(world, args.bookings, run)
            elif scenario == "grab":
                app_rows, bare_rows = grab_requests(world, run.grab_orders, every_staff=False)
            elif scenario == "hot":
                app_rows, bare_rows = grab_requests(world, run.hot_orders, every_staff=True)
            else:
                app_rows, bare_rows = list_requests(world, scenario)
            app_file = write_lines(app_rows, logs / f"{scenario}-{processes}-app.txt")
            bare_file = write_lines(bare_rows, logs / f"{scenario}-{processes}-bare.txt")
            if scenario in {"board", "bookings", "offers", "pool"}:  # warm both up
                drive(app_url, app_file, duration=1, connections=4)
                drive(bare_url, bare_file, duration=1, connections=4)
            backends = sorted(set(backends) | set(postgres_backends(ADMIN_URL, NAME)))
            groups = {
                "app": descendants(app.process.pid),
                "worker": descendants(worker_pid),
                "postgres": backends,
                "redis": descendants(redis_pid),
            }
            raw = logs / f"profile-{scenario}-{processes}.txt" if args.profile else None
            measured = _measure(app_url, app_file, args, groups, raw, app.process.pid)
            groups["bare"] = descendants(limit.process.pid)
            del groups["app"]
            baseline = _measure(bare_url, bare_file, args, groups, None, limit.process.pid)
            run.results[scenario] = (measured, baseline)
            _print_row(processes, scenario, measured, baseline)
            _print_cpu("app", measured)
            _print_cpu("bare", baseline)
            if raw is not None and raw.exists():
                print("      profile, innermost frame by package: " + ", ".join(
                    f"{key} {share:.0%}" for share, key in by_package(raw, 8)
                ))  # fmt: skip
                print("      profile, functions on the stack: " + "; ".join(
                    f"{key} {share:.0%}" for share, key in top_functions(raw, 25)[8:]
                ))  # fmt: skip
    finally:
        app.stop()
        limit.stop()
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=8.0, help="seconds per scenario and side")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--processes", default="1,2", help="app process counts to run, e.g. 1,2")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument(
        "--bookings",
        type=int,
        default=20000,
        help="distinct bookingCreate requests (never repeated within a run)",
    )
    parser.add_argument(
        "--grab-orders", type=int, default=8000, help="open orders per run for the spread-out grabs"
    )
    parser.add_argument("--drain-timeout", type=float, default=300.0)
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument(
        "--profile", action="store_true",
        help="record the app with py-spy during each scenario (pip install py-spy)",
    )  # fmt: skip
    args = parser.parse_args()
    args.processes = [int(p) for p in args.processes.split(",")]
    args.scenarios = [s for s in args.scenarios.split(",") if s]
    unknown = set(args.scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenarios: {sorted(unknown)}")
    url = f"{ADMIN_URL.rsplit('/', 1)[0]}/{NAME}"
    queue = f"dh-bench-{os.getpid()}"
    logs = Path(tempfile.mkdtemp(prefix="dispatchhub-load-"))
    print(f"driver: {'wrk' if shutil.which('wrk') else 'python (httpx)'}; logs in {logs}")
    print("writing the world …", flush=True)
    world = asyncio.run(_prepare(url, args))
    # A Redis of its own: the policy watcher's channel and the queue are shared by whoever
    # uses a Redis, and another instance's policy change reloads every enforcer listening.
    redis_port = _free_port()
    redis_url = f"redis://127.0.0.1:{redis_port}/0"
    redis = Server(
        "redis", ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "",
                  "--appendonly", "no"], {}, logs,
    )  # fmt: skip
    redis.wait_for(port=redis_port)
    worker = Server(
        "worker", [sys.executable, "-m", "dispatchhub.cli", "worker", "--concurrency", "2"],
        _env(url, queue, redis_url), logs,
    )  # fmt: skip
    problems = 0
    try:
        worker.wait_for(text=" ready.")
        print(f"\n{'':>2}  {'scenario':<9} {'app r/s':>8} {'p50 ms':>7} {'p99 ms':>8}"
              f"   {'bare r/s':>8} {'p50 ms':>7} {'p99 ms':>8}   {'ratio':>6}")  # fmt: skip
        runs = [
            _one_run(
                p,
                world,
                url,
                queue,
                args,
                logs,
                i,
                worker.process.pid,
                redis_url,
                redis.process.pid,
            )
            for i, p in enumerate(args.processes)
        ]
        waiting = asyncio.run(drained(url, args.drain_timeout))
        print(f"\noutbox rows not done after the runs: {waiting}")
        problems += waiting
        for run in runs:
            print(f"checks after the {run.processes}-process run:")
            for check, count in asyncio.run(counts(url, run)).items():
                print(f"  {check:<48} {count}")
                problems += count
        if len(runs) > 1:
            print("\nscaling (requests/s, last process count over the first):")
            for scenario in args.scenarios:
                (app_1, bare_1), (app_n, bare_n) = (
                    runs[0].results[scenario],
                    runs[-1].results[scenario],
                )
                app_x = app_n.rate / app_1.rate if app_1.rate else 0.0
                bare_x = bare_n.rate / bare_1.rate if bare_1.rate else 0.0
                print(f"  {scenario:<9} app {app_x:>5.2f}x   bare {bare_x:>5.2f}x")
    finally:
        worker.stop()
        redis.stop()
        if not args.keep:
            asyncio.run(_drop(NAME))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
