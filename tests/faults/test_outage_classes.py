"""Which failures are a database outage (503, retry) and which are not (a fault, 500)."""

from __future__ import annotations

import errno
import sqlite3

import asyncpg
import pytest

from dispatchhub.outages import database_unavailable


def wrapped(inner: BaseException) -> Exception:
    try:
        try:
            raise inner
        except BaseException as exc:
            raise RuntimeError("while reading") from exc
    except RuntimeError as outer:
        return outer


@pytest.mark.parametrize(
    "failure",
    [
        ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"),
        ConnectionResetError(errno.ECONNRESET, "Connection reset by peer"),
        TimeoutError(),
        OSError("Multiple exceptions: [Errno 111] Connect call failed"),
        OSError(errno.EHOSTUNREACH, "No route to host"),
        asyncpg.ConnectionDoesNotExistError("connection was closed in the middle of operation"),
        asyncpg.AdminShutdownError("terminating connection due to administrator command"),
        asyncpg.CannotConnectNowError("the database system is starting up"),
        wrapped(ConnectionResetError(errno.ECONNRESET, "reset")),
    ],
)
def test_outages(failure: BaseException) -> None:
    assert database_unavailable(failure)


@pytest.mark.parametrize(
    "failure",
    [
        ValueError("bad input"),
        OSError(errno.ENOSPC, "No space left on device"),
        FileNotFoundError(errno.ENOENT, "No such file"),
        PermissionError(errno.EACCES, "Permission denied"),
        asyncpg.UniqueViolationError("duplicate key"),
        asyncpg.PostgresSyntaxError("syntax error"),
        sqlite3.IntegrityError("UNIQUE constraint failed"),
        wrapped(KeyError("x")),
    ],
)
def test_not_outages(failure: BaseException) -> None:
    assert not database_unavailable(failure)
