"""``serverInfo``: what a client or an operator needs to know about this deployment."""

from __future__ import annotations

import strawberry

import dispatchhub
from dispatchhub.graphql.context import Context
from dispatchhub.plugins.manager import plugin_names

__all__ = ["ServerInfo", "SystemQuery"]


@strawberry.type(description="The running deployment.")
class ServerInfo:
    version: str = strawberry.field(description="The dispatchhub version serving the request.")
    database: str = strawberry.field(description="sqlite or postgres")
    jobs_mode: str = strawberry.field(description="in-process (embedded) or celery")
    timezone: str = strawberry.field(description="business time zone, IANA name")
    currency: str = strawberry.field(description="The default currency (ISO 4217) prices are in.")

    @strawberry.field(description="Registered plugins, built-in defaults included (admins).")
    def plugins(self, info: strawberry.Info[Context, None]) -> list[str]:
        return plugin_names(info.context.runtime.plugins)


@strawberry.type
class SystemQuery:
    @strawberry.field(description="Version, database kind, jobs mode and locale settings.")
    def server_info(self, info: strawberry.Info[Context, None]) -> ServerInfo:
        runtime = info.context.runtime
        settings = runtime.settings
        return ServerInfo(
            version=dispatchhub.__version__,
            database=settings.database_kind,
            jobs_mode=runtime.jobs_mode,
            timezone=settings.timezone,
            currency=settings.default_currency,
        )
