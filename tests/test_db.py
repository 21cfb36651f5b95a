"""Opening the database: SQLite must have the math functions the report rollups use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from piccolo.engine.sqlite import SQLiteEngine

from dispatchhub import db
from dispatchhub.config import Settings


async def test_this_sqlite_has_the_functions_the_reports_use(tmp_path: Path) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'a.sqlite'}")
    db.configure(settings)

    await db.open_pool(settings)


async def test_a_sqlite_without_math_functions_is_refused_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'b.sqlite'}")
    db.configure(settings)

    async def without_math(engine: SQLiteEngine, ddl: str) -> None:
        raise sqlite3.OperationalError("no such function: ln")

    monkeypatch.setattr(SQLiteEngine, "run_ddl", without_math)

    with pytest.raises(RuntimeError, match="math functions"):
        await db.open_pool(settings)
