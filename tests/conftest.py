"""Fixtures shared by the whole suite.

Every test that uses ``database`` (directly or through ``runtime``, ``app`` or ``client``)
runs twice: on the embedded default (SQLite, jobs in-process) and on the production shape
(PostgreSQL, Redis broker, a real Celery worker subprocess). When PostgreSQL or Redis is
missing the second leg is skipped locally and fails in CI (``CI=true``).
"""

from __future__ import annotations

from dispatchhub import domains

# What the app, the worker and the CLI do first: the domains add their outbox tasks.
domains.load()

pytest_plugins = [
    "tests.fixtures.services",
    "tests.fixtures.database",
    "tests.fixtures.app",
    "tests.fixtures.users",
    "tests.fixtures.oidc",
    "tests.fixtures.push_service",
    "tests.fixtures.bookings",
    "tests.fixtures.catalog",
    "tests.fixtures.dispatch",
    "tests.fixtures.dispatch_engine",
    "tests.fixtures.reviews",
    "tests.fixtures.orders",
    "tests.fixtures.live",
]
