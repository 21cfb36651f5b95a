"""The per-request context every resolver receives."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

import casbin
from starlette.requests import Request
from starlette.websockets import WebSocket

from dispatchhub.authz.enforcer import Actor
from dispatchhub.graphql.errors import NotAuthenticated
from dispatchhub.runtime import Runtime

__all__ = ["Context"]


@dataclass(eq=False)
class Context:
    """Request, caller, and the process-wide parts a resolver may use."""

    request: Request | WebSocket
    runtime: Runtime
    enforcer: casbin.AsyncEnforcer
    actor: Actor = field(default_factory=Actor)
    auth_problem: str | None = None
    response: Any = None
    # The graphql-transport-ws ``connection_init`` payload (Strawberry fills it in).
    connection_params: dict[str, Any] | None = None
    # When the token a WebSocket signed in with runs out (the socket closes then).
    expires_at: datetime | None = None
    # The request's DataLoaders by relation (see dispatchhub.graphql.loaders).
    loaders: dict[str, Any] = field(default_factory=dict)

    @property
    def user_id(self) -> UUID:
        """The signed-in caller's id, for resolvers the policy opens to signed-in roles only."""
        if self.actor.user_id is None:
            raise NotAuthenticated("Sign in first.")
        return UUID(self.actor.user_id)

    @property
    def client_address(self) -> str:
        """The caller's IP address as the server saw it (behind a proxy: its forwarded one)."""
        client = self.request.client
        return client.host if client else "unknown"

    @property
    def locale(self) -> str:
        """``zh-CN`` unless the request prefers English (``Accept-Language``)."""
        accept = self.request.headers.get("accept-language", "")
        first = accept.split(",")[0].strip().lower()
        return "en" if first.startswith("en") else "zh-CN"
