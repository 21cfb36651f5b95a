"""What a compiled policy's requirements say about where eligible staff can be.

Searching stops at a policy's distance limit and skips staff of regions it cannot admit; both
are read off the requirements' syntax, so no staff record is needed to know them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from functools import lru_cache
from typing import Any

from dispatchhub.rules_dsl import CompiledPolicy, NeighboursStep, ast
from dispatchhub.rules_dsl.functions import same_region

__all__ = [
    "allowed_regions",
    "allows_neighbours",
    "distance_limit_km",
    "for_region_load",
    "widened",
]

Record = Mapping[str, Any]


def _conjuncts(expr: ast.Expr) -> Iterator[ast.Expr]:
    """The parts of ``a and b and …`` (the expression itself when it is no ``and``)."""
    if isinstance(expr, ast.Binary) and expr.op == "and":
        yield from _conjuncts(expr.left)
        yield from _conjuncts(expr.right)
    else:
        yield expr


def _distance_cap(expr: ast.Expr) -> float | None:
    """The bound of ``distance(staff, task) <= literal`` (either way round), else None."""
    if not isinstance(expr, ast.Binary) or expr.op not in ("<", "<=", ">", ">="):
        return None
    call, bound = (expr.left, expr.right) if expr.op in ("<", "<=") else (expr.right, expr.left)
    if (
        isinstance(call, ast.Call)
        and call.name == "distance"
        and isinstance(bound, ast.Quantity | ast.Number)
    ):
        return bound.value
    return None


@lru_cache(maxsize=1024)
def distance_limit_km(policy: CompiledPolicy) -> float | None:
    """The distance beyond which ``policy`` admits nobody, from its ``require`` clauses.

    Only comparisons of ``distance(staff, task)`` with a literal at the top of a requirement
    (or of its ``and`` chain) count. A maps plugin's road distance is never shorter than the
    great-circle one, so the limit stays safe when such a plugin replaces ``distance``.
    """
    caps = [
        cap
        for requirement in policy.ast.requirements
        for part in _conjuncts(requirement.condition)
        if (cap := _distance_cap(part)) is not None
    ]
    return min(caps) if caps else None


@lru_cache(maxsize=1024)
def _needs_same_region(policy: CompiledPolicy) -> bool:
    function = policy.context.functions.get("same_region")
    # a plugin may redefine same_region; only the built-in meaning can be relied on
    if function is None or function.impl is not same_region:
        return False
    return any(
        isinstance(part, ast.Call) and part.name == "same_region"
        for requirement in policy.ast.requirements
        for part in _conjuncts(requirement.condition)
    )


def allowed_regions(policy: CompiledPolicy, task: Record) -> frozenset[str] | None:
    """The home regions of staff that ``policy`` can admit for ``task``; None when any.

    Known when a requirement is ``same_region(staff, task)`` (alone or in an ``and`` chain):
    the task's region, and its neighbours once the ``neighbours`` step is taken.
    """
    if not _needs_same_region(policy):
        return None
    regions = {str(task["region"])}
    if policy.neighbours:
        regions.update(str(r) for r in task["neighbour_regions"])
    return frozenset(regions)


@lru_cache(maxsize=1024)
def widened(policy: CompiledPolicy) -> CompiledPolicy:
    """``policy`` after its ``neighbours`` step, compiled once (compiling takes ~0.5 ms)."""
    return policy.with_neighbours()


def allows_neighbours(policy: CompiledPolicy) -> bool:
    """Whether the policy's fallback ladder lets it take staff from neighbouring regions."""
    return any(isinstance(step, NeighboursStep) for step in policy.fallback)


def for_region_load(
    policy: CompiledPolicy, task: Record, overloaded_regions: Collection[str]
) -> tuple[CompiledPolicy, bool]:
    """The policy to judge ``task`` by, given which regions are short of staff.

    Returns:
        ``policy`` after its ``neighbours`` step and True when the task's region is
        overloaded and the policy's ladder has that step; else ``policy`` and False.
    """
    if task["region"] in overloaded_regions and not policy.neighbours and allows_neighbours(policy):
        return widened(policy), True
    return policy, False
