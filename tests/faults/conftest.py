"""Fixtures of the fault tests: a PostgreSQL database of their own, reached through a
proxy the test can cut.

These tests need PostgreSQL (and some Redis): missing, they are skipped locally and fail in
CI (``CI=true``), like the other production-shaped legs.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from dispatchhub import db
from dispatchhub.config import Settings
from dispatchhub.piccolo_app import all_tables
from tests.faults.proxy import TcpProxy
from tests.fixtures.database import (
    TEST_SECRET,
    Backend,
    _create_database,
    _drop_database,
    _migrate,
)


@dataclass(frozen=True)
class FaultDatabase:
    """The migrated database of the fault tests, and its server's admin URL."""

    url: str
    admin_url: str

    def settings(self, url: str | None = None, **overrides: object) -> Settings:
        """Test settings (cheap hashing, fast polling) on ``url`` (default: direct)."""
        backend = Backend("postgres", url or self.url)
        return backend.settings(url or self.url, **overrides)


@pytest.fixture(scope="session")
def fault_database(postgres_server: str) -> Iterator[FaultDatabase]:
    """A PostgreSQL database migrated once for the fault tests."""
    name = f"dispatchhub_faults_{os.getpid()}"
    url = f"{postgres_server.rsplit('/', 1)[0]}/{name}"
    asyncio.run(_create_database(postgres_server, name))
    asyncio.run(_migrate(Backend("postgres", url).settings()))
    yield FaultDatabase(url, postgres_server)
    asyncio.run(_drop_database(postgres_server, name))


async def empty_tables() -> None:
    """Truncate every table of the configured database."""
    tables = ", ".join(f'"{t._meta.tablename}"' for t in all_tables())
    await db.current_engine().run_ddl(f"TRUNCATE {tables} CASCADE")


@pytest.fixture
def db_proxy(fault_database: FaultDatabase) -> Iterator[TcpProxy]:
    """A proxy in front of the fault database's server."""
    parts = urlsplit(fault_database.url)
    proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432).start()
    yield proxy
    proxy.stop()


def through(url: str, proxy: TcpProxy) -> str:
    """``url`` with its host and port replaced by the proxy's."""
    parts = urlsplit(url)
    user = f"{parts.username}@" if parts.username else ""
    return f"{parts.scheme}://{user}127.0.0.1:{proxy.port}{parts.path}"


@pytest.fixture
async def proxied(fault_database: FaultDatabase, db_proxy: TcpProxy) -> AsyncIterator[Settings]:
    """Settings whose database connections all pass through :func:`db_proxy`, on empty
    tables."""
    # a statement unanswered for a second fails (a partition is answered, not waited out)
    settings = fault_database.settings(
        through(fault_database.url, db_proxy), db_command_timeout=1.0
    )
    db.configure(settings)
    await empty_tables()
    yield settings


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The figures of the fault tests that ran (requests, lost, doubled, recovery)."""
    from tests.faults.figures import FIGURES

    if FIGURES:
        terminalreporter.section("fault figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


__all__ = ["TEST_SECRET", "FaultDatabase", "through"]
