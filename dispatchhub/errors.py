"""Errors as values: every business failure has a stable code, a field and a message.

Each domain declares its codes as an :class:`ErrorCode` enum whose members carry the message
in Chinese and English; the API renders it in the language the request asks for.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum
from typing import cast

__all__ = ["DomainError", "ErrorCode", "FieldError", "ValidationFailed", "merge_codes"]


class ErrorCode(Enum):
    """Base of the per-domain code enums: ``NAME = ("中文消息 {param}", "English {param}")``."""

    def __init__(self, zh: str, en: str) -> None:
        self.zh = zh
        self.en = en

    def message(self, locale: str, params: dict[str, object] | None = None) -> str:
        """The message in ``locale`` (``zh*`` → Chinese, otherwise English)."""
        text = self.zh if locale.lower().startswith("zh") else self.en
        return text.format_map(params or {})


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one input field (``field`` None when it concerns the whole input)."""

    code: ErrorCode
    field: str | None = None
    params: dict[str, object] = dataclasses.field(default_factory=dict)

    def message(self, locale: str) -> str:
        """The human message in ``locale``."""
        return self.code.message(locale, self.params)


class DomainError(Exception):
    """A business rule refused the request; the mutation payload reports it."""

    def __init__(self, code: ErrorCode, field: str | None = None, **params: object) -> None:
        super().__init__(code.message("en", params))
        self.errors = [FieldError(code, field, params)]


class ValidationFailed(DomainError):
    """Several field errors at once (a form with more than one bad field)."""

    def __init__(self, errors: list[FieldError]) -> None:
        Exception.__init__(self, "; ".join(e.message("en") for e in errors))
        self.errors = errors


def merge_codes(name: str, *enums: type[ErrorCode]) -> type[ErrorCode]:
    """One code enum for an API payload whose errors come from several domains.

    A booking's errors are its own codes plus the catalog's form-field codes; the payload
    needs a single GraphQL enum. The first enum's member wins when two share a name (the
    message always comes from the error itself, not from the merged member).
    """
    members: dict[str, tuple[str, str]] = {}
    for enum in enums:
        for member in enum:
            members.setdefault(member.name, (member.zh, member.en))
    return cast("type[ErrorCode]", ErrorCode(name, list(members.items())))  # type: ignore[arg-type]
