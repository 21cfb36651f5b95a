"""Cross-policy analysis: policies that can never apply because others take all their tasks.

``applies when`` conditions are understood when they are conjunctions of tests of one task
field against literals (``==``, ``!=``, ``in``, ``not in``, ``<``, ``<=``, ``>``, ``>=``).
Anything else makes a policy opaque, and opaque policies are never reported.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from dispatchhub.rules_dsl import ast
from dispatchhub.rules_dsl.errors import Diagnostic

_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}


@dataclass(frozen=True, slots=True)
class _Texts:
    """Allowed text values: ``allowed`` (None = any) minus ``excluded``."""

    allowed: frozenset[str] | None
    excluded: frozenset[str]

    def meet(self, other: _Texts) -> _Texts:
        if self.allowed is None:
            allowed = other.allowed
        elif other.allowed is None:
            allowed = self.allowed
        else:
            allowed = self.allowed & other.allowed
        return _Texts(allowed, self.excluded | other.excluded)

    def within(self, other: _Texts) -> bool:
        if self.allowed is None:
            return other.allowed is None and other.excluded <= self.excluded
        mine = self.allowed - self.excluded
        return (other.allowed is None or mine <= other.allowed) and not (mine & other.excluded)

    def empty(self) -> bool:
        return self.allowed is not None and not (self.allowed - self.excluded)


@dataclass(frozen=True, slots=True)
class _Range:
    """A numeric interval; closed ends unless ``*_open``."""

    low: float = -math.inf
    high: float = math.inf
    low_open: bool = False
    high_open: bool = False

    def meet(self, other: _Range) -> _Range:
        low, low_open = max((self.low, self.low_open), (other.low, other.low_open))
        high, high_open = min((self.high, not self.high_open), (other.high, not other.high_open))
        return _Range(low, high, low_open, not high_open)

    def within(self, other: _Range) -> bool:
        low_ok = self.low > other.low or (
            self.low == other.low and (self.low_open or not other.low_open)
        )
        high_ok = self.high < other.high or (
            self.high == other.high and (self.high_open or not other.high_open)
        )
        return low_ok and high_ok

    def empty(self) -> bool:
        return self.low > self.high or (self.low == self.high and (self.low_open or self.high_open))


_Constraint = _Texts | _Range


def _literal(expr: ast.Expr) -> str | float | None:
    if isinstance(expr, ast.String):
        return expr.value
    if isinstance(expr, ast.Number | ast.Quantity):
        return expr.value
    if isinstance(expr, ast.TimeOfDay):
        return float(expr.minutes)
    return None


def _atom(expr: ast.Expr) -> tuple[str, _Constraint] | None:
    if not isinstance(expr, ast.Binary):
        return None
    if expr.op in ("in", "not in") and isinstance(expr.left, ast.Field):
        if not isinstance(expr.right, ast.ListLit):
            return None
        values = [_literal(i) for i in expr.right.items]
        if not all(isinstance(v, str) for v in values):
            return None
        texts = frozenset(str(v) for v in values)
        texts_c = _Texts(texts, frozenset()) if expr.op == "in" else _Texts(None, texts)
        return expr.left.name, texts_c
    field, value, op = expr.left, _literal(expr.right), expr.op
    if not isinstance(field, ast.Field):
        field, value, op = expr.right, _literal(expr.left), _FLIP.get(expr.op, "")
    if not isinstance(field, ast.Field) or value is None or op not in _FLIP:
        return None
    if isinstance(value, str):
        if op == "==":
            return field.name, _Texts(frozenset([value]), frozenset())
        return (field.name, _Texts(None, frozenset([value]))) if op == "!=" else None
    ranges = {
        "==": _Range(value, value),
        "<": _Range(high=value, high_open=True),
        "<=": _Range(high=value),
        ">": _Range(low=value, low_open=True),
        ">=": _Range(low=value),
    }
    return (field.name, ranges[op]) if op in ranges else None


def constraints(expr: ast.Expr | None) -> dict[str, _Constraint] | None:
    """Per-task-field constraints of an ``applies when`` condition, or ``None`` if opaque."""
    if expr is None:
        return {}
    if isinstance(expr, ast.Bool) and expr.value:
        return {}
    if isinstance(expr, ast.Binary) and expr.op == "and":
        left, right = constraints(expr.left), constraints(expr.right)
        if left is None or right is None:
            return None
        merged = dict(left)
        for name, constraint in right.items():
            previous = merged.get(name)
            if previous is None:
                merged[name] = constraint
            elif type(previous) is type(constraint):
                merged[name] = previous.meet(constraint)  # type: ignore[arg-type]
            else:
                return None
        return merged
    atom = _atom(expr)
    return None if atom is None else {atom[0]: atom[1]}


def _covers(wide: dict[str, _Constraint], narrow: dict[str, _Constraint]) -> bool:
    for name, constraint in wide.items():
        other = narrow.get(name)
        if other is None or type(other) is not type(constraint):
            return False
        if not other.within(constraint):  # type: ignore[arg-type]
            return False
    return True


def lint_policies(policies: tuple[ast.Policy, ...]) -> list[Diagnostic]:
    """Warn about policies whose ``applies when`` can never hold or is always pre-empted.

    Args:
        policies: The policies in source order.

    Returns:
        ``UNREACHABLE_POLICY`` and ``SHADOWED_POLICY`` warnings.
    """
    ordered = sorted(enumerate(policies), key=lambda ip: (ip[1].is_default, -ip[1].priority, ip[0]))
    found: list[Diagnostic] = []
    seen: list[tuple[ast.Policy, dict[str, _Constraint]]] = []
    defaults = 0
    for _, policy in ordered:
        defaults += policy.is_default
        if (policy.applies is None and not policy.is_default) or defaults > 1:
            continue  # already an error (MISSING_APPLIES / DUPLICATE_DEFAULT)
        mine = constraints(policy.applies)
        if mine is None:
            continue
        if any(c.empty() for c in mine.values()):
            found.append(
                Diagnostic.at(
                    policy.name_pos,
                    "UNREACHABLE_POLICY",
                    f"policy {policy.name} never applies: its `applies when` cannot hold",
                    severity="warning",
                )
            )
            continue
        for earlier, theirs in seen:
            if _covers(theirs, mine):
                found.append(
                    Diagnostic.at(
                        policy.name_pos,
                        "SHADOWED_POLICY",
                        f"policy {policy.name} never applies: every task it matches is "
                        f"taken first by policy {earlier.name}",
                        "raise its priority or narrow the earlier policy",
                        "warning",
                    )
                )
                break
        seen.append((policy, mine))
    return found
