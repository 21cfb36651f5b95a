"""Benchmark the rules DSL against hand-written Python, rule-engine and zen-engine.

Run: ``.venv/bin/python bench/bench_dsl.py``. Times are per-process CPU medians with the
garbage collector paused (as ``timeit`` does), so a busy shared machine disturbs them less;
ratios are against the hand-written Python measured before and after, in the same run.
Every variant's eligible ids are checked against the hand-written ones.
"""

from __future__ import annotations

import gc
import math
import random
import statistics
import time
from collections.abc import Callable, Mapping
from typing import Any

import rule_engine
import zen

from dispatchhub.rules_dsl import DEFAULT_FUNCTIONS, RuleFunction, compile_source
from dispatchhub.rules_dsl.functions import Param
from dispatchhub.rules_dsl.types import DISTANCE, STAFF, TASK

KM_PER_DEGREE = 111.32
POLICY = """
policy hvac_urgent priority 10
  applies when task.type in ["hvac", "boiler"] and task.urgency == "urgent"
  require on_shift : staff.on_shift                         reason "off shift"
  require skilled  : staff.skill(task.type) >= 3            reason "skill below 3"
  require capacity : staff.active_orders < staff.max_orders reason "full"
  require near     : distance(staff, task) <= 10 km         reason "{distance(staff, task)} away"
  prefer close  weight 3 : scale(distance(staff, task), best 0 km, worst 10 km)
  prefer rating weight 2 : scale(staff.rating(task.type) ?? 3, worst 1, best 5)
  prefer light  weight 2 : scale(staff.active_orders, best 0, worst staff.max_orders)
  tie break staff.active_orders asc
default policy anyone
  require on_shift : staff.on_shift
"""


def flat_km(staff: Mapping[str, float], task: Mapping[str, float]) -> float:
    """Equirectangular km (what every engine here can express with arithmetic)."""
    dx = (staff["lat"] - task["lat"]) * KM_PER_DEGREE
    dy = (staff["lon"] - task["lon"]) * task["kx"]
    return math.sqrt(dx * dx + dy * dy)


def make_world(n: int, seed: int = 7) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    rng = random.Random(seed)
    types = ["hvac", "boiler", "plumbing", "electric", "locks", "cleaning", "pest", "glass"]
    task = {
        "type": "hvac",
        "urgency": "urgent",
        "lat": 31.23,
        "lon": 121.47,
        "region": "north",
        "kx": KM_PER_DEGREE * math.cos(math.radians(31.23)),
    }
    staff = []
    for i in range(n):
        skills = {t: rng.randint(1, 5) for t in rng.sample(types, rng.randint(1, 3))}
        staff.append(
            {
                "id": f"s{i:05d}",
                "on_shift": rng.random() < 0.7,
                "skills": skills,
                "ratings": {t: round(rng.uniform(1, 5), 1) for t in skills if rng.random() < 0.7},
                "active_orders": rng.randint(0, 6),
                "max_orders": rng.randint(3, 6),
                "lat": 31.23 + rng.uniform(-0.1, 0.1),
                "lon": 121.47 + rng.uniform(-0.15, 0.15),
            }
        )
    return task, staff


def hand_written(task: Mapping[str, Any], staff: list[dict[str, Any]]) -> list[tuple[str, float]]:
    """The same policy as a Python developer would write it."""
    kind = task["type"]
    rows = []
    for s in staff:
        if not s["on_shift"] or s["skills"].get(kind, 0) < 3:
            continue
        if s["active_orders"] >= s["max_orders"]:
            continue
        d = flat_km(s, task)
        if d > 10:
            continue
        close = min(1.0, max(0.0, (10 - d) / 10))
        rating = s["ratings"].get(kind)
        rated = min(1.0, max(0.0, ((3 if rating is None else rating) - 1) / 4))
        light = min(1.0, max(0.0, 1 - s["active_orders"] / s["max_orders"]))
        rows.append((3 * close + 2 * rated + 2 * light, s["active_orders"], s["id"]))
    rows.sort(key=lambda r: (-r[0], r[1], r[2]))
    return [(r[2], r[0]) for r in rows]


RULE_FILTER = (
    "on_shift and $task_type in skills and skills[$task_type] >= 3 and active_orders < max_orders"
    " and ((lat - $task_lat) * 111.32) ** 2 + ((lon - $task_lon) * $task_kx) ** 2 <= 100"
)
ZEN_D2 = "((#.lat - t.lat) * 111.32) ^ 2 + ((#.lon - t.lon) * t.kx) ^ 2"
ZEN = (
    f"map(filter(staff, #.on_shift and (#.skills[t.type] ?? 0) >= 3 and "
    f"#.active_orders < #.max_orders and {ZEN_D2} <= 100), [#.id, "
    f"3 * max([0, min([1, (10 - ({ZEN_D2}) ^ 0.5) / 10])]) + "
    f"2 * max([0, min([1, ((#.ratings[t.type] ?? 3) - 1) / 4])]) + "
    f"2 * max([0, min([1, 1 - #.active_orders / #.max_orders])])])"
)


