"""What changed between two versions: the unified diff of the text, and which policies,
requirements and preferences changed in meaning (positions and layout do not count)."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from uuid import UUID

from dispatchhub.dispatch.policy_queries import get_version
from dispatchhub.rules_dsl import PolicyError, RequireStep, parse
from dispatchhub.rules_dsl import ast as dsl

__all__ = ["ClauseChanges", "PolicyChange", "PolicyDiff", "diff_sources", "diff_versions"]


@dataclass(frozen=True, slots=True)
class ClauseChanges:
    """Named clauses (requirements or preferences) added, removed or changed, by name."""

    added: list[str]
    removed: list[str]
    changed: list[str]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass(frozen=True, slots=True)
class PolicyChange:
    """How one policy of the set changed.

    ``change`` is ADDED, REMOVED or CHANGED; ``clauses`` names the other clauses that
    changed: ``priority``, ``default``, ``applies``, ``tie break``, ``mode``, ``if none``,
    ``examples``.
    """

    policy: str
    change: str
    requirements: ClauseChanges
    preferences: ClauseChanges
    clauses: list[str]


@dataclass(frozen=True, slots=True)
class PolicyDiff:
    """The difference from one text to another.

    ``comparable`` is False when one text no longer parses (the grammar moved on); the
    unified diff is still there, ``changes`` is then empty.
    """

    unified: str
    changes: list[PolicyChange]
    comparable: bool


def _template(template: dsl.Template | None) -> str:
    if template is None:
        return ""
    return "".join(p if isinstance(p, str) else "{" + dsl.unparse(p) + "}" for p in template.parts)


def _requirements(policy: dsl.Policy) -> dict[str, str]:
    return {
        r.name: f"{dsl.unparse(r.condition)} reason {_template(r.reason)!r}"
        for r in policy.requirements
    }


def _preferences(policy: dsl.Policy) -> dict[str, str]:
    return {p.name: f"weight {p.weight!r}: {dsl.unparse(p.grade)}" for p in policy.preferences}


def _step(step: object) -> object:
    """A fallback step as compared: a ``require`` step by its text, not its position."""
    if isinstance(step, RequireStep):
        r = step.requirement
        text = f"{r.name} : {dsl.unparse(r.condition)} reason {_template(r.reason)!r}"
        return f"replace {step.replaces} with {text}" if step.replaces else f"require {text}"
    return step


def _clauses(policy: dsl.Policy) -> dict[str, object]:
    return {
        "priority": policy.priority,
        "default": policy.is_default,
        "applies": dsl.unparse(policy.applies) if policy.applies is not None else None,
        "tie break": [(dsl.unparse(k.expr), k.descending) for k in policy.tie_break],
        "mode": [s.step for s in policy.mode],
        "if none": [_step(s.step) for s in policy.fallback],
        "examples": [
            (
                e.name,
                [(f.key, f.value) for f in e.task],
                [(f.key, f.value) for f in e.staff],
                e.expect_eligible,
                e.expect_requirement,
            )
            for e in policy.examples
        ],
    }


def _compare(old: Mapping[str, object], new: Mapping[str, object]) -> ClauseChanges:
    return ClauseChanges(
        added=[k for k in new if k not in old],
        removed=[k for k in old if k not in new],
        changed=[k for k in new if k in old and old[k] != new[k]],
    )


def _policy_change(old: dsl.Policy | None, new: dsl.Policy | None) -> PolicyChange | None:
    empty = ClauseChanges([], [], [])
    if new is None:
        assert old is not None
        gone = ClauseChanges([], list(_requirements(old)), [])
        return PolicyChange(
            old.name, "REMOVED", gone, ClauseChanges([], list(_preferences(old)), []), []
        )
    if old is None:
        added = ClauseChanges(list(_requirements(new)), [], [])
        return PolicyChange(
            new.name, "ADDED", added, ClauseChanges(list(_preferences(new)), [], []), []
        )
    requirements = _compare(_requirements(old), _requirements(new))
    preferences = _compare(_preferences(old), _preferences(new))
    before, after = _clauses(old), _clauses(new)
    clauses = [k for k in after if before[k] != after[k]]
    if requirements or preferences or clauses:
        return PolicyChange(new.name, "CHANGED", requirements or empty, preferences, clauses)
    return None


def diff_sources(old: str, new: str, old_label: str = "old", new_label: str = "new") -> PolicyDiff:
    """Compare two policy texts.

    Args:
        old: The earlier text.
        new: The later text.
        old_label: How the unified diff names the earlier text (e.g. ``v3``).
        new_label: How it names the later one.
    """
    unified = "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=old_label,
            tofile=new_label,
        )
    )
    try:
        before = {p.name: p for p in parse(old).policies}
        after = {p.name: p for p in parse(new).policies}
    except (PolicyError, RecursionError):
        return PolicyDiff(unified, [], False)
    changes = [
        change
        for name in [*after, *(n for n in before if n not in after)]
        if (change := _policy_change(before.get(name), after.get(name))) is not None
    ]
    return PolicyDiff(unified, changes, True)


async def diff_versions(policy_id: UUID, from_version: int, to_version: int) -> PolicyDiff:
    """The difference between two stored versions of one policy.

    Raises:
        DomainError: ``POLICY_NOT_FOUND``, ``VERSION_NOT_FOUND``.
    """
    old = await get_version(policy_id, from_version)
    new = await get_version(policy_id, to_version)
    return diff_sources(old.source, new.source, f"v{from_version}", f"v{to_version}")
