"""graphql-transport-ws with the sign-in held to its token's current state.

``connection_init`` signs a socket in once (:meth:`DispatchGraphQL.on_ws_connect`). After
that the socket is only as good as the token it presented:

- every operation sent over it (query, mutation or subscription) is authorised as an HTTP
  request would be, against the token's current state and the caller's current roles;
- the socket closes with **4401** the moment its access token expires, and with **4403** the
  moment its user's sign-ins end (password reset, account disabled, signed out everywhere),
  announced on the live bus by :func:`dispatchhub.users.sessions.end_all_sessions`;
- every ``ws_recheck_seconds`` it checks the token again anyway, in case that announcement
  was lost (Redis restarting).

A client answers 4401 by refreshing its token and reconnecting, and 4403 by signing in again.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    ConnectionInitMessage,
    SubscribeMessage,
)

from dispatchhub import live
from dispatchhub.graphql.context import Context
from dispatchhub.outbox.service import now
from dispatchhub.users.authentication import authenticate
from dispatchhub.users.sessions import SESSIONS_ENDED

__all__ = ["EXPIRED", "REVOKED", "SignedInSocket"]

EXPIRED = 4401  # the token ran out or is no longer valid: refresh it and reconnect
REVOKED = 4403  # the sign-in has ended: sign in again


class SignedInSocket(BaseGraphQLTransportWSHandler[Context, None]):
    """Strawberry's graphql-transport-ws handler, re-authorising every operation and closing
    when the sign-in ends (see the module docs)."""

    guard: asyncio.Task[None] | None = None

    async def handle_connection_init(self, message: ConnectionInitMessage) -> None:
        await super().handle_connection_init(message)
        if self.connection_acknowledged and self.guard is None:
            self.guard = asyncio.create_task(self._guard())
            self.guard.add_done_callback(self._task_done)

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        if self.connection_acknowledged and not await self._still_signed_in():
            return
        await super().handle_subscribe(message)

    async def shutdown(self) -> None:
        if self.guard is not None:
            self.guard.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.guard
        await super().shutdown()

    async def _still_signed_in(self) -> bool:
        """Authenticate the socket's token again; close the socket when it no longer holds.

        On success the context carries the caller's current roles for what runs next.
        """
        context = self.context
        params: dict[str, Any] = context.connection_params or {}
        token = params.get("Authorization", params.get("authorization"))
        auth = await authenticate(
            context.runtime.settings, context.enforcer, token if isinstance(token, str) else None
        )
        if auth.actor.user_id is None or auth.actor.user_id != context.actor.user_id:
            code = REVOKED if auth.revoked else EXPIRED
            await self.websocket.close(code=code, reason=auth.problem or "Sign in again.")
            return False
        context.actor = auth.actor
        context.expires_at = auth.expires_at
        return True

    async def _guard(self) -> None:
        """Close the socket when its token expires or its user's sessions end."""
        context = self.context
        every = context.runtime.settings.ws_recheck_seconds
        async with live.listen([SESSIONS_ENDED]) as ended:
            while True:
                expires_at = context.expires_at
                left = every if expires_at is None else (expires_at - now()).total_seconds()
                if left <= 0:
                    await self.websocket.close(code=EXPIRED, reason="The access token expired.")
                    return
                try:
                    message = await asyncio.wait_for(ended.get(), min(every, left))
                except TimeoutError:
                    if not await self._still_signed_in():
                        return
                    continue
                if message.subject == context.actor.user_id:
                    await self.websocket.close(code=REVOKED, reason="Signed out everywhere.")
                    return
