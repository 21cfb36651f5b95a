"""Finding bookings: filters, search (Chinese and English), keyset pages, for lists and exports."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast
from uuid import UUID

from piccolo.columns.combination import Where
from piccolo.query.methods.select import Select

from dispatchhub import db, keyset
from dispatchhub.bookings.errors import BookingsErrorCode
from dispatchhub.bookings.tables import Booking
from dispatchhub.errors import DomainError
from dispatchhub.keyset import cursor_of

__all__ = [
    "MAX_PAGE",
    "BookingFilter",
    "Page",
    "booking_page",
    "cursor_of",
    "iterate_bookings",
]

MAX_PAGE = 100
SEARCH_MAX = 100


@dataclass(frozen=True)
class BookingFilter:
    """What a list or an export is restricted to; ``customer_id`` is forced for customers."""

    statuses: tuple[str, ...] = ()
    scheduled_from: datetime | None = None
    scheduled_to: datetime | None = None
    search: str | None = None
    service_type_id: UUID | None = None
    customer_id: UUID | None = None

    def as_json(self) -> dict[str, Any]:
        """The filter as stored with an export."""
        return {
            "statuses": list(self.statuses),
            "scheduled_from": self.scheduled_from.isoformat() if self.scheduled_from else None,
            "scheduled_to": self.scheduled_to.isoformat() if self.scheduled_to else None,
            "search": self.search,
            "service_type_id": str(self.service_type_id) if self.service_type_id else None,
            "customer_id": str(self.customer_id) if self.customer_id else None,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> BookingFilter:
        """The inverse of :meth:`as_json`."""

        def when(value: str | None) -> datetime | None:
            return datetime.fromisoformat(value) if value else None

        def uuid(value: str | None) -> UUID | None:
            return UUID(value) if value else None

        return cls(
            statuses=tuple(raw.get("statuses") or ()),
            scheduled_from=when(raw.get("scheduled_from")),
            scheduled_to=when(raw.get("scheduled_to")),
            search=raw.get("search"),
            service_type_id=uuid(raw.get("service_type_id")),
            customer_id=uuid(raw.get("customer_id")),
        )


@dataclass(frozen=True, slots=True)
class Page:
    """One page of bookings, newest first, and the cursor of its last row."""

    rows: list[dict[str, Any]]
    end_cursor: str | None
    has_next_page: bool


def _where(f: BookingFilter) -> Where | None:
    conditions: list[Any] = []
    if f.statuses:
        conditions.append(Booking.status.is_in(list(f.statuses)))
    if f.scheduled_from is not None:
        conditions.append(Booking.scheduled_start >= f.scheduled_from)
    if f.scheduled_to is not None:
        conditions.append(Booking.scheduled_start < f.scheduled_to)
    if f.search:
        if len(f.search) > SEARCH_MAX:
            raise DomainError(BookingsErrorCode.TOO_LONG, "filter.search", limit=SEARCH_MAX)
        # LIKE works for Chinese without a tokenizer.
        term = db.like_term(f.search.lower())
        if term:
            conditions.append(Booking.search_text.like(f"%{term}%"))
    if f.service_type_id is not None:
        conditions.append(Booking.service_type == f.service_type_id)
    if f.customer_id is not None:
        conditions.append(Booking.customer == f.customer_id)
    where: Any = None
    for condition in conditions:
        where = condition if where is None else where & condition
    return cast("Where | None", where)


def _after(cursor: str) -> Any:
    try:
        return keyset.after(Booking.created_at, Booking.id, cursor)
    except ValueError:
        raise DomainError(BookingsErrorCode.NOT_FOUND, "after") from None


def _query(f: BookingFilter, after: str | None, limit: int) -> Select[Any]:
    query = Booking.select().order_by(Booking.created_at, Booking.id, ascending=False)
    where = _where(f)
    if where is not None:
        query = query.where(where)
    if after is not None:
        query = query.where(_after(after))
    return query.limit(limit).output(load_json=True)


async def booking_page(f: BookingFilter, *, first: int, after: str | None) -> Page:
    """A page of at most ``first`` (1..100) bookings matching ``f``."""
    if not 1 <= first <= MAX_PAGE:
        raise DomainError(BookingsErrorCode.PAGE_SIZE, "first", limit=MAX_PAGE)
    rows = await _query(f, after, first + 1)
    has_next = len(rows) > first
    rows = rows[:first]
    return Page(rows, cursor_of(rows[-1]) if rows else None, has_next)


async def iterate_bookings(f: BookingFilter, batch: int = 1000) -> AsyncIterator[dict[str, Any]]:
    """Every matching booking, fetched ``batch`` at a time (memory stays flat for exports)."""
    after: str | None = None
    while True:
        rows = await _query(f, after, batch)
        for row in rows:
            yield row
        if len(rows) < batch:
            return
        after = cursor_of(rows[-1])
