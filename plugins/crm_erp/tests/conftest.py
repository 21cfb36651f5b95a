"""Fixtures for the CRM/ERP plugin: a clean environment and a local webhook receiver."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

RECEIVER_SECRET = "crm-shared-secret-客户"


@dataclass
class CrmReceiver:
    """A running receiver: the records it accepted and the requests it refused."""

    url: str
    secret: str
    accepted: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    refused: int = 0
    answer_status: int = 204


def _handler(receiver: CrmReceiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            # Verified here independently of the plugin's own helper, as a CRM would.
            expected = (
                "sha256=" + hmac.new(receiver.secret.encode(), body, hashlib.sha256).hexdigest()
            )
            given = self.headers.get("X-Dispatchhub-Signature", "")
            if not hmac.compare_digest(expected, given):
                receiver.refused += 1
                self._answer(401, b'{"error":"bad signature"}')
                return
            receiver.accepted.append(json.loads(body))
            receiver.headers.append(dict(self.headers))
            self._answer(receiver.answer_status, b"")

        def _answer(self, status: int, data: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

    return Handler


@pytest.fixture(autouse=True)
def _no_crm_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("DISPATCHHUB_CRM_"):
            monkeypatch.delenv(name)


@pytest.fixture
def crm_receiver() -> Iterator[CrmReceiver]:
    """A webhook receiver on a free 127.0.0.1 port, stopped after the test."""
    receiver = CrmReceiver(url="", secret=RECEIVER_SECRET)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(receiver))
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/dispatchhub"
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def crm_configured(monkeypatch: pytest.MonkeyPatch, crm_receiver: CrmReceiver) -> CrmReceiver:
    """The plugin's environment pointing at the receiver with the right secret."""
    monkeypatch.setenv("DISPATCHHUB_CRM_WEBHOOK_URL", crm_receiver.url)
    monkeypatch.setenv("DISPATCHHUB_CRM_WEBHOOK_SECRET", RECEIVER_SECRET)
    return crm_receiver


@pytest.fixture
def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (for "CRM down")."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
