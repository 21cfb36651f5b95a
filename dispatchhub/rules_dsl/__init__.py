"""The rules DSL: policies admins write, checked, compiled to Python and explained.

Pipeline: :func:`parse` → :func:`check` → :func:`compile_source` → ``CompiledPolicySet.select``
→ ``CompiledPolicy.evaluate``. See ``docs/dsl.md`` for the language.
"""

from __future__ import annotations

from dispatchhub.rules_dsl.ast import PolicySet
from dispatchhub.rules_dsl.checker import check
from dispatchhub.rules_dsl.compiler import CompiledPolicySet, compile_source, content_hash, validate
from dispatchhub.rules_dsl.errors import Diagnostic, PolicyError, PolicyRuntimeError, Span
from dispatchhub.rules_dsl.examples import ExampleResult, run_examples
from dispatchhub.rules_dsl.explain import CandidateExplanation, FailedRequirement, TermContribution
from dispatchhub.rules_dsl.functions import (
    DEFAULT_FUNCTIONS,
    FunctionRegistry,
    Param,
    RuleFunction,
)
from dispatchhub.rules_dsl.ladders import (
    BroadcastStep,
    DropStep,
    EscalateStep,
    FallbackStep,
    ModeStep,
    NeighboursStep,
    PoolStep,
    PushStep,
    RelaxStep,
    RequireStep,
)
from dispatchhub.rules_dsl.parser import parse
from dispatchhub.rules_dsl.runtime import CompiledPolicy, Decision, RankedCandidate
from dispatchhub.rules_dsl.schema import DEFAULT_SCHEMA, FieldSpec, MethodSpec, Schema
from dispatchhub.rules_dsl.types import Type

__all__ = [
    "DEFAULT_FUNCTIONS",
    "DEFAULT_SCHEMA",
    "BroadcastStep",
    "CandidateExplanation",
    "CompiledPolicy",
    "CompiledPolicySet",
    "Decision",
    "Diagnostic",
    "DropStep",
    "EscalateStep",
    "ExampleResult",
    "FailedRequirement",
    "FallbackStep",
    "FieldSpec",
    "FunctionRegistry",
    "MethodSpec",
    "ModeStep",
    "NeighboursStep",
    "Param",
    "PolicyError",
    "PolicyRuntimeError",
    "PolicySet",
    "PoolStep",
    "PushStep",
    "RankedCandidate",
    "RelaxStep",
    "RequireStep",
    "RuleFunction",
    "Schema",
    "Span",
    "TermContribution",
    "Type",
    "check",
    "compile_source",
    "content_hash",
    "parse",
    "run_examples",
    "validate",
]
