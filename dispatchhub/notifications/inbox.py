"""The in-app inbox: a user's INAPP notifications, newest first, and marking them read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from dispatchhub import keyset
from dispatchhub.keyset import cursor_of
from dispatchhub.notifications.tables import Notification

__all__ = ["MAX_PAGE", "InboxPage", "cursor_of", "inbox_page", "mark_read"]

MAX_PAGE = 100


@dataclass(frozen=True, slots=True)
class InboxPage:
    """One page of the inbox and the cursor of its last row."""

    rows: list[dict[str, Any]]
    end_cursor: str | None
    has_next_page: bool
    unread: int


async def inbox_page(
    user_id: UUID, *, first: int, after: str | None, unread_only: bool
) -> InboxPage:
    """The user's in-app messages, newest first.

    Raises:
        ValueError: ``first`` outside 1..100 or a malformed ``after``.
    """
    if not 1 <= first <= MAX_PAGE:
        raise ValueError(f"first must be between 1 and {MAX_PAGE}")
    mine = (Notification.recipient == user_id) & (Notification.channel == "INAPP")
    where = mine
    if unread_only:
        where &= Notification.read_at.is_null()
    if after is not None:
        where &= keyset.after(Notification.created_at, Notification.id, after)
    rows = list(
        await Notification.select()
        .where(where)
        .order_by(Notification.created_at, Notification.id, ascending=False)
        .limit(first + 1)
        .output(load_json=True)
    )
    unread = await Notification.count().where(mine & Notification.read_at.is_null())
    has_next = len(rows) > first
    rows = rows[:first]
    return InboxPage(rows, cursor_of(rows[-1]) if rows else None, has_next, unread)


async def mark_read(user_id: UUID, ids: list[UUID]) -> int:
    """Mark the user's own messages among ``ids`` read; returns how many changed."""
    if not ids:
        return 0
    changed = await (
        Notification.update({Notification.read_at: datetime.now(UTC)})
        .where(
            Notification.id.is_in(ids)
            & (Notification.recipient == user_id)
            & Notification.read_at.is_null()
        )
        .returning(Notification.id)
    )
    return len(changed)
