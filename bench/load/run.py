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
import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import asyncpg

from bench.load.bare import BARE_TABLES, bare
from bench.load.where import (
    by_package,
    cpu_seconds,
    descendants,
    postgres_backends,
    top_functions,
)
from bench.load.world import POINT, World, build_world, next_morning
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

CREATE = """mutation Create($input: BookingCreateInput!) {
  bookingCreate(input: $input) { booking { id number status } errors { field code } } }"""
GRAB = """mutation Grab($input: OrderIdInput!) {
  orderGrab(input: $input) { order { id status } errors { code } } }"""
BOARD = """query Board($first: Int!) { orders(first: $first) { edges { node {
  id number status urgency serviceCode scheduledStart assigneeId customerName address
  history { fromStatus toStatus reason actorId at }
  decision { kind outcome chosenId createdAt candidates { staffId eligible score } }
} } pageInfo { hasNextPage endCursor } } }"""
MY_BOOKINGS = """query Mine($first: Int!) { bookings(first: $first) { edges { node {
  id number status serviceName scheduledStart address priceMinor createdAt
  history { kind fromStatus toStatus at }
  charges { id amountMinor fault status }
  payments { id number status amountMinor paidAt refunds { id amountMinor status } }
} } pageInfo { hasNextPage endCursor } } }"""
OFFERS = """query Offers($first: Int!) { orders(first: $first, filter: {mine: true}) {
  edges { node { id number status scheduledStart customerName customerPhone address
  description history { fromStatus toStatus at } } } pageInfo { hasNextPage } } }"""
POOL = """query Pool($first: Int!) { orders(first: $first, filter: {grabbable: true}) {
  edges { node { id number status urgency scheduledStart region location { lat lon }
  history { fromStatus toStatus at } } } pageInfo { hasNextPage } } }"""


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


@dataclass
class Run:
    """Everything a process count's run needs to check afterwards."""

    processes: int
    started: datetime
    booking_keys: list[str] = field(default_factory=list)
    grab_orders: list[UUID] = field(default_factory=list)
    hot_orders: list[UUID] = field(default_factory=list)
    results: dict[str, tuple[Figures, Figures]] = field(default_factory=dict)


def _global_id(kind: str, value: UUID) -> str:
    return base64.b64encode(f"{kind}:{value}".encode()).decode()


def _body(query: str, variables: dict[str, Any]) -> str:
    return json.dumps({"query": query, "variables": variables}, ensure_ascii=False)


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


# ---------------------------------------------------------------- request files


def _lines(rows: list[tuple[str, str, str]], path: Path) -> Path:
    path.write_text("".join(f"{p}\t{a}\t{b}\n" for p, a, b in rows), encoding="utf-8")
    return path


def _booking_requests(world: World, count: int, run: Run) -> tuple[list[Any], list[Any]]:
    app, limit = [], []
    start = next_morning(2).isoformat()
    for n in range(count):
        customer = world.customers[n % len(world.customers)]
        key = uuid4().hex
        run.booking_keys.append(f"{customer.id}:{key}")  # as the service stores it
        values = {
            "serviceTypeId": str(world.service_type),
            "description": "客厅空调不制冷,开机后有异响 / AC not cooling, rattles",
            "scheduledStart": start, "address": "上海市徐汇区漕溪北路 88 号 1201 室",
            "location": {"lat": POINT[0], "lon": POINT[1]}, "urgency": "URGENT",
            "formData": {}, "idempotencyKey": key,
        }  # fmt: skip
        app.append(("/graphql", f"Bearer {customer.token}", _body(CREATE, {"input": values})))
        limited = {**values, "customerId": str(customer.id)}
        limit.append(("/booking", "", _body(CREATE, {"input": limited})))
    return app, limit


def _grab_requests(
    world: World, orders: list[UUID], *, every_staff: bool
) -> tuple[list[Any], list[Any]]:
    app, limit = [], []
    pairs = (
        [(o, s) for o in orders for s in world.staff]
        if every_staff
        else [(o, world.staff[n % len(world.staff)]) for n, o in enumerate(orders)]
    )
    for order, staff in pairs:
        variables = {"input": {"id": _global_id("Order", order)}}
        app.append(("/graphql", f"Bearer {staff.token}", _body(GRAB, variables)))
        bare_variables = {"input": {"id": str(order)}, "staffId": str(staff.id)}
        limit.append(("/grab", "", _body(GRAB, bare_variables)))
    return app, limit


