"""Parse policy source into the frozen AST (lark LALR with an inline transformer).

The transformer runs while the LALR parser reduces, so deep inputs never recurse, and every
node gets a span computed from the tokens it covers, keywords included.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any, cast

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

from dispatchhub.rules_dsl import ast
from dispatchhub.rules_dsl.errors import Diagnostic, PolicyError, Span
from dispatchhub.rules_dsl.ladders import (
    BroadcastStep,
    DropStep,
    EscalateStep,
    NeighboursStep,
    PoolStep,
    PushStep,
    RelaxStep,
    RequireStep,
)
from dispatchhub.rules_dsl.lines import ClauseLines, ClauseTooComplex, token_span
from dispatchhub.rules_dsl.syntax_errors import describe_error
from dispatchhub.rules_dsl.types import UNIT_FACTORS

_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "{": "{", "}": "}"}
_QUANTITY = re.compile(r"([\d.]+)[ \t]*([a-z]+)")


class _Failure(Exception):
    """A positioned syntax problem found by the transformer (e.g. inside a reason template)."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def _pos(item: object) -> Span | None:
    if isinstance(item, Token):
        return None if item.type == "_NL" else token_span(item)
    pos = getattr(item, "pos", None)
    return pos if isinstance(pos, Span) else None


def _span(children: list[Any]) -> Span:
    spans = [s for s in map(_pos, children) if s is not None]
    return spans[0].to(spans[-1])


def _nodes(children: list[Any]) -> list[Any]:
    return [c for c in children if not isinstance(c, Token)]


def _names(children: list[Any]) -> list[Token]:
    return [c for c in children if isinstance(c, Token) and c.type in ("NAME", "STRING")]


def _unquote(raw: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), raw[1:-1])


class _Wrapped:
    """A clause or fragment on its way into a Policy."""

    def __init__(self, kind: str, value: Any, pos: Span) -> None:
        self.kind = kind
        self.value = value
        self.pos = pos


