"""Idempotency keys on the requests staff apps queue offline (``orderStatusUpdate``,
``orderHelpRequest``).

A phone that lost its answer resends the request; with the same key (scoped to the sender)
the server recognises it: the request is applied once, and the resend is answered as the
first was (the order as it is now, the same help request) instead of being refused as stale
or recorded twice. Keys are kept (``order_requests``) with what the request did.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from uuid import UUID

from dispatchhub.errors import DomainError
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.tables import OrderRequest

__all__ = ["MAX_KEY", "once"]

MAX_KEY = 64
_KEY = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_KEY}}}")


async def once(
    key: str | None,
    actor: UUID,
    kind: str,
    order_id: UUID,
    run: Callable[[], Awaitable[str]],
) -> str:
    """Run a staff request once per ``(actor, key)``.

    Args:
        key: The client's idempotency key; None runs the request as it is.
        actor: Who sends it (keys of different senders never meet).
        kind: ``STATUS`` or ``HELP``: a key is for one kind of request.
        order_id: The order the request is about.
        run: Applies the request; returns what it made (a help request's id, or "").

    Returns:
        What the request made, now or the first time.

    Raises:
        DomainError: ``IDEMPOTENCY_KEY_INVALID``; ``IDEMPOTENCY_KEY_REUSED`` when the key
            was used for another kind of request or another order; whatever ``run`` raises
            (a refused request keeps no key: sending it again tries again).
    """
    if key is None:
        return await run()
    if _KEY.fullmatch(key) is None:
        raise DomainError(OrdersErrorCode.IDEMPOTENCY_KEY_INVALID, "idempotency_key", max=MAX_KEY)
    scoped = f"{actor}/{key}"
    seen = await OrderRequest.select().where(OrderRequest.key == scoped).first()
    if seen is not None:
        if seen["kind"] != kind or UUID(str(seen["order"])) != order_id:
            raise DomainError(OrdersErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotency_key")
        return str(seen["result"])
    result = await run()
    await OrderRequest.insert(
        OrderRequest(key=scoped, actor=actor, kind=kind, order=order_id, result=result)
    )
    return result
