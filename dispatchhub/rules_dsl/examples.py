"""Run the examples written inside policies (``given task {…} staff {…} expect …``).

Used by ``dispatchhub policy test`` and on save: a policy version whose examples fail can be
reported before it is published.
"""

from __future__ import annotations

from dataclasses import dataclass

from dispatchhub.rules_dsl.compiler import CompiledPolicySet
from dispatchhub.rules_dsl.errors import PolicyRuntimeError


@dataclass(frozen=True, slots=True)
class ExampleResult:
    """The outcome of one in-policy example."""

    policy: str
    name: str
    line: int
    passed: bool
    message: str


def run_examples(compiled: CompiledPolicySet) -> list[ExampleResult]:
    """Evaluate every example of every policy in ``compiled``.

    Args:
        compiled: A compiled policy set (the plain or the explaining build).

    Returns:
        One result per example, in source order per policy.
    """
    results: list[ExampleResult] = []
    for policy in compiled:
        for example in policy.ast.examples:
            task = {f.key: f.value for f in example.task}
            staff = {f.key: f.value for f in example.staff}
            staff.setdefault("id", "example")
            try:
                failed = policy.check_requirements(task, staff)
            except PolicyRuntimeError as error:
                results.append(
                    ExampleResult(policy.name, example.name, example.pos.line, False, str(error))
                )
                continue
            first = failed[0] if failed else None
            if example.expect_eligible:
                passed = first is None
                message = "eligible" if passed else f"ineligible: {first.name} ({first.reason})"  # type: ignore[union-attr]
            else:
                wanted = example.expect_requirement
                passed = first is not None and (wanted is None or first.name == wanted)
                if first is None:
                    message = "eligible, but the example expects ineligible"
                else:
                    message = f"ineligible: {first.name} ({first.reason})"
                    if not passed:
                        message += f", but the example expects {wanted}"
            results.append(
                ExampleResult(policy.name, example.name, example.pos.line, passed, message)
            )
    return results
