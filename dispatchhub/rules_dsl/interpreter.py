"""A small reference tree-walking interpreter, used to test the compiler for equivalence.

It is deliberately direct (no hoisting, no reuse, no generated code); the compiler must make
the same decisions. It is about 35x slower than the compiled form, so it is not used to
dispatch.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from dispatchhub.rules_dsl import ast
from dispatchhub.rules_dsl.functions import DEFAULT_FUNCTIONS, FunctionRegistry
from dispatchhub.rules_dsl.schema import DEFAULT_SCHEMA, Schema

Record = Mapping[str, Any]
_OPS: dict[str, Callable[[Any, Any], Any]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "in": lambda a, b: a in b,
    "not in": lambda a, b: a not in b,
}


class Interpreter:
    """Evaluates policies by walking the AST for every candidate."""

    def __init__(
        self,
        functions: FunctionRegistry = DEFAULT_FUNCTIONS,
        schema: Schema = DEFAULT_SCHEMA,
        neighbours: bool = False,
    ) -> None:
        self.functions = functions
        self.schema = schema
        self.neighbours = neighbours

    def value(self, expr: ast.Expr, task: Record, staff: Record | None) -> Any:
        """Evaluate one expression; ``None`` stands for a missing value."""
        if isinstance(expr, ast.Number | ast.Quantity | ast.String | ast.Bool):
            return expr.value
        if isinstance(expr, ast.TimeOfDay):
            return expr.minutes
        if isinstance(expr, ast.ListLit):
            return [self.value(i, task, staff) for i in expr.items]
        if isinstance(expr, ast.Record):
            return staff if expr.root == "staff" else task
        if isinstance(expr, ast.Field):
            record = staff if expr.root == "staff" else task
            assert record is not None
            spec = self.schema.fields[(expr.root, expr.name)]
            return record.get(expr.name) if spec.type.optional else record[expr.name]
        if isinstance(expr, ast.Method):
            record = staff if expr.root == "staff" else task
            assert record is not None
            method = self.schema.methods[(expr.root, expr.name)]
            key = self.value(expr.args[0], task, staff)
            if method.contains:
                return key in record[method.key]
            found = record[method.key].get(key)
            return method.default if found is None else found
        if isinstance(expr, ast.Call):
            function = self.functions[expr.name]
            impl = function.widened if self.neighbours and function.widened else function.impl
            return impl(*(self.value(a, task, staff) for a in expr.args))
        if isinstance(expr, ast.Scale):
            x = self.value(expr.value, task, staff)
            best = self.value(expr.best, task, staff)
            worst = self.value(expr.worst, task, staff)
            if best == worst:
                return 1.0 if x == best else 0.0
            return min(1.0, max(0.0, (x - worst) / (best - worst)))
        if isinstance(expr, ast.Exists):
            return self.value(expr.target, task, staff) is not None
        if isinstance(expr, ast.Unary):
            operand = self.value(expr.operand, task, staff)
            return (not operand) if expr.op == "not" else -operand
        return self._binary(expr, task, staff)

    def _binary(self, expr: ast.Binary, task: Record, staff: Record | None) -> Any:
        left = self.value(expr.left, task, staff)
        if expr.op == "and":
            return left and self.value(expr.right, task, staff)
        if expr.op == "or":
            return left or self.value(expr.right, task, staff)
        if expr.op == "??":
            return left if left is not None else self.value(expr.right, task, staff)
        return _OPS[expr.op](left, self.value(expr.right, task, staff))

    def applies(self, policy: ast.Policy, task: Record) -> bool:
        """Whether ``policy`` applies to ``task``."""
        return policy.applies is None or bool(self.value(policy.applies, task, None))

    def select(self, policy_set: ast.PolicySet, task: Record) -> ast.Policy | None:
        """The policy the compiled set would select for ``task``."""
        ordered = sorted(
            (p for p in policy_set.policies if not p.is_default), key=lambda p: -p.priority
        )
        for policy in ordered:
            if self.applies(policy, task):
                return policy
        return next((p for p in policy_set.policies if p.is_default), None)

    def first_failure(self, policy: ast.Policy, task: Record, staff: Record) -> str | None:
        """The name of the first requirement ``staff`` fails, or ``None``."""
        for requirement in policy.requirements:
            if not self.value(requirement.condition, task, staff):
                return requirement.name
        return None

    def score(self, policy: ast.Policy, task: Record, staff: Record) -> float:
        """The weighted score of an eligible candidate."""
        total = 0.0
        for pref in policy.preferences:
            graded = self.value(pref.grade, task, staff)
            if not isinstance(pref.grade, ast.Scale):
                graded = 1.0 if graded else 0.0
            total += pref.weight * graded
        return total

    def rank(
        self, policy: ast.Policy, task: Record, candidates: Sequence[Record]
    ) -> list[tuple[str, float]]:
        """Eligible candidates as ``(staff id, score)``, best first."""
        eligible = [s for s in candidates if self.first_failure(policy, task, s) is None]
        rows = [(self.score(policy, task, s), s) for s in eligible]
        rows.sort(key=lambda row: row[1]["id"])
        for key in reversed(policy.tie_break):
            rows.sort(
                key=lambda row, k=key: self.value(k.expr, task, row[1]),  # type: ignore[misc]
                reverse=key.descending,
            )
        rows.sort(key=lambda row: row[0], reverse=True)
        return [(s["id"], score) for score, s in rows]
