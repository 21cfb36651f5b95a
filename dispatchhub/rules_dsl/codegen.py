"""Generate Python source for one checked policy.

Only names this module binds appear in the generated code: ``task``, ``s`` (the candidate),
locals it numbers itself, and constants/functions placed in the namespace under ``_c``/``_f``
names. User text never reaches the generated source except as ``repr`` of literals.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count

from dispatchhub.rules_dsl import ast
from dispatchhub.rules_dsl.explain import default_reason, leaves, show
from dispatchhub.rules_dsl.expr_checker import Env, ExprChecker
from dispatchhub.rules_dsl.functions import FunctionRegistry
from dispatchhub.rules_dsl.schema import Schema

_COMPARE = {"<", "<=", ">", ">=", "==", "!=", "in", "not in", "+", "-", "*", "/"}


@dataclass
class ExprCode:
    """Translates expressions to Python; remembers hoisted task reads and reused calls."""

    schema: Schema
    functions: FunctionRegistry
    neighbours: bool
    namespace: dict[str, object]
    hoisted: dict[str, str] = field(default_factory=dict)
    ids: Iterator[int] = field(default_factory=count)
    reused: dict[str, str] = field(default_factory=dict)
    reuse_calls: bool = True

    def fresh(self, prefix: str) -> str:
        """A new local or constant name."""
        return f"{prefix}{next(self.ids)}"

    def const(self, value: object) -> str:
        """Bind ``value`` in the namespace and return its name."""
        name = self.fresh("_c")
        self.namespace[name] = value
        return name

    def kind(self, expr: ast.Expr) -> str:
        """The type name of a checked expression (for rendering values)."""
        found = ExprChecker(self.schema, self.functions).infer(expr, Env())
        return found.name if found is not None else "number"

    def code(self, expr: ast.Expr, cond: bool = False) -> str:
        """Python source for ``expr``; ``cond`` means it may not run (short-circuit branch)."""
        if isinstance(expr, ast.Number | ast.Quantity):
            return repr(expr.value)
        if isinstance(expr, ast.String | ast.Bool):
            return repr(expr.value)
        if isinstance(expr, ast.TimeOfDay):
            return repr(expr.minutes)
        if isinstance(expr, ast.ListLit):
            return self._list(expr, cond)
        if isinstance(expr, ast.Field):
            return self._field(expr)
        if isinstance(expr, ast.Method):
            return self._method(expr, cond)
        if isinstance(expr, ast.Record):
            return "s" if expr.root == "staff" else "task"
        if isinstance(expr, ast.Call):
            return self._call(expr, cond)
        if isinstance(expr, ast.Scale):
            return self._scale(expr, cond)
        if isinstance(expr, ast.Exists):
            return f"({self.code(expr.target, cond)} is not None)"
        if isinstance(expr, ast.Unary):
            op = "not " if expr.op == "not" else "-"
            return f"({op}{self.code(expr.operand, cond)})"
        return self._binary(expr, cond)

    def _list(self, expr: ast.ListLit, cond: bool) -> str:
        literals = (ast.String, ast.Number, ast.Quantity, ast.Bool, ast.TimeOfDay)
        if all(isinstance(i, literals) for i in expr.items):
            values = frozenset(getattr(i, "value", getattr(i, "minutes", None)) for i in expr.items)
            return self.const(values)
        return "(" + "".join(self.code(i, cond) + ", " for i in expr.items) + ")"

    def _field(self, expr: ast.Field) -> str:
        spec = self.schema.fields[(expr.root, expr.name)]
        record = "s" if expr.root == "staff" else "task"
        read = f"{record}.get({expr.name!r})" if spec.type.optional else f"{record}[{expr.name!r}]"
        if expr.root == "staff":
            return read
        # task values are the same for every candidate: read them once, before the loop
        if read not in self.hoisted:
            self.hoisted[read] = self.fresh("_t")
        return self.hoisted[read]

    def _method(self, expr: ast.Method, cond: bool) -> str:
        spec = self.schema.methods[(expr.root, expr.name)]
        record = "s" if expr.root == "staff" else "task"
        arg = self.code(expr.args[0], cond)
        if spec.contains:
            return f"({arg} in {record}[{spec.key!r}])"
        default = "" if spec.default is None else f", {spec.default!r}"
        return f"{record}[{spec.key!r}].get({arg}{default})"

    def _call(self, expr: ast.Call, cond: bool) -> str:
        function = self.functions[expr.name]
        impl = function.widened if self.neighbours and function.widened else function.impl
        name = f"_f_{expr.name}{'_w' if impl is function.widened else ''}"
        self.namespace[name] = impl
        args = ", ".join(self.code(a, cond) for a in expr.args)
        call = f"{name}({args})"
        key = ast.unparse(expr)
        if key in self.reused:
            return self.reused[key]
        if cond or not self.reuse_calls:
            return call
        # computed once per candidate; later clauses reuse the local
        local = self.fresh("_k")
        self.reused[key] = local
        return f"({local} := {call})"

    def _scale(self, expr: ast.Scale, cond: bool) -> str:
        return self.graded(self.code(expr.value, cond), expr, cond)

    def graded(self, value: str, expr: ast.Scale, cond: bool) -> str:
        """Python source grading the already-translated ``value`` by the scale ``expr``."""
        literals = (ast.Number, ast.Quantity, ast.TimeOfDay)
        if isinstance(expr.best, literals) and isinstance(expr.worst, literals):
            worst = self.code(expr.worst)
            span = float(self.code(expr.best)) - float(worst)
            local = self.fresh("_v")
            return (
                f"({local} if 0.0 <= ({local} := ({value} - {worst}) / {span!r}) <= 1.0 "
                f"else (0.0 if {local} < 0.0 else 1.0))"
            )
        self.namespace["_scale"] = scale
        return f"_scale({value}, {self.code(expr.best, cond)}, {self.code(expr.worst, cond)})"

    def _binary(self, expr: ast.Binary, cond: bool) -> str:
        left = self.code(expr.left, cond)
        if expr.op in ("and", "or"):
            return f"({left} {expr.op} {self.code(expr.right, True)})"
        if expr.op == "??":
            local = self.fresh("_n")
            right = self.code(expr.right, True)
            return f"({local} if ({local} := {left}) is not None else {right})"
        assert expr.op in _COMPARE
        return f"({left} {expr.op} {self.code(expr.right, cond)})"

    def template(self, template: ast.Template) -> str:
        """Python source building a reason text (placeholders never register reuse)."""
        self.namespace["_show"] = show
        pieces = [
            repr(p) if isinstance(p, str) else f"_show({self.code(p, True)}, {self.kind(p)!r})"
            for p in template.parts
        ]
        return "".join(["(", " + ".join(pieces) or "''", ")"])

    def values(self, condition: ast.Expr) -> str:
        """Python source for the dict of values a condition read."""
        items = [f"{ast.unparse(leaf)!r}: {self.code(leaf, True)}" for leaf in leaves(condition)]
        return "{" + ", ".join(items) + "}"

    def value_tuple(self, condition: ast.Expr) -> str:
        """Python source for the values a condition read, in :func:`leaves` order."""
        return "(" + "".join(f"{self.code(leaf, True)}, " for leaf in leaves(condition)) + ")"

    def reason(self, requirement: ast.Requirement) -> str:
        """Python source for a requirement's rendered reason."""
        return self.template(requirement.reason or default_reason(requirement))


def scale(value: float, best: float, worst: float) -> float:
    """Grade ``value`` onto 0..1: 1 at ``best``, 0 at ``worst``, linear between, clamped."""
    if best == worst:
        return 1.0 if value == best else 0.0
    graded = (value - worst) / (best - worst)
    return 0.0 if graded < 0.0 else 1.0 if graded > 1.0 else graded
