"""The limit: a bare Starlette + asyncpg app doing each scenario's essential database work.

No GraphQL, no authorisation, no ORM, no outbox relay: it parses the same JSON the
GraphQL clients send and runs the same writes in one transaction (``bookingCreate``:
booking, its event, the order, its event and the outbox row; ``orderGrab``: the
conditional update, the event and the outbox row), or the same reads (the list screens:
the page and one query per nested relation, serialised to JSON). Writes go to copies of the
app's tables (``CREATE TABLE … (LIKE … INCLUDING ALL)``: same columns, defaults and indexes,
no foreign keys or triggers), so they neither show up in the app's lists nor wake its
worker; reads read the app's own rows.

Started by :mod:`bench.load.run` as ``uvicorn bench.load.bare:app`` with ``BENCH_DSN``.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import asyncpg
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BARE_TABLES = ("bookings", "booking_events", "orders", "order_events", "outbox_messages")
_pool: asyncpg.Pool | None = None


def bare(table: str) -> str:
    """The bare copy of one of the app's tables."""
    return f"bench_bare_{table}"


def _json(value: Any) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)


def _reply(data: Any) -> Response:
    return Response(_json({"data": data}), media_type="application/json")


def pool() -> asyncpg.Pool:
    assert _pool is not None, "the lifespan has not started"
    return _pool


async def booking_create(request: Request) -> Response:
    values = (await request.json())["variables"]["input"]
    customer = uuid.UUID(values["customerId"])
    now = datetime.now(UTC)
    start = datetime.fromisoformat(values["scheduledStart"])
    booking, order = uuid.uuid4(), uuid.uuid4()
    number = f"B{now:%Y%m%d}-{booking.hex[:6].upper()}"
    async with pool().acquire() as connection, connection.transaction():
        await connection.execute(
            f"INSERT INTO {bare('bookings')} (id, number, customer, service_type, description,"
            " scheduled_start, address, lat, lon, urgency, form_data, status, confirmed_at,"
            " search_text) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'CONFIRMED',"
            " $12, $13)",
            booking, number, customer, uuid.UUID(values["serviceTypeId"]),
            values["description"], start, values["address"], values["location"]["lat"],
            values["location"]["lon"], values["urgency"], _json(values["formData"]), now,
            f"{number} {values['description']} {values['address']}",
        )  # fmt: skip
        await connection.execute(
            f"INSERT INTO {bare('booking_events')} (booking, kind, to_status)"
            " VALUES ($1, 'CREATED', 'CONFIRMED')",
            booking,
        )
        await connection.execute(
            f"INSERT INTO {bare('orders')} (id, number, booking, service_type, urgency,"
            " lat, lon, scheduled_start) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            order, f"O{number[1:]}", booking, uuid.UUID(values["serviceTypeId"]),
            values["urgency"], values["location"]["lat"], values["location"]["lon"], start,
        )  # fmt: skip
        await connection.execute(
            f"INSERT INTO {bare('order_events')} (\"order\", to_status) VALUES ($1, 'OPEN')",
            order,
        )
        await connection.execute(
            f"INSERT INTO {bare('outbox_messages')} (task, payload, status)"
            " VALUES ('orders.dispatch', $1, 'DONE')",
            _json({"order_id": str(order)}),
        )
    return _reply({"bookingCreate": {"booking": {"id": str(booking), "status": "CONFIRMED"},
                                      "errors": []}})  # fmt: skip


async def order_grab(request: Request) -> Response:
    body = await request.json()
    order = uuid.UUID(body["variables"]["input"]["id"])
    staff = uuid.UUID(body["variables"]["staffId"])
    async with pool().acquire() as connection, connection.transaction():
        won = await connection.fetchval(
            f"UPDATE {bare('orders')} SET status = 'ASSIGNED', assignee = $2, assigned_at = now(),"
            " revision = revision + 1 WHERE id = $1 AND status = 'OPEN' RETURNING id",
            order, staff,
        )  # fmt: skip
        if won is not None:
            await connection.execute(
                f"INSERT INTO {bare('order_events')} (\"order\", from_status, to_status, actor)"
                " VALUES ($1, 'OPEN', 'ASSIGNED', $2)",
                order, staff,
            )  # fmt: skip
            await connection.execute(
                f"INSERT INTO {bare('outbox_messages')} (task, payload, status)"
                " VALUES ('orders.assigned', $1, 'DONE')",
                _json({"order_id": str(order)}),
            )
    errors = [] if won is not None else [{"code": "ALREADY_TAKEN"}]
    return _reply({"orderGrab": {"order": {"id": str(order)}, "errors": errors}})


def _rows(records: list[asyncpg.Record]) -> list[dict[str, Any]]:
    return [dict(r) for r in records]