class _ToAst(Transformer[Token, Any]):
    """Builds AST nodes bottom-up as the parser reduces (see module docstring)."""

    def start(self, c: list[Any]) -> ast.PolicySet:
        return ast.PolicySet(tuple(c))

    def template_expr(self, c: list[Any]) -> ast.Expr:
        return c[0]  # type: ignore[no-any-return]

    def _policy(self, c: list[Any], is_default: bool) -> ast.Policy:
        name = _names(c)[0]
        fields: dict[str, Any] = {}
        repeated: list[tuple[str, Span]] = []
        priority = 0.0
        lists: dict[str, list[Any]] = {"requirements": [], "preferences": [], "examples": []}
        for item in _nodes(c):
            if isinstance(item, _Wrapped) and item.kind == "priority":
                priority = item.value
            elif isinstance(item, ast.Requirement):
                lists["requirements"].append(item)
            elif isinstance(item, ast.Preference):
                lists["preferences"].append(item)
            elif isinstance(item, ast.Example):
                lists["examples"].append(item)
            elif isinstance(item, _Wrapped):
                if item.kind in fields:
                    repeated.append((item.kind, item.pos))
                else:
                    fields[item.kind] = item.value
        return ast.Policy(
            name=str(name),
            is_default=is_default,
            priority=priority,
            pos=_span(c),
            name_pos=token_span(name),
            applies=fields.get("applies"),
            requirements=tuple(lists["requirements"]),
            preferences=tuple(lists["preferences"]),
            tie_break=tuple(fields.get("tie_break", ())),
            mode=tuple(fields.get("mode", ())),
            fallback=tuple(fields.get("fallback", ())),
            examples=tuple(lists["examples"]),
            repeated=tuple(repeated),
        )

    def policy(self, c: list[Any]) -> ast.Policy:
        return self._policy(c, False)

    def default_policy(self, c: list[Any]) -> ast.Policy:
        return self._policy(c, True)

    def priority(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("priority", c[1].value, _span(c))

    def applies(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("applies", c[2], _span(c))

    def require(self, c: list[Any]) -> ast.Requirement:
        name = c[1]
        nodes = _nodes(c)
        reason = nodes[1] if len(nodes) > 1 else None
        return ast.Requirement(str(name), nodes[0], reason, _span(c), token_span(name))

    def reason(self, c: list[Any]) -> ast.Template:
        return _template(c[1])

    def prefer(self, c: list[Any]) -> ast.Preference:
        name = c[1]
        weight, grade = _nodes(c)
        return ast.Preference(str(name), weight.value, grade, _span(c), token_span(name))

    def tie_break(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("tie_break", _nodes(c), _span(c))

    def tie_key(self, c: list[Any]) -> ast.TieKey:
        return ast.TieKey(c[0], False, _span(c))

    tie_asc = tie_key

    def tie_desc(self, c: list[Any]) -> ast.TieKey:
        return ast.TieKey(c[0], True, _span(c))

    def mode(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("mode", _nodes(c), _span(c))

    def fallback(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("fallback", _nodes(c), _span(c))

    def push(self, c: list[Any]) -> ast.Located:
        return ast.Located(PushStep(c[3].value), _span(c), c[3])

    def broadcast(self, c: list[Any]) -> ast.Located:
        within = c[4] if len(c) > 2 else None
        count = float(c[1])
        if not count.is_integer() or count < 1:
            raise _Failure(
                Diagnostic.at(
                    token_span(c[1]),
                    "INVALID_COUNT",
                    "broadcast needs a whole number of staff, at least 1",
                    "e.g. broadcast 3",
                )
            )
        step = BroadcastStep(int(count), within.value if within else None)
        return ast.Located(step, _span(c), within)

    def pool(self, c: list[Any]) -> ast.Located:
        return ast.Located(PoolStep(), _span(c))

    def relax(self, c: list[Any]) -> ast.Located:
        value = c[3]
        return ast.Located(RelaxStep(str(c[1]), value.value), _span(c), value)

    def relax_value(self, c: list[Any]) -> ast.Expr:
        return c[0]  # type: ignore[no-any-return]

    def drop(self, c: list[Any]) -> ast.Located:
        return ast.Located(DropStep(str(c[1])), _span(c))

    def require_step(self, c: list[Any]) -> ast.Located:
        name = c[1]
        parts = _nodes(c)
        condition = parts[0]
        reason = parts[1] if len(parts) > 1 else None
        requirement = ast.Requirement(str(name), condition, reason, _span(c), token_span(name))
        return ast.Located(RequireStep(requirement), _span(c))

    def replace_step(self, c: list[Any]) -> ast.Located:
        old, name = _names(c)[:2]
        parts = _nodes(c)
        reason = parts[1] if len(parts) > 1 else None
        requirement = ast.Requirement(str(name), parts[0], reason, _span(c), token_span(name))
        return ast.Located(RequireStep(requirement, str(old)), _span(c))

    def neighbours(self, c: list[Any]) -> ast.Located:
        return ast.Located(NeighboursStep(), _span(c))

    def escalate(self, c: list[Any]) -> ast.Located:
        return ast.Located(EscalateStep(_unquote(c[1])), _span(c))

    def example(self, c: list[Any]) -> ast.Example:
        task, staff, expect = _nodes(c)
        eligible, requirement = expect.value
        return ast.Example(_unquote(c[1]), task.value, staff.value, eligible, requirement, _span(c))

    def expect_eligible(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("expect", (True, None), _span(c))

    def expect_ineligible(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("expect", (False, str(c[1]) if len(c) > 1 else None), _span(c))

    def object(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("object", tuple(_nodes(c)), _span(c))

    def pair(self, c: list[Any]) -> ast.RecordField:
        key = _unquote(c[0]) if c[0].type == "STRING" else str(c[0])
        return ast.RecordField(key, c[2].value, _span(c))

    def v_string(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("value", _unquote(c[0]), _span(c))

    def v_number(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("value", c[0].value, _span(c))

    def v_true(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("value", True, _span(c))

    def v_false(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("value", False, _span(c))

    def v_null(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("value", None, _span(c))

    def v_list(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("value", [v.value for v in _nodes(c)], _span(c))

    def v_object(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("value", {f.key: f.value for f in c[0].value}, _span(c))

    def signed_number(self, c: list[Any]) -> ast.Number:
        number = _number(c[-1])
        sign = -1.0 if len(c) == 2 else 1.0
        return ast.Number(sign * number.value, _span(c))

    def quantity(self, c: list[Any]) -> ast.Quantity:
        match = _QUANTITY.fullmatch(str(c[0]))
        assert match is not None  # the QUANTITY terminal guarantees the shape
        kind, factor = UNIT_FACTORS[match.group(2)]
        return ast.Quantity(float(match.group(1)) * factor, match.group(2), kind, _span(c))

    def binary(self, c: list[Any]) -> ast.Binary:
        return ast.Binary(str(c[1]), c[0], c[2], _span(c))

    def not_in(self, c: list[Any]) -> ast.Binary:
        return ast.Binary("not in", c[0], c[3], _span(c))

    def unary(self, c: list[Any]) -> ast.Unary:
        return ast.Unary(str(c[0]), c[1], _span(c))

    def number(self, c: list[Any]) -> ast.Number:
        return _number(c[0])

    def string(self, c: list[Any]) -> ast.String:
        return ast.String(_unquote(c[0]), _span(c))

    def time(self, c: list[Any]) -> ast.TimeOfDay:
        hours, minutes = map(int, str(c[0]).split(":"))
        if hours > 23 or minutes > 59:
            raise _Failure(
                Diagnostic.at(
                    _span(c),
                    "INVALID_TIME",
                    f"{c[0]} is not a time of day",
                    "write hours 00-23 and minutes 00-59, e.g. 08:30",
                )
            )
        return ast.TimeOfDay(hours * 60 + minutes, _span(c))

    def true(self, c: list[Any]) -> ast.Bool:
        return ast.Bool(True, _span(c))

    def false(self, c: list[Any]) -> ast.Bool:
        return ast.Bool(False, _span(c))

    def list_lit(self, c: list[Any]) -> ast.ListLit:
        return ast.ListLit(tuple(_nodes(c)), _span(c))

    def paren(self, c: list[Any]) -> ast.Expr:
        return c[1]  # type: ignore[no-any-return]

    def path(self, c: list[Any]) -> ast.Field:
        return ast.Field(str(c[0]), str(c[2]), _span(c))

    def method(self, c: list[Any]) -> ast.Method:
        return ast.Method(str(c[0]), str(c[2]), c[4], _span(c))

    def call(self, c: list[Any]) -> ast.Call:
        return ast.Call(str(c[0]), c[2], _span(c))

    def scale(self, c: list[Any]) -> ast.Scale:
        value, first, second = _nodes(c)
        best, worst = (first, second) if first.kind == "best" else (second, first)
        if best.kind == worst.kind:
            raise _Failure(
                Diagnostic.at(
                    second.pos,
                    "SCALE_BOUNDS",
                    "scale needs one `best` and one `worst`",
                    "e.g. scale(distance(staff, task), best 0 km, worst 10 km)",
                )
            )
        return ast.Scale(value, best.value, worst.value, _span(c))

    def best(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("best", c[1], _span(c))

    def worst(self, c: list[Any]) -> _Wrapped:
        return _Wrapped("worst", c[1], _span(c))

    def record(self, c: list[Any]) -> ast.Record:
        return ast.Record(str(c[0]), _span(c))

    def exists(self, c: list[Any]) -> ast.Exists:
        return ast.Exists(c[1], _span(c))

    def root(self, c: list[Any]) -> Token:
        return c[0]  # type: ignore[no-any-return]

    def args(self, c: list[Any]) -> tuple[ast.Expr, ...]:
        return tuple(_nodes(c))


def _number(tok: Token) -> ast.Number:
    return ast.Number(float(tok), token_span(tok))


@cache
def _parser() -> Lark:
    grammar = resources.files("dispatchhub.rules_dsl").joinpath("grammar.lark").read_text()
    return Lark(
        grammar,
        parser="lalr",
        lexer="basic",
        start=["start", "template_expr"],
        postlex=ClauseLines(),
        transformer=_ToAst(),
        keep_all_tokens=True,
        propagate_positions=True,
        maybe_placeholders=False,
    )


def _template(tok: Token) -> ast.Template:
    """Split a reason string into text and ``{expression}`` placeholders, parsing each one."""
    raw = str(tok)[1:-1]
    span = token_span(tok)
    parts: list[str | ast.Expr] = []
    for index, piece in enumerate(re.split(r"(?<!\\)(\{[^{}]*\})", raw)):
        if index % 2 == 0:
            if piece:
                parts.append(_unquote(f'"{piece}"'))
            continue
        offset = span.column + 1 + len("".join(re.split(r"(?<!\\)(\{[^{}]*\})", raw)[:index]))
        # padding places the placeholder at its true line and column in the source
        text = "\n" * (span.line - 1) + " " * offset + piece[1:-1]
        try:
            placeholder = cast("ast.Expr", _parser().parse(text, start="template_expr"))
            parts.append(placeholder)
        except _Failure:
            raise
        except (LarkError, ClauseTooComplex) as error:
            raise _Failure(describe_error(error, text, "in a reason placeholder")) from None
    return ast.Template(tuple(parts), span)


# How many syntax errors one pass reports at most; past that the rest is noise.
MAX_SYNTAX_ERRORS = 20


def _parse_once(source: str) -> tuple[ast.PolicySet | None, Diagnostic | None]:
    try:
        result = _parser().parse(source, start="start")
    except _Failure as failure:
        return None, failure.diagnostic
    except (LarkError, ClauseTooComplex) as error:
        return None, describe_error(error, source)
    assert isinstance(result, ast.PolicySet)
    return result, None


def _blank_clause(lines: list[str], line: int) -> bool:
    """Blank the logical line (clause) holding physical ``line`` (1-based); False when
    there is nothing left to blank there."""
    index = line - 1
    if not 0 <= index < len(lines) or not lines[index].strip():
        return False
    start = index
    # a clause wrapped over several lines: its continuation lines are indented deeper than
    # its first line and do not begin a clause of their own
    while start > 0 and _continues(lines[start], lines[start - 1]):
        start -= 1
    end = index + 1
    while end < len(lines) and _continues(lines[end], lines[start]):
        end += 1
    for i in range(start, end):
        lines[i] = ""
    return True


_CLAUSE_START = re.compile(
    r"\s*(policy|default|applies|require|prefer|tie|mode|if|example)\b|\s*(#|$)"
)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _continues(line: str, first: str) -> bool:
    return (
        bool(line.strip())
        and _CLAUSE_START.match(line) is None
        and _indent(line) > _indent(first)
        and bool(first.strip())
    )


def parse(source: str) -> ast.PolicySet:
    """Parse policy source into a :class:`~dispatchhub.rules_dsl.ast.PolicySet`.

    After a syntax error the parser recovers: the clause holding it is set aside (blanked,
    so every later position stays where it is) and parsing starts again, until the rest
    parses or :data:`MAX_SYNTAX_ERRORS` were found. Every error of the text is reported at
    once rather than one per attempt.

    Args:
        source: The policy text (UTF-8; ``#`` starts a comment).

    Returns:
        The syntax tree; no checking beyond syntax has happened yet.

    Raises:
        PolicyError: With one positioned diagnostic per syntax error, in source order.
    """
    result, error = _parse_once(source)
    if error is None:
        assert result is not None
        return result
    found = [error]
    lines = source.split("\n")
    while len(found) < MAX_SYNTAX_ERRORS and _blank_clause(lines, error.line):
        result, error = _parse_once("\n".join(lines))
        if error is None:
            break
        if all((d.line, d.column) != (error.line, error.column) for d in found):
            found.append(error)
    found.sort(key=lambda d: (d.line, d.column))
    raise PolicyError(found)


def build_parser() -> None:
    """Build the parser now, once per process: its LALR tables take about a second of CPU,
    which the first policy compiled on a request (a grab, the pool list) would otherwise pay
    while its callers wait. The app does it in a thread while it starts."""
    _parser()
