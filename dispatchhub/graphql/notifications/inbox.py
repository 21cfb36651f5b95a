"""The in-app inbox of the signed-in user: list and mark read."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import BadUserInput
from dispatchhub.graphql.node import row_id
from dispatchhub.notifications.inbox import cursor_of, inbox_page, mark_read

__all__ = ["InboxMutation", "InboxQuery"]


@strawberry.type(name="Notification", description="One in-app message.")
class NotificationNode:
    id: strawberry.ID = strawberry.field(
        description="The notice's id (for `notificationMarkRead`)."
    )
    template: str = strawberry.field(description="What it is about (order_new, order_help…).")
    subject: str = strawberry.field(description="Its title, in the recipient's language.")
    body: str = strawberry.field(description="Its text, in the recipient's language.")
    params: JSON = strawberry.field(
        description="The values the template filled in (JSON object, e.g. the order's number)."
    )
    created_at: datetime = strawberry.field(description="When it was sent.")
    read_at: datetime | None = strawberry.field(
        description="When you marked it read; null while unread."
    )


@strawberry.type
class NotificationEdge:
    node: NotificationNode
    cursor: str


@strawberry.type(description="A page of the inbox, newest first.")
class NotificationConnection:
    edges: list[NotificationEdge]
    page_info: relay.PageInfo
    unread_count: int = strawberry.field(
        description="How many of your notices are unread (all of them, not just this page)."
    )


@strawberry.input
class NotificationMarkReadInput:
    ids: list[strawberry.ID] = strawberry.field(
        description="Notice ids; ids of other people's notices are ignored."
    )


@strawberry.type(description="What `notificationMarkRead` answers.")
class NotificationMarkReadPayload:
    marked: int = strawberry.field(
        description="How many notices this marked read (already read ones do not count)."
    )


@strawberry.type
class InboxQuery:
    @strawberry.field(description="Your in-app messages, newest first.")
    async def notifications(
        self,
        info: strawberry.Info[Context, None],
        first: int = 20,
        after: str | None = None,
        unread_only: Annotated[
            bool, strawberry.argument(description="Only unread notices.")
        ] = False,
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
        ids = [row_id(i, "Notification") for i in input.ids]
        if None in ids:
            raise BadUserInput("ids must be notification ids.")
        return NotificationMarkReadPayload(marked=await mark_read(user, [i for i in ids if i]))