def _grouped(records: list[asyncpg.Record], key: str) -> dict[Any, list[dict[str, Any]]]:
    found: dict[Any, list[dict[str, Any]]] = {}
    for record in records:
        found.setdefault(record[key], []).append(dict(record))
    return found


_ORDER_PAGE = (
    "SELECT o.*, b.customer, u.phone AS customer_phone, u.name AS customer_name, b.address,"
    " b.description FROM orders o JOIN bookings b ON b.id = o.booking"
    " JOIN users u ON u.id = b.customer WHERE {where}"
    " ORDER BY o.created_at DESC, o.id DESC LIMIT $1"
)


async def _orders(where: str, *args: Any, decisions: bool) -> list[dict[str, Any]]:
    async with pool().acquire() as connection:
        page = await connection.fetch(_ORDER_PAGE.format(where=where), 51, *args)
        ids = [r["id"] for r in page[:50]]
        events = _grouped(
            await connection.fetch(
                'SELECT * FROM order_events WHERE "order" = ANY($1) ORDER BY at', ids
            ),
            "order",
        )
        latest: dict[Any, list[dict[str, Any]]] = {}
        if decisions:
            latest = _grouped(
                await connection.fetch(
                    'SELECT DISTINCT ON ("order") * FROM assignment_decisions'
                    " WHERE \"order\" = ANY($1) AND kind IN ('AUTO', 'GRAB', 'MANUAL',"
                    " 'REOPTIMISE') ORDER BY \"order\", created_at DESC",
                    ids,
                ),
                "order",
            )
    rows = _rows(page[:50])
    for row in rows:
        row["history"] = events.get(row["id"], [])
        if decisions:
            found = latest.get(row["id"])
            row["decision"] = found[0] if found else None
    return rows


async def board(request: Request) -> Response:
    return _reply({"orders": await _orders("true", decisions=True)})


async def offers(request: Request) -> Response:
    staff = uuid.UUID((await request.json())["variables"]["staffId"])
    where = (
        '(o.assignee = $2 OR o.id IN (SELECT "order" FROM offers WHERE staff = $2'
        " AND status IN ('PENDING', 'ACCEPTED')))"
    )
    return _reply({"orders": await _orders(where, staff, decisions=False)})


async def pool_orders(request: Request) -> Response:
    return _reply({"orders": await _orders("o.status = 'OPEN'", decisions=False)})


async def my_bookings(request: Request) -> Response:
    customer = uuid.UUID((await request.json())["variables"]["customerId"])
    async with pool().acquire() as connection:
        page = await connection.fetch(
            "SELECT * FROM bookings WHERE customer = $1 ORDER BY created_at DESC, id DESC LIMIT 51",
            customer,
        )
        ids = [r["id"] for r in page[:50]]
        events = _grouped(
            await connection.fetch(
                "SELECT * FROM booking_events WHERE booking = ANY($1) ORDER BY at", ids
            ),
            "booking",
        )
        charges = _grouped(
            await connection.fetch(
                "SELECT * FROM cancellation_charges WHERE booking = ANY($1) ORDER BY created_at",
                ids,
            ),
            "booking",
        )
        payments = await connection.fetch(
            "SELECT * FROM payments WHERE booking = ANY($1) ORDER BY created_at", ids
        )
        refunds = _grouped(
            await connection.fetch(
                "SELECT * FROM refunds WHERE payment = ANY($1) ORDER BY created_at",
                [p["id"] for p in payments],
            ),
            "payment",
        )
    by_booking: dict[Any, list[dict[str, Any]]] = {}
    for payment in payments:
        entry = dict(payment)
        entry["refunds"] = refunds.get(payment["id"], [])
        by_booking.setdefault(payment["booking"], []).append(entry)
    rows = _rows(page[:50])
    for row in rows:
        row["history"] = events.get(row["id"], [])
        row["charges"] = charges.get(row["id"], [])
        row["payments"] = by_booking.get(row["id"], [])
    return _reply({"bookings": rows})


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    global _pool
    # The same pool size as the app's default (DISPATCHHUB_DB_POOL_MIN / _MAX).
    _pool = await asyncpg.create_pool(os.environ["BENCH_DSN"], min_size=1, max_size=10)
    try:
        yield
    finally:
        await _pool.close()


app = Starlette(
    routes=[
        Route("/booking", booking_create, methods=["POST"]),
        Route("/grab", order_grab, methods=["POST"]),
        Route("/board", board, methods=["POST"]),
        Route("/my-bookings", my_bookings, methods=["POST"]),
        Route("/offers", offers, methods=["POST"]),
        Route("/pool", pool_orders, methods=["POST"]),
    ],
    lifespan=lifespan,
)
