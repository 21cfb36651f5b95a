"""Relay ``PageInfo`` for the keyset-paged connections."""

from __future__ import annotations

from strawberry import relay

__all__ = ["page_info"]


def page_info(cursors: list[str], *, has_next: bool, after: str | None = None) -> relay.PageInfo:
    """The page's info: its first and last cursors, and whether pages follow or precede."""
    return relay.PageInfo(
        has_next_page=has_next,
        has_previous_page=after is not None,
        start_cursor=cursors[0] if cursors else None,
        end_cursor=cursors[-1] if cursors else None,
    )
