"""Booking forms: the JSON Schema an admin writes, and the customer's answers checked against it.

A form schema is a JSON Schema (draft 2020-12) of an object whose properties are typed
scalars (``string``, ``integer``, ``number``, ``boolean``) or arrays of them; the client
generates the form from it (``title`` in Chinese, ``x-title-en`` in English, enum labels in
``x-enum-labels``). Only a safe subset is accepted, because the schema runs on every
booking: no ``$ref`` or ``$id`` (nothing is ever fetched), bounded size and counts, and a
``pattern`` must be short, free of nested repetition and back-references, on a string whose
``maxLength`` is at most 100, so a hostile answer cannot make a regular expression run for
minutes.
"""

from __future__ import annotations

import json
import re
import re._parser as regex_parser  # type: ignore[import-not-found]
from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator, SchemaError, ValidationError

from dispatchhub.catalog.checks import Problems
from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.errors import FieldError

__all__ = [
    "MAX_FORM_DATA_BYTES",
    "MAX_FORM_SCHEMA_BYTES",
    "check_form_schema",
    "form_errors",
]

MAX_FORM_SCHEMA_BYTES = 64 * 1024
MAX_FORM_DATA_BYTES = 16 * 1024
MAX_PROPERTIES = 60
MAX_ENUM = 200
MAX_PATTERN = 200
MAX_PATTERN_STRING = 100
DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCALARS = frozenset({"string", "integer", "number", "boolean"})
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,39}")
_TOP_KEYS = frozenset(
    {"$schema", "type", "title", "description", "properties", "required", "additionalProperties"}
)
_SCALAR_KEYS = frozenset(
    {
        "type", "title", "description", "default", "enum", "const", "examples",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minLength", "maxLength", "pattern", "format",
    }
)  # fmt: skip
_ARRAY_KEYS = frozenset({"type", "title", "description", "default", "items", "minItems",
                         "maxItems", "uniqueItems"})  # fmt: skip
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
_EMPTY_FORM: dict[str, Any] = {"type": "object", "properties": {}, "additionalProperties": False}


def check_form_schema(
    raw: object, problems: Problems, *, path: str = "formSchema"
) -> dict[str, Any] | None:
    """Check an admin's form schema; return it to store, or None with problems recorded.

    ``{}`` is a service type without form fields.
    """
    if not isinstance(raw, Mapping):
        problems.expected(path, "对象", "an object")
        return None
    try:
        size = len(json.dumps(raw, ensure_ascii=False, allow_nan=False).encode())
    except (TypeError, ValueError, RecursionError):
        problems.add(CatalogErrorCode.FORM_SCHEMA_INVALID, path, reason="not JSON / 不是 JSON")
        return None
    if size > MAX_FORM_SCHEMA_BYTES:
        problems.add(CatalogErrorCode.FORM_SCHEMA_TOO_LARGE, path, limit=f"{size} > 64 KB")
        return None
    schema: dict[str, Any] = json.loads(json.dumps(raw))
    if not schema:
        return {}
    before = len(problems.errors)
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as error:
        where = ".".join([path, *map(str, error.absolute_path)])
        problems.add(CatalogErrorCode.FORM_SCHEMA_INVALID, where, reason=error.message[:200])
        return None
    _check_top(schema, problems, path)
    return schema if len(problems.errors) == before else None


def form_errors(form_schema: Mapping[str, Any], form_data: object) -> list[FieldError]:
    """Field errors of ``form_data`` against a stored form schema, at ``formData.<path>``.

    Answers longer than their ``maxLength`` are reported before any ``pattern`` runs, so a
    pattern only ever sees short text.
    """
    if not isinstance(form_data, Mapping):
        return [FieldError(CatalogErrorCode.EXPECTED_TYPE, "formData", _OBJECT)]
    try:
        size = len(json.dumps(form_data, ensure_ascii=False, allow_nan=False).encode())
    except (TypeError, ValueError, RecursionError):
        return [FieldError(CatalogErrorCode.EXPECTED_TYPE, "formData", _OBJECT)]
    if size > MAX_FORM_DATA_BYTES:
        return [FieldError(CatalogErrorCode.TOO_LONG, "formData", {"limit": "16 KB"})]
    schema = dict(form_schema) or _EMPTY_FORM
    properties: Mapping[str, Any] = schema.get("properties", {})
    errors: list[FieldError] = []
    data = dict(form_data)
    for name, spec in properties.items():
        value, limit = data.get(name), spec.get("maxLength")
        if isinstance(value, str) and isinstance(limit, int) and len(value) > limit:
            errors.append(
                FieldError(CatalogErrorCode.TOO_LONG, f"formData.{name}", {"limit": limit})
            )
            del data[name]
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for error in validator.iter_errors(data):
        errors.extend(_map_error(error, properties))
    unique = {(e.field, e.code.name): e for e in errors}
    return sorted(unique.values(), key=lambda e: (e.field or "", e.code.name))


