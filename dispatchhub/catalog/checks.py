"""Small typed checks shared by the catalog's validators; each reports at an API field path.

Admin input arrives as untyped JSON (a GraphQL ``JSON`` scalar, a plugin, a test), so each
check takes ``object`` and either returns the typed value or records a :class:`FieldError`
and returns None. Paths are the API's camelCase input paths (``cancellationPolicy.rules.0``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.errors import FieldError, ValidationFailed

__all__ = ["CODE_PATTERN", "Problems"]

CODE_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,49}")


@dataclass
class Problems:
    """Field errors collected while checking one input."""

    errors: list[FieldError] = field(default_factory=list)

    def add(self, code: CatalogErrorCode, path: str | None, **params: object) -> None:
        """Record one problem at ``path``."""
        self.errors.append(FieldError(code, path, params))

    def expected(self, path: str | None, zh: str, en: str) -> None:
        """Record that the value at ``path`` is not of the kind expected (named in zh and en)."""
        self.add(CatalogErrorCode.EXPECTED_TYPE, path, type_zh=zh, type_en=en)

    def raise_if_any(self) -> None:
        """Raise :class:`ValidationFailed` with everything recorded, if anything was."""
        if self.errors:
            raise ValidationFailed(list(self.errors))

    def integer(self, value: object, path: str, lo: int, hi: int) -> int | None:
        """An integer within ``lo..hi`` (booleans are not integers here)."""
        if isinstance(value, bool) or not isinstance(value, int):
            self.expected(path, "整数", "a whole number")
            return None
        if not lo <= value <= hi:
            self.add(CatalogErrorCode.OUT_OF_RANGE, path, min=lo, max=hi)
            return None
        return value

    def number(self, value: object, path: str, lo: float, hi: float) -> float | None:
        """A finite number within ``lo..hi``."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.expected(path, "数字", "a number")
            return None
        if not math.isfinite(value) or not lo <= value <= hi:
            self.add(CatalogErrorCode.OUT_OF_RANGE, path, min=lo, max=hi)
            return None
        return float(value)

    def text(self, value: object, path: str, *, limit: int, required: bool = True) -> str | None:
        """A string, stripped, at most ``limit`` characters; empty only when not required."""
        if not isinstance(value, str):
            self.expected(path, "文本", "text")
            return None
        value = value.strip()
        if required and not value:
            self.add(CatalogErrorCode.REQUIRED, path)
            return None
        if len(value) > limit or "\x00" in value:
            self.add(CatalogErrorCode.TOO_LONG, path, limit=limit)
            return None
        return value

    def code(self, value: object, path: str) -> str | None:
        """A machine code: lower-case letter, then letters, digits or ``_`` (≤ 50)."""
        if not isinstance(value, str) or CODE_PATTERN.fullmatch(value) is None:
            self.add(CatalogErrorCode.INVALID_CODE, path)
            return None
        return value

    def boolean(self, value: object, path: str) -> bool | None:
        """A JSON boolean."""
        if not isinstance(value, bool):
            self.expected(path, "true 或 false", "true or false")
            return None
        return value

    def items(self, value: object, path: str, *, limit: int) -> list[object] | None:
        """A JSON array of at most ``limit`` entries."""
        if not isinstance(value, list):
            self.expected(path, "列表", "a list")
            return None
        if len(value) > limit:
            self.add(CatalogErrorCode.TOO_LONG, path, limit=limit)
            return None
        return value
