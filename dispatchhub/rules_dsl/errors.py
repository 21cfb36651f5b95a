"""Diagnostics: positioned errors and warnings about policy source, and their exception."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Span:
    """A 1-based source range; ``end_column`` is one past the last character."""

    line: int
    column: int
    end_line: int
    end_column: int

    def to(self, other: Span) -> Span:
        """Return the span from the start of ``self`` to the end of ``other``."""
        return Span(self.line, self.column, other.end_line, other.end_column)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding about policy source, positioned so an editor can underline it.

    ``code`` is a stable UPPER_SNAKE_CASE identifier (the GraphQL error code);
    ``hint`` suggests a fix ("did you mean staff.rating?") or is ``None``.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    severity: Severity
    message: str
    hint: str | None
    code: str

    @classmethod
    def at(
        cls,
        span: Span,
        code: str,
        message: str,
        hint: str | None = None,
        severity: Severity = "error",
    ) -> Diagnostic:
        """Build a diagnostic covering ``span``."""
        return cls(
            span.line, span.column, span.end_line, span.end_column, severity, message, hint, code
        )

    @property
    def is_error(self) -> bool:
        """Whether this diagnostic blocks compilation."""
        return self.severity == "error"

    def __str__(self) -> str:
        text = f"{self.line}:{self.column}: {self.severity} {self.code}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text

    def render(self, source: str) -> str:
        """Format the diagnostic with the offending source line and a caret underline."""
        lines = source.splitlines()
        text = str(self)
        if 1 <= self.line <= len(lines):
            src = lines[self.line - 1]
            end = self.end_column if self.end_line == self.line else len(src) + 1
            width = max(1, end - self.column)
            text += f"\n  {src}\n  {' ' * (self.column - 1)}{'^' * width}"
        return text


class PolicyError(Exception):
    """Raised when policy source has errors; ``diagnostics`` holds all of them, errors first."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = tuple(
            sorted(diagnostics, key=lambda d: (not d.is_error, d.line, d.column))
        )
        first = self.diagnostics[0] if self.diagnostics else None
        super().__init__(str(first) if first else "policy error")

    @property
    def errors(self) -> Sequence[Diagnostic]:
        """Only the diagnostics with severity ``error``."""
        return [d for d in self.diagnostics if d.is_error]


class PolicyRuntimeError(Exception):
    """Raised at evaluation time when a task or staff record lacks a field the schema requires.

    Records are expected to be validated once per dispatch; the compiled code trusts them and
    turns a missing key into this error instead of a silent non-match.
    """
