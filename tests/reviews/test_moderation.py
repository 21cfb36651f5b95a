from __future__ import annotations

import pytest

from dispatchhub.reviews.moderation import is_abusive


@pytest.mark.parametrize(
    "text",
    ["师傅是个傻逼", "傻 逼", "what an IDIOT", "ｆｕｃｋ this", "王八蛋服务"],
)
def test_abusive_words_are_found_whatever_the_width_case_or_spacing(text: str) -> None:
    assert is_abusive(text)


@pytest.mark.parametrize("text", ["师傅很专业,准时到达", "Fixed the AC quickly, thanks!", ""])
def test_ordinary_comments_pass(text: str) -> None:
    assert not is_abusive(text)
