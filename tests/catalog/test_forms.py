"""Form schemas an admin may write, and customers' answers checked against them."""

from __future__ import annotations

import time
from typing import Any

import pytest

from dispatchhub.catalog.checks import Problems
from dispatchhub.catalog.forms import check_form_schema
from dispatchhub.catalog.service import validate_form
from dispatchhub.demo.data_catalog import SERVICE_TYPES

HVAC = next(s for s in SERVICE_TYPES if s["code"] == "hvac")


def check(schema: object) -> tuple[dict[str, Any] | None, list[tuple[str, str]]]:
    problems = Problems()
    stored = check_form_schema(schema, problems)
    return stored, [(e.field or "", e.code.name) for e in problems.errors]


@pytest.mark.parametrize("spec", SERVICE_TYPES, ids=lambda s: s["code"])
def test_every_demo_form_is_accepted(spec: dict[str, Any]) -> None:
    assert check(spec["form_schema"]) == (spec["form_schema"], [])


def test_no_form_at_all_is_accepted() -> None:
    assert check({}) == ({}, [])


def form(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        (
            form(brand={"type": "strin"}),
            ("formSchema.properties.brand.type", "FORM_SCHEMA_INVALID"),
        ),
        (
            form(brand={"title": "品牌"}),
            ("formSchema.properties.brand.type", "FORM_SCHEMA_UNSUPPORTED"),
        ),
        (
            form(brand={"type": "object"}),
            ("formSchema.properties.brand.type", "FORM_SCHEMA_UNSUPPORTED"),
        ),
        (
            form(brand={"$ref": "https://evil.example/schema.json"}),
            ("formSchema.properties.brand.type", "FORM_SCHEMA_UNSUPPORTED"),
        ),
        (
            form(brand={"type": "string", "$ref": "#/$defs/x"}),
            ("formSchema.properties.brand.$ref", "FORM_SCHEMA_UNSUPPORTED"),
        ),
        ({**form(), "$id": "https://evil.example/"}, ("formSchema.$id", "FORM_SCHEMA_UNSUPPORTED")),
        (
            {"type": "array", "items": {"type": "string"}},
            ("formSchema.type", "FORM_SCHEMA_UNSUPPORTED"),
        ),
        (
            {**form(), "$schema": "http://json-schema.org/draft-04/schema#"},
            ("formSchema.$schema", "FORM_SCHEMA_UNSUPPORTED"),
        ),
        (
            {**form(a={"type": "string"}), "required": ["b"]},
            ("formSchema.required.0", "FORM_FIELD_UNKNOWN"),
        ),
        (
            form(**{"品牌": {"type": "string"}}),
            ("formSchema.properties.品牌", "FORM_SCHEMA_UNSUPPORTED"),
        ),
        (
            form(n={"type": "integer", "enum": [1, "two"]}),
            ("formSchema.properties.n.enum.1", "FORM_SCHEMA_INVALID"),
        ),
        (
            form(n={"type": "integer", "minimum": 1, "default": 0}),
            ("formSchema.properties.n.default", "FORM_SCHEMA_INVALID"),
        ),
        (form(tags={"type": "array"}), ("formSchema.properties.tags.items", "REQUIRED")),
        (
            form(tags={"type": "array", "items": {"type": "array", "items": {"type": "string"}}}),
            ("formSchema.properties.tags.items.type", "FORM_SCHEMA_UNSUPPORTED"),
        ),
        (
            form(code={"type": "string", "pattern": "[0-9]{6}"}),
            ("formSchema.properties.code.maxLength", "FORM_SCHEMA_UNSUPPORTED"),
        ),
        (
            form(code={"type": "string", "maxLength": 50, "pattern": "(a+)+$"}),
            ("formSchema.properties.code.pattern", "FORM_SCHEMA_UNSUPPORTED"),
        ),
        (
            form(code={"type": "string", "maxLength": 50, "pattern": "(a)\\1"}),
            ("formSchema.properties.code.pattern", "FORM_SCHEMA_UNSUPPORTED"),
        ),
        (
            form(code={"type": "string", "maxLength": 50, "pattern": "([0-9]"}),
            ("formSchema.properties.code.pattern", "FORM_SCHEMA_INVALID"),
        ),
        (
            form(**{f"f{i}": {"type": "string"} for i in range(61)}),
            ("formSchema.properties", "TOO_LONG"),
        ),
        (
            form(big={"type": "string", "description": "x" * 70_000}),
            ("formSchema", "FORM_SCHEMA_TOO_LARGE"),
        ),
        (
            form(x={"type": "number", "maximum": float("nan")}),
            ("formSchema", "FORM_SCHEMA_INVALID"),
        ),
        ("{}", ("formSchema", "EXPECTED_TYPE")),
    ],
)
def test_schemas_outside_the_safe_subset_are_refused_at_the_field(
    schema: object, expected: tuple[str, str]
) -> None:
    stored, errors = check(schema)

    assert stored is None
    assert expected in errors


