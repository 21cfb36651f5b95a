"""What an admin may enter for a service type, an item or a region, checked field by field.

Each ``check_*`` takes the input as plain JSON-like values keyed by column name (only the
keys being set; an update passes just the changes), and returns the columns to write or
raises :class:`~dispatchhub.errors.ValidationFailed` with every problem at its API path.
Checks that need the database (does the region exist, is the code free) are the service's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from dispatchhub.catalog.checks import Problems
from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.catalog.forms import check_form_schema
from dispatchhub.catalog.hours import parse_service_hours
from dispatchhub.catalog.policy import MAX_FEE_MINOR, parse_cancellation_policy

__all__ = [
    "URGENCIES",
    "api_path",
    "check_region",
    "check_service_item",
    "check_service_type",
]

URGENCIES = ("NORMAL", "URGENT", "EMERGENCY")
MAX_DURATION_MIN = 24 * 60
MAX_SKILL_LEVEL = 5
_TYPE_REQUIRED = ("code", "name_zh", "name_en")
_ITEM_REQUIRED = ("service_type", "code", "name_zh", "name_en")
_REGION_REQUIRED = ("code", "name_zh", "name_en", "center_lat", "center_lon")


def api_path(column: str) -> str:
    """The camelCase input field of a column (``price_minor`` → ``priceMinor``)."""
    head, *rest = column.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def check_service_type(
    values: Mapping[str, object],
    *,
    current: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Columns of a service type from admin input.

    Args:
        values: column name → raw value, only the ones being set.
        current: the stored row when updating (None: creating, so ``code``, ``name_zh`` and
            ``name_en`` are required). A new price is checked against the stored
            cancellation policy too, since percentage and fixed-fee rules compare at it.
    """
    problems = Problems()
    columns = _known(values, _TYPE_CHECKS, problems, extra=("cancellation_policy",))
    _missing(values, _TYPE_REQUIRED if current is None else (), problems)
    stored = current or {}
    policy_json = values.get("cancellation_policy", stored.get("cancellation_policy"))
    if "cancellation_policy" in values or ("price_minor" in columns and policy_json):
        price = columns.get("price_minor", stored.get("price_minor", 0))
        policy = parse_cancellation_policy(policy_json, problems, price_minor=price)
        if policy is not None and "cancellation_policy" in values:
            columns["cancellation_policy"] = policy.as_json()
    problems.raise_if_any()
    return columns


def check_service_item(values: Mapping[str, object], *, creating: bool) -> dict[str, Any]:
    """Columns of a service item (``service_type`` is the type's id, set on creation only)."""
    problems = Problems()
    columns = _known(values, _ITEM_CHECKS, problems, extra=("service_type",) if creating else ())
    _missing(values, _ITEM_REQUIRED if creating else (), problems)
    problems.raise_if_any()
    if creating:
        columns["service_type"] = values["service_type"]
    return columns


def check_region(values: Mapping[str, object], *, creating: bool) -> dict[str, Any]:
    """Columns of a region: code, names, centre (WGS-84), radius in km, neighbour codes."""
    problems = Problems()
    columns = _known(values, _REGION_CHECKS, problems)
    _missing(values, _REGION_REQUIRED if creating else (), problems)
    problems.raise_if_any()
    return columns


Check = Callable[[object, Problems, str], object]


def _known(
    values: Mapping[str, object],
    checks: Mapping[str, Check],
    problems: Problems,
    *,
    extra: tuple[str, ...] = (),
) -> dict[str, Any]:
    columns: dict[str, Any] = {}
    for name, value in values.items():
        if name in extra:
            continue
        check = checks.get(name)
        if check is None:
            problems.add(CatalogErrorCode.UNKNOWN_FIELD, api_path(str(name)), name=name)
            continue
        before = len(problems.errors)
        checked = check(value, problems, api_path(name))
        if len(problems.errors) == before:
            columns[name] = checked
    return columns


def _missing(values: Mapping[str, object], required: tuple[str, ...], problems: Problems) -> None:
    for name in required:
        if values.get(name) is None:
            problems.add(CatalogErrorCode.REQUIRED, api_path(name))


def _name(value: object, problems: Problems, path: str) -> object:
    return problems.text(value, path, limit=100)


def _description(value: object, problems: Problems, path: str) -> object:
    return problems.text(value, path, limit=2000, required=False)


def _price(value: object, problems: Problems, path: str) -> object:
    return problems.integer(value, path, 0, MAX_FEE_MINOR)


def _duration(value: object, problems: Problems, path: str) -> object:
    return problems.integer(value, path, 5, MAX_DURATION_MIN)


def _keywords(value: object, problems: Problems, path: str) -> object:
    words: list[str] = []
    for index, word in enumerate(problems.items(value, path, limit=100) or []):
        text = problems.text(word, f"{path}.{index}", limit=40)
        if text is not None and text in words:
            problems.add(CatalogErrorCode.DUPLICATE, f"{path}.{index}", value=text)
        elif text is not None:
            words.append(text)
    return words