def _map_error(error: ValidationError, properties: Mapping[str, Any]) -> list[FieldError]:
    here = ".".join(["formData", *map(str, error.absolute_path)])
    instance = error.instance
    required = error.validator_value
    if error.validator == "required" and isinstance(instance, Mapping):
        assert isinstance(required, list)
        return [
            FieldError(
                CatalogErrorCode.FORM_FIELD_REQUIRED, f"{here}.{name}", _titles(properties, name)
            )
            for name in required
            if name not in instance
        ]
    if error.validator == "additionalProperties" and isinstance(instance, Mapping):
        return [
            FieldError(CatalogErrorCode.FORM_FIELD_UNKNOWN, f"{here}.{name}", {"name": name})
            for name in instance
            if name not in properties
        ]
    top = str(error.absolute_path[0]) if error.absolute_path else ""
    zh, en = _explain(str(error.validator), error.validator_value)
    params = {**_titles(properties, top), "reason": zh, "reason_en": en}
    return [FieldError(CatalogErrorCode.FORM_FIELD_INVALID, here, params)]


_TYPE_NAMES = {
    "string": ("文本", "text"),
    "integer": ("整数", "a whole number"),
    "number": ("数字", "a number"),
    "boolean": ("是或否", "yes or no"),
    "array": ("列表", "a list"),
    "object": ("对象", "an object"),
}


def _explain(keyword: str, limit: object) -> tuple[str, str]:
    """A short reason, in Chinese and English, for a failed JSON Schema keyword."""
    if keyword == "type":
        zh, en = _TYPE_NAMES.get(str(limit), (str(limit), str(limit)))
        return f"应为{zh}", f"must be {en}"
    reasons = {
        "enum": ("不在可选项中", "is not one of the options"),
        "const": ("取值不符合要求", "has the wrong value"),
        "minimum": (f"不能小于 {limit}", f"must be at least {limit}"),
        "exclusiveMinimum": (f"须大于 {limit}", f"must be more than {limit}"),
        "maximum": (f"不能大于 {limit}", f"must be at most {limit}"),
        "exclusiveMaximum": (f"须小于 {limit}", f"must be less than {limit}"),
        "multipleOf": (f"须为 {limit} 的倍数", f"must be a multiple of {limit}"),
        "minLength": (f"至少 {limit} 个字", f"must be at least {limit} characters"),
        "maxLength": (f"最多 {limit} 个字", f"must be at most {limit} characters"),
        "pattern": ("格式不符合要求", "is not in the expected format"),
        "format": (f"格式应为 {limit}", f"must be a valid {limit}"),
        "minItems": (f"至少选 {limit} 项", f"needs at least {limit} choices"),
        "maxItems": (f"最多选 {limit} 项", f"allows at most {limit} choices"),
        "uniqueItems": ("不能重复选择", "has a choice twice"),
    }
    return reasons.get(keyword, ("取值无效", "is not valid"))


def _titles(properties: Mapping[str, Any], name: str) -> dict[str, object]:
    spec = properties.get(name, {})
    return {"title": spec.get("title") or name, "title_en": spec.get("x-title-en") or name}


_OBJECT: dict[str, object] = {"type_zh": "对象", "type_en": "an object"}


def _check_top(schema: dict[str, Any], problems: Problems, path: str) -> None:
    for key in schema:
        if key not in _TOP_KEYS and not key.startswith("x-"):
            problems.add(CatalogErrorCode.FORM_SCHEMA_UNSUPPORTED, f"{path}.{key}", reason=key)
    if schema.get("$schema", DRAFT) != DRAFT:
        problems.add(CatalogErrorCode.FORM_SCHEMA_UNSUPPORTED, f"{path}.$schema", reason=DRAFT)
    if schema.get("type") != "object":
        problems.add(CatalogErrorCode.FORM_SCHEMA_UNSUPPORTED, f"{path}.type", reason="object")
    if not isinstance(schema.get("additionalProperties", False), bool):
        problems.add(
            CatalogErrorCode.FORM_SCHEMA_UNSUPPORTED,
            f"{path}.additionalProperties",
            reason="true / false",
        )
    properties = schema.get("properties", {})
    if len(properties) > MAX_PROPERTIES:
        problems.add(CatalogErrorCode.TOO_LONG, f"{path}.properties", limit=MAX_PROPERTIES)
        return
    for name, spec in properties.items():
        here = f"{path}.properties.{name}"
        if _NAME.fullmatch(name) is None:
            problems.add(
                CatalogErrorCode.FORM_SCHEMA_UNSUPPORTED,
                here,
                reason="name: [A-Za-z][A-Za-z0-9_]{0,39}",
            )
        elif not isinstance(spec, dict):
            problems.add(CatalogErrorCode.FORM_SCHEMA_UNSUPPORTED, here, reason="type")
        else:
            _check_property(spec, problems, here, allow_array=True)
    for index, name in enumerate(schema.get("required", [])):
        if name not in properties:
            problems.add(CatalogErrorCode.FORM_FIELD_UNKNOWN, f"{path}.required.{index}", name=name)


