"""Piccolo's configuration module (``PICCOLO_CONF=dispatchhub.piccolo_conf``).

``DB`` is :func:`dispatchhub.db.piccolo_engine`: the engine :func:`dispatchhub.db.configure`
chose when the app, worker or tests chose a database, else one from the environment's
settings.
"""

from __future__ import annotations

from typing import Any

from piccolo.conf.apps import AppRegistry

from dispatchhub import db

APP_REGISTRY = AppRegistry(apps=["dispatchhub.piccolo_app"])


def __getattr__(name: str) -> Any:
    if name == "DB":
        return db.piccolo_engine()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
