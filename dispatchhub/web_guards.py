"""HTTP protections every route gets: a request body limit and the security headers.

Both are plain ASGI middleware wrapped around the whole Starlette app (see
:func:`dispatchhub.app.create_app`), so a new route cannot forget them:

- :class:`BodyLimit` refuses a body larger than ``max_body_bytes`` with **413** and a JSON
  error *before* reading it when ``Content-Length`` says so, and stops reading a body sent
  without one (chunked) as soon as it passes the limit. A ``Content-Length`` that is not a
  number is a 400.
- :class:`SecurityHeaders` adds a Content Security Policy that loads nothing from other sites
  and forbids framing, ``X-Frame-Options: DENY``, ``X-Content-Type-Options: nosniff``,
  ``Referrer-Policy: no-referrer`` (export and report links carry signed tokens), a
  ``Permissions-Policy`` that keeps geolocation to our own pages and
  ``Cross-Origin-Opener-Policy: same-origin``, unless a response set its own.
"""

from __future__ import annotations

import hashlib
import json
import re
from base64 import b64encode
from collections.abc import Iterable
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["BodyLimit", "SecurityHeaders", "content_security_policy", "inline_script_hashes"]


def _json_error(status: int, code: str, message: str) -> tuple[Message, Message]:
    body = json.dumps({"errors": [{"message": message, "extensions": {"code": code}}]}).encode()
    start: Message = {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ],
    }
    return start, {"type": "http.response.body", "body": body}


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` (413), without reading them whole."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                await self._refuse(send, 400, "BAD_REQUEST", "Content-Length is not a number.")
                return
            if int(declared) > self.max_bytes:
                await self._refuse_too_large(send)
                return
        received = 0
        started = refused = False

        async def limited_receive() -> Message:
            # Past the limit the app is told the client left, whatever it does with that,
            # and the refusal has already gone out.
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    refused = True
                    if not started:
                        await self._refuse_too_large(send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused and not started:
                return  # the 413 is the answer
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not refused:
                raise
            # What the app made of a body cut short (ClientDisconnect) is no fault.

    async def _refuse_too_large(self, send: Send) -> None:
        limit = f"{self.max_bytes / 1024:g} KiB"
        await self._refuse(send, 413, "PAYLOAD_TOO_LARGE", f"The request body exceeds {limit}.")

    @staticmethod
    async def _refuse(send: Send, status: int, code: str, message: str) -> None:
        start, body = _json_error(status, code, message)
        await send(start)
        await send(body)


_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)


def inline_script_hashes(html: bytes) -> list[str]:
    """CSP source expressions (``'sha256-…'``) for the inline scripts of a page we serve."""
    return [
        f"'sha256-{b64encode(hashlib.sha256(script).digest()).decode()}'"
        for script in _INLINE_SCRIPT.findall(html)
    ]


def content_security_policy(script_sources: Iterable[str] = ()) -> str:
    """The policy of every response: our own origin only, no framing, no plugins.

    Styles may be inline (the component library and the code editor set them at run time);
    scripts may not, except those named by hash in ``script_sources``.
    """
    scripts = " ".join(["'self'", *script_sources])
    return (
        "default-src 'self'; "
        f"script-src {scripts}; "
        "style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; "
        "font-src 'self' data:; "
        "connect-src 'self'; "
        "worker-src 'self' blob:; "
        "manifest-src 'self'; "
        "object-src 'none'; "
        "base-uri 'self'; "
        "form-action 'self'; "
        "frame-ancestors 'none'"
    )


_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"permissions-policy", b"geolocation=(self), camera=(), microphone=(), payment=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeaders:
    """Add the security headers to every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = (
            *_HEADERS,
            (b"content-security-policy", content_security_policy().encode()),
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra: list[Any] = [h for h in self.headers if h[0] not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)