def _skills(value: object, problems: Problems, path: str) -> object:
    """``{skill: level}``, or ``[{"skill", "level"}]`` (the API's list form, where a skill
    named twice is reported at its index)."""
    if isinstance(value, Mapping):
        pairs = [
            (skill, level, f"{path}.{skill}", f"{path}.{skill}") for skill, level in value.items()
        ]
    elif isinstance(value, list):
        pairs = []
        for index, entry in enumerate(value):
            if not isinstance(entry, Mapping) or set(entry) != {"skill", "level"}:
                problems.expected(f"{path}.{index}", "含 skill、level 的对象", "{skill, level}")
                continue
            here = f"{path}.{index}"
            pairs.append((entry["skill"], entry["level"], f"{here}.skill", f"{here}.level"))
    else:
        problems.expected(path, "「技能: 等级」对象", "an object of skill: level")
        return None
    if len(pairs) > 20:
        problems.add(CatalogErrorCode.TOO_LONG, path, limit=20)
        return None
    skills: dict[str, int] = {}
    for skill, level, skill_path, level_path in pairs:
        code = problems.code(skill, skill_path)
        checked = problems.integer(level, level_path, 1, MAX_SKILL_LEVEL)
        if code is not None and code in skills:
            problems.add(CatalogErrorCode.DUPLICATE, skill_path, value=code)
        elif code is not None and checked is not None:
            skills[code] = checked
    return skills


def _urgencies(value: object, problems: Problems, path: str) -> object:
    entries = problems.items(value, path, limit=len(URGENCIES))
    if entries is None:
        return None
    if not entries:
        problems.add(CatalogErrorCode.REQUIRED, path)
    chosen: list[str] = []
    for index, entry in enumerate(entries):
        if entry not in URGENCIES:
            problems.add(CatalogErrorCode.UNKNOWN_URGENCY, f"{path}.{index}")
        elif entry in chosen:
            problems.add(CatalogErrorCode.DUPLICATE, f"{path}.{index}", value=entry)
        else:
            chosen.append(str(entry))
    return [u for u in URGENCIES if u in chosen]


def _special_options(value: object, problems: Problems, path: str) -> object:
    options: list[dict[str, str]] = []
    for index, entry in enumerate(problems.items(value, path, limit=30) or []):
        here = f"{path}.{index}"
        if not isinstance(entry, Mapping) or set(entry) != {"code", "zh", "en"}:
            problems.expected(here, "含 code、zh、en 的对象", "an object with code, zh and en")
            continue
        code = problems.code(entry["code"], f"{here}.code")
        zh = problems.text(entry["zh"], f"{here}.zh", limit=100)
        en = problems.text(entry["en"], f"{here}.en", limit=100)
        if code is not None and any(o["code"] == code for o in options):
            problems.add(CatalogErrorCode.DUPLICATE, f"{here}.code", value=code)
        elif code is not None and zh is not None and en is not None:
            options.append({"code": code, "zh": zh, "en": en})
    return options


def _region_codes(value: object, problems: Problems, path: str) -> object:
    codes: list[str] = []
    for index, entry in enumerate(problems.items(value, path, limit=500) or []):
        code = problems.code(entry, f"{path}.{index}")
        if code is not None and code in codes:
            problems.add(CatalogErrorCode.DUPLICATE, f"{path}.{index}", value=code)
        elif code is not None:
            codes.append(code)
    return codes


def _form_schema(value: object, problems: Problems, path: str) -> object:
    return check_form_schema(value, problems, path=path)


def _hours(value: object, problems: Problems, path: str) -> object:
    return parse_service_hours(value, problems, path=path)


def _flag(value: object, problems: Problems, path: str) -> object:
    return problems.boolean(value, path)


def _code(value: object, problems: Problems, path: str) -> object:
    return problems.code(value, path)


def _latitude(value: object, problems: Problems, path: str) -> object:
    return problems.number(value, path, -90, 90)


def _longitude(value: object, problems: Problems, path: str) -> object:
    return problems.number(value, path, -180, 180)


def _radius(value: object, problems: Problems, path: str) -> object:
    return problems.number(value, path, 0.1, 500)


_TYPE_CHECKS: dict[str, Check] = {
    "code": _code,
    "name_zh": _name,
    "name_en": _name,
    "description": _description,
    "keywords": _keywords,
    "form_schema": _form_schema,
    "required_skills": _skills,
    "default_duration_min": _duration,
    "price_minor": _price,
    "urgency_options": _urgencies,
    "special_options": _special_options,
    "service_regions": _region_codes,
    "service_hours": _hours,
    "manual_review": _flag,
    "active": _flag,
}
_ITEM_CHECKS: dict[str, Check] = {
    "code": _code,
    "name_zh": _name,
    "name_en": _name,
    "price_minor": _price,
    "duration_min": _duration,
    "active": _flag,
}
_REGION_CHECKS: dict[str, Check] = {
    "code": _code,
    "name_zh": _name,
    "name_en": _name,
    "center_lat": _latitude,
    "center_lon": _longitude,
    "radius_km": _radius,
    "neighbours": _region_codes,
}
