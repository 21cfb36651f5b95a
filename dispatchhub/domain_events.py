"""Domain events: how a lower domain tells a higher one what happened, in its transaction.

A lower domain must not import a higher one (docs/architecture.md). When its change must
make a higher domain act at once, in the same transaction (a confirmed booking opens its
order), it publishes an event by name. The higher domain subscribes where it lives, and
:func:`dispatchhub.domains.load` imports it. When the lower domain needs an answer only
the higher one has (the stage of a booking's order), it asks a question the same way.

Work that may happen after the commit goes through the outbox instead
(:func:`dispatchhub.outbox.handlers.register_task`).

An event nobody hears is a wiring mistake (the domains were not loaded), not a quiet
no-op: :func:`publish` and :func:`ask` raise ``LookupError`` then.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["ask", "publish", "subscribe"]

Subscriber = Callable[..., Awaitable[Any]]

_subscribers: dict[str, list[Subscriber]] = {}


def subscribe(event: str, subscriber: Subscriber) -> Subscriber:
    """Run ``subscriber(**facts)`` whenever ``event`` is published (or asked).

    Called at import time by the module of the domain that reacts. Subscribing the same
    function again (a module imported twice) changes nothing.

    Returns:
        ``subscriber``, so the call can stand after the function's definition.
    """
    known = _subscribers.setdefault(event, [])
    if all(s.__qualname__ != subscriber.__qualname__ for s in known):
        known.append(subscriber)
    return subscriber


async def publish(event: str, /, **facts: Any) -> None:
    """Tell every subscriber of ``event``, in the order they subscribed, in the caller's
    transaction; a subscriber's exception reaches the publisher (and rolls it back)."""
    for subscriber in _heard(event):
        await subscriber(**facts)


async def ask(question: str, /, **facts: Any) -> Any:
    """The answer of the one subscriber of ``question``."""
    (subscriber,) = _heard(question)
    return await subscriber(**facts)


def _heard(event: str) -> list[Subscriber]:
    subscribers = _subscribers.get(event)
    if not subscribers:
        raise LookupError(f"nobody subscribes to {event!r}: call dispatchhub.domains.load()")
    return subscribers
