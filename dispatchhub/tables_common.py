"""Column helpers shared by every domain's tables."""

from __future__ import annotations

from typing import Any

from piccolo.columns import UUID, Timestamptz
from piccolo.columns.defaults.timestamptz import TimestamptzNow

__all__ = ["created_at", "primary_key", "updated_at"]


def primary_key() -> Any:
    """A random UUID key: unguessable, and safe to create on any app instance."""
    return UUID(primary_key=True)


def created_at() -> Any:
    """When the row was written (UTC)."""
    return Timestamptz(default=TimestamptzNow(), index=True)


def updated_at() -> Any:
    """When the row last changed (UTC); services set it on every update."""
    return Timestamptz(default=TimestamptzNow())
