"""Check a parsed policy set: names, types, units, missing values, ladders and examples."""

from __future__ import annotations

from dataclasses import dataclass, field

from dispatchhub.rules_dsl import ast
from dispatchhub.rules_dsl.errors import Diagnostic
from dispatchhub.rules_dsl.expr_checker import Env, ExprChecker, present_if_true, suggest
from dispatchhub.rules_dsl.functions import DEFAULT_FUNCTIONS, FunctionRegistry
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
from dispatchhub.rules_dsl.lint import lint_policies
from dispatchhub.rules_dsl.schema import DEFAULT_SCHEMA, Schema
from dispatchhub.rules_dsl.types import BOOL, NUMBER, Type

_MODE_ORDER = {PushStep: 0, BroadcastStep: 1, PoolStep: 2}
_RELAXABLE = {"<", "<=", ">", ">="}
_SCALARS: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "bool": bool,
    "number": (int, float),
}


@dataclass
class Analysis:
    """The checker's findings plus facts the compiler needs.

    ``guards[(policy, requirement)]`` names the earlier requirements whose ``exists`` test the
    requirement relies on; a single-grab check skips it when one of those failed.
    """

    diagnostics: list[Diagnostic] = field(default_factory=list)
    guards: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)


def relax_target(condition: ast.Expr) -> ast.Number | ast.Quantity | ast.TimeOfDay | None:
    """The literal threshold a ``relax`` step may replace, or ``None`` if not relaxable.

    A requirement is relaxable when its whole condition is one ordering comparison
    (``<``, ``<=``, ``>``, ``>=``) with a literal on one side, e.g. ``distance(…) <= 10 km``.
    """
    if isinstance(condition, ast.Binary) and condition.op in _RELAXABLE:
        for side in (condition.right, condition.left):
            if isinstance(side, ast.Number | ast.Quantity | ast.TimeOfDay):
                return side
    return None


def check(
    policy_set: ast.PolicySet,
    schema: Schema = DEFAULT_SCHEMA,
    functions: FunctionRegistry = DEFAULT_FUNCTIONS,
) -> list[Diagnostic]:
    """Check a parsed policy set against a schema and a function registry.

    Args:
        policy_set: The output of :func:`~dispatchhub.rules_dsl.parser.parse`.
        schema: The declared ``task.*`` and ``staff.*`` fields.
        functions: The functions policies may call.

    Returns:
        Errors and warnings, sorted by position; compilation needs zero errors.
    """
    return analyse(policy_set, schema, functions).diagnostics


def analyse(
    policy_set: ast.PolicySet,
    schema: Schema = DEFAULT_SCHEMA,
    functions: FunctionRegistry = DEFAULT_FUNCTIONS,
) -> Analysis:
    """Like :func:`check`, also returning the facts the compiler needs (see :class:`Analysis`)."""
    analysis = Analysis()
    names: dict[str, ast.Policy] = {}
    defaults = [p for p in policy_set.policies if p.is_default]
    for policy in policy_set.policies:
        if policy.name in names:
            analysis.diagnostics.append(
                Diagnostic.at(
                    policy.name_pos,
                    "DUPLICATE_NAME",
                    f"a policy named {policy.name} already exists "
                    f"(line {names[policy.name].pos.line})",
                )
            )
        names.setdefault(policy.name, policy)
        _PolicyChecker(schema, functions, policy, analysis).run()
    for extra in defaults[1:]:
        analysis.diagnostics.append(
            Diagnostic.at(
                extra.name_pos,
                "DUPLICATE_DEFAULT",
                "only one default policy is allowed",
                f"the default is {defaults[0].name}",
            )
        )
    if policy_set.policies and not defaults:
        analysis.diagnostics.append(
            Diagnostic.at(
                policy_set.policies[0].name_pos,
                "NO_DEFAULT",
                "no default policy: tasks that match no policy will not be dispatched",
                "add `default policy NAME` with the catch-all rules",
                "warning",
            )
        )
    analysis.diagnostics.extend(lint_policies(policy_set.policies))
    analysis.diagnostics.sort(key=lambda d: (d.line, d.column, d.code))
    return analysis


