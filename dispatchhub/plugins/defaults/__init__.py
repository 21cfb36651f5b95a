"""Built-in behaviour, registered exactly like an outside plugin (Datasette style)."""

from __future__ import annotations

from dispatchhub.plugins.defaults import distance, log_senders

__all__ = ["DEFAULT_PLUGINS"]

DEFAULT_PLUGINS = (log_senders, distance)
