"""A faster way to Piccolo's foreign-key column methods (docs/performance.md).

Piccolo's ``ForeignKey.__getattribute__`` computes ``dir(self)`` on every access of a public
attribute, to notice a lazily referenced table's columns on first use. Query building calls
the methods of foreign-key columns (``Order.assignee.is_in``, ``.is_not_null``, ``.copy``)
dozens of times a request: the ``dir`` calls were a tenth of a grab's CPU. A method of the
class is in ``dir(self)`` by definition, so for those names the check can only pass and the
lookup returns the bound method unchanged; this skips straight to it. Every other name
(columns reached through the key, proxy columns, anything an instance shadows) goes through
Piccolo's own ``__getattribute__``.
"""

from __future__ import annotations

import inspect
import types
from typing import Any

from piccolo.columns.column_types import ForeignKey

__all__ = ["install"]

_original = ForeignKey.__getattribute__


def _methods(cls: type) -> frozenset[str]:
    """The public names of ``cls`` that are plain methods (not columns, not properties)."""
    kinds = (types.FunctionType, staticmethod, classmethod)
    return frozenset(
        name
        for name in dir(cls)
        if not name.startswith("_") and isinstance(inspect.getattr_static(cls, name), kinds)
    )


_METHODS = _methods(ForeignKey)


def _getattribute(self: ForeignKey[Any], name: str) -> Any:
    if (
        name in _METHODS
        and type(self) is ForeignKey
        and name not in object.__getattribute__(self, "__dict__")
    ):
        return object.__getattribute__(self, name)
    return _original(self, name)


def install() -> None:
    """Use the fast lookup for every ``ForeignKey`` (idempotent)."""
    ForeignKey.__getattribute__ = _getattribute  # type: ignore[method-assign]


def installed() -> bool:
    """Whether :func:`install` ran in this process."""
    return ForeignKey.__getattribute__ is _getattribute
