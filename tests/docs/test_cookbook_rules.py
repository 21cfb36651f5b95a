"""The cookbook's comparison rule and parser: what a documented answer matches, and not."""

from __future__ import annotations

from datetime import date

import pytest

from tests.docs.cookbook import business_dates, fill, mismatches, parse

DOC = """
<!-- cookbook step=one as=staff save=id:data.x.id save=token.staff:data.x.token code -->
```graphql
mutation { x }
```
```json
{"input": {"when": "<tomorrow>T10:00:00+08:00", "id": "<id>"}}
```
```json
{"data": {"x": {"id": "…"}}}
```

<!-- cookbook events=one -->
```json
[]
```
"""


@pytest.mark.parametrize(
    ("documented", "actual"),
    [
        ({"a": 1}, {"a": 1, "b": 2}),  # only the shown keys count
        ("Qm9va2luZz…", "Qm9va2luZzpmZDI3"),
        ("…", 107),
        ("…", [1, 2]),
        (["x", "…"], ["x", "y", "z"]),
        ([], []),
        (None, None),
    ],
)
def test_matches(documented: object, actual: object) -> None:
    assert mismatches(documented, actual) == []


@pytest.mark.parametrize(
    ("documented", "actual"),
    [
        ({"a": 1}, {"b": 1}),
        ({"a": 1}, {"a": 2}),
        ("Qm9va2luZz…", "VXNlcjo"),
        ("…", None),
        (["x"], ["x", "y"]),  # a closed list must have exactly these items
        (["x", "…"], []),
        (1, 1.0),
        (1, True),
        ("OPEN", "OFFERED"),
        ([{"a": 1}], [{"a": 2}]),
    ],
)
def test_mismatches(documented: object, actual: object) -> None:
    assert mismatches(documented, actual) != []


def test_parse_reads_markers_blocks_and_events() -> None:
    step, events = parse(DOC)
    assert (step.name, step.role, step.code, step.subscribe) == ("one", "staff", True, False)
    assert step.saves == [("id", "data.x.id"), ("token.staff", "data.x.token")]
    assert step.query.strip() == "mutation { x }"
    assert step.answer == {"data": {"x": {"id": "…"}}}
    assert events.events_of == "one" and events.answer == []


def test_parse_refuses_a_step_without_its_three_blocks() -> None:
    with pytest.raises(ValueError, match="block 3 must be"):
        parse(DOC.split("<!-- cookbook events")[0].rsplit("```json", 1)[0])


def test_fill_replaces_saved_values_and_dates() -> None:
    saved = {"id": {"nested": 1}, **business_dates(date(2026, 12, 31))}
    filled = fill({"a": ["<id>", "<tomorrow>T10:00", "<unknown>"]}, saved)
    assert filled == {"a": [{"nested": 1}, "2027-01-01T10:00", "<unknown>"]}
