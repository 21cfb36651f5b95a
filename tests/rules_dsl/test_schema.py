"""The schema and function registry as data (for the GraphQL ``ruleSchema`` query)."""

from __future__ import annotations

import re
from importlib import resources

from dispatchhub.rules_dsl import DEFAULT_FUNCTIONS, DEFAULT_SCHEMA


def _keywords() -> set[str]:
    grammar = resources.files("dispatchhub.rules_dsl").joinpath("grammar.lark").read_text()
    return set(re.findall(r'"([a-z_]+)"', grammar))


def test_no_field_or_function_name_is_a_keyword() -> None:
    names = {n for root in ("task", "staff") for n in DEFAULT_SCHEMA.names(root)}
    assert "policy" in _keywords() and "rating" in names
    assert not (names | set(DEFAULT_FUNCTIONS)) & _keywords()


def test_schema_and_functions_export_as_data() -> None:
    exported = DEFAULT_SCHEMA.to_dict()
    fields = {f["path"]: f for f in exported["fields"]}  # type: ignore[union-attr]
    assert fields["staff.rating"]["optional"] is True
    assert fields["task.urgency"]["choices"] == ["low", "normal", "urgent", "emergency"]
    methods = {m["path"]: m for m in exported["methods"]}  # type: ignore[union-attr]
    assert methods["staff.skill"]["key"] == "skills"
    functions = {f["name"]: f for f in DEFAULT_FUNCTIONS.to_dict()}
    assert functions["distance"]["returns"] == "distance"
    assert "neighbour_regions" not in DEFAULT_SCHEMA.required_fields("staff")
    assert "skills" in DEFAULT_SCHEMA.required_fields("staff")