def _check_property(
    spec: dict[str, Any], problems: Problems, path: str, *, allow_array: bool
) -> None:
    kind = spec.get("type")
    if kind == "array" and allow_array:
        allowed = _ARRAY_KEYS
        items = spec.get("items")
        if not isinstance(items, dict):
            problems.add(CatalogErrorCode.REQUIRED, f"{path}.items")
        else:
            _check_property(items, problems, f"{path}.items", allow_array=False)
    elif kind in SCALARS:
        allowed = _SCALAR_KEYS
    else:
        problems.add(
            CatalogErrorCode.FORM_SCHEMA_UNSUPPORTED,
            f"{path}.type",
            reason="string, integer, number, boolean" + (", array" if allow_array else ""),
        )
        return
    unsupported = [key for key in spec if key not in allowed and not key.startswith("x-")]
    for key in unsupported:
        problems.add(CatalogErrorCode.FORM_SCHEMA_UNSUPPORTED, f"{path}.{key}", reason=key)
    if unsupported:
        return  # a $ref could point anywhere: nothing more is evaluated against it
    before = len(problems.errors)
    if "pattern" in spec:
        _check_pattern(spec, problems, path)
    if len(problems.errors) == before:  # a broken pattern would fail the values' check
        _check_values(spec, problems, path)


def _check_values(spec: dict[str, Any], problems: Problems, path: str) -> None:
    """Enum members and the default must be answers the property itself accepts."""
    own = Draft202012Validator({k: v for k, v in spec.items() if k not in ("default", "enum")})
    enum = spec.get("enum", [])
    if len(enum) > MAX_ENUM:
        problems.add(CatalogErrorCode.TOO_LONG, f"{path}.enum", limit=MAX_ENUM)
        return
    for index, value in enumerate(enum):
        if not own.is_valid(value):
            problems.add(
                CatalogErrorCode.FORM_SCHEMA_INVALID,
                f"{path}.enum.{index}",
                reason=repr(value)[:50],
            )
    if "default" in spec and not Draft202012Validator(spec).is_valid(spec["default"]):
        problems.add(
            CatalogErrorCode.FORM_SCHEMA_INVALID,
            f"{path}.default",
            reason=repr(spec["default"])[:50],
        )


def _check_pattern(spec: dict[str, Any], problems: Problems, path: str) -> None:
    pattern, limit = spec["pattern"], spec.get("maxLength")
    if not isinstance(limit, int) or limit > MAX_PATTERN_STRING:
        problems.add(
            CatalogErrorCode.FORM_SCHEMA_UNSUPPORTED,
            f"{path}.maxLength",
            reason=f"maxLength ≤ {MAX_PATTERN_STRING} with a pattern",
        )
    if len(pattern) > MAX_PATTERN:
        problems.add(CatalogErrorCode.TOO_LONG, f"{path}.pattern", limit=MAX_PATTERN)
        return
    try:
        tree = regex_parser.parse(pattern)
    except re.error as error:
        problems.add(
            CatalogErrorCode.FORM_SCHEMA_INVALID, f"{path}.pattern", reason=str(error)[:100]
        )
        return
    if _risky(list(tree), inside_repeat=False):
        problems.add(
            CatalogErrorCode.FORM_SCHEMA_UNSUPPORTED,
            f"{path}.pattern",
            reason="nested repetition or back-reference",
        )


def _risky(nodes: list[Any], *, inside_repeat: bool) -> bool:
    """Whether a parsed regex repeats a repetition or refers back (the slow shapes)."""
    for op, argument in nodes:
        name = str(op)
        if name in ("GROUPREF", "GROUPREF_EXISTS"):
            return True
        if name in _REPEATS:
            if inside_repeat:
                return True
            if _risky(list(argument[2]), inside_repeat=True):
                return True
        elif name == "SUBPATTERN" and _risky(list(argument[3]), inside_repeat=inside_repeat):
            return True
        elif name == "BRANCH" and any(
            _risky(list(branch), inside_repeat=inside_repeat) for branch in argument[1]
        ):
            return True
        elif name in ("ASSERT", "ASSERT_NOT") and _risky(
            list(argument[1]), inside_repeat=inside_repeat
        ):
            return True
    return False
