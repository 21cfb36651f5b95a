"""Run a plugin's local fake of an outside provider (SMS gateway, payment gateway, map API).

The fakes speak the provider's real protocol over HTTP, so a plugin's tests and a developer's
manual run exercise the plugin's real client. Each fake supplies its request handler; this
module serves it, in a background thread for tests or in the foreground from the command line.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["serve_in_thread", "serve_until_interrupted"]


@contextmanager
def serve_in_thread(
    handler: type[BaseHTTPRequestHandler], *, host: str, port: int, name: str
) -> Iterator[str]:
    """Serve ``handler`` in a daemon thread; yields ``http://host:port`` and stops on exit.

    Args:
        handler: the fake's request handler class.
        host: the interface to listen on.
        port: the port; 0 picks a free one.
        name: the thread's name, for debugging.
    """
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    # A short poll interval: shutdown() waits up to one interval, at every test's teardown.
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, name=name, daemon=True
    )
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def serve_until_interrupted(server: ThreadingHTTPServer) -> None:
    """Serve in the foreground until Ctrl-C, then close the socket."""
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
