"""The most a staff member farther than some distance can score, from a policy's own terms.

The live search judges staff nearest first. Once everyone closer than ``d`` km has been
judged, every staff member not yet judged is at least ``d`` km away; if none of them can score
as much as the best found so far, the search may stop and its answer is the full scan's. The
bound is read off the compiled policy's ``prefer`` clauses:

- ``scale(distance(staff, task), best b, worst w)`` with literal ``b < w`` grades
  ``(w - d) / (w - b)``, clamped to 0..1: it shrinks as the distance grows, so at ``d`` or
  farther it is at most its value at ``d``;
- ``distance(staff, task) <= x`` (or ``<``) as a yes/no term is 0 past ``x``;
- every other term can give at most its weight (grades are 0..1, weights are not negative).

A maps plugin's road distance is never shorter than the great-circle one, so the bound stays
safe when such a plugin replaces ``distance``: terms shrink with distance either way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from dispatchhub.rules_dsl import CompiledPolicy, ast

__all__ = ["ScoreBound", "score_bound"]

# Scores are sums of a few products: their rounding error is far below this.
_EPSILON = 1e-9


def _is_distance(expr: ast.Expr) -> bool:
    return (
        isinstance(expr, ast.Call)
        and expr.name == "distance"
        and {type(a) for a in expr.args} == {ast.Record}
        and {a.root for a in expr.args if isinstance(a, ast.Record)} == {"staff", "task"}
    )


def _literal(expr: ast.Expr) -> float | None:
    return expr.value if isinstance(expr, ast.Number | ast.Quantity) else None


@dataclass(frozen=True, slots=True)
class _Shrinking:
    """``weight × clamp((worst - d) / (worst - best))`` with ``best < worst``."""

    weight: float
    best: float
    worst: float

    def at(self, km: float) -> float:
        graded = (self.worst - km) / (self.worst - self.best)
        return self.weight * min(1.0, max(0.0, graded))


@dataclass(frozen=True, slots=True)
class _Within:
    """``weight`` while ``d <= limit`` (``d < limit`` when ``strict``), else 0."""

    weight: float
    limit: float
    strict: bool

    def at(self, km: float) -> float:
        inside = km < self.limit if self.strict else km <= self.limit
        return self.weight if inside else 0.0


def _distance_term(pref: ast.Preference) -> _Shrinking | _Within | None:
    grade = pref.grade
    if isinstance(grade, ast.Scale) and _is_distance(grade.value):
        best, worst = _literal(grade.best), _literal(grade.worst)
        if best is not None and worst is not None and best < worst:
            return _Shrinking(pref.weight, best, worst)
        return None
    if isinstance(grade, ast.Binary) and grade.op in ("<", "<=", ">", ">="):
        flipped = grade.op in (">", ">=")
        call, bound = (grade.right, grade.left) if flipped else (grade.left, grade.right)
        limit = _literal(bound)
        if _is_distance(call) and limit is not None:
            return _Within(pref.weight, limit, grade.op in ("<", ">"))
    return None


@dataclass(frozen=True, slots=True)
class ScoreBound:
    """An upper bound on the score of any staff member at least some distance away.

    Attributes:
        fixed: The most the terms that do not shrink with distance can add up to.
        shrinking: The terms that shrink with distance.
    """

    fixed: float
    shrinking: tuple[_Shrinking | _Within, ...]

    @property
    def depends_on_distance(self) -> bool:
        """Whether the bound falls at all as the distance grows."""
        return bool(self.shrinking)

    def at(self, km: float) -> float:
        """The most a staff member ``km`` or more away can score (with float slack)."""
        total = self.fixed + sum(term.at(km) for term in self.shrinking)
        return total + _EPSILON * max(1.0, abs(total))

    def points_per_km(self) -> float:
        """How many points a kilometre is worth on the linear distance terms (their slope
        between best and worst; 0 when the score does not depend on distance linearly)."""
        return sum(
            t.weight / (t.worst - t.best) for t in self.shrinking if isinstance(t, _Shrinking)
        )

    def horizon_km(self, score: float) -> float:
        """A distance at and past which nobody can reach ``score`` (``beaten_by`` holds);
        ``inf`` when there is none (the score does not fall that low with distance)."""
        marks = [t.worst if isinstance(t, _Shrinking) else t.limit for t in self.shrinking]
        if not marks:
            return math.inf
        # past every mark the distance terms give nothing (a strict limit: at it already)
        far = max(marks) * (1 + 1e-9) + 1e-9
        if not self.beaten_by(score, far):
            return math.inf
        near = 0.0
        if self.beaten_by(score, near):
            return near
        for _ in range(60):  # the bound falls with distance: bisect to a few nanometres
            middle = (near + far) / 2
            if self.beaten_by(score, middle):
                far = middle
            else:
                near = middle
            if far - near < 1e-9:
                break
        return far

    def beaten_by(self, score: float, km: float) -> bool:
        """Whether ``score`` is strictly higher than anyone ``km`` or more away can score,
        so that nobody there can beat it or tie with it."""
        return score > self.at(km)


@lru_cache(maxsize=1024)
def score_bound(policy: CompiledPolicy) -> ScoreBound:
    """The distance bound of ``policy``'s score (see the module text)."""
    fixed = 0.0
    shrinking: list[_Shrinking | _Within] = []
    for pref in policy.ast.preferences:
        term = _distance_term(pref)
        if term is not None:
            shrinking.append(term)
        else:
            fixed += max(pref.weight, 0.0)
    return ScoreBound(fixed, tuple(shrinking))