class _PolicyChecker:
    def __init__(
        self, schema: Schema, functions: FunctionRegistry, policy: ast.Policy, analysis: Analysis
    ) -> None:
        self.exprs = ExprChecker(schema, functions)
        self.schema = schema
        self.policy = policy
        self.analysis = analysis
        self.requirements = {r.name: r for r in policy.requirements}

    def run(self) -> None:
        policy = self.policy
        for kind, span in policy.repeated:
            self.exprs.error(
                span,
                "DUPLICATE_CLAUSE",
                f"{kind.replace('_', ' ')} appears twice in policy {policy.name}",
            )
        if policy.is_default and policy.applies is not None:
            self.exprs.error(
                policy.applies.pos,
                "DEFAULT_APPLIES",
                "a default policy applies to every task; remove `applies when`",
            )
        elif policy.applies is not None:
            self.exprs.expect(policy.applies, Env(allow_staff=False), BOOL, "`applies when`")
        elif not policy.is_default:
            self.exprs.error(
                policy.name_pos,
                "MISSING_APPLIES",
                f"policy {policy.name} has no `applies when` clause",
                "add `applies when …`, or write `default policy` for the catch-all",
            )
        present = self._requirements()
        self._preferences(present)
        self._mode()
        self._fallback()
        self._examples()
        self.analysis.diagnostics.extend(self.exprs.diagnostics)

    def _requirements(self) -> dict[str, str | None]:
        present: dict[str, str | None] = {}
        seen: set[str] = set()
        for req in self.policy.requirements:
            if req.name in seen:
                self.exprs.error(
                    req.name_pos, "DUPLICATE_NAME", f"requirement {req.name} is defined twice"
                )
            seen.add(req.name)
            env = Env(present=present)
            self.exprs.expect(req.condition, env, BOOL, f"requirement {req.name}")
            if req.reason is not None:
                for part in req.reason.parts:
                    if not isinstance(part, str):
                        self._placeholder(part, env)
            self.analysis.guards[(self.policy.name, req.name)] = frozenset(env.guards)
            present = {**present, **{k: req.name for k in present_if_true(req.condition)}}
        return present

    def _placeholder(self, expr: ast.Expr, env: Env) -> None:
        found = self.exprs.infer(expr, env)
        if found is not None and found.name in ("staff", "task"):
            self.exprs.error(
                expr.pos,
                "TYPE_MISMATCH",
                f"cannot show the whole {found} record",
                f"show a field such as {found.name}.id",
            )

    def _preferences(self, present: dict[str, str | None]) -> None:
        seen: set[str] = set()
        env = Env(present=present)
        for pref in self.policy.preferences:
            if pref.name in seen:
                self.exprs.error(
                    pref.name_pos, "DUPLICATE_NAME", f"preference {pref.name} is defined twice"
                )
            seen.add(pref.name)
            if pref.weight < 0:
                self.exprs.error(
                    pref.name_pos,
                    "NEGATIVE_WEIGHT",
                    "weights must not be negative",
                    "swap best and worst in the scale instead",
                )
            elif pref.weight == 0:
                self.exprs.warn(
                    pref.name_pos, "ZERO_WEIGHT", f"preference {pref.name} has weight 0"
                )
            if isinstance(pref.grade, ast.Scale):
                self.exprs.value(pref.grade, env)
            elif self.exprs.value(pref.grade, env) not in (BOOL, None):
                self.exprs.error(
                    pref.grade.pos,
                    "UNGRADED_PREFERENCE",
                    "a preference must be graded onto 0..1",
                    "use scale(value, best …, worst …) or a yes/no condition",
                )
        for key in self.policy.tie_break:
            found = self.exprs.value(key.expr, env)
            if found is not None and found.name not in (
                "number",
                "string",
                "distance",
                "duration",
                "time",
                "bool",
            ):
                self.exprs.error(key.pos, "TYPE_MISMATCH", f"cannot order candidates by {found}")

    def _mode(self) -> None:
        last = -1
        for located in self.policy.mode:
            rank = _MODE_ORDER[type(located.step)]
            if rank <= last:
                self.exprs.error(
                    located.pos,
                    "MODE_ORDER",
                    "mode steps go push, then broadcast, then pool, each at most once",
                )
            last = max(last, rank)
            if located.value is not None:
                self._duration(located.value)

    def _duration(self, value: ast.Expr) -> None:
        if not isinstance(value, ast.Quantity) or value.kind != "duration":
            self.exprs.error(
                value.pos,
                "UNIT_MISMATCH",
                "`accept within` needs a duration",
                "e.g. accept within 5 min",
            )

    def _fallback(self) -> None:
        ended = False
        # the requirements as the steps so far left them
        current = dict(self.requirements)
        for located in self.policy.fallback:
            step = located.step
            if ended:
                self.exprs.error(
                    located.pos,
                    "UNREACHABLE_STEP",
                    "nothing runs after `escalate`; make it the last step",
                )
            if isinstance(step, EscalateStep):
                ended = True
            elif isinstance(step, NeighboursStep) and not self._uses_same_region():
                self.exprs.warn(
                    located.pos,
                    "NO_EFFECT",
                    "`neighbours` has no effect: no requirement uses same_region(staff, task)",
                )
            elif isinstance(step, RelaxStep) and located.value is not None:
                self._relax(step, located, current)
            elif isinstance(step, DropStep):
                if step.requirement not in current:
                    self._unknown(located, step.requirement, current)
                else:
                    del current[step.requirement]
            elif isinstance(step, RequireStep):
                self._require_step(step.requirement)
                if step.replaces is not None:
                    if step.replaces not in current:
                        self._unknown(located, step.replaces, current)
                        continue
                    del current[step.replaces]
                current[step.name] = step.requirement

    def _unknown(
        self, located: ast.Located, name: str, current: dict[str, ast.Requirement]
    ) -> None:
        self.exprs.error(
            located.pos,
            "UNKNOWN_REQUIREMENT",
            f"no requirement named {name} in this policy",
            suggest(name, list(current)),
        )

    def _require_step(self, req: ast.Requirement) -> None:
        """A requirement a fallback step adds: checked as a ``require`` clause is."""
        env = Env()
        self.exprs.expect(req.condition, env, BOOL, f"requirement {req.name}")
        if req.reason is not None:
            for part in req.reason.parts:
                if not isinstance(part, str):
                    self._placeholder(part, env)

    def _uses_same_region(self) -> bool:
        return any("same_region(" in ast.unparse(r.condition) for r in self.policy.requirements)

    def _relax(
        self, step: RelaxStep, located: ast.Located, current: dict[str, ast.Requirement]
    ) -> None:
        req = current.get(step.requirement)
        if req is None:
            self._unknown(located, step.requirement, current)
            return
        target = relax_target(req.condition)
        if target is None:
            self.exprs.error(
                located.pos,
                "NOT_RELAXABLE",
                f"requirement {req.name} cannot be relaxed",
                "only `expression <, <=, >, >= literal` requirements can be relaxed",
            )
            return
        value = located.value
        assert value is not None
        wanted = NUMBER if isinstance(target, ast.Number) else Type(getattr(target, "kind", "time"))
        found = self.exprs.infer(value, Env())
        if found != wanted and found is not None:
            self.exprs.mismatch(value, found, wanted, "the relaxed value")
            return
        assert isinstance(req.condition, ast.Binary)
        upper = (req.condition.op in ("<", "<=")) == (target is req.condition.right)
        looser = step.value >= _number(target) if upper else step.value <= _number(target)
        if not looser:
            self.exprs.warn(
                located.pos,
                "RELAX_TIGHTENS",
                f"relaxing {req.name} to {ast.unparse(value)} makes it stricter",
            )

    def _examples(self) -> None:
        reads = self.exprs.reads
        for example in self.policy.examples:
            for root, record in (("task", example.task), ("staff", example.staff)):
                self._record(
                    root,
                    record,
                    example,
                    {r.split(".", 1)[1] for r in reads if r.startswith(root + ".")},
                )
            name = example.expect_requirement
            if name is not None and name not in self.requirements:
                self.exprs.error(
                    example.pos,
                    "UNKNOWN_REQUIREMENT",
                    f"no requirement named {name} in this policy",
                    suggest(name, list(self.requirements)),
                )

    def _record(
        self, root: str, record: tuple[ast.RecordField, ...], example: ast.Example, read: set[str]
    ) -> None:
        keys: dict[str, Type | None] = {
            f.name: f.type for f in self.schema.fields.values() if f.root == root
        }
        keys.update({m.key: None for m in self.schema.methods.values() if m.root == root})
        given = {f.key for f in record}
        for entry in record:
            if entry.key not in keys:
                self.exprs.error(
                    entry.pos,
                    "UNKNOWN_FIELD",
                    f"unknown {root} field {entry.key}",
                    suggest(entry.key, sorted(keys)),
                )
                continue
            expected = keys[entry.key]
            if expected is not None and not _fits(entry.value, expected):
                self.exprs.error(
                    entry.pos, "EXAMPLE_VALUE", f"{root}.{entry.key} must be {expected}"
                )
        optional = {k for k, t in keys.items() if t is not None and t.optional}
        missing = sorted(read - given - optional)
        if missing:
            self.exprs.error(
                example.pos,
                "EXAMPLE_INCOMPLETE",
                f"the example's {root} record lacks {', '.join(missing)}, read by this policy",
            )


def _number(literal: ast.Number | ast.Quantity | ast.TimeOfDay) -> float:
    return float(literal.minutes) if isinstance(literal, ast.TimeOfDay) else literal.value


def _fits(value: object, wanted: Type) -> bool:
    if value is None:
        return wanted.optional
    if wanted.name.startswith("list"):
        return isinstance(value, list)
    if wanted.name in ("distance", "duration", "time"):
        return isinstance(value, int | float) and not isinstance(value, bool)
    kind = _SCALARS.get(wanted.name)
    if kind is None:
        return True
    if wanted.name == "number" and isinstance(value, bool):
        return False
    return isinstance(value, kind)
