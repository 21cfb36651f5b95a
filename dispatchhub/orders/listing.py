"""Order lists: a staff member's offers, jobs and grab pool; everything for dispatchers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from dispatchhub import keyset
from dispatchhub.errors import DomainError
from dispatchhub.keyset import cursor_of
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.statuses import OrderStatus
from dispatchhub.orders.tables import Offer, Order

__all__ = ["MAX_PAGE", "OrderFilter", "OrderPage", "cursor_of", "order_page", "order_rows"]

POOL_SCAN = 500
MAX_PAGE = 100
# What a list row carries besides the order: the booking's contact details (shown only to
# whom the policy lets see them) and the customer.
_COLUMNS = (
    Order.booking.customer.as_alias("customer"),
    Order.booking._.customer._.phone.as_alias("customer_phone"),
    Order.booking._.customer._.name.as_alias("customer_name"),
    Order.booking.address.as_alias("address"),
    Order.booking.description.as_alias("description"),
    Order.service_type.code.as_alias("service_code"),
    # with the order's own columns, what a task record needs (the pool's eligibility)
    Order.service_type.default_duration_min.as_alias("default_duration"),
)


@dataclass(frozen=True, slots=True)
class OrderFilter:
    """Which orders. ``viewer`` limits a list to the viewer's own (staff, customers).

    Attributes:
        statuses: Only these states (any when empty).
        region: Only this region.
        staff_id: A staff member: orders offered or assigned to them, and the grab pool.
        customer_id: A customer: their own orders.
        mine: Only orders offered or assigned to ``staff_id`` (no pool).
        grabbable: Only the grab pool (OPEN orders); for a staff member, with ``eligible``
            in :func:`order_page`, only the pool orders they may grab.
    """

    statuses: tuple[str, ...] = ()
    region: str | None = None
    staff_id: UUID | None = None
    customer_id: UUID | None = None
    mine: bool = False
    grabbable: bool = False


@dataclass(frozen=True, slots=True)
class OrderPage:
    """One page of orders, newest first, with the offered staff per order."""

    rows: list[dict[str, Any]]
    offered: dict[str, set[str]]
    end_cursor: str | None
    has_next_page: bool


def _after(cursor: str) -> Any:
    try:
        return keyset.after(Order.created_at, Order.id, cursor)
    except ValueError:
        raise DomainError(OrdersErrorCode.NOT_FOUND, "after") from None


def _where(f: OrderFilter) -> Any:
    where: Any = Order.id.is_not_null()
    if f.statuses:
        where &= Order.status.is_in(list(f.statuses))
    if f.region:
        where &= Order.region == f.region
    if f.customer_id is not None:
        where &= Order.booking.customer == f.customer_id
    if f.grabbable:
        where &= Order.status == OrderStatus.OPEN
    if f.staff_id is not None:
        # A subquery, not a list read first: one round trip less for every staff list.
        offered = Offer.select(Offer.order).where(
            (Offer.staff == f.staff_id) & Offer.status.is_in(["PENDING", "ACCEPTED"])
        )
        own = (Order.assignee == f.staff_id) | Order.id.is_in(offered)
        if f.mine:
            where &= own
        elif not f.grabbable:
            where &= own | (Order.status == OrderStatus.OPEN)
    return where


async def offered_to(order_ids: list[Any]) -> dict[str, set[str]]:
    """Per order, the staff with a pending or accepted offer (one query for a page)."""
    found: dict[str, set[str]] = {str(i): set() for i in order_ids}
    if order_ids:
        for r in await Offer.select(Offer.order, Offer.staff).where(
            Offer.order.is_in(order_ids) & Offer.status.is_in(["PENDING", "ACCEPTED"])
        ):
            found[str(r["order"])].add(str(r["staff"]))
    return found


async def order_rows(order_ids: list[UUID]) -> list[dict[str, Any]]:
    """Order rows with their list columns, for ``node(id:)`` and payloads."""
    if not order_ids:
        return []
    return list(
        await Order.select(*Order.all_columns(), *_COLUMNS).where(Order.id.is_in(order_ids))
    )


async def order_page(
    f: OrderFilter,
    *,
    first: int,
    after: str | None,
    eligible: Callable[[list[dict[str, Any]]], Awaitable[set[str]]] | None = None,
) -> OrderPage:
    """A page of at most ``first`` (1..100) orders matching ``f``, newest first.

    Args:
        f: Which orders.
        first: The page size.
        after: The cursor of the previous page's last order.
        eligible: For a staff member's list: which pool orders they may grab (the others
            are left out of the page). At most :data:`POOL_SCAN` pool orders are judged for a
            page; when that many were refused, the page says more may follow.

    Raises:
        DomainError: ``NOT_FOUND`` (field ``after``: a bad cursor), or a page size out of
            range (field ``first``).
    """
    if not 1 <= first <= MAX_PAGE:
        raise DomainError(OrdersErrorCode.PAGE_SIZE, "first", limit=MAX_PAGE)
    base = _where(f)
    rows: list[dict[str, Any]] = []
    scanned, has_next = 0, False
    while True:
        where = base if after is None else base & _after(after)
        batch = list(
            await Order.select(*Order.all_columns(), *_COLUMNS)
            .where(where)
            .order_by(Order.created_at, Order.id, ascending=False)
            .limit(first + 1)
        )
        kept = batch
        if eligible is not None and f.staff_id is not None:
            pool = [
                r for r in batch if r["status"] == OrderStatus.OPEN and r["assignee"] != f.staff_id
            ]
            allowed = await eligible(pool) if pool else set()
            judged = {r["id"] for r in pool}
            kept = [r for r in batch if r["id"] not in judged or str(r["id"]) in allowed]
            scanned += len(pool) - len(allowed)
        rows += kept
        if len(rows) > first or len(batch) <= first:
            has_next = len(rows) > first
            break
        if scanned >= POOL_SCAN:
            has_next = True
            break
        after = cursor_of(batch[-1])
    rows = rows[:first]
    offered = await offered_to([r["id"] for r in rows])
    return OrderPage(rows, offered, cursor_of(rows[-1]) if rows else None, has_next)
