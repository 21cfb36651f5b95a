"""Keyset pagination, newest first: opaque cursors over (created_at, id)."""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any
from uuid import UUID

__all__ = ["after", "cursor_of"]


def cursor_of(row: dict[str, Any]) -> str:
    """The opaque position of a row in the newest-first order."""
    raw = f"{row['created_at'].isoformat()}|{row['id']}"
    return base64.urlsafe_b64encode(raw.encode()).decode()


def after(created_at: Any, row_id: Any, cursor: str) -> Any:
    """The condition selecting the rows after ``cursor`` in the newest-first order.

    Args:
        created_at: the table's ``created_at`` column.
        row_id: the table's ``id`` column.
        cursor: a value from :func:`cursor_of`.

    Raises:
        ValueError: the cursor was not made by :func:`cursor_of`.
    """
    try:
        at, _, last = base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
        when, last_id = datetime.fromisoformat(at), UUID(last)
    except UnicodeDecodeError as exc:
        raise ValueError("not a cursor") from exc
    return (created_at < when) | ((created_at == when) & (row_id < last_id))
