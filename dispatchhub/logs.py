"""Logging: text for a terminal, or one JSON object a line with request and order ids.

``DISPATCHHUB_LOG_FORMAT=json`` (production, a log collector) writes every record as JSON
with ``time``, ``level``, ``logger``, ``message`` and, when known, ``request_id`` (from
the ``X-Request-ID`` header, or made up; echoed in the answer), ``order_id`` and
``outbox_id``/``task`` (an outbox row being run); text (the default) is for development.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from dispatchhub.config import Settings

__all__ = ["JsonFormatter", "RequestIds", "configure_logging", "log_context"]

request_id: ContextVar[str | None] = ContextVar("dispatchhub_request_id", default=None)
order_id: ContextVar[str | None] = ContextVar("dispatchhub_order_id", default=None)
outbox_id: ContextVar[str | None] = ContextVar("dispatchhub_outbox_id", default=None)
task: ContextVar[str | None] = ContextVar("dispatchhub_task", default=None)
_CONTEXT = {"request_id": request_id, "order_id": order_id, "outbox_id": outbox_id, "task": task}
_SAFE_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class JsonFormatter(logging.Formatter):
    """One JSON object per record, with the ids of what was being done."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name, variable in _CONTEXT.items():
            value = variable.get()
            if value is not None:
                entry[name] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def log_context(**values: str | None) -> None:
    """Set ids for the records that follow in this task (``order_id``, ``outbox_id``, …)."""
    for name, value in values.items():
        _CONTEXT[name].set(value)


def configure_logging(settings: Settings, *, level: int = logging.INFO) -> None:
    """Configure the root logger for ``settings.log_format``."""
    handler = logging.StreamHandler()
    if settings.log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for chatty in ("casbin", "piccolo"):  # they log their whole configuration at INFO
        logging.getLogger(chatty).setLevel(logging.WARNING)


class RequestIds:
    """ASGI middleware: each HTTP request gets an id (its ``X-Request-ID`` when sane), set
    for its log records and returned in the answer's ``X-Request-ID``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        current = given if _SAFE_ID.fullmatch(given) else uuid.uuid4().hex
        token = request_id.set(current)

        async def with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []),
                                      (b"x-request-id", current.encode())]  # fmt: skip
            await send(message)

        try:
            await self.app(scope, receive, with_id)
        finally:
            request_id.reset(token)
