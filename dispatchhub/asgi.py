"""ASGI entry point for uvicorn and other servers: ``dispatchhub.asgi:app``."""

from __future__ import annotations

from dispatchhub.app import create_app
from dispatchhub.config import Settings

_settings = Settings()
app = create_app(_settings, migrate=_settings.database_kind == "sqlite")
