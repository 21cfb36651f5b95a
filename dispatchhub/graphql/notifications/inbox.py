"""The in-app inbox of the signed-in user: list and mark read."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import BadUserInput
from dispatchhub.notifications.inbox import cursor_of, inbox_page, mark_read

__all__ = ["InboxMutation", "InboxQuery"]


@strawberry.type(name="Notification", description="One in-app message.")
class NotificationNode:
    id: strawberry.ID
    template: str = strawberry.field(description="What it is about (order_new, order_help…).")
    subject: str
    body: str
    params: JSON
    created_at: datetime
    read_at: datetime | None


@strawberry.type
class NotificationEdge:
    node: NotificationNode
    cursor: str


@strawberry.type(description="A page of the inbox, newest first.")
class NotificationConnection:
    edges: list[NotificationEdge]
    page_info: relay.PageInfo
    unread_count: int


@strawberry.input
class NotificationMarkReadInput:
    ids: list[strawberry.ID]


@strawberry.type
class NotificationMarkReadPayload:
    marked: int


@strawberry.type
class InboxQuery:
    @strawberry.field(description="Your in-app messages, newest first.")
    async def notifications(
        self,
        info: strawberry.Info[Context, None],
        first: int = 20,
        after: str | None = None,
        unread_only: bool = False,
    ) -> NotificationConnection:
        user = info.context.user_id
        try:
            page = await inbox_page(user, first=first, after=after, unread_only=unread_only)
        except (ValueError, UnicodeDecodeError) as exc:
            raise BadUserInput(str(exc)) from None
        edges = [
            NotificationEdge(
                node=NotificationNode(
                    id=strawberry.ID(str(r["id"])), template=r["template"], subject=r["subject"],
                    body=r["body"], params=r["params"], created_at=r["created_at"],
                    read_at=r["read_at"],
                ),
                cursor=cursor_of(r),
            )
            for r in page.rows
        ]  # fmt: skip
        return NotificationConnection(
            edges=edges,
            page_info=relay.PageInfo(
                has_next_page=page.has_next_page, has_previous_page=after is not None,
                start_cursor=None, end_cursor=page.end_cursor,
            ),
            unread_count=page.unread,
        )  # fmt: skip


@strawberry.type
class InboxMutation:
    @strawberry.mutation(description="Mark your messages read (others' ids are ignored).")
    async def notification_mark_read(
        self, info: strawberry.Info[Context, None], input: NotificationMarkReadInput
    ) -> NotificationMarkReadPayload:
        user = info.context.user_id
        try:
            ids = [UUID(i) for i in input.ids]
        except ValueError:
            raise BadUserInput("ids must be notification ids.") from None
        return NotificationMarkReadPayload(marked=await mark_read(user, ids))
