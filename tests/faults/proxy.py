"""A TCP proxy a test can cut: the database "goes away" without stopping the shared server.

It runs on its own thread and event loop, so app code in the test's loop, a worker or an app
subprocess can all connect through it. :meth:`TcpProxy.cut` drops every open connection and
refuses new ones (accepted, then closed at once, like a peer that reset); :meth:`restore`
lets them through again. :meth:`freeze` holds every byte in flight without closing anything
(a network partition: the peer neither answers nor resets) until :meth:`thaw`.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from concurrent.futures import Future

__all__ = ["TcpProxy"]


class TcpProxy:
    """Forwards ``127.0.0.1:<port>`` to ``upstream_host:upstream_port``."""

    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.port = 0
        self.connections_seen = 0
        self._up = True
        self._flowing: asyncio.Event | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None

    def start(self) -> TcpProxy:
        """Listen on a free port (see :attr:`port`)."""
        self._thread.start()
        self._server = self._call(self._listen())
        return self

    @property
    def open_connections(self) -> int:
        """Client connections currently open through the proxy."""
        return len(self._writers) // 2

    def cut(self) -> None:
        """Drop every connection now and refuse new ones until :meth:`restore`."""
        self._up = False
        self._call(self._drop_all())

    def freeze(self) -> None:
        """Stop forwarding (connections stay open, nothing arrives) until :meth:`thaw`."""
        self._call(self._set_flowing(False))

    def thaw(self) -> None:
        """Forward again what was held and what follows."""
        self._call(self._set_flowing(True))

    async def _set_flowing(self, flowing: bool) -> None:
        assert self._flowing is not None
        if flowing:
            self._flowing.set()
        else:
            self._flowing.clear()

    def restore(self) -> None:
        """Let connections through again."""
        self._up = True

    def stop(self) -> None:
        """Close everything and end the proxy's thread."""
        self._up = False
        with contextlib.suppress(Exception):
            self._call(self._shutdown())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    def _call(self, coro):  # type: ignore[no-untyped-def]
        future: Future[object] = asyncio.run_coroutine_threadsafe(coro, self._loop)
        return future.result(10)

    async def _listen(self) -> asyncio.Server:
        self._flowing = asyncio.Event()
        self._flowing.set()
        server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        return server

    async def _drop_all(self) -> None:
        for writer in list(self._writers):
            _abort(writer)
        self._writers.clear()

    async def _shutdown(self) -> None:
        await self._drop_all()
        if self._server is not None:
            self._server.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if not self._up:
            _abort(writer)
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            _abort(writer)
            return
        self.connections_seen += 1
        self._writers.update((writer, up_writer))
        await asyncio.gather(
            _pipe(reader, up_writer, self._writers, self._flowing),
            _pipe(up_reader, writer, self._writers, self._flowing),
        )


async def _pipe(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    writers: set[asyncio.StreamWriter],
    flowing: asyncio.Event | None,
) -> None:
    try:
        while data := await reader.read(65536):
            if flowing is not None:
                await flowing.wait()
            writer.write(data)
            await writer.drain()
    except (OSError, RuntimeError):
        pass
    finally:
        writers.discard(writer)
        _abort(writer)


def _abort(writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(Exception):
        writer.transport.abort()
