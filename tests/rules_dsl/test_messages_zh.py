"""Every diagnostic of the golden cases has a Chinese wording that keeps the DSL text."""

from __future__ import annotations

import re

import pytest

from dispatchhub.rules_dsl import check, parse
from dispatchhub.rules_dsl.errors import Diagnostic, PolicyError
from dispatchhub.rules_dsl.messages_zh import in_chinese
from tests.rules_dsl import test_check, test_parse

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _golden() -> list[Diagnostic]:
    found: list[Diagnostic] = []
    sources = [test_check.HEAD + c + test_check.DEFAULT for _, c, _ in test_check.CASES]
    sources += [case[1] for case in test_check.POLICY_CASES]
    for source in sources:
        found += check(parse(source))
    for case in test_parse.ERRORS:
        with pytest.raises(PolicyError) as caught:
            parse(case[1])
        found += caught.value.diagnostics
    return found


def test_every_golden_diagnostic_reads_in_chinese() -> None:
    diagnostics = _golden()
    assert len({d.code for d in diagnostics}) >= 30  # the cases cover most codes

    untranslated = [
        (d.code, text)
        for d in diagnostics
        for text in (d.message, d.hint)
        if text is not None and not CHINESE.search(in_chinese(text) or "")
    ]

    assert untranslated == []


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("unknown field staff.ratng", "未知字段 staff.ratng"),
        ("did you mean staff.rating?", "是不是 staff.rating?"),
        (
            "`3 km` in this comparison is distance but must be duration",
            "这个比较中的 `3 km` 的类型是 distance,但这里需要 duration",
        ),
        (
            "'+' is missing its right-hand side (in a reason placeholder)",
            "“+”缺少右侧的操作数(在原因的占位符中)",
        ),
        (
            "the line ends too early: expected ')', ',' or ']'",
            "这一行结束得太早:应为 ')'、',' 或 ']'",
        ),
    ],
)
def test_wordings_keep_names_values_and_tokens(english: str, chinese: str) -> None:
    assert in_chinese(english) == chinese


def test_a_wording_without_a_pattern_stays_english() -> None:
    assert in_chinese("a brand-new diagnostic") == "a brand-new diagnostic"
    assert in_chinese(None) is None
