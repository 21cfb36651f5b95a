"""The core's Piccolo app: every table and the migrations in ``dispatchhub/migrations``."""

from __future__ import annotations

from pathlib import Path

from piccolo.conf.apps import AppConfig

from dispatchhub.db import all_tables

APP_CONFIG = AppConfig(
    app_name="dispatchhub",
    migrations_folder_path=str(Path(__file__).parent / "migrations"),
    table_classes=all_tables(),
    migration_dependencies=[],
    commands=[],
)
