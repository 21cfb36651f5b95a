"""Helpers for migration files that must run unchanged on SQLite and PostgreSQL."""

from __future__ import annotations

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

__all__ = ["PortableMigrationManager"]


class PortableMigrationManager(MigrationManager):
    """A MigrationManager whose column alterations are skipped on SQLite.

    SQLite has no ``ALTER COLUMN``. The alterations we make are column defaults and
    nullability, which only matter to SQL that omits a column; every INSERT Piccolo writes
    names every column, so on SQLite the old table definition behaves the same. Piccolo's
    migration state (what ``--auto`` diffs against) still records the alteration.
    """

    async def _run_alter_columns(self, backwards: bool = False) -> None:
        engine = engine_finder()
        if engine is not None and engine.engine_type == "sqlite":
            return
        await super()._run_alter_columns(backwards=backwards)
