"""Compiled policies as the dispatch engine uses them: select, evaluate, explain, fall back."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from operator import itemgetter
from typing import Any, TypeVar

from dispatchhub.rules_dsl import ast
from dispatchhub.rules_dsl.build import PolicyFunctions, build_policy
from dispatchhub.rules_dsl.checker import relax_target
from dispatchhub.rules_dsl.errors import PolicyRuntimeError
from dispatchhub.rules_dsl.explain import (
    CandidateExplanation,
    FailedRequirement,
    TermContribution,
)
from dispatchhub.rules_dsl.functions import FunctionRegistry
from dispatchhub.rules_dsl.ladders import (
    DropStep,
    EscalateStep,
    FallbackStep,
    ModeStep,
    NeighboursStep,
    RelaxStep,
    RequireStep,
)
from dispatchhub.rules_dsl.schema import Schema

Record = Mapping[str, Any]
_T = TypeVar("_T")
_RECORD_ERRORS = (KeyError, TypeError, ZeroDivisionError, AttributeError)


@dataclass(frozen=True, slots=True)
class RankedCandidate:
    """An eligible candidate with its score; ``Decision.ranked`` is best first."""

    staff_id: str
    score: float
    staff: Record


@dataclass(frozen=True)
class Decision:
    """The outcome of evaluating one policy over a candidate set.

    ``explanations`` (explaining build only) has one entry per candidate, in input order.
    Evaluation records a compact note per candidate (the staff record and which requirement
    failed, or the score with each term's raw and graded value); the explanation objects,
    reasons and values read are built from the notes on first access (the policy's functions
    are pure, so they read what evaluation read), keeping the explaining build cheap.
    """

    policy: str
    ranked: list[RankedCandidate]
    notes: list[tuple[Any, ...]] | None = None
    functions: PolicyFunctions | None = None

    @cached_property
    def explanations(self) -> list[CandidateExplanation] | None:
        """Why each candidate is (in)eligible; ``None`` for the plain build."""
        if self.notes is None:
            return None
        assert self.functions is not None
        return [_explanation(self.functions, note) for note in self.notes]

    @property
    def best(self) -> RankedCandidate | None:
        """The top-ranked candidate, or ``None`` when nobody qualified."""
        return self.ranked[0] if self.ranked else None


def _explanation(functions: PolicyFunctions, note: tuple[Any, ...]) -> CandidateExplanation:
    staff, second, third = note
    if isinstance(third, tuple):
        # eligible: (staff, score, (raw, graded, raw, graded, …))
        pairs = zip(third[::2], third[1::2], strict=True)
        terms = [
            TermContribution(name, weight, raw, graded, weight * graded)
            for (name, weight), (raw, graded) in zip(functions.terms, pairs, strict=True)
        ]
        return CandidateExplanation(staff["id"], True, None, None, {}, second, terms)
    # ineligible: (staff, index of the failed requirement, task)
    name, keys = functions.note_keys[second]
    values = functions.values[second](third, staff)
    return CandidateExplanation(
        staff["id"],
        False,
        name,
        functions.reasons[second](third, staff),
        dict(zip(keys, values, strict=True)),
    )


@dataclass(frozen=True, slots=True)
class BuildContext:
    """What a policy was checked and compiled against, kept to rebuild relaxed variants."""

    schema: Schema
    functions: FunctionRegistry
    guards: dict[tuple[str, str], frozenset[str]]
    explain: bool


def order(rows: list[tuple[Any, ...]], descending: Sequence[bool]) -> list[tuple[Any, ...]]:
    """Sort ``(score, *tie_keys, staff)`` rows: score high first, then tie keys, then staff id."""
    rows.sort(key=lambda row: row[-1]["id"])
    for index in range(len(descending), 0, -1):
        rows.sort(key=itemgetter(index), reverse=descending[index - 1])
    rows.sort(key=itemgetter(0), reverse=True)
    return rows


class CompiledPolicy:
    """One compiled policy; immutable, safe to share between threads."""

    def __init__(self, policy: ast.Policy, context: BuildContext, neighbours: bool = False) -> None:
        self.ast = policy
        self.context = context
        self.neighbours = neighbours
        self.functions: PolicyFunctions = build_policy(
            policy,
            context.guards,
            context.schema,
            context.functions,
            explain=context.explain,
            neighbours=neighbours,
        )
        self._descending = tuple(k.descending for k in policy.tie_break)

    @property
    def name(self) -> str:
        """The policy name."""
        return self.ast.name

    @property
    def priority(self) -> float:
        """Higher priorities are tried first."""
        return self.ast.priority

    @property
    def is_default(self) -> bool:
        """Whether this is the catch-all ``default policy``."""
        return self.ast.is_default

    @property
    def requirement_names(self) -> list[str]:
        """Names of the ``require`` clauses, in evaluation order."""
        return [r.name for r in self.ast.requirements]

    @property
    def mode(self) -> tuple[ModeStep, ...]:
        """The dispatch-mode ladder (push → broadcast → pool), as written."""
        return tuple(step.step for step in self.ast.mode)  # type: ignore[misc]

    @property
    def fallback(self) -> tuple[FallbackStep, ...]:
        """The ladder to climb when nobody qualifies, as written."""
        return tuple(step.step for step in self.ast.fallback)  # type: ignore[misc]

    def _guarded(self, run: Callable[[], _T]) -> _T:
        try:
            return run()
        except _RECORD_ERRORS as error:
            raise PolicyRuntimeError(
                f"policy {self.name}: a task or staff record is incomplete or malformed "
                f"({type(error).__name__}: {error})"
            ) from error

    def applies(self, task: Record) -> bool:
        """Whether this policy's ``applies when`` holds for ``task``."""
        return self._guarded(lambda: self.functions.applies(task))

    def evaluate(self, task: Record, candidates: Sequence[Record]) -> Decision:
        """Filter, score and rank ``candidates`` for ``task``.

        Args:
            task: The task record.
            candidates: Staff records (plain dicts keyed by schema field names).

        Returns:
            The decision; with explanations when compiled with ``explain=True``.

        Raises:
            PolicyRuntimeError: A record lacks a required field or holds a wrong type.
        """
        rows, notes = self.score(task, candidates)
        return Decision(self.name, self.ranked(rows), notes, self.functions)

    def score(
        self, task: Record, candidates: Sequence[Record]
    ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]] | None]:
        """The eligible candidates' ``(score, *tie keys, staff)`` rows, in no order, and the
        explaining build's notes (None for the plain build).

        A row depends on its own candidate only, so the rows of several calls (a search that
        judges staff batch by batch) rank together with :meth:`ranked`, as one
        :meth:`evaluate` over all of them would.
        """
        if self.functions.explain is not None:
            explain = self.functions.explain
            return self._guarded(lambda: explain(task, candidates))
        return self._guarded(lambda: self.functions.rank(task, candidates)), None

    def ranked(self, rows: list[tuple[Any, ...]]) -> list[RankedCandidate]:
        """Rows from :meth:`score`, best first (sorts ``rows`` in place)."""
        return [RankedCandidate(r[-1]["id"], r[0], r[-1]) for r in order(rows, self._descending)]

    def explained(self, notes: list[tuple[Any, ...]] | None) -> list[CandidateExplanation]:
        """The explanations of :meth:`score`'s notes (empty for the plain build)."""
        return Decision(self.name, [], notes, self.functions).explanations or []

    def check_requirements(self, task: Record, staff: Record) -> list[FailedRequirement]:
        """Every requirement ``staff`` fails for ``task`` (empty when eligible), e.g. for a grab.

        A requirement that relies on an earlier failed ``exists`` test is not reported.
        """
        return self._guarded(lambda: self.functions.check(task, staff))

    def relaxed(self, requirement: str, value: float | None = None) -> CompiledPolicy:
        """This policy with ``requirement``'s threshold replaced.

        Args:
            requirement: The name of a relaxable requirement (``expr <op> literal``).
            value: The new threshold in base units (km, min); by default the value of the
                first ``relax`` step for that requirement in the fallback ladder.

        Raises:
            KeyError: No such requirement, not relaxable, or no value known.
        """
        if value is None:
            steps = [
                s
                for s in self.fallback
                if isinstance(s, RelaxStep) and s.requirement == requirement
            ]
            if not steps:
                raise KeyError(f"no relax step for {requirement} in policy {self.name}")
            value = steps[0].value
        reqs = list(self.ast.requirements)
        index = next((i for i, r in enumerate(reqs) if r.name == requirement), None)
        target = relax_target(reqs[index].condition) if index is not None else None
        if index is None or target is None or not isinstance(reqs[index].condition, ast.Binary):
            raise KeyError(f"{requirement} is not a relaxable requirement of policy {self.name}")
        new_literal: ast.Expr = (
            ast.Number(value, target.pos)
            if isinstance(target, ast.Number)
            else replace(target, value=value)
            if isinstance(target, ast.Quantity)
            else ast.TimeOfDay(int(value), target.pos)
        )
        condition = reqs[index].condition
        assert isinstance(condition, ast.Binary)
        relaxed = (
            replace(condition, right=new_literal)
            if condition.right is target
            else replace(condition, left=new_literal)
        )
        reqs[index] = replace(reqs[index], condition=relaxed)
        return CompiledPolicy(
            replace(self.ast, requirements=tuple(reqs)), self.context, self.neighbours
        )

    def with_requirements(self, step: DropStep | RequireStep) -> CompiledPolicy:
        """This policy without the requirement a ``drop`` step names, or with the one a
        ``require`` step adds (in place of the requirement of the same name, if any) or a
        ``replace`` step puts in place of the one it names."""
        reqs = list(self.ast.requirements)
        if isinstance(step, DropStep):
            reqs = [r for r in reqs if r.name != step.requirement]
        else:
            target = step.replaces or step.name
            index = next((i for i, r in enumerate(reqs) if r.name == target), None)
            if index is None:
                reqs.append(step.requirement)
            else:
                reqs[index] = step.requirement
        return CompiledPolicy(
            replace(self.ast, requirements=tuple(reqs)), self.context, self.neighbours
        )

    def with_neighbours(self) -> CompiledPolicy:
        """This policy with ``same_region(staff, task)`` also accepting neighbouring regions."""
        return CompiledPolicy(self.ast, self.context, neighbours=True)

    def apply(self, step: FallbackStep) -> CompiledPolicy | None:
        """Apply one fallback step; ``None`` for ``escalate`` (hand over to a human queue)."""
        if isinstance(step, RelaxStep):
            return self.relaxed(step.requirement, step.value)
        if isinstance(step, NeighboursStep):
            return self.with_neighbours()
        if isinstance(step, DropStep | RequireStep):
            return self.with_requirements(step)
        assert isinstance(step, EscalateStep)
        return None

    def __repr__(self) -> str:
        return f"<CompiledPolicy {self.name} priority={self.priority:g}>"
