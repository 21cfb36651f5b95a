"""What a running process shares: settings, the plugin manager, the outbox relay.

The app factory and the Celery worker each build one; services that need plugins or
settings receive it explicitly rather than reaching for a global.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import pluggy

from dispatchhub import db, live
from dispatchhub.config import Settings
from dispatchhub.outbox.relay import CeleryHandoff, InProcessHandoff, OutboxRelay
from dispatchhub.plugins.defaults.local_storage import LocalStorage
from dispatchhub.plugins.manager import create_plugin_manager

__all__ = ["Runtime", "create_runtime"]

# The old fixed visibility timeout; the setting ``outbox_visibility_seconds`` replaces it.
OUTBOX_VISIBILITY = timedelta(minutes=5)


@dataclass(eq=False)
class Runtime:
    """Process-wide state; one per app process and one per worker process."""

    settings: Settings
    plugins: pluggy.PluginManager
    relay: OutboxRelay | None = field(default=None)

    @property
    def jobs_mode(self) -> str:
        """``celery`` when a Redis broker is configured, else ``in-process``."""
        return "celery" if self.settings.redis_url else "in-process"

    @property
    def outbox_visibility(self) -> timedelta:
        """How long a handed-off row may show no sign of life (``outbox_visibility_seconds``)."""
        return timedelta(seconds=self.settings.outbox_visibility_seconds)

    def start_relay(self, *, visibility: timedelta | None = None) -> OutboxRelay:
        """Create and start the outbox relay for this process."""
        handoff = CeleryHandoff(self.settings) if self.settings.redis_url else InProcessHandoff()
        self.relay = OutboxRelay(self, handoff, visibility=visibility or self.outbox_visibility)
        self.relay.start()
        return self.relay


LOCAL_STORAGE = "dispatchhub.local_storage"


def create_runtime(
    settings: Settings,
    *,
    plugins: pluggy.PluginManager | None = None,
) -> Runtime:
    """Configure the database for ``settings`` and load plugins (unless given)."""
    db.configure(settings)
    live.configure(settings)
    if plugins is None:
        plugins = create_plugin_manager(
            allow=settings.plugin_allow_list, trace=settings.trace_plugins
        )
    if plugins.get_plugin(LOCAL_STORAGE) is None:
        plugins.register(LocalStorage(settings.storage_dir), name=LOCAL_STORAGE)
    return Runtime(settings=settings, plugins=plugins)