def _list_requests(world: World, scenario: str) -> tuple[list[Any], list[Any]]:
    assert world.dispatcher is not None and world.lister is not None
    if scenario == "board":
        who, query, path, extra = [world.dispatcher], BOARD, "/board", "dispatcher"
    elif scenario == "bookings":
        who, query, path, extra = [world.lister], MY_BOOKINGS, "/my-bookings", "customerId"
    elif scenario == "offers":
        who, query, path, extra = world.staff, OFFERS, "/offers", "staffId"
    else:
        who, query, path, extra = world.staff, POOL, "/pool", "staffId"
    app = [("/graphql", f"Bearer {p.token}", _body(query, {"first": 50})) for p in who]
    limit = [(path, "", _body(query, {"first": 50, extra: str(p.id)})) for p in who]
    return app, limit


# ---------------------------------------------------------------- drivers


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


async def _drained(url: str, timeout: float) -> int:
    """Wait for the worker to finish every due outbox row; the rows still not DONE."""
    connection = await asyncpg.connect(url)
    try:
        deadline = time.monotonic() + timeout
        while True:
            waiting = await connection.fetchval(
                "SELECT count(*) FROM outbox_messages WHERE status <> 'DONE'"
                " AND available_at <= now() + interval '1 minute'"
            )
            if waiting == 0 or time.monotonic() > deadline:
                return int(waiting)
            await asyncio.sleep(0.5)
    finally:
        await connection.close()


async def _counts(url: str, run: Run) -> dict[str, int]:
    """The 0-lost, 0-doubled checks of one run (after the outbox drained)."""
    connection = await asyncpg.connect(url)
    try:
        keys = run.booking_keys
        booked = run.results.get("booking", (Figures(), Figures()))[0]
        stored = await connection.fetchval(
            "SELECT count(DISTINCT idempotency_key) FROM bookings WHERE idempotency_key = ANY($1)",
            keys,
        )
        twice = await connection.fetchval(
            "SELECT count(*) FROM (SELECT idempotency_key FROM bookings"
            " WHERE idempotency_key = ANY($1) GROUP BY idempotency_key HAVING count(*) > 1) d",
            keys,
        )
        orders_wrong = await connection.fetchval(
            "SELECT count(*) FROM bookings b WHERE b.idempotency_key = ANY($1)"
            " AND b.status = 'CONFIRMED'"
            " AND (SELECT count(*) FROM orders o WHERE o.booking = b.id) <> 1",
            keys,
        )
        unnotified = await connection.fetchval(
            "SELECT count(*) FROM bookings b WHERE b.idempotency_key = ANY($1)"
            " AND NOT EXISTS (SELECT 1 FROM notifications n"
            " WHERE n.recipient = b.customer AND n.params->>'number' = b.number)",
            keys,
        )
        notified_twice = await connection.fetchval(
            "SELECT count(*) FROM (SELECT 1 FROM notifications"
            " WHERE created_at >= $1 GROUP BY recipient, channel, target, template, params::text"
            " HAVING count(*) > 1) d",
            run.started,
        )
        grabbed = run.grab_orders + run.hot_orders
        won = sum(run.results[s][0].ok for s in ("grab", "hot") if s in run.results)
        assigned = await connection.fetchval(
            "SELECT count(*) FROM orders WHERE id = ANY($1) AND assignee IS NOT NULL", grabbed
        )
        many_winners = await connection.fetchval(
            'SELECT count(*) FROM (SELECT "order" FROM order_events WHERE "order" = ANY($1)'
            " AND to_status = 'ASSIGNED' GROUP BY \"order\" HAVING count(*) > 1) d",
            grabbed,
        )
        failed_rows = await connection.fetchval(
            "SELECT count(*) FROM outbox_messages WHERE status = 'FAILED'"
        )
    finally:
        await connection.close()
    return {
        "bookings lost (confirmed, not stored)": max(0, booked.confirmed - int(stored)),
        "bookings doubled (one key, two rows)": int(twice),
        "confirmed bookings without exactly one order": int(orders_wrong),
        "bookings without their notification": int(unnotified),
        "notifications doubled": int(notified_twice),
        "grabs lost (won, not stored)": max(0, won - int(assigned)),
        "orders with two winners": int(many_winners),
        "outbox rows FAILED": int(failed_rows),
    }


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
                app_rows, bare_rows = _booking_requests(world, args.bookings, run)
            elif scenario == "grab":
                app_rows, bare_rows = _grab_requests(world, run.grab_orders, every_staff=False)
            elif scenario == "hot":
                app_rows, bare_rows = _grab_requests(world, run.hot_orders, every_staff=True)
            else:
                app_rows, bare_rows = _list_requests(world, scenario)
            app_file = _lines(app_rows, logs / f"{scenario}-{processes}-app.txt")
            bare_file = _lines(bare_rows, logs / f"{scenario}-{processes}-bare.txt")
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
        waiting = asyncio.run(_drained(url, args.drain_timeout))
        print(f"\noutbox rows not done after the runs: {waiting}")
        problems += waiting
        for run in runs:
            print(f"checks after the {run.processes}-process run:")
            for check, count in asyncio.run(_counts(url, run)).items():
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
