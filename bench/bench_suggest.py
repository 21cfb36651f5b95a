"""Service-type suggestion: accuracy, calibration, latency and build time.

Run: ``.venv/bin/python bench/bench_suggest.py``. The labelled set is
``tests/catalog/data/suggestions.tsv`` (320 descriptions, zh and en, 37 ambiguous); within
each type and language, odd rows are the training split (taught as confirmed bookings) and
even rows the test split (160). It prints top-1/top-3 accuracy on the test split for the
catalog alone and after learning from the training split, a reliability table of the top
suggestion's confidence, per-call latency (the model alone, and the process suggester on a
scratch SQLite database holding the demo catalog), and how long a rebuild takes with
20,000 bookings.
"""

from __future__ import annotations

import asyncio
import csv
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import groupby
from pathlib import Path

from dispatchhub import db, domains
from dispatchhub.catalog import service, suggest
from dispatchhub.catalog.suggest_model import Example, SuggestModel, TypeDocument, form_labels
from dispatchhub.config import Settings
from dispatchhub.demo.data_catalog import SERVICE_TYPES
from dispatchhub.demo.data_places import REGIONS

DATA = Path(__file__).resolve().parents[1] / "tests" / "catalog" / "data" / "suggestions.tsv"
Row = tuple[str, str, str, str, bool]  # type, lang, ambiguous, text, train


def rows() -> list[Row]:
    lines = [line for line in DATA.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    table = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    found: list[Row] = []
    for _, group in groupby(table, key=lambda r: (r["type"], r["lang"])):
        for index, r in enumerate(group):
            found.append((r["type"], r["lang"], r["ambiguous"], r["text"], index % 2 == 0))
    return found


def documents() -> list[TypeDocument]:
    return [
        TypeDocument(
            spec["code"], (spec["name_zh"], spec["name_en"]), spec["keywords"],
            spec["description"], [n for item in spec["items"] for n in item[1:3]],
            form_labels(spec["form_schema"]),
        )
        for spec in SERVICE_TYPES
    ]  # fmt: skip


def accuracy(model: SuggestModel, test: list[Row]) -> str:
    hits1 = hits3 = 0
    for kind, _, _, text, _ in test:
        ranked = [t for t, _ in model.rank(text)]
        hits1 += ranked[0] == kind
        hits3 += kind in ranked[:3]
    return f"top-1 {hits1 / len(test):6.1%}  top-3 {hits3 / len(test):6.1%}  (n={len(test)})"


def reliability(model: SuggestModel, test: list[Row]) -> None:
    bins: list[list[float]] = [[0, 0, 0.0] for _ in range(5)]
    for kind, _, _, text, _ in test:
        top, confidence = model.rank(text)[0]
        b = bins[min(int(confidence * 5), 4)]
        b[0], b[1], b[2] = b[0] + 1, b[1] + (top == kind), b[2] + confidence
    ece = sum(abs(right - conf) for _, right, conf in bins) / len(test)
    print(f"  temperature {model.temperature}; expected calibration error {ece:.3f}")
    for index, (count, right, conf) in enumerate(bins):
        if count:
            print(f"  confidence {index / 5:.1f}–{(index + 1) / 5:.1f}: n={int(count):3d}  "
                  f"mean confidence {conf / count:5.1%}  correct {right / count:5.1%}")  # fmt: skip


def timed(call: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return times


async def process_latency(test: list[Row]) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        db.configure(Settings(database_url=f"sqlite:///{folder}/bench.sqlite"))
        await db.migrate()
        for region in REGIONS:
            await service.create_region(region)
        for spec in SERVICE_TYPES:
            await service.create_service_type(
                {k: v for k, v in spec.items() if k not in ("items", "samples", "texts")}
            )
        await suggest.suggest_service_types("warm up")
        times = []
        for _ in range(5):
            for _, _, _, text, _ in test:
                started = time.perf_counter()
                await suggest.suggest_service_types(text)
                times.append(time.perf_counter() - started)
        return times


def main() -> None:
    domains.load()
    labelled = rows()
    train = [r for r in labelled if r[4]]
    test = [r for r in labelled if not r[4]]
    plain = [Example(text, kind) for kind, _, _, text, _ in train]
    # The ambiguous ones are where an agent would have corrected the suggestion.
    examples = [Example(text, kind, corrected=bool(amb)) for kind, _, amb, text, _ in train]
    before = SuggestModel.train(documents())
    learned = SuggestModel.train(documents(), plain)
    after = SuggestModel.train(documents(), examples)
    print(f"labelled set: {len(labelled)} descriptions, train {len(train)}, test {len(test)}")
    for name, model in (
        ("catalog only", before),
        ("after learning the training split", learned),
        ("same, its ambiguous rows taught as agent corrections (x3)", after),
    ):
        print(f"{name}:")
        print(f"  all        {accuracy(model, test)}")
        for lang in ("zh", "en"):
            print(f"  {lang}         {accuracy(model, [r for r in test if r[1] == lang])}")
        print(f"  ambiguous  {accuracy(model, [r for r in test if r[2]])}")
        reliability(model, test)
    per_call = [
        t for _, _, _, text, _ in test for t in timed(lambda text=text: after.rank(text), 5)
    ]
    print(f"model.rank: median {statistics.median(per_call) * 1e3:.2f} ms, "
          f"p95 {statistics.quantiles(per_call, n=20)[-1] * 1e3:.2f} ms")  # fmt: skip
    process = asyncio.run(process_latency(test))
    print(f"suggest_service_types (SQLite, demo catalog): median "
          f"{statistics.median(process) * 1e3:.2f} ms, "
          f"p95 {statistics.quantiles(process, n=20)[-1] * 1e3:.2f} ms")  # fmt: skip
    many = examples * (20_000 // len(examples))
    build = timed(lambda: SuggestModel.train(documents(), many), 3)
    print(f"rebuild with {len(many)} bookings (features, counts, 5-fold temperature): "
          f"median {statistics.median(build):.2f} s")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
