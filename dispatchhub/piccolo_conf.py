"""Piccolo's configuration module (``PICCOLO_CONF=dispatchhub.piccolo_conf``).

``DB`` starts from the environment's settings; :func:`dispatchhub.db.configure` replaces
it when the app, worker or tests choose a database explicitly.
"""

from __future__ import annotations

from typing import Any

from piccolo.conf.apps import AppRegistry
from piccolo.engine.base import Engine

from dispatchhub.config import Settings
from dispatchhub.db import build_engine

DB: Engine[Any] = build_engine(Settings())
APP_REGISTRY = AppRegistry(apps=["dispatchhub.piccolo_app"])
