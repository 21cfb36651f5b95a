"""Golden tests for the parser: AST shapes for valid text, positioned messages for errors."""

from __future__ import annotations

import pytest

from dispatchhub.rules_dsl import PolicyError, PushStep, RelaxStep, ast, parse
from dispatchhub.rules_dsl.errors import Span


def test_parses_the_illustration(hvac_source: str) -> None:
    policies = parse(hvac_source).policies
    assert [p.name for p in policies] == ["hvac_urgent", "local_plumbing", "anyone"]
    hvac = policies[0]
    assert hvac.priority == 10 and not hvac.is_default and policies[2].is_default
    assert [r.name for r in hvac.requirements] == ["on_shift", "skilled", "capacity", "near"]
    assert hvac.requirements[2].reason is not None  # reason on a continuation line
    near = hvac.requirements[3]
    assert near.pos == Span(8, 3, 8, 98)
    assert near.condition == ast.Binary(
        "<=",
        ast.Call(
            "distance",
            (ast.Record("staff", Span(8, 31, 8, 36)), ast.Record("task", Span(8, 38, 8, 42))),
            Span(8, 22, 8, 43),
        ),
        ast.Quantity(10.0, "km", "distance", Span(8, 47, 8, 52)),
        Span(8, 22, 8, 52),
    )
    assert near.reason is not None and near.reason.parts[1] == " away"
    placeholder = near.reason.parts[0]
    assert isinstance(placeholder, ast.Call) and placeholder.pos == Span(8, 70, 8, 91)
    assert [p.name for p in hvac.preferences] == ["close", "rating", "light"]
    assert [k.descending for k in hvac.tie_break] == [False, False]
    assert hvac.mode[0].step == PushStep(5.0)
    assert hvac.fallback[0].step == RelaxStep("near", 25.0)


VALID = [
    ("unit m", "distance(staff, task) < 500 m", "500 m", ast.Quantity, 0.5),
    ("unit h", "staff.shift_remaining_min ?? 0 min >= 2 h", "2 h", ast.Quantity, 120.0),
    ("unit s", "staff.avg_response_min ?? 0 min <= 30 s", "30 s", ast.Quantity, 0.5),
    ("unit s, no space", "staff.avg_response_min ?? 0 min <= 90s", "90s", ast.Quantity, 1.5),
    ("time", "task.time >= 08:30", "08:30", ast.TimeOfDay, 510),
    ("chinese", 'task.type == "空调维修"', '"空调维修"', ast.String, "空调维修"),
    ("escape", 'task.type == "a\\"b"', '"a\\"b"', ast.String, 'a"b'),
]


@pytest.mark.parametrize(
    ("label", "condition", "text", "node", "value"), VALID, ids=[v[0] for v in VALID]
)
def test_literals(label: str, condition: str, text: str, node: type, value: object) -> None:
    source = f"policy p\n  applies when true\n  require r : {condition}\n"
    requirement = parse(source).policies[0].requirements[0]
    assert isinstance(requirement.condition, ast.Binary)
    right = requirement.condition.right
    assert isinstance(right, node)
    assert getattr(right, "value", getattr(right, "minutes", None)) == value
    pos = right.pos
    assert source.splitlines()[pos.line - 1][pos.column - 1 : pos.end_column - 1] == text


def test_precedence_and_continuations() -> None:
    source = (
        "policy p\n  applies when task.hour >= 8\n    and task.hour < 18 or\n"
        '    not task.weekday in ["sat",\n "sun"]  # weekend\n'
    )
    applies = parse(source).policies[0].applies
    assert ast.unparse(applies) == (  # type: ignore[arg-type]
        '((task.hour >= 8) and (task.hour < 18)) or (not (task.weekday in ["sat", "sun"]))'
    )
    assert ast.unparse(
        parse("policy p\n applies when 1 + 2 * 3 ?? 4 > 5\n").policies[0].applies
    ) == (  # type: ignore[arg-type]
        "((1 + (2 * 3)) ?? 4) > 5"
    )