def test_a_short_anchored_pattern_on_a_bounded_string_is_accepted() -> None:
    schema = form(postcode={"type": "string", "maxLength": 6, "pattern": "^[0-9]{6}$"})
    assert check(schema) == (schema, [])


def errors_of(answers: object, spec: dict[str, Any] = HVAC) -> list[tuple[str, str]]:
    return [(e.field or "", e.code.name) for e in validate_form(spec, answers)]


def test_complete_answers_pass() -> None:
    assert errors_of({"brand": "格力 Gree", "unit_count": 2, "symptom": "not_cooling"}) == []


def test_each_problem_is_reported_at_its_form_field() -> None:
    answers = {"brand": 3, "unit_count": 0, "ac_type": "window", "colour": "white"}

    assert errors_of(answers) == [
        ("formData.ac_type", "FORM_FIELD_INVALID"),
        ("formData.brand", "FORM_FIELD_INVALID"),
        ("formData.colour", "FORM_FIELD_UNKNOWN"),
        ("formData.symptom", "FORM_FIELD_REQUIRED"),
        ("formData.unit_count", "FORM_FIELD_INVALID"),
    ]


def test_messages_name_the_field_in_the_customers_language() -> None:
    [missing] = [e for e in validate_form(HVAC, {"brand": "Gree", "unit_count": 1})]

    assert missing.message("zh-CN") == "请填写「故障现象」。"
    assert missing.message("en") == "Please fill in Symptom."
    [wrong] = validate_form(HVAC, {"brand": "Gree", "unit_count": 30, "symptom": "noisy"})
    assert wrong.message("zh-CN") == "「台数」填写有误:不能大于 20"
    assert wrong.message("en") == "Units is not valid: must be at most 20"


def test_answers_that_are_not_an_object_or_too_big_are_refused_whole() -> None:
    assert errors_of(["brand"]) == [("formData", "EXPECTED_TYPE")]
    assert errors_of({"brand": "x" * 20_000}) == [("formData", "TOO_LONG")]


def test_a_type_without_form_takes_no_answers() -> None:
    assert errors_of({}, {"form_schema": {}}) == []
    assert errors_of({"x": 1}, {"form_schema": {}}) == [("formData.x", "FORM_FIELD_UNKNOWN")]


def test_overlong_text_is_refused_before_any_pattern_runs() -> None:
    spec = {"form_schema": form(code={"type": "string", "maxLength": 10, "pattern": "^a*b$"})}
    started = time.perf_counter()

    assert errors_of({"code": "a" * 5000}, spec) == [("formData.code", "TOO_LONG")]
    assert errors_of({"code": "aaaa"}, spec) == [("formData.code", "FORM_FIELD_INVALID")]
    assert time.perf_counter() - started < 0.5


def test_a_reference_is_refused_before_anything_evaluates_it() -> None:
    schema = form(brand={"type": "string", "$ref": "#/$defs/a", "default": None})
    assert check(schema) == (
        None,
        [("formSchema.properties.brand.$ref", "FORM_SCHEMA_UNSUPPORTED")],
    )


def test_a_broken_pattern_with_choices_is_refused_without_fault() -> None:
    schema = form(code={"type": "string", "maxLength": 9, "pattern": "[", "enum": ["a"]})
    assert check(schema) == (None, [("formSchema.properties.code.pattern", "FORM_SCHEMA_INVALID")])
