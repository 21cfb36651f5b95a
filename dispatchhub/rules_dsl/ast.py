"""The typed, frozen syntax tree of a policy source; every node keeps its source span."""

from __future__ import annotations

from dataclasses import dataclass, field

from dispatchhub.rules_dsl.errors import Span
from dispatchhub.rules_dsl.ladders import FallbackStep, ModeStep
from dispatchhub.rules_dsl.types import BASE_UNITS as BASE_UNIT


@dataclass(frozen=True, slots=True)
class Number:
    """A plain number literal."""

    value: float
    pos: Span


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with a unit; ``value`` is converted to the base unit (km or min)."""

    value: float
    unit: str
    kind: str
    pos: Span


@dataclass(frozen=True, slots=True)
class String:
    """A UTF-8 string literal."""

    value: str
    pos: Span


@dataclass(frozen=True, slots=True)
class Bool:
    """``true`` or ``false``."""

    value: bool
    pos: Span


@dataclass(frozen=True, slots=True)
class TimeOfDay:
    """A time-of-day literal such as ``08:30``, as minutes since midnight."""

    minutes: int
    pos: Span


@dataclass(frozen=True, slots=True)
class ListLit:
    """A list literal ``[a, b]``."""

    items: tuple[Expr, ...]
    pos: Span


@dataclass(frozen=True, slots=True)
class Field:
    """``task.name`` or ``staff.name``."""

    root: str
    name: str
    pos: Span


@dataclass(frozen=True, slots=True)
class Method:
    """A per-key lookup on a record, e.g. ``staff.skill(task.type)``."""

    root: str
    name: str
    args: tuple[Expr, ...]
    pos: Span


@dataclass(frozen=True, slots=True)
class Record:
    """The bare ``staff`` or ``task`` record, only valid as a function argument."""

    root: str
    pos: Span


@dataclass(frozen=True, slots=True)
class Call:
    """A call of a registered function, e.g. ``distance(staff, task)``."""

    name: str
    args: tuple[Expr, ...]
    pos: Span


@dataclass(frozen=True, slots=True)
class Scale:
    """``scale(value, best b, worst w)``: grade ``value`` linearly onto 0..1, clamped."""

    value: Expr
    best: Expr
    worst: Expr
    pos: Span


@dataclass(frozen=True, slots=True)
class Exists:
    """``exists staff.rating``: true when an optional value is present."""

    target: Field | Method
    pos: Span


@dataclass(frozen=True, slots=True)
class Unary:
    """``not x`` or ``-x``."""

    op: str
    operand: Expr
    pos: Span


@dataclass(frozen=True, slots=True)
class Binary:
    """Binary operators: ``and or + - * / ?? < <= > >= == != in not in``."""

    op: str
    left: Expr
    right: Expr
    pos: Span


Expr = (
    Number
    | Quantity
    | String
    | Bool
    | TimeOfDay
    | ListLit
    | Field
    | Method
    | Record
    | Call
    | Scale
    | Exists
    | Unary
    | Binary
)
LITERALS = (Number, Quantity, String, Bool, TimeOfDay)


@dataclass(frozen=True, slots=True)
class Template:
    """A reason template: literal text and ``{expression}`` placeholders."""

    parts: tuple[str | Expr, ...]
    pos: Span


@dataclass(frozen=True, slots=True)
class Requirement:
    """``require name : condition reason "…"``: a hard filter."""

    name: str
    condition: Expr
    reason: Template | None
    pos: Span
    name_pos: Span


@dataclass(frozen=True, slots=True)
class Preference:
    """``prefer name weight w : grade``: a weighted soft term graded onto 0..1."""

    name: str
    weight: float
    grade: Expr
    pos: Span
    name_pos: Span


@dataclass(frozen=True, slots=True)
class TieKey:
    """One tie-break key; ascending unless ``descending``."""

    expr: Expr
    descending: bool
    pos: Span


@dataclass(frozen=True, slots=True)
class Located:
    """A ladder step with the span it was written at."""

    step: ModeStep | FallbackStep
    pos: Span
    # the literal of a relax step, kept so the checker can verify type and unit
    value: Expr | None = None


@dataclass(frozen=True, slots=True)
class RecordField:
    """One ``key: value`` entry of an example record."""

    key: str
    value: object
    pos: Span


@dataclass(frozen=True, slots=True)
class Example:
    """``example "name" given task {…} staff {…} expect eligible|ineligible [requirement]``."""

    name: str
    task: tuple[RecordField, ...]
    staff: tuple[RecordField, ...]
    expect_eligible: bool
    expect_requirement: str | None
    pos: Span


@dataclass(frozen=True, slots=True)
class Policy:
    """One policy: when it applies, its filters, score terms, ordering and ladders."""

    name: str
    is_default: bool
    priority: float
    pos: Span
    name_pos: Span
    applies: Expr | None = None
    requirements: tuple[Requirement, ...] = ()
    preferences: tuple[Preference, ...] = ()
    tie_break: tuple[TieKey, ...] = ()
    mode: tuple[Located, ...] = ()
    fallback: tuple[Located, ...] = ()
    examples: tuple[Example, ...] = ()
    # clause kinds seen more than once, reported by the checker
    repeated: tuple[tuple[str, Span], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class PolicySet:
    """All policies of one source, in source order."""

    policies: tuple[Policy, ...]


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def unparse(expr: Expr) -> str:
    """Render an expression as canonical DSL text (used as the key of values read)."""
    if isinstance(expr, Number):
        return _num(expr.value)
    if isinstance(expr, Quantity):
        return f"{_num(expr.value)} {BASE_UNIT[expr.kind]}"
    if isinstance(expr, String):
        return '"' + expr.value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(expr, Bool):
        return "true" if expr.value else "false"
    if isinstance(expr, TimeOfDay):
        return f"{expr.minutes // 60:02d}:{expr.minutes % 60:02d}"
    if isinstance(expr, ListLit):
        return "[" + ", ".join(unparse(i) for i in expr.items) + "]"
    if isinstance(expr, Field):
        return f"{expr.root}.{expr.name}"
    if isinstance(expr, Method):
        return f"{expr.root}.{expr.name}(" + ", ".join(unparse(a) for a in expr.args) + ")"
    if isinstance(expr, Record):
        return expr.root
    if isinstance(expr, Call):
        return f"{expr.name}(" + ", ".join(unparse(a) for a in expr.args) + ")"
    if isinstance(expr, Scale):
        return (
            f"scale({unparse(expr.value)}, best {unparse(expr.best)}, worst {unparse(expr.worst)})"
        )
    if isinstance(expr, Exists):
        return f"exists {unparse(expr.target)}"
    if isinstance(expr, Unary):
        sep = " " if expr.op == "not" else ""
        return f"{expr.op}{sep}{_wrap(expr.operand)}"
    return f"{_wrap(expr.left)} {expr.op} {_wrap(expr.right)}"


def _wrap(expr: Expr) -> str:
    text = unparse(expr)
    return f"({text})" if isinstance(expr, Binary | Unary) else text
