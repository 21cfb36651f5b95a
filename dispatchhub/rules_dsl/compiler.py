"""Compile policy source into a :class:`CompiledPolicySet` (parse → check → generate)."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

from dispatchhub.rules_dsl.checker import analyse
from dispatchhub.rules_dsl.errors import Diagnostic, PolicyError, Span
from dispatchhub.rules_dsl.functions import DEFAULT_FUNCTIONS, FunctionRegistry
from dispatchhub.rules_dsl.parser import parse
from dispatchhub.rules_dsl.runtime import BuildContext, CompiledPolicy
from dispatchhub.rules_dsl.schema import DEFAULT_SCHEMA, Schema


def normalise(source: str) -> str:
    """The canonical form hashed for versions: NFC, ``\\n`` line ends, no trailing blanks."""
    text = unicodedata.normalize("NFC", source).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"


def content_hash(source: str) -> str:
    """sha256 (hex) of the normalised source: the identity of a policy version."""
    return hashlib.sha256(normalise(source).encode("utf-8")).hexdigest()


class CompiledPolicySet:
    """All policies of one source, ready for the dispatch engine.

    ``policies`` is in selection order: priority high to low, then source order; the default
    policy is kept apart in ``default``.
    """

    def __init__(
        self, policies: list[CompiledPolicy], warnings: list[Diagnostic], source: str
    ) -> None:
        ordered = sorted(enumerate(policies), key=lambda ip: (-ip[1].priority, ip[0]))
        self.policies: tuple[CompiledPolicy, ...] = tuple(p for _, p in ordered if not p.is_default)
        self.default: CompiledPolicy | None = next((p for p in policies if p.is_default), None)
        self.warnings: tuple[Diagnostic, ...] = tuple(warnings)
        self.source = source
        self.content_hash = content_hash(source)
        self._by_name = {p.name: p for p in policies}

    def select(self, task: Mapping[str, Any]) -> CompiledPolicy | None:
        """The first policy (by priority) whose ``applies when`` holds, else the default."""
        for policy in self.policies:
            if policy.applies(task):
                return policy
        return self.default

    def __getitem__(self, name: str) -> CompiledPolicy:
        return self._by_name[name]

    def __iter__(self) -> Iterator[CompiledPolicy]:
        yield from self.policies
        if self.default is not None:
            yield self.default

    def __len__(self) -> int:
        return len(self._by_name)


def _diagnose(
    source: str, schema: Schema, functions: FunctionRegistry
) -> tuple[list[Diagnostic], Any]:
    try:
        policy_set = parse(source)
        analysis = analyse(policy_set, schema, functions)
    except PolicyError as error:
        return list(error.diagnostics), None
    except RecursionError:
        # the line filter caps nesting, so this takes pathological input; report, never crash
        span = Span(1, 1, 1, 2)
        return [Diagnostic.at(span, "TOO_COMPLEX", "the policy text is nested too deeply")], None
    return analysis.diagnostics, (policy_set, analysis)


def validate(
    source: str,
    *,
    functions: FunctionRegistry | None = None,
    schema: Schema = DEFAULT_SCHEMA,
) -> list[Diagnostic]:
    """All errors and warnings for ``source``; never raises for bad text.

    Args:
        source: Policy text.
        functions: The function registry (defaults to the built-in functions).
        schema: The field schema.

    Returns:
        Diagnostics sorted by position (empty when the source is clean).
    """
    return _diagnose(source, schema, functions or DEFAULT_FUNCTIONS)[0]


def compile_source(
    source: str,
    *,
    functions: FunctionRegistry | None = None,
    explain: bool = False,
    schema: Schema = DEFAULT_SCHEMA,
) -> CompiledPolicySet:
    """Parse, check and compile policy source.

    Args:
        source: Policy text.
        functions: The function registry, including plugin functions.
        explain: Build the explaining variant (per-candidate explanations in decisions).
        schema: The field schema.

    Returns:
        The compiled set; warnings are on ``.warnings``.

    Raises:
        PolicyError: With every diagnostic, when there is at least one error.
    """
    registry = functions or DEFAULT_FUNCTIONS
    diagnostics, checked = _diagnose(source, schema, registry)
    if checked is None or any(d.is_error for d in diagnostics):
        raise PolicyError(diagnostics)
    policy_set, analysis = checked
    context = BuildContext(schema, registry, analysis.guards, explain)
    compiled = [CompiledPolicy(p, context) for p in policy_set.policies]
    return CompiledPolicySet(compiled, diagnostics, source)
