"""After a run: the outbox drained, and nothing lost or doubled."""

from __future__ import annotations

import asyncio
import time

import asyncpg

from bench.load.drive import Figures
from bench.load.scenarios import Run


async def drained(url: str, timeout: float) -> int:
    """Wait for the worker to finish every due outbox row; the rows still not DONE."""
    connection = await asyncpg.connect(url)
    try:
        deadline = time.monotonic() + timeout
        while True:
            waiting = await connection.fetchval(
                "SELECT count(*) FROM outbox_messages WHERE status <> 'DONE'"
                " AND available_at <= now() + interval '1 minute'"
            )
            if waiting == 0 or time.monotonic() > deadline:
                return int(waiting)
            await asyncio.sleep(0.5)
    finally:
        await connection.close()


async def counts(url: str, run: Run) -> dict[str, int]:
    """The 0-lost, 0-doubled checks of one run (after the outbox drained)."""
    connection = await asyncpg.connect(url)
    try:
        keys = run.booking_keys
        booked = run.results.get("booking", (Figures(), Figures()))[0]
        stored = await connection.fetchval(
            "SELECT count(DISTINCT idempotency_key) FROM bookings WHERE idempotency_key = ANY($1)",
            keys,
        )
        twice = await connection.fetchval(
            "SELECT count(*) FROM (SELECT idempotency_key FROM bookings"
            " WHERE idempotency_key = ANY($1) GROUP BY idempotency_key HAVING count(*) > 1) d",
            keys,
        )
        orders_wrong = await connection.fetchval(
            "SELECT count(*) FROM bookings b WHERE b.idempotency_key = ANY($1)"
            " AND b.status = 'CONFIRMED'"
            " AND (SELECT count(*) FROM orders o WHERE o.booking = b.id) <> 1",
            keys,
        )
        unnotified = await connection.fetchval(
            "SELECT count(*) FROM bookings b WHERE b.idempotency_key = ANY($1)"
            " AND NOT EXISTS (SELECT 1 FROM notifications n"
            " WHERE n.recipient = b.customer AND n.params->>'number' = b.number)",
            keys,
        )
        notified_twice = await connection.fetchval(
            "SELECT count(*) FROM (SELECT 1 FROM notifications"
            " WHERE created_at >= $1 GROUP BY recipient, channel, target, template, params::text"
            " HAVING count(*) > 1) d",
            run.started,
        )
        grabbed = run.grab_orders + run.hot_orders
        won = sum(run.results[s][0].ok for s in ("grab", "hot") if s in run.results)
        assigned = await connection.fetchval(
            "SELECT count(*) FROM orders WHERE id = ANY($1) AND assignee IS NOT NULL", grabbed
        )
        many_winners = await connection.fetchval(
            'SELECT count(*) FROM (SELECT "order" FROM order_events WHERE "order" = ANY($1)'
            " AND to_status = 'ASSIGNED' GROUP BY \"order\" HAVING count(*) > 1) d",
            grabbed,
        )
        failed_rows = await connection.fetchval(
            "SELECT count(*) FROM outbox_messages WHERE status = 'FAILED'"
        )
    finally:
        await connection.close()
    return {
        "bookings lost (confirmed, not stored)": max(0, booked.confirmed - int(stored)),
        "bookings doubled (one key, two rows)": int(twice),
        "confirmed bookings without exactly one order": int(orders_wrong),
        "bookings without their notification": int(unnotified),
        "notifications doubled": int(notified_twice),
        "grabs lost (won, not stored)": max(0, won - int(assigned)),
        "orders with two winners": int(many_winners),
        "outbox rows FAILED": int(failed_rows),
    }
