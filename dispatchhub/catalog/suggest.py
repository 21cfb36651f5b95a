"""Service-type suggestion from a problem description, kept in memory per process.

:func:`suggest_service_types` ranks the active service types for a description with a
confidence (see :mod:`~dispatchhub.catalog.suggest_model` for the model). The model is built
from the catalog and from the descriptions of confirmed bookings, and rebuilt:

- when this process changes the catalog (:func:`catalog_changed`, called after commit);
- when another process did: the count and newest ``updated_at`` of the service types are
  compared at most every :data:`CHECK_SECONDS`;
- every :data:`REBUILD_SECONDS`, to take in bookings confirmed elsewhere.

:func:`learn_from_booking` teaches this process at once when a booking is confirmed. A
booking whose type an agent corrected counts three times, both here and in the rebuild, which
recognises corrections by a :class:`~dispatchhub.bookings.tables.BookingEvent` of kind
:data:`CORRECTION_EVENT`.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from piccolo.query.functions.aggregate import Count, Max

from dispatchhub import db
from dispatchhub.catalog.suggest_model import Example, SuggestModel, TypeDocument, form_labels
from dispatchhub.catalog.tables import ServiceItem, ServiceType
from dispatchhub.domain_events import ask

__all__ = [
    "CHECK_SECONDS",
    "CONFIRMED_STATES",
    "CORRECTION_EVENT",
    "MAX_EXAMPLES",
    "REBUILD_SECONDS",
    "Suggester",
    "Suggestion",
    "catalog_changed",
    "learn_from_booking",
    "suggest_service_types",
    "suggester",
]

CORRECTION_EVENT = "TYPE_CORRECTED"
CONFIRMED_STATES = ("CONFIRMED", "IN_SERVICE", "COMPLETED")
MAX_EXAMPLES = 20_000
CHECK_SECONDS = 10.0
REBUILD_SECONDS = 600.0


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A service type (its row, JSON decoded) and how likely it is what the customer needs."""

    service_type: Mapping[str, Any]
    confidence: float


class Suggester:
    """One process's model, its catalog rows, and when to rebuild them."""

    def __init__(self) -> None:
        self.model = SuggestModel(type_ids=[])
        self.types: dict[str, dict[str, Any]] = {}
        self.fingerprint: tuple[object, ...] | None = None
        self.built_at = float("-inf")
        self.checked_at = float("-inf")
        self.stale = True
        self.engine: object = None
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    async def suggest(self, description: str, *, limit: int = 3) -> list[Suggestion]:
        """The ``limit`` most likely active service types, most likely first."""
        await self._refresh()
        ranked = self.model.rank(description)[: max(limit, 0)]
        return [Suggestion(self.types[type_id], confidence) for type_id, confidence in ranked]

    def catalog_changed(self) -> None:
        """Rebuild before the next suggestion (this process changed the catalog)."""
        self.stale = True

    def learn(self, description: str, service_type_id: UUID | str, corrected: bool) -> None:
        """Count one confirmed booking in this process's model straight away."""
        self.model.learn(Example(description, str(service_type_id), corrected))

    async def rebuild(self) -> None:
        """Read the catalog and the newest confirmed bookings and train a new model."""
        types = await ServiceType.select().where(ServiceType.active.eq(True)).output(load_json=True)
        items = await ServiceItem.select(
            ServiceItem.service_type, ServiceItem.name_zh, ServiceItem.name_en
        ).where(ServiceItem.active.eq(True))
        names: dict[str, list[str]] = {}
        for item in items:
            names.setdefault(str(item["service_type"]), []).extend(
                (item["name_zh"], item["name_en"])
            )
        documents = [
            TypeDocument(
                type_id=str(row["id"]),
                names=(row["name_zh"], row["name_en"]),
                keywords=list(row["keywords"] or []),
                description=row["description"] or "",
                items=names.get(str(row["id"]), []),
                form_labels=form_labels(row["form_schema"] or {}),
            )
            for row in types
        ]
        # bookings (above) answer: confirmed bookings' descriptions and their types
        examples = await ask("bookings.type_examples", limit=MAX_EXAMPLES)
        # Training is CPU work (milliseconds for the catalog, longer with many bookings):
        # off the event loop, so requests keep flowing while it runs.
        model = await asyncio.to_thread(SuggestModel.train, documents, examples)
        self.model, self.types = model, {str(row["id"]): dict(row) for row in types}
        self.fingerprint = await _fingerprint()
        self.built_at = self.checked_at = time.monotonic()
        self.engine = db.current_engine()
        self.stale = False

    async def _refresh(self) -> None:
        now = time.monotonic()
        if self.engine is not db.current_engine():
            self.stale = True  # configured for another database since (tests, CLI tools)
        if not self.stale and now - self.checked_at >= CHECK_SECONDS:
            self.checked_at = now
            self.stale = await _fingerprint() != self.fingerprint
        if self.stale or now - self.built_at >= REBUILD_SECONDS:
            # One rebuild at a time; the others wait for it instead of repeating it.
            lock = self._locks.setdefault(asyncio.get_running_loop(), asyncio.Lock())
            async with lock:
                if self.stale or time.monotonic() - self.built_at >= REBUILD_SECONDS:
                    await self.rebuild()


async def _fingerprint() -> tuple[object, ...]:
    row = await ServiceType.select(Count(), Max(ServiceType.updated_at)).first()
    return tuple(row.values()) if row else ()


suggester = Suggester()


async def suggest_service_types(description: str, *, limit: int = 3) -> list[Suggestion]:
    """Ranked active service types for a description (Chinese or English), with confidence.

    Args:
        description: the customer's words; only the first 2,000 characters are read.
        limit: how many to return.
    """
    return await suggester.suggest(description, limit=limit)


def catalog_changed() -> None:
    """Tell this process's suggester the catalog changed (the catalog service calls it)."""
    suggester.catalog_changed()


def learn_from_booking(description: str, service_type_id: UUID | str, corrected: bool) -> None:
    """Teach this process's suggester a confirmed booking.

    The bookings side calls it after a booking is confirmed (``db.on_commit``), with
    ``corrected=True`` when an agent changed the suggested or chosen service type; it should
    also record a ``BookingEvent`` of kind :data:`CORRECTION_EVENT` so that every process's
    periodic rebuild weighs the correction the same way.
    """
    suggester.learn(description, service_type_id, corrected)
