"""Assemble the generated functions of one policy: applies, rank, explain and check."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import count
from typing import Any

from dispatchhub.rules_dsl import ast
from dispatchhub.rules_dsl.codegen import ExprCode
from dispatchhub.rules_dsl.explain import FailedRequirement, TermContribution, leaves
from dispatchhub.rules_dsl.functions import FunctionRegistry
from dispatchhub.rules_dsl.schema import Schema

_INDENT = "    "


@dataclass(frozen=True, slots=True)
class PolicyFunctions:
    """The compiled entry points of one policy, and the source they came from."""

    applies: Callable[[Any], bool]
    rank: Callable[[Any, Any], list[tuple[Any, ...]]]
    # the explaining rank also returns compact notes, see runtime.Decision.explanations
    explain: Callable[[Any, Any], tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]] | None
    check: Callable[[Any, Any], list[FailedRequirement]]
    source: str
    # per requirement: its name and the DSL text of each value in an explain note
    note_keys: tuple[tuple[str, tuple[str, ...]], ...]
    # per requirement: its reason text for a task and a staff record, rendered on demand
    reasons: tuple[Callable[[Any, Any], str], ...] = ()
    # per requirement: the values its condition reads (``note_keys`` order), read on demand
    values: tuple[Callable[[Any, Any], tuple[Any, ...]], ...] = ()
    # per preference: its name and weight (an eligible note holds raw and graded values)
    terms: tuple[tuple[str, float], ...] = ()


class _Function:
    """One generated function: a header, hoisted task reads, and a body."""

    def __init__(self, gen: ExprCode, header: str) -> None:
        self.gen = gen
        self.header = header
        self.body: list[str] = []

    def line(self, text: str, depth: int = 1) -> None:
        self.body.append(_INDENT * depth + text)

    def source(self) -> str:
        hoisted = [f"{_INDENT}{name} = {read}" for read, name in self.gen.hoisted.items()]
        return "\n".join([self.header, *hoisted, *self.body]) + "\n"


def _candidate_loop(fn: _Function, policy: ast.Policy, explain: bool) -> None:
    gen = fn.gen
    fn.line("for s in candidates:")
    for index, req in enumerate(policy.requirements):
        fn.line(f"if not {gen.code(req.condition)}:", 2)
        if explain:
            # a compact note; runtime.Decision turns it into a CandidateExplanation on demand
            # and renders the reason and reads the values then (both are pure functions of
            # the task and the staff record: the same as reading them here)
            fn.line(f"note((s, {index}, task))", 3)
        fn.line("continue", 3)
    graded_terms: list[str] = []
    contributions: list[str] = []
    for pref in policy.preferences:
        raw, graded = gen.fresh("_r"), gen.fresh("_g")
        if isinstance(pref.grade, ast.Scale):
            fn.line(f"{raw} = {gen.code(pref.grade.value)}", 2)
            fn.line(f"{graded} = {gen.graded(raw, pref.grade, False)}", 2)
        else:
            fn.line(f"{raw} = {gen.code(pref.grade)}", 2)
            fn.line(f"{graded} = 1.0 if {raw} else 0.0", 2)
        contributions.append(f"{pref.weight!r} * {graded}")
        graded_terms += [raw, graded]
    fn.line(f"_score = {' + '.join(contributions) or '0.0'}", 2)
    keys = "".join(f"{gen.code(k.expr)}, " for k in policy.tie_break)
    fn.line(f"rows.append((_score, {keys}s))", 2)
    if explain:
        fn.line(f"note((s, _score, ({''.join(g + ', ' for g in graded_terms)})))", 2)


def build_policy(
    policy: ast.Policy,
    guards: dict[tuple[str, str], frozenset[str]],
    schema: Schema,
    functions: FunctionRegistry,
    *,
    explain: bool,
    neighbours: bool,
) -> PolicyFunctions:
    """Generate, compile and load the functions of one checked policy.

    Args:
        policy: A policy that passed the checker.
        guards: From the checker: the requirements each requirement relies on.
        schema: The schema it was checked against.
        functions: The function registry it was checked against.
        explain: Also build the explaining variant of ``rank``.
        neighbours: Use the widened implementations (the ``neighbours`` fallback step).

    Returns:
        The loaded functions and their source (kept for debugging and tests).
    """
    namespace: dict[str, object] = {
        "_T": TermContribution,
        "_F": FailedRequirement,
    }
    parts: list[str] = []
    ids = count()

    def gen() -> ExprCode:
        return ExprCode(schema, functions, neighbours, namespace, ids=ids)

    applies = _Function(gen(), "def _applies(task):")
    applies.line(f"return {applies.gen.code(policy.applies) if policy.applies else 'True'}")
    parts.append(applies.source())

    rank = _Function(gen(), "def _rank(task, candidates):")
    rank.line("rows = []")
    _candidate_loop(rank, policy, explain=False)
    rank.line("return rows")
    parts.append(rank.source())

    if explain:
        explained = _Function(gen(), "def _explain(task, candidates):")
        explained.line("rows = []")
        explained.line("notes = []")
        explained.line("note = notes.append")
        _candidate_loop(explained, policy, explain=True)
        explained.line("return rows, notes")
        parts.append(explained.source())

    if explain:
        for index, req in enumerate(policy.requirements):
            reason = gen()
            reason.reuse_calls = False
            render = _Function(reason, f"def _reason{index}(task, s):")
            render.line(f"return {reason.reason(req)}")
            parts.append(render.source())
            values = gen()
            values.reuse_calls = False
            read = _Function(values, f"def _values{index}(task, s):")
            read.line(f"return {values.value_tuple(req.condition)}")
            parts.append(read.source())

    checker = gen()
    checker.reuse_calls = False
    check = _Function(checker, "def _check(task, s):")
    check.line("failed = []")
    for req in policy.requirements:
        needs = guards.get((policy.name, req.name), frozenset())
        guard = (
            f"not (failed and {checker.const(needs)} & {{f.name for f in failed}}) and "
            if needs
            else ""
        )
        check.line(f"if {guard}not {checker.code(req.condition)}:")
        check.line(
            f"failed.append(_F({req.name!r}, {checker.reason(req)}, "
            f"{checker.values(req.condition)}))",
            2,
        )
    check.line("return failed")
    parts.append(check.source())

    source = "\n".join(parts)
    # the source is generated from the checked AST; literals enter it only through repr()
    exec(compile(source, f"<policy {policy.name}>", "exec"), namespace)  # noqa: S102
    return PolicyFunctions(
        applies=namespace["_applies"],  # type: ignore[arg-type]
        rank=namespace["_rank"],  # type: ignore[arg-type]
        explain=namespace.get("_explain"),  # type: ignore[arg-type]
        check=namespace["_check"],  # type: ignore[arg-type]
        source=source,
        note_keys=tuple(
            (r.name, tuple(ast.unparse(leaf) for leaf in leaves(r.condition)))
            for r in policy.requirements
        ),
        reasons=tuple(
            namespace[f"_reason{i}"]  # type: ignore[misc]
            for i in range(len(policy.requirements))
            if explain
        ),
        values=tuple(
            namespace[f"_values{i}"]  # type: ignore[misc]
            for i in range(len(policy.requirements))
            if explain
        ),
        terms=tuple((p.name, p.weight) for p in policy.preferences),
    )