ERRORS = [
    (
        "missing rhs",
        "policy p\n  require a : staff.x <\n  require b : staff.y\n",
        2,
        24,
        "MISSING_OPERAND",
        "'<' is missing its right-hand side",
    ),
    (
        "missing colon",
        "policy p\n  require a staff.on_shift\n",
        2,
        13,
        "MISSING_COLON",
        "expected ':' before 'staff'",
    ),
    (
        "unknown unit",
        "policy p\n  require a : distance(staff, task) <= 10 miles\n",
        2,
        43,
        "UNKNOWN_UNIT",
        "unknown unit 'miles'",
    ),
    (
        "single =",
        'policy p\n  applies when task.type = "x"\n',
        2,
        26,
        "SYNTAX_ERROR",
        "'=' is not an operator",
    ),
    (
        "outside policy",
        "require a : staff.on_shift\n",
        1,
        1,
        "OUTSIDE_POLICY",
        "unexpected 'require' outside a policy",
    ),
    (
        "unclosed string",
        'policy p\n  require a : staff.x reason "unclosed\n',
        2,
        30,
        "UNCLOSED_STRING",
        "this text is not closed",
    ),
    (
        "no weight",
        "policy p\n  prefer a : scale(1, best 0, worst 2)\n",
        2,
        12,
        "SYNTAX_ERROR",
        "unexpected ':': expected 'weight'",
    ),
    (
        "unclosed list",
        'policy p\n  applies when task.type in ["a", "b"\n  require x : staff.on_shift\n',
        2,
        38,
        "SYNTAX_ERROR",
        "the line ends too early",
    ),
    (
        "placeholder",
        'policy p\n  require a : staff.on_shift reason "x {staff.id +}"\n',
        2,
        51,
        "MISSING_OPERAND",
        "(in a reason placeholder)",
    ),
    (
        "curly quotes",
        "policy p\n  applies when task.type == “x”\n",
        2,
        29,
        "SYNTAX_ERROR",
        "unexpected character '“'",
    ),
    (
        "empty applies",
        "policy p\n  applies when\n",
        2,
        15,
        "SYNTAX_ERROR",
        "expected an expression",
    ),
    (
        "deep nesting",
        "policy p\n  require a : " + "(" * 40 + "1" + ")" * 40 + "\n",
        2,
        47,
        "TOO_COMPLEX",
        "nested too deeply",
    ),
    (
        "too many operators",
        "policy p\n  applies when " + " + ".join(["1"] * 200) + " > 0\n",
        2,
        530,
        "TOO_COMPLEX",
        "too many operators",
    ),
    ("broadcast count", "policy p\n  mode broadcast 2.5\n", 2, 18, "INVALID_COUNT", "whole number"),
    ("bad time", "policy p\n  applies when task.time > 25:00\n", 2, 28, "INVALID_TIME", "25:00"),
    ("bare name", "policy p\n  applies when hour > 3\n", 2, 21, "BARE_NAME", "bare name"),
    (
        "tie order",
        "policy p\n  tie break staff.grade up\n",
        2,
        25,
        "SYNTAX_ERROR",
        "unexpected 'up'",
    ),
    (
        "scale bounds",
        "policy p\n  prefer a weight 1 : scale(staff.grade, best 1, best 2)\n",
        2,
        50,
        "SCALE_BOUNDS",
        "one `best` and one `worst`",
    ),
]


@pytest.mark.parametrize(
    ("label", "source", "line", "column", "code", "message"), ERRORS, ids=[e[0] for e in ERRORS]
)
def test_syntax_errors(
    label: str, source: str, line: int, column: int, code: str, message: str
) -> None:
    with pytest.raises(PolicyError) as caught:
        parse(source)
    (diagnostic,) = caught.value.diagnostics
    assert (diagnostic.line, diagnostic.column, diagnostic.code) == (line, column, code)
    assert message in diagnostic.message
    assert diagnostic.severity == "error"


def test_render_points_at_the_error() -> None:
    source = "policy p\n  require a : staff.x <\n"
    with pytest.raises(PolicyError) as caught:
        parse(source)
    rendered = caught.value.diagnostics[0].render(source).splitlines()
    assert rendered[1:] == ["    require a : staff.x <", " " * 25 + "^"]
