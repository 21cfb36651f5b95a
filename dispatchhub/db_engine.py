"""Piccolo's PostgreSQL engine with transactions that always give their connection back.

Piccolo's ``PostgresTransaction`` releases its pooled connection at the end of
``__aexit__``, after the commit or rollback. When the database goes away mid-transaction
the ``BEGIN``, ``COMMIT`` or ``ROLLBACK`` raises first and the connection is never released:
after a few outages the pool is full of connections nobody owns, and closing it waits for
them ("Pool.close() is taking over 60 seconds"). These subclasses release in every case
and terminate a connection whose state is unknown instead of returning it to the pool.
"""

from __future__ import annotations

import contextlib
from typing import Any

from piccolo.engine.postgres import PostgresEngine, PostgresTransaction

__all__ = ["ReleasingPostgresEngine", "ReleasingTransaction"]


class ReleasingTransaction(PostgresTransaction):
    """A transaction whose connection goes back to the pool whatever failed."""

    async def __aenter__(self) -> PostgresTransaction:
        if self._parent is not None:
            return self._parent
        self.connection = await self.get_connection()  # type: ignore[no-untyped-call]
        try:
            self.transaction = self.connection.transaction()
            await self.begin()  # type: ignore[no-untyped-call]
        except BaseException:
            await self._give_back(broken=True)
            raise
        self.context = self.engine.current_transaction.set(self)
        return self

    async def __aexit__(self, exception_type: Any, exception: Any, traceback: Any) -> bool:
        if self._parent:
            return exception is None
        broken = False
        try:
            if exception:
                if not self._rolled_back:
                    await self.rollback()  # type: ignore[no-untyped-call]
            elif not self._committed and not self._rolled_back:
                await self.commit()  # type: ignore[no-untyped-call]
        except BaseException:
            broken = True
            raise
        finally:
            self.engine.current_transaction.reset(self.context)
            await self._give_back(broken=broken)
        return exception is None

    async def _give_back(self, *, broken: bool) -> None:
        connection = self.connection
        if broken:
            # Its transaction's fate is unknown: it must not serve anyone else.
            with contextlib.suppress(Exception):
                connection.terminate()
        if self.engine.pool:
            with contextlib.suppress(Exception):
                await self.engine.pool.release(connection)
        else:
            with contextlib.suppress(Exception):
                await connection.close()


class ReleasingPostgresEngine(PostgresEngine):
    """``PostgresEngine`` whose transactions are :class:`ReleasingTransaction`."""

    def transaction(self, allow_nested: bool = True) -> PostgresTransaction:
        return ReleasingTransaction(engine=self, allow_nested=allow_nested)
