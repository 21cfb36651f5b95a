"""The labelled descriptions in ``data/suggestions.tsv`` and how a model scores on them."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from dispatchhub.catalog.suggest_model import TypeDocument, form_labels
from dispatchhub.demo.data_catalog import SERVICE_TYPES

DATA = Path(__file__).parent / "data" / "suggestions.tsv"


@dataclass(frozen=True)
class Labelled:
    """One description, its service type code, language and plausible second type."""

    type: str
    lang: str
    ambiguous: str
    text: str
    train: bool


def labelled() -> list[Labelled]:
    """Every row; within a type and language, odd rows train and even rows test."""
    lines = [line for line in DATA.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    found: list[Labelled] = []
    for _, group in groupby(rows, key=lambda r: (r["type"], r["lang"])):
        for index, row in enumerate(group):
            found.append(
                Labelled(
                    row["type"], row["lang"], row["ambiguous"], row["text"], train=index % 2 == 0
                )
            )
    return found


def demo_documents() -> list[TypeDocument]:
    """What the demo catalog says about each type, keyed by code."""
    return [
        TypeDocument(
            type_id=spec["code"],
            names=(spec["name_zh"], spec["name_en"]),
            keywords=spec["keywords"],
            description=spec["description"],
            items=[name for item in spec["items"] for name in item[1:3]],
            form_labels=form_labels(spec["form_schema"]),
        )
        for spec in SERVICE_TYPES
    ]


def accuracy(rank: Callable[[str], Sequence[str]], rows: Iterable[Labelled]) -> tuple[float, float]:
    """Top-1 and top-3 accuracy of a ranking function over the rows."""
    hits1 = hits3 = total = 0
    for row in rows:
        ranked = list(rank(row.text))
        hits1 += ranked[:1] == [row.type]
        hits3 += row.type in ranked[:3]
        total += 1
    return hits1 / total, hits3 / total
