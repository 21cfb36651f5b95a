"""A simple abusive-content check on review comments and replies.

A match does not reject the text: the review is stored ``flagged`` and kept out of public
listings until a moderator clears it, so a false positive costs a delay, not the review.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib.resources import files

__all__ = ["is_abusive"]


@cache
def _words() -> tuple[str, ...]:
    text = (files("dispatchhub.reviews") / "abusive_words.txt").read_text(encoding="utf-8")
    return tuple(
        _fold(line.strip())
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def _fold(text: str) -> str:
    # NFKC turns full-width letters (ｆｕｃｋ) into ASCII; spaces are dropped so "f u c k"
    # and "傻 逼" match too.
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def is_abusive(text: str) -> bool:
    """True when ``text`` contains a word from the package's abusive-word list."""
    folded = _fold(text)
    return any(word in folded for word in _words())
