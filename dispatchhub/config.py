"""Typed settings read from the environment (prefix ``DISPATCHHUB_``).

The defaults are the embedded mode: a SQLite file under ``./var``, no Redis (jobs run
in-process through the same outbox relay), Asia/Shanghai business time, zh-CN first.
Production sets at least ``DISPATCHHUB_DATABASE_URL``, ``DISPATCHHUB_REDIS_URL`` and
``DISPATCHHUB_SECRET_KEY``.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "DatabaseKind"]

DatabaseKind = Literal["sqlite", "postgres"]


class Settings(BaseSettings):
    """Everything the platform reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="DISPATCHHUB_", frozen=True, extra="ignore")

    database_url: str = Field(
        default="sqlite:///var/dispatchhub.sqlite",
        description="sqlite:///relative/or//absolute/path or postgresql://user:pw@host:5432/db",
    )
    redis_url: str | None = Field(
        default=None,
        description="Celery broker and pub/sub; unset means jobs run in-process.",
    )
    celery_queue: str = Field(
        default="dispatchhub", description="Celery queue the relay publishes to."
    )
    secret_key: str = Field(
        default_factory=lambda: secrets.token_urlsafe(32),
        description="Signs tokens; a random one per process when unset (dev only).",
    )
    debug: bool = False
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    workers: int = Field(
        default=0,
        ge=0,
        description="Processes `dispatchhub serve` starts; 0: one per CPU core it may use.",
    )
    public_url: str | None = Field(default=None, description="Base URL users reach us at.")
    allowed_origins: str | None = Field(
        default=None,
        description="Comma-separated origins (https://app.example.com) of other sites whose "
        "pages may open GraphQL WebSockets; the app's own origin and public_url always may.",
    )
    timezone: str = "Asia/Shanghai"
    default_currency: str = "CNY"
    default_phone_region: str = "CN"
    db_pool_min: int = Field(default=1, ge=0)
    db_pool_max: int = Field(default=10, ge=1)
    db_command_timeout: float = Field(
        default=10.0,
        gt=0,
        description="A PostgreSQL statement (or a new connection) that gets no answer for this "
        "long fails, so a network partition is answered as 503 rather than hanging.",
    )

    @property
    def serve_workers(self) -> int:
        """How many processes ``dispatchhub serve`` starts: :attr:`workers`, or one per CPU
        core this process may run on."""
        if self.workers:
            return self.workers
        return (
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else (os.cpu_count() or 1)
        )

    load_plugins: str | None = Field(
        default=None,
        description="Comma-separated allow-list of entry-point plugin names; unset loads all.",
    )
    trace_plugins: bool = False
    outbox_poll_seconds: float = Field(default=1.0, gt=0)
    outbox_batch_size: int = Field(default=100, ge=1, le=1000)
    outbox_max_attempts: int = Field(default=8, ge=1)
    outbox_visibility_seconds: float = Field(
        default=15.0,
        ge=1,
        description="A handed-off outbox row with no sign of life for this long (its broker "
        "message lost, its worker killed) goes back to be run again. Running rows prove "
        "they are alive every third of it, so long tasks are not run twice.",
    )
    worker_heartbeat_seconds: float = Field(
        default=5.0,
        gt=0,
        description="How often a Celery worker tells Redis it is alive (/readyz, /metrics).",
    )
    ready_outbox_age_seconds: float = Field(
        default=60.0,
        gt=0,
        description="/readyz reports the outbox as behind when its oldest due row has waited "
        "longer than this.",
    )
    metrics_token: str | None = Field(
        default=None,
        description="Bearer token Prometheus sends to scrape /metrics.",
    )
    metrics_networks: str | None = Field(
        default="127.0.0.1/32,::1/128",
        description="Comma-separated networks that may scrape /metrics without the token; "
        "empty allows none (token only).",
    )
    log_format: Literal["text", "json"] = Field(
        default="text",
        description="text for a terminal, json (one object a line, with request and order "
        "ids) for a log collector.",
    )
    graphql_max_depth: int = Field(default=12, ge=2)
    graphql_max_aliases: int = Field(default=30, ge=1)
    graphql_max_tokens: int = Field(default=4000, ge=100)
    # argon2id cost (RFC 9106 "low memory" choice, above the OWASP minimum of t=2, m=19 MiB).
    # Hashes made with other values are upgraded when their owner next signs in.
    argon2_time_cost: int = Field(default=3, ge=1)
    argon2_memory_cost: int = Field(default=65536, ge=8, description="KiB")
    argon2_parallelism: int = Field(default=4, ge=1)
    max_body_bytes: int = Field(
        default=1024 * 1024,
        ge=1024,
        description="Largest request body accepted on any route; larger ones get 413 unread.",
    )
    storage_dir: Path = Field(
        default=Path("storage"),
        description="Where the built-in storage plugin keeps uploaded files (photos, "
        "signatures, service reports) when no storage plugin answers store_file.",
    )
    max_photo_bytes: int = Field(
        default=900 * 1024,
        ge=1024,
        description="Largest photo or signature upload; the staff app compresses to less.",
    )
    max_json_depth: int = Field(
        default=64,
        ge=4,
        le=500,
        description="Deepest nesting of arrays and objects accepted in a GraphQL request's JSON.",
    )
    trusted_proxies: str | None = Field(
        default=None,
        description="Comma-separated addresses or networks of reverse proxies whose "
        "X-Forwarded-For / X-Forwarded-Proto are believed; unset believes no one (the "
        "client address is the connection's).",
    )
    mode: Literal["development", "production"] = Field(
        default="development",
        description="production turns off, unless set otherwise, schema introspection and "
        "field suggestions for callers who are not signed in.",
    )
    graphql_introspection: Literal["everyone", "signed-in", "nobody"] | None = Field(
        default=None,
        description="Who may introspect the schema; default everyone in development, "
        "signed-in callers in production.",
    )
    graphql_suggestions: bool | None = Field(
        default=None,
        description="'Did you mean …' in validation errors for callers who are not signed in; "
        "default on in development, off in production (signed-in callers always get them).",
    )
    ws_recheck_seconds: float = Field(
        default=30.0,
        gt=0,
        description="How often an open subscription re-checks its sign-in (revoked, disabled "
        "or expired ends it).",
    )
    review_window_days: int = Field(
        default=30, ge=1, le=365, description="How long after completion an order may be reviewed."
    )
    review_edit_hours: int = Field(
        default=72, ge=0, le=24 * 30, description="How long a customer may change their review."
    )
    reoptimise_seconds: float = Field(
        default=60.0,
        ge=0,
        description="How often unanswered push offers are re-planned together; 0 disables.",
    )
    web_push_contact: str = Field(
        default="mailto:dispatch@example.com",
        description="Who push services may contact about this platform's Web Push (VAPID sub).",
    )
    rollup_refresh_seconds: float = Field(
        default=300.0,
        ge=0,
        description="How often the report rollups catch up in the background (reports also "
        "catch up before they read); 0 disables the background pass.",
    )
    reoptimise_switch_km: float = Field(
        default=1.0,
        ge=0,
        description="An unanswered offer moves only when that saves more travel than this.",
    )

    @field_validator("database_url")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        scheme = urlsplit(value).scheme
        if scheme not in {"sqlite", "postgres", "postgresql"}:
            raise ValueError("must start with sqlite:/// or postgresql://")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        ZoneInfo(value)
        return value

    @property
    def database_kind(self) -> DatabaseKind:
        """Which engine the URL names."""
        return "sqlite" if self.database_url.startswith("sqlite") else "postgres"

    @property
    def sqlite_path(self) -> Path:
        """The SQLite file of a ``sqlite:///`` URL (relative paths are relative to cwd)."""
        return Path(urlsplit(self.database_url).path[1:] or "dispatchhub.sqlite")

    @property
    def postgres_dsn(self) -> str:
        """The URL in the ``postgresql://`` form asyncpg expects."""
        return "postgresql://" + self.database_url.split("://", 1)[1]

    @property
    def introspection(self) -> Literal["everyone", "signed-in", "nobody"]:
        """Who may introspect the schema, with the mode's default applied."""
        if self.graphql_introspection is not None:
            return self.graphql_introspection
        return "everyone" if self.mode == "development" else "signed-in"

    @property
    def anonymous_suggestions(self) -> bool:
        """Whether callers who are not signed in get field suggestions."""
        if self.graphql_suggestions is not None:
            return self.graphql_suggestions
        return self.mode == "development"

    @property
    def proxies(self) -> list[str]:
        """The trusted reverse proxies' addresses or networks."""
        return [p.strip() for p in (self.trusted_proxies or "").split(",") if p.strip()]

    @property
    def zone(self) -> ZoneInfo:
        """The business time zone (service hours, "today", daily statistics)."""
        return ZoneInfo(self.timezone)

    @property
    def plugin_allow_list(self) -> list[str] | None:
        """Entry-point plugins to load, or None for all."""
        if self.load_plugins is None:
            return None
        return [name.strip() for name in self.load_plugins.split(",") if name.strip()]
