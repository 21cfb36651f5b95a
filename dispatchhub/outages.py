"""Telling "the database is away" apart from every other failure, and answering it.

A request or task that fails because PostgreSQL (or the network to it) is gone is not a bug
and not the caller's fault: the caller should try again shortly. :func:`database_unavailable`
recognises those failures, wherever they were raised and however they were wrapped;
:class:`OutageGuard` answers them on every HTTP route with ``503`` JSON and ``Retry-After``
instead of a bare ``500``.
"""

from __future__ import annotations

import errno
import json
import logging
import socket
import sqlite3
from collections.abc import Iterator

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["RETRY_AFTER_SECONDS", "DatabaseUnavailable", "OutageGuard", "database_unavailable"]

log = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 5
_NETWORK_ERRNOS = {
    errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EHOSTUNREACH,
    errno.ENETUNREACH, errno.ENETDOWN, errno.ETIMEDOUT, errno.EPIPE,
}  # fmt: skip
MESSAGE = "The service is briefly unavailable (its database cannot be reached). Try again shortly."


class DatabaseUnavailable(Exception):
    """Raised where a database outage must be reported as such (sign-in, probes)."""


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        if isinstance(item, BaseExceptionGroup):
            stack.extend(item.exceptions)
        for linked in (item.__cause__, item.__context__):
            if linked is not None:
                stack.append(linked)


def database_unavailable(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) means the database could not be reached.

    Connection refused or reset, a connection the server terminated (``57P01`` and the other
    class-08 and -57 states), a closed pool, a connect timeout; never a constraint violation
    or a syntax error.
    """
    import asyncpg

    for item in _chain(exc):
        if isinstance(item, DatabaseUnavailable | ConnectionError | TimeoutError):
            return True
        if isinstance(item, socket.gaierror) or (
            isinstance(item, OSError)
            and (item.errno in _NETWORK_ERRNOS or str(item).startswith("Multiple exceptions"))
        ):
            return True  # a network failure (a full disk or a missing file is not an outage)
        if isinstance(item, asyncpg.InterfaceError | asyncpg.PostgresConnectionError):
            return True
        if isinstance(item, asyncpg.PostgresError):
            state = str(getattr(item, "sqlstate", "") or "")
            if state.startswith(("08", "57P")):
                return True
        if isinstance(item, sqlite3.OperationalError) and "unable to open" in str(item):
            return True
    return False


def unavailable_body() -> bytes:
    """The JSON body of a 503: GraphQL's error shape, so clients read it like any error."""
    return json.dumps(
        {"errors": [{"message": MESSAGE, "extensions": {"code": "SERVICE_UNAVAILABLE"}}]}
    ).encode()


class OutageGuard:
    """ASGI middleware: a database outage on any HTTP route becomes ``503`` + ``Retry-After``.

    Only when the response has not started; a failure after that (a streamed download) can
    only end the connection. WebSockets are left to their own close codes.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started or not database_unavailable(exc):
                raise
            log.warning("database unavailable answering %s: %r", scope.get("path"), exc)
            await answer_unavailable(send)


async def answer_unavailable(send: Send) -> None:
    """Send the 503 response."""
    body = unavailable_body()
    await send(
        {
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", str(RETRY_AFTER_SECONDS).encode()),
                (b"cache-control", b"no-store"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
