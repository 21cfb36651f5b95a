"""Live order events on the platform's live bus (:mod:`dispatchhub.live`).

Services call :func:`publish_order_event` (a status change), :func:`publish_offer` (an order
pushed to one staff member) or :func:`publish_grabbable` (an order entered the grab pool)
inside their write transaction; the message leaves once the transaction commits, never after
a rollback, and reaches the subscribers of every app process. Subscribers read them with
:func:`listen`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterable, Mapping
from typing import Any
from uuid import UUID

from dispatchhub import live as bus
from dispatchhub.live import LiveMessage

__all__ = [
    "KINDS",
    "LiveMessage",
    "listen",
    "local_subscribers",
    "publish_grabbable",
    "publish_offer",
    "publish_order_event",
]

# ORDER: something happened to the order; OFFER: it was offered to the staff member in the
# audience; GRABBABLE: it can be grabbed (by the audience, or by every staff member).
KINDS = ("ORDER", "OFFER", "GRABBABLE")


def publish_order_event(order_id: UUID | str, payload: Mapping[str, Any]) -> None:
    """Tell subscribers of the order what happened to it, once the transaction commits.

    Called by order services in the request or in the worker, inside :func:`db.write`
    (or from an ``on_commit`` callback, where it sends at once).

    Args:
        order_id: the order.
        payload: JSON-serialisable facts: ``status`` (required for a status change),
            ``fromStatus``, ``reason``, ``actorId``, ``at`` (ISO 8601), ``lat``, ``lon``.
    """
    bus.publish("ORDER", order_id, payload)


def publish_offer(order_id: UUID | str, staff_id: UUID | str, payload: Mapping[str, Any]) -> None:
    """Tell one staff member that an order was offered to them, once the transaction commits.

    Args:
        order_id: the order.
        staff_id: the user the offer is for.
        payload: JSON-serialisable facts (``offerId``, ``deadline``, ``mode``…).
    """
    bus.publish("OFFER", order_id, payload, audience=[staff_id])


def publish_grabbable(
    order_id: UUID | str,
    payload: Mapping[str, Any],
    *,
    staff_ids: Iterable[UUID | str] | None = None,
) -> None:
    """Tell staff that an order can be grabbed, once the transaction commits.

    Args:
        order_id: the order.
        payload: JSON-serialisable facts (``serviceType``, ``urgency``, ``region``…).
        staff_ids: the eligible staff; None tells every staff member.
    """
    bus.publish("GRABBABLE", order_id, payload, audience=staff_ids)


@contextlib.asynccontextmanager
async def listen() -> AsyncIterator[asyncio.Queue[LiveMessage]]:
    """Every order event published from now on, in this event loop (see
    :func:`dispatchhub.live.listen`)."""
    async with bus.listen(KINDS) as queue:
        yield queue


def local_subscribers() -> int:
    """How many order-event subscribers this event loop has (for health checks and tests)."""
    return bus.local_subscribers("ORDER")
