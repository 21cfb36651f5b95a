"""Where the time goes during a scenario: CPU seconds of the app, the worker, the database's
backends and Redis (from ``/proc``), and, optionally, a py-spy profile of the app.

CPU is read from ``/proc/<pid>/stat`` (user + system time) before and after a scenario, for
each process tree: the app server with its uvicorn workers, the Celery worker with its
children, the PostgreSQL backends serving the scratch database (``pg_stat_activity``), and
the run's own ``redis-server``.
"""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from pathlib import Path

__all__ = [
    "by_package",
    "cpu_seconds",
    "descendants",
    "postgres_backends",
    "top_functions",
]

_TICKS = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name (field 2) may hold spaces; it is in parentheses
    return text[text.rindex(")") + 2 :].split()


def descendants(root: int) -> list[int]:
    """``root`` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))) is not None:
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds the processes have used so far (ones gone count 0)."""
    total = 0
    for pid in pids:
        fields = _stat(pid)
        if fields is not None:
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / _TICKS


def postgres_backends(dsn: str, database: str) -> list[int]:
    """The server processes connected to ``database`` right now."""
    out = subprocess.run(
        ["psql", dsn, "-Atc", f"SELECT pid FROM pg_stat_activity WHERE datname = '{database}'"],
        capture_output=True, text=True, check=False,
    ).stdout  # fmt: skip
    return [int(line) for line in out.split() if line.isdigit()]


def top_functions(raw: Path, count: int = 15) -> list[tuple[float, str]]:
    """From py-spy's ``--format raw`` output (collapsed stacks with sample counts): the
    share of samples whose stack passes through each function (inclusive), largest first,
    for the functions of dispatchhub, Strawberry, graphql-core, Piccolo, asyncpg, Casbin,
    Starlette, uvicorn and Celery/kombu."""
    interesting = ("dispatchhub", "strawberry", "graphql", "piccolo", "asyncpg", "casbin",
                   "starlette", "uvicorn", "celery", "kombu", "redis", "json")  # fmt: skip
    inclusive: Counter[str] = Counter()
    total = 0
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, samples = line.rpartition(" ")
        if not samples.isdigit():
            continue
        n = int(samples)
        total += n
        seen = set()
        for frame in stack.split(";"):
            # "function (path/to/module.py:line)"
            name, _, where = frame.partition(" (")
            module = where.split(":")[0]
            short = "/".join(module.split("/")[-2:])
            if not any(part in module for part in interesting):
                continue
            key = f"{name} ({short})"
            if key not in seen:
                seen.add(key)
                inclusive[key] += n
    if not total:
        return []
    return [(n / total, key) for key, n in inclusive.most_common(count)]


def by_package(raw: Path, count: int = 12) -> list[tuple[float, str]]:
    """From py-spy's raw output: the share of samples whose innermost frame is in each
    package (``piccolo``, ``graphql``, ``dispatchhub/orders`` …), largest first."""
    leaves: Counter[str] = Counter()
    total = 0
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, samples = line.rpartition(" ")
        if not samples.isdigit() or not stack:
            continue
        n = int(samples)
        total += n
        leaves[_package(stack.split(";")[-1])] += n
    if not total:
        return []
    return [(n / total, key) for key, n in leaves.most_common(count)]


def _package(frame: str) -> str:
    module = frame.partition(" (")[2].split(":")[0]
    parts = module.split("/")
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1].removesuffix(".py")
    if "dispatchhub" in parts:
        index = len(parts) - 1 - parts[::-1].index("dispatchhub")
        return "/".join(parts[index : index + 2]).removesuffix(".py")
    if "python3.11" in parts:
        return "stdlib/" + parts[-1].removesuffix(".py")
    return module or frame
