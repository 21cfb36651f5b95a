"""Type and unit checking of expressions against the schema and the function registry."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field

from dispatchhub.rules_dsl import ast
from dispatchhub.rules_dsl.errors import Diagnostic, Span
from dispatchhub.rules_dsl.functions import FunctionRegistry
from dispatchhub.rules_dsl.schema import Schema
from dispatchhub.rules_dsl.types import (
    BOOL,
    LIST_EMPTY,
    NUMBER,
    ORDERED,
    STAFF,
    STRING,
    TASK,
    TIME,
    Type,
    list_of,
)

_ORDERING = {"<", "<=", ">", ">="}
_ARITHMETIC = {"+", "-", "*", "/"}


def suggest(name: str, candidates: list[str]) -> str | None:
    """A "did you mean …?" hint for a misspelled name, or ``None``."""
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return f"did you mean {close[0]}?" if close else None


@dataclass
class Env:
    """What an expression may read and which optional values are known to be present.

    ``present`` maps a value's canonical text to the requirement that proved it present
    (``None`` when proved inside the same expression); ``guards`` collects the requirements
    the checked expression relied on.
    """

    allow_staff: bool = True
    present: Mapping[str, str | None] = field(default_factory=dict)
    guards: set[str] = field(default_factory=set)

    def knowing(self, facts: Mapping[str, str | None]) -> Env:
        """A copy of this environment with more values known to be present."""
        return Env(self.allow_staff, {**self.present, **facts}, self.guards)


def present_if_true(expr: ast.Expr) -> dict[str, str | None]:
    """Optional values that are certainly present when ``expr`` is true."""
    if isinstance(expr, ast.Exists):
        return {ast.unparse(expr.target): None}
    if isinstance(expr, ast.Binary) and expr.op == "and":
        return {**present_if_true(expr.left), **present_if_true(expr.right)}
    if isinstance(expr, ast.Unary) and expr.op == "not":
        return present_if_false(expr.operand)
    return {}


def present_if_false(expr: ast.Expr) -> dict[str, str | None]:
    """Optional values that are certainly present when ``expr`` is false."""
    if isinstance(expr, ast.Binary) and expr.op == "or":
        return {**present_if_false(expr.left), **present_if_false(expr.right)}
    if isinstance(expr, ast.Unary) and expr.op == "not":
        return present_if_true(expr.operand)
    return {}


class ExprChecker:
    """Infers expression types, reporting problems into ``diagnostics``."""

    def __init__(self, schema: Schema, functions: FunctionRegistry) -> None:
        self.schema = schema
        self.functions = functions
        self.diagnostics: list[Diagnostic] = []
        self.reads: set[str] = set()

    def error(self, span: Span, code: str, message: str, hint: str | None = None) -> None:
        """Report an error."""
        self.diagnostics.append(Diagnostic.at(span, code, message, hint))

    def warn(self, span: Span, code: str, message: str, hint: str | None = None) -> None:
        """Report a warning."""
        self.diagnostics.append(Diagnostic.at(span, code, message, hint, "warning"))

    def expect(self, expr: ast.Expr, env: Env, wanted: Type, what: str) -> Type | None:
        """Check ``expr`` and report unless it has type ``wanted`` (never missing)."""
        found = self.value(expr, env)
        if found is not None and found != wanted:
            self.error(expr.pos, "TYPE_MISMATCH", f"{what} must be {wanted}, not {found}")
        return found

    def value(self, expr: ast.Expr, env: Env) -> Type | None:
        """Infer the type of an expression used as an operand: it must not be missing."""
        found = self.infer(expr, env)
        if found is not None and found.optional:
            text = ast.unparse(expr)
            self.error(
                expr.pos,
                "OPTIONAL_VALUE",
                f"{text} may be missing",
                f"write `{text} ?? <value>` or guard with `exists {text} and …`",
            )
            return found.required
        return found

    def infer(self, expr: ast.Expr, env: Env) -> Type | None:
        """Infer the type of ``expr``; ``None`` after an error (to avoid cascades)."""
        if isinstance(expr, ast.Number):
            return NUMBER
        if isinstance(expr, ast.Quantity):
            return Type(expr.kind)
        if isinstance(expr, ast.String):
            return STRING
        if isinstance(expr, ast.Bool):
            return BOOL
        if isinstance(expr, ast.TimeOfDay):
            return TIME
        if isinstance(expr, ast.ListLit):
            return self._list(expr, env)
        if isinstance(expr, ast.Field | ast.Method):
            return self._path(expr, env)
        if isinstance(expr, ast.Record):
            if expr.root == "staff" and not env.allow_staff:
                self._staff_in_applies(expr.pos)
                return None
            return STAFF if expr.root == "staff" else TASK
        if isinstance(expr, ast.Call):
            return self._call(expr, env)
        if isinstance(expr, ast.Scale):
            return self._scale(expr, env)
        if isinstance(expr, ast.Exists):
            found = self.infer(expr.target, env)
            if found is not None and not found.optional:
                self.warn(
                    expr.pos,
                    "ALWAYS_TRUE",
                    f"{ast.unparse(expr.target)} is never missing; `exists` is always true",
                )
            return BOOL
        if isinstance(expr, ast.Unary):
            if expr.op == "not":
                return self.expect(expr.operand, env, BOOL, "the operand of `not`")
            found = self.value(expr.operand, env)
            if found is not None and (not found.is_numeric or found == TIME):
                self.error(expr.pos, "TYPE_MISMATCH", f"cannot negate {found}")
                return None
            return found
        return self._binary(expr, env)

    def _staff_in_applies(self, span: Span) -> None:
        self.error(
            span,
            "STAFF_IN_APPLIES",
            "`applies when` can only read the task",
            "move conditions on staff into `require` clauses",
        )

    def _list(self, expr: ast.ListLit, env: Env) -> Type | None:
        types = [self.value(item, env) for item in expr.items]
        if not types:
            return LIST_EMPTY
        if None in types:
            return None
        first = types[0]
        assert first is not None
        if first.name not in ("string", "number") or any(t != first for t in types):
            self.error(expr.pos, "TYPE_MISMATCH", "list items must all be texts or all numbers")
            return None
        return list_of(first)

    def _path(self, expr: ast.Field | ast.Method, env: Env) -> Type | None:
        if expr.root == "staff" and not env.allow_staff:
            self._staff_in_applies(expr.pos)
            return None
        key = (expr.root, expr.name)
        result: Type
        if isinstance(expr, ast.Field):
            spec = self.schema.fields.get(key)
            if spec is None:
                self._unknown_path(expr, key in self.schema.methods)
                return None
            self.reads.add(f"{expr.root}.{expr.name}")
            result = spec.type
        else:
            method = self.schema.methods.get(key)
            if method is None:
                self._unknown_path(expr, False)
                return None
            self.reads.add(f"{expr.root}.{method.key}")
            if len(expr.args) != 1:
                self.error(
                    expr.pos,
                    "ARITY",
                    f"{expr.root}.{expr.name}(…) takes 1 argument, not {len(expr.args)}",
                )
            else:
                self.expect(expr.args[0], env, method.param, f"the argument of {expr.name}")
            result = method.returns
        text = ast.unparse(expr)
        if result.optional and text in env.present:
            guard = env.present[text]
            if guard is not None:
                env.guards.add(guard)
            return result.required
        return result

    def _unknown_path(self, expr: ast.Field | ast.Method, is_method: bool) -> None:
        path = f"{expr.root}.{expr.name}"
        if is_method:
            self.error(
                expr.pos,
                "NEEDS_ARGUMENT",
                f"{path} needs a service type",
                f"write {path}(task.type)",
            )
            return
        if isinstance(expr, ast.Method) and (expr.root, expr.name) in self.schema.fields:
            self.error(
                expr.pos,
                "NOT_A_METHOD",
                f"{path} is a field, not a lookup",
                f"write {path} without (…)",
            )
            return
        names = [f"{expr.root}.{n}" for n in self.schema.names(expr.root)]
        self.error(expr.pos, "UNKNOWN_FIELD", f"unknown field {path}", suggest(path, names))

    def _call(self, expr: ast.Call, env: Env) -> Type | None:
        function = self.functions.get(expr.name)
        if function is None:
            hint = suggest(expr.name, [*self.functions, "scale"])
            self.error(expr.pos, "UNKNOWN_FUNCTION", f"unknown function {expr.name}", hint)
            return None
        if len(expr.args) != len(function.params):
            shown = ", ".join(p.name for p in function.params)
            self.error(
                expr.pos,
                "ARITY",
                f"{expr.name} takes {len(function.params)} argument(s), not {len(expr.args)}",
                f"write {expr.name}({shown})",
            )
            return function.returns
        for arg, param in zip(expr.args, function.params, strict=True):
            self.expect(arg, env, param.type, f"argument `{param.name}` of {expr.name}")
        self.reads.update(function.reads)
        return function.returns

    def _scale(self, expr: ast.Scale, env: Env) -> Type | None:
        found = self.value(expr.value, env)
        if found is not None and not found.is_numeric:
            self.error(expr.value.pos, "TYPE_MISMATCH", f"cannot scale {found}")
            return NUMBER
        for bound, word in ((expr.best, "best"), (expr.worst, "worst")):
            self._same(found, bound, env, f"`{word}`")
        literals = (ast.Number, ast.Quantity, ast.TimeOfDay)
        if isinstance(expr.best, literals) and isinstance(expr.worst, literals):
            if ast.unparse(expr.best) == ast.unparse(expr.worst):
                self.error(
                    expr.pos,
                    "SCALE_BOUNDS",
                    "best and worst are equal",
                    "give the scale two different ends",
                )
        return NUMBER

    def _same(self, wanted: Type | None, expr: ast.Expr, env: Env, what: str) -> Type | None:
        found = self.value(expr, env)
        if wanted is None or found is None or found == wanted:
            return found
        self.mismatch(expr, found, wanted, what)
        return None

    def mismatch(self, expr: ast.Expr, found: Type, wanted: Type, what: str) -> None:
        """Report ``expr`` (of type ``found``) where ``wanted`` was needed, hinting at units."""
        if found == NUMBER and wanted.is_quantity and isinstance(expr, ast.Number):
            unit = "km" if wanted.name == "distance" else "min"
            self.error(
                expr.pos,
                "MISSING_UNIT",
                f"{what} is a plain number but must be a {wanted}",
                f"add a unit, e.g. {ast.unparse(expr)} {unit}",
            )
            return
        self.error(expr.pos, "TYPE_MISMATCH", f"{what} is {found} but must be {wanted}")

    def _binary(self, expr: ast.Binary, env: Env) -> Type | None:
        op = expr.op
        if op in ("and", "or"):
            self.expect(expr.left, env, BOOL, f"the left side of `{op}`")
            facts = present_if_true(expr.left) if op == "and" else present_if_false(expr.left)
            self.expect(expr.right, env.knowing(facts), BOOL, f"the right side of `{op}`")
            return BOOL
        if op == "??":
            return self._coalesce(expr, env)
        left = self.value(expr.left, env)
        if op in ("in", "not in"):
            return self._membership(expr, left, env)
        if op in _ARITHMETIC:
            return self._arithmetic(expr, left, env)
        right = self.value(expr.right, env)
        if left is None or right is None:
            return BOOL
        if left != right:
            # report on the side that is a bare number, where the unit is missing
            side, other = (
                (expr.left, right) if isinstance(expr.left, ast.Number) else (expr.right, left)
            )
            found = left if side is expr.left else right
            self.mismatch(side, found, other, f"`{ast.unparse(side)}` in this comparison")
        elif op in _ORDERING and left.name not in ORDERED:
            self.error(expr.pos, "TYPE_MISMATCH", f"{left} values cannot be ordered with {op}")
        elif left.name.startswith("list") or left.name in ("staff", "task"):
            self.error(expr.pos, "TYPE_MISMATCH", f"{left} values cannot be compared")
        else:
            self._check_choice(expr)
        return BOOL

    def _check_choice(self, expr: ast.Binary) -> None:
        for path, lit in ((expr.left, expr.right), (expr.right, expr.left)):
            if isinstance(path, ast.Field) and isinstance(lit, ast.String):
                spec = self.schema.fields.get((path.root, path.name))
                if spec and spec.choices and lit.value not in spec.choices:
                    self.warn(
                        lit.pos,
                        "UNKNOWN_VALUE",
                        f'"{lit.value}" is not a known value of {path.root}.{path.name}',
                        suggest(lit.value, list(spec.choices))
                        or "known values: " + ", ".join(spec.choices),
                    )

    def _coalesce(self, expr: ast.Binary, env: Env) -> Type | None:
        left = self.infer(expr.left, env)
        if left is not None and not left.optional:
            self.warn(
                expr.left.pos,
                "NEVER_MISSING",
                f"{ast.unparse(expr.left)} is never missing; `??` has no effect",
            )
        right = self.infer(expr.right, env)
        if left is None or right is None:
            return None if left is None else left.required
        if right.required != left.required:
            self.mismatch(expr.right, right.required, left.required, "the default after `??`")
            return left.required
        return right

    def _membership(self, expr: ast.Binary, left: Type | None, env: Env) -> Type | None:
        right = self.value(expr.right, env)
        if right is None or left is None:
            return BOOL
        element = right.element
        if element is None:
            self.error(
                expr.right.pos,
                "TYPE_MISMATCH",
                f"the right side of `{expr.op}` must be a list, not {right}",
            )
        elif right == LIST_EMPTY:
            self.warn(expr.right.pos, "EMPTY_LIST", "the list is empty, so this test never matches")
        elif element != left:
            self.mismatch(expr.left, left, element, f"`{ast.unparse(expr.left)}`")
        return BOOL

    def _arithmetic(self, expr: ast.Binary, left: Type | None, env: Env) -> Type | None:
        right = self.value(expr.right, env)
        if left is None or right is None:
            return None
        op = expr.op
        if not (left.is_numeric and right.is_numeric):
            self.error(expr.pos, "TYPE_MISMATCH", f"cannot compute {left} {op} {right}")
            return None
        if (
            op == "/"
            and isinstance(expr.right, ast.Number | ast.Quantity)
            and expr.right.value == 0
        ):
            self.error(expr.right.pos, "DIVISION_BY_ZERO", "division by zero")
            return None
        if op in ("+", "-"):
            if left == right and left != TIME:
                return left
            self.mismatch(expr.right, right, left, f"the right side of `{op}`")
            return None
        if op == "*" and NUMBER in (left, right) and TIME not in (left, right):
            return right if left == NUMBER else left
        if op == "/" and right == NUMBER and left != TIME:
            return left
        if op == "/" and left == right and left != TIME:
            return NUMBER
        self.error(expr.pos, "TYPE_MISMATCH", f"cannot compute {left} {op} {right}")
        return None
