"""dispatchhub: a pluggable low-code platform for task dispatch (派单).

The design card calls this package ``platform/``; that name would shadow Python's
standard-library module ``platform``, so the core lives in ``dispatchhub``.
"""

from __future__ import annotations

from dispatchhub.plugins.hookspecs import hookimpl

__all__ = ["hookimpl"]
__version__ = "0.1.0"
