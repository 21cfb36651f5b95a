"""The Piccolo engine: built from settings, bound to every table, with a pool on PostgreSQL.

Piccolo finds its engine through ``piccolo_conf.DB`` (the migration commands use that
path), which asks :func:`piccolo_engine`; :func:`configure` chooses it and binds it to every
table, so the app, the
worker, the CLI and the tests all decide the database from :class:`Settings` alone.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import weakref
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

from asyncpg.exceptions import UniqueViolationError
from piccolo.engine.base import Engine
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine, TransactionType
from piccolo.table import Table

from dispatchhub.config import Settings

__all__ = [
    "close_pool",
    "configure",
    "current_engine",
    "is_unique_violation",
    "like_term",
    "migrate",
    "on_commit",
    "open_pool",
    "piccolo_engine",
    "write",
]

os.environ.setdefault("PICCOLO_CONF", "dispatchhub.piccolo_conf")

_engine: Engine[Any] | None = None
_default_engine: Engine[Any] | None = None
_after_commit: ContextVar[list[Callable[[], None]] | None] = ContextVar(
    "dispatchhub_after_commit", default=None
)
log = logging.getLogger(__name__)
# SQLite has one write lock per file, and a connection that finds it taken sleeps and retries
# (the busy timeout): fifty coroutines of one process contending for it spend most of their
# time asleep. Queueing them on an asyncio lock first leaves the file lock to other processes.
_sqlite_writers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
    weakref.WeakKeyDictionary()
)


# What SQLite reports for a duplicate key: SQLITE_CONSTRAINT_UNIQUE and _PRIMARYKEY.
_SQLITE_DUPLICATE_KEY = frozenset({2067, 1555})


def is_unique_violation(exc: BaseException) -> bool:
    """Whether ``exc`` is the database refusing a duplicate key, on either engine.

    Decided by the drivers' error classes and codes, never by the message: asyncpg's
    ``UniqueViolationError`` (SQLSTATE 23505) on PostgreSQL, an ``IntegrityError`` whose
    extended result code is a unique or primary-key constraint on SQLite.
    """
    if isinstance(exc, UniqueViolationError):
        return True
    if isinstance(exc, sqlite3.IntegrityError):
        return getattr(exc, "sqlite_errorcode", None) in _SQLITE_DUPLICATE_KEY
    return False


def like_term(text: str) -> str:
    """``text`` for a ``LIKE '%…%'`` match, trimmed. SQLite's LIKE has no default escape
    character, so the text's own wildcards are dropped rather than escaped."""
    return text.replace("%", "").replace("_", "").strip()


def build_engine(settings: Settings) -> Engine[Any]:
    """A Piccolo engine for the configured database (no connections opened yet)."""
    if settings.database_kind == "postgres":
        from dispatchhub.db_engine import ReleasingPostgresEngine

        return ReleasingPostgresEngine(config={"dsn": settings.postgres_dsn})
    path = settings.sqlite_path
    path.parent.mkdir(parents=True, exist_ok=True)
    # A writer waits up to 30 s for the single SQLite write lock instead of failing.
    return SQLiteEngine(path=str(path), timeout=30)


def configure(settings: Settings) -> Engine[Any]:
    """Make ``settings.database_url`` the database of every table and of Piccolo's commands.

    Tables defined so far are bound here; one imported later finds the same engine through
    ``piccolo_conf.DB`` (:func:`piccolo_engine`).
    """
    global _engine
    from piccolo.apps.migrations.tables import Migration
    from piccolo.table import TABLE_REGISTRY

    from dispatchhub import piccolo_speed

    piccolo_speed.install()
    engine = build_engine(settings)
    _engine = engine
    tables: list[type[Table]] = [*TABLE_REGISTRY, Migration]
    for table in tables:
        table._meta.db = engine
    return engine


def piccolo_engine() -> Engine[Any]:
    """What ``piccolo_conf.DB`` is: the engine :func:`configure` set, else (a migration
    command run from a shell) one built once from the environment's settings."""
    global _default_engine
    if _engine is not None:
        return _engine
    if _default_engine is None:
        _default_engine = build_engine(Settings())
    return _default_engine


