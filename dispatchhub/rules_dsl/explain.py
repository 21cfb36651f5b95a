"""The explaining build's output: why each candidate was excluded, or how it scored.

The compiler emits the code that fills these records (see ``codegen``); this module defines
the records, how values are shown in reason templates, and the code fragments that the
explaining build adds to the plain one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dispatchhub.rules_dsl import ast


@dataclass(frozen=True, slots=True)
class TermContribution:
    """One ``prefer`` term for one candidate: ``contribution = weight × graded``."""

    name: str
    weight: float
    raw_value: object
    graded: float
    contribution: float


@dataclass(frozen=True, slots=True)
class CandidateExplanation:
    """Why a candidate is (in)eligible, with the values the deciding clause read.

    For an excluded candidate: the first failing requirement, its rendered reason and the
    values its condition read (keyed by their DSL text, e.g. ``"distance(staff, task)"``).
    For an eligible one: the score and each term's contribution.
    """

    staff_id: str
    eligible: bool
    failed_requirement: str | None
    reason: str | None
    values: dict[str, object] = field(default_factory=dict)
    score: float | None = None
    terms: list[TermContribution] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FailedRequirement:
    """A requirement a staff member does not meet, for judging a single grab."""

    name: str
    reason: str
    values: dict[str, object]


def show(value: object, kind: str) -> str:
    """Render a value read by a policy for a reason text: ``12.3 km``, ``15 min``, ``4.5``."""
    if value is None:
        return "missing"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        text = f"{value:.1f}" if kind in ("distance", "duration") else f"{value:.4g}"
        if kind == "time":
            minutes = int(value)
            return f"{minutes // 60:02d}:{minutes % 60:02d}"
        unit = {"distance": " km", "duration": " min"}.get(kind, "")
        return text + unit
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(str(v) for v in value)
    return str(value)


def leaves(expr: ast.Expr) -> list[ast.Expr]:
    """The values a condition reads (fields, lookups, calls on records), in source order."""
    found: list[ast.Expr] = []
    stack: list[ast.Expr] = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Field | ast.Method):
            found.append(node)
        elif isinstance(node, ast.Call):
            if all(isinstance(a, ast.Record | ast.Field) for a in node.args):
                found.append(node)
        elif isinstance(node, ast.Binary):
            stack += [node.right, node.left]
        elif isinstance(node, ast.Unary):
            stack.append(node.operand)
        elif isinstance(node, ast.Exists):
            stack.append(node.target)
        elif isinstance(node, ast.Scale):
            stack += [node.worst, node.best, node.value]
        elif isinstance(node, ast.ListLit):
            stack += reversed(node.items)
    unique = {ast.unparse(n): n for n in found}
    return list(unique.values())


def default_reason(requirement: ast.Requirement) -> ast.Template:
    """The reason used when a requirement has none: its condition and the values read."""
    parts: list[str | ast.Expr] = [f"{ast.unparse(requirement.condition)} is false"]
    for index, leaf in enumerate(leaves(requirement.condition)):
        parts += [("; " if index else " (") + f"{ast.unparse(leaf)} = ", leaf]
    if len(parts) > 1:
        parts.append(")")
    return ast.Template(tuple(parts), requirement.pos)
