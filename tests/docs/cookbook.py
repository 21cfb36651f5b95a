"""The examples of docs/api.md as data: parsed from the marked fenced blocks, and compared.

A step is an HTML comment followed by fenced blocks::

    <!-- cookbook step=book as=customer save=bookingId:data.bookingCreate.booking.id -->
    ```graphql        the operation
    ```json           its variables
    ```json           the answer (a subscription: the list of payloads it sends first)

``<!-- cookbook events=NAME -->`` followed by one ``json`` block (a list) is what an open
subscription step ``NAME`` sends next about the orders those events name (events about other
orders, the demo's own traffic, are passed over).

Marker attributes: ``step`` (a name), ``as`` (the role whose token signs the request:
``anonymous`` or a token saved as ``token.<role>``), ``save=NAME:PATH`` (keep the value at a
dotted path of the answer; repeatable), ``code`` (after this step read the verification code
the log sender logged for the step's ``target`` variable and keep it as ``code``),
``subscribe`` (open a graphql-transport-ws subscription), ``lang`` (Accept-Language; English by
default).

Placeholders, in variables and answers: ``<name>`` is a saved value (the whole string, or
part of one); ``<tomorrow>`` and ``<today>`` are the business dates (``2026-12-09``),
``<yesterday>`` and ``<monthAgo>`` likewise. The rule for answers (documented in docs/api.md):
objects are compared on the keys the document shows; ``"…"`` matches any value but null; a
documented string ending in ``…`` matches any string that starts with what precedes it; a
documented list ending in ``"…"`` matches a list at least as long whose first items match;
everything else must be equal.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

API_MD = Path(__file__).resolve().parents[2] / "docs" / "api.md"
ELLIPSIS = "…"
_MARKER = re.compile(r"^<!--\s*cookbook\s+(.*?)-->", re.S | re.M)
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
_PLACEHOLDER = re.compile(r"<([A-Za-z][\w.]*)>")


@dataclass
class Step:
    """One marked example."""

    line: int
    name: str
    role: str = "anonymous"
    query: str = ""
    variables: dict[str, Any] = field(default_factory=dict)
    answer: Any = None
    saves: list[tuple[str, str]] = field(default_factory=list)
    code: bool = False
    subscribe: bool = False
    lang: str = "en"
    events_of: str | None = None  # an ``events=NAME`` block: more messages of NAME


def parse(text: str) -> list[Step]:
    """Every marked step of ``text``, in document order."""
    steps: list[Step] = []
    for marker in _MARKER.finditer(text):
        line = text.count("\n", 0, marker.start()) + 1
        attributes = _attributes(marker.group(1))
        following = text[marker.end() :]
        blocks = _blocks_after(following)
        if "events" in attributes:
            language, body = _expect(blocks, 0, "json", line)
            steps.append(
                Step(line, f"events of {attributes['events']}", answer=json.loads(body),
                     events_of=str(attributes["events"]))
            )  # fmt: skip
            continue
        _, query = _expect(blocks, 0, "graphql", line)
        _, variables = _expect(blocks, 1, "json", line)
        _, answer = _expect(blocks, 2, "json", line)
        saves = [tuple(s.split(":", 1)) for s in attributes.get("save", [])]
        steps.append(
            Step(
                line=line,
                name=str(attributes.get("step", f"line {line}")),
                role=str(attributes.get("as", "anonymous")),
                query=query,
                variables=json.loads(variables),
                answer=json.loads(answer),
                saves=[(name, path) for name, path in saves],
                code="code" in attributes,
                subscribe="subscribe" in attributes,
                lang=str(attributes.get("lang", "en")),
            )
        )
    return steps


def _attributes(source: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for word in shlex.split(source):
        key, _, value = word.partition("=")
        if key == "save":
            values.setdefault("save", []).append(value)
        else:
            values[key] = value if value else True
    return values


def _blocks_after(text: str) -> list[tuple[str, str]]:
    """The fenced blocks that follow directly (only prose between them), up to the next marker."""
    end = text.find("<!--")
    scope = text if end < 0 else text[:end]
    return [(m.group(1), m.group(2)) for m in _FENCE.finditer(scope)]


def _expect(blocks: list[tuple[str, str]], index: int, language: str, line: int) -> tuple[str, str]:
    if len(blocks) <= index or blocks[index][0] != language:
        raise ValueError(f"docs/api.md line {line}: block {index + 1} must be ```{language}")
    return blocks[index]


def business_dates(today: date) -> dict[str, str]:
    """The date placeholders for a business ``today``."""
    return {
        "today": today.isoformat(),
        "tomorrow": (today + timedelta(days=1)).isoformat(),
        "yesterday": (today - timedelta(days=1)).isoformat(),
        "monthAgo": (today - timedelta(days=30)).isoformat(),
    }


def fill(value: Any, saved: dict[str, Any]) -> Any:
    """``value`` with every ``<name>`` replaced by the saved value."""
    if isinstance(value, dict):
        return {key: fill(item, saved) for key, item in value.items()}
    if isinstance(value, list):
        return [fill(item, saved) for item in value]
    if isinstance(value, str):
        whole = _PLACEHOLDER.fullmatch(value)
        if whole and whole.group(1) in saved:
            return saved[whole.group(1)]
        return _PLACEHOLDER.sub(lambda m: str(saved.get(m.group(1), m.group(0))), value)
    return value


def at_path(answer: Any, path: str) -> Any:
    """The value at a dotted path (``data.orders.edges.0.node.id``)."""
    value = answer
    for part in path.split("."):
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


def mismatches(documented: Any, actual: Any, where: str = "$") -> list[str]:
    """How ``actual`` differs from what the document shows (empty: it matches)."""
    if isinstance(documented, dict):
        if not isinstance(actual, dict):
            return [f"{where}: expected an object, got {actual!r}"]
        problems = []
        for key, value in documented.items():
            if key not in actual:
                problems.append(f"{where}.{key}: missing")
            else:
                problems += mismatches(value, actual[key], f"{where}.{key}")
        return problems
    if isinstance(documented, list):
        if not isinstance(actual, list):
            return [f"{where}: expected a list, got {actual!r}"]
        open_ended = bool(documented) and documented[-1] == ELLIPSIS
        items = documented[:-1] if open_ended else documented
        if len(actual) < len(items) or (not open_ended and len(actual) != len(items)):
            return [f"{where}: expected {len(items)} items, got {len(actual)}: {actual!r}"]
        problems = []
        for index, item in enumerate(items):
            problems += mismatches(item, actual[index], f"{where}[{index}]")
        return problems
    if documented == ELLIPSIS:
        return [] if actual is not None else [f"{where}: expected a value, got null"]
    if isinstance(documented, str) and documented.endswith(ELLIPSIS):
        prefix = documented[: -len(ELLIPSIS)]
        if isinstance(actual, str) and actual.startswith(prefix):
            return []
        return [f"{where}: expected a string starting {prefix!r}, got {actual!r}"]
    if documented != actual or type(documented) is not type(actual):
        return [f"{where}: expected {documented!r}, got {actual!r}"]
    return []