def current_engine() -> Engine[Any]:
    """The engine :func:`configure` set."""
    if _engine is None:
        raise RuntimeError("dispatchhub.db.configure(settings) has not been called")
    return _engine


async def open_pool(settings: Settings) -> None:
    """Open the PostgreSQL connection pool; on SQLite (no pool) check the functions the
    report rollups need.

    Raises:
        RuntimeError: SQLite was built without its math functions (``ln``, ``ceil``).
    """
    engine = current_engine()
    if isinstance(engine, PostgresEngine):
        await engine.start_connection_pool(
            min_size=settings.db_pool_min,
            max_size=settings.db_pool_max,
            reset=_keep_session,
            command_timeout=settings.db_command_timeout,
            timeout=settings.db_command_timeout,
        )
        return
    try:
        await engine.run_ddl("SELECT ln(2.0), ceil(0.5)")
    except Exception as exc:
        raise RuntimeError(
            "this Python's SQLite lacks the math functions (ln, ceil) the reports use: "
            "use SQLite 3.35 or later built with them (Debian's, python.org's and uv's "
            "Pythons are), or PostgreSQL"
        ) from exc


async def _keep_session(connection: Any) -> None:
    """What a pooled connection needs when it goes back to the pool: nothing more than what
    asyncpg always does (roll back a transaction left open, drop listeners).

    asyncpg's default also sends ``RESET ALL; CLOSE ALL; UNLISTEN *;
    pg_advisory_unlock_all()``: a round trip after every statement run outside a
    transaction, which doubled the reads of a request. Nothing here changes session state:
    settings are ``SET LOCAL`` and advisory locks ``pg_advisory_xact_lock``, both ending with
    their transaction, and live updates travel over Redis, not ``LISTEN``.
    """


async def close_pool() -> None:
    """Close the PostgreSQL connection pool, if one is open."""
    engine = current_engine()
    if isinstance(engine, PostgresEngine):
        await engine.close_connection_pool()


@asynccontextmanager
async def write() -> AsyncIterator[Any]:
    """A write transaction that commits on exit and rolls back on an exception.

    On SQLite it starts as ``BEGIN IMMEDIATE``: taking the write lock up front avoids the
    "database is locked" failure when two readers both try to upgrade to writers; the write
    transactions of one process queue for it in order instead of polling. Callbacks
    registered with :func:`on_commit` inside it run after a successful commit, never after
    a rollback. Nested calls join the outer transaction.
    """
    engine = current_engine()
    if engine.current_transaction.get() is not None:
        yield engine.current_transaction.get()
        return
    callbacks: list[Callable[[], None]] = []
    token = _after_commit.set(callbacks)
    try:
        if isinstance(engine, SQLiteEngine):
            loop = asyncio.get_running_loop()
            queue = _sqlite_writers.setdefault(loop, asyncio.Lock())
            async with (
                queue,
                engine.transaction(transaction_type=TransactionType.immediate) as tx,
            ):
                yield tx
        else:
            async with engine.transaction() as tx:
                yield tx
    finally:
        _after_commit.reset(token)
    for callback in callbacks:
        try:
            callback()
        except Exception:  # the data is committed; a failed nudge must not undo the request
            log.exception("after-commit callback failed")


def on_commit(callback: Callable[[], None]) -> None:
    """Run ``callback`` once the enclosing :func:`write` transaction commits.

    Outside a transaction it runs at once (the statement already committed on its own).
    """
    callbacks = _after_commit.get()
    if callbacks is None:
        callback()
    else:
        callbacks.append(callback)


async def migrate() -> None:
    """Apply every pending migration of the core and of plugins' Piccolo apps."""
    from piccolo.apps.migrations.commands.forwards import run_forwards

    response = await run_forwards(app_name="all", migration_id="all", fake=False)
    if not response.success:
        raise RuntimeError(f"migrations failed: {response.message}")
