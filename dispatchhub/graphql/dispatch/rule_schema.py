"""``ruleSchema``: what the DSL knows, for editor autocomplete and the reference."""

from __future__ import annotations

import strawberry

from dispatchhub.rules_dsl import DEFAULT_SCHEMA, FunctionRegistry
from dispatchhub.rules_dsl.types import BASE_UNITS, UNIT_FACTORS

__all__ = ["RuleSchema"]


@strawberry.type(description="A record field: `task.region`, `staff.rating` …")
class RuleField:
    path: str = strawberry.field(description="How a policy names it (e.g. `staff.rating`).")
    type: str = strawberry.field(
        description="Its DSL type (number, text, bool, distance, duration, list …)."
    )
    optional: bool = strawberry.field(
        description="May be missing: use `??` or `exists` before reading it."
    )
    doc: str = strawberry.field(description="What it holds.")
    choices: list[str] = strawberry.field(description="Known values of an enumerated string.")


@strawberry.type(description="A per-service-type lookup: `staff.skill(task.type)` …")
class RuleMethod:
    path: str = strawberry.field(description="How a policy calls it (e.g. `staff.skill`).")
    parameter: str = strawberry.field(description="What it takes (e.g. a service type code).")
    type: str = strawberry.field(description="The DSL type it returns.")
    optional: bool = strawberry.field(
        description="May be missing: use `??` or `exists` before reading it."
    )
    doc: str = strawberry.field(description="What it returns.")


@strawberry.type(description="One parameter of a DSL function.")
class RuleParam:
    name: str = strawberry.field(description="Its name.")
    type: str = strawberry.field(description="Its DSL type.")


@strawberry.type(description="A function policies may call, built in or from a plugin.")
class RuleFunction:
    name: str = strawberry.field(description="How a policy calls it (e.g. `distance`).")
    params: list[RuleParam] = strawberry.field(description="Its parameters, in order.")
    returns: str = strawberry.field(description="The DSL type it returns.")
    doc: str = strawberry.field(description="What it computes.")


@strawberry.type(description="A unit; values are converted to the base unit of their kind.")
class RuleUnit:
    name: str = strawberry.field(description="How a policy writes it (e.g. `km`, `min`).")
    kind: str = strawberry.field(description="distance or duration")
    base_unit: str = strawberry.field(description="The unit its values are converted to.")
    factor: float = strawberry.field(description="Base units per one of this unit.")


@strawberry.type(description="Fields, methods, functions and units the rules DSL knows.")
class RuleSchema:
    fields: list[RuleField] = strawberry.field(description="The `task.*` and `staff.*` fields.")
    methods: list[RuleMethod] = strawberry.field(description="The per-service-type lookups.")
    functions: list[RuleFunction] = strawberry.field(
        description="The functions, built in and from plugins."
    )
    units: list[RuleUnit] = strawberry.field(description="The units of distance and duration.")

    @classmethod
    def of(cls, functions: FunctionRegistry) -> RuleSchema:
        """The schema and this process's function registry (plugins included)."""
        return cls(
            fields=[
                RuleField(
                    path=f"{f.root}.{f.name}",
                    type=f.type.name,
                    optional=f.type.optional,
                    doc=f.doc,
                    choices=list(f.choices),
                )
                for f in DEFAULT_SCHEMA.fields.values()
            ],
            methods=[
                RuleMethod(
                    path=f"{m.root}.{m.name}",
                    parameter=m.param.name,
                    type=m.returns.name,
                    optional=m.returns.optional,
                    doc=m.doc,
                )
                for m in DEFAULT_SCHEMA.methods.values()
            ],
            functions=[
                RuleFunction(
                    name=f.name,
                    params=[RuleParam(name=p.name, type=p.type.name) for p in f.params],
                    returns=f.returns.name,
                    doc=f.doc,
                )
                for f in functions.values()
            ],
            units=[
                RuleUnit(name=unit, kind=kind, base_unit=BASE_UNITS[kind], factor=factor)
                for unit, (kind, factor) in UNIT_FACTORS.items()
            ],
        )