def rule_engine_variant(task: Mapping[str, Any]) -> Callable[[list[dict[str, Any]]], list[str]]:
    text = RULE_FILTER
    for key, value in (
        ("task_type", repr(task["type"])),
        ("task_lat", task["lat"]),
        ("task_lon", task["lon"]),
        ("task_kx", task["kx"]),
    ):
        text = text.replace(f"${key}", str(value))
    rule = rule_engine.Rule(text)
    score = rule_engine.Rule(
        f"3 * (1 - (((lat - {task['lat']}) * 111.32) ** 2 + ((lon - {task['lon']}) * "
        f"{task['kx']}) ** 2) ** 0.5 / 10) + 2 * ((('hvac' in ratings) ? ratings['hvac'] : 3) "
        "- 1) / 4 + 2 * (1 - active_orders / max_orders)"
    )
    return lambda staff: [s["id"] for s in rule.filter(staff) if score.evaluate(s) is not None]


def cpu_ms(run: Callable[[], object], repeat: int) -> float:
    """Median CPU ms of ``repeat`` runs, garbage collector paused (as ``timeit`` does)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            run()
            times.append((time.process_time() - start) * 1000)
        finally:
            gc.enable()
    return statistics.median(times)


def bench(n: int) -> None:
    task, staff = make_world(n)
    registry = DEFAULT_FUNCTIONS.extended(
        [
            RuleFunction(
                "distance",
                (Param("staff", STAFF), Param("task", TASK)),
                DISTANCE,
                flat_km,
                "flat km",
            )
        ]
    )
    plain = compile_source(POLICY, functions=registry).select(task)
    explained = compile_source(POLICY, functions=registry, explain=True).select(task)
    assert plain is not None and explained is not None
    expected = hand_written(task, staff)
    got = [(c.staff_id, c.score) for c in plain.evaluate(task, staff).ranked]
    assert [i for i, _ in got] == [i for i, _ in expected]
    assert all(abs(a[1] - b[1]) < 1e-9 for a, b in zip(got, expected, strict=True))
    zen_expr = zen.compile_expression(ZEN)
    zen_ids = {row[0] for row in zen_expr.evaluate({"staff": staff, "t": task})}
    re_filter = rule_engine_variant(task)
    assert zen_ids == set(re_filter(staff)) == {i for i, _ in expected}

    repeat = 15 if n <= 2000 else 5
    base_before = cpu_ms(lambda: hand_written(task, staff), repeat)
    variants = {
        "compiled policy": (lambda: plain.evaluate(task, staff), repeat),
        "explaining build": (lambda: explained.evaluate(task, staff), repeat),
        # reasons and values are rendered when read: what recording a decision costs
        "explaining build, every explanation read": (
            lambda: explained.evaluate(task, staff).explanations,
            repeat,
        ),
        "zen-engine (one map/filter eval)": (
            lambda: zen_expr.evaluate({"staff": staff, "t": task}),
            max(3, repeat // 3),
        ),
        "rule-engine (filter + score rules)": (lambda: re_filter(staff), 3 if n <= 2000 else 1),
    }
    results = {name: cpu_ms(run, times) for name, (run, times) in variants.items()}
    base = (base_before + cpu_ms(lambda: hand_written(task, staff), repeat)) / 2
    print(f"\n{n:,} candidate staff, {len(expected)} eligible")
    print(f"  {'hand-written Python':42} {base:9.2f} ms   1.00x")
    for name, ms in results.items():
        print(f"  {name:42} {ms:9.2f} ms {ms / base:6.2f}x")


def compile_200() -> None:
    types = ["hvac", "boiler", "plumbing", "electric", "locks", "cleaning", "pest", "glass"]
    lines = []
    for i in range(200):
        lines += [
            f"policy p{i} priority {i % 17}",
            f'  applies when task.type == "{types[i % 8]}" and task.hour >= {i % 24}',
            "  require on_shift : staff.on_shift",
            f"  require skilled : staff.skill(task.type) >= {1 + i % 5}",
            "  require capacity : staff.active_orders < staff.max_orders",
            f"  require near : distance(staff, task) <= {5 + i % 20} km "
            'reason "{distance(staff, task)}"',
            f"  prefer close weight {1 + i % 3} : "
            "scale(distance(staff, task), best 0 km, worst 20 km)",
            "  prefer rating weight 2 : scale(staff.rating ?? 3, worst 1, best 5)",
            "  tie break staff.active_orders asc",
            "  mode push accept within 5 min, then broadcast 3, then pool",
            f'  if none: relax near to {30 + i % 10} km, then escalate "desk"',
        ]
    source = "\n".join([*lines, "default policy d", "  require s : staff.on_shift", ""])
    for explain in (False, True):
        times = []
        for _ in range(3):
            start = time.perf_counter()
            compile_source(source, explain=explain)
            times.append(time.perf_counter() - start)
        label = "explaining" if explain else "plain"
        lines_count = len(source.splitlines())
        print(f"  {label:10} {min(times) * 1000:7.0f} ms (best of 3, {lines_count} lines)")


def main() -> None:
    compile_source(POLICY)  # builds the lark parser once, outside every timing
    for n in (2_000, 20_000):
        bench(n)
    print("\ncompile time, 200-policy source:")
    compile_200()


if __name__ == "__main__":
    main()
