"""Customer behaviour: how often a customer books, when, what, how much, and what next.

Bookings count unless cancelled; spend is the quoted price of completed bookings (fen).
Recommendations are the service types most booked by customers who share at least one
service type with this one, that this customer has not booked yet; with no such customers,
the most booked types overall.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID
from zoneinfo import ZoneInfo

from dispatchhub.analytics.errors import AnalyticsErrorCode
from dispatchhub.analytics.sql import Sql, fetch
from dispatchhub.errors import DomainError
from dispatchhub.users.tables import User

__all__ = ["CustomerProfile", "customer_profile"]

_MINE = "FROM bookings b WHERE b.customer = {} AND b.status <> 'CANCELLED'"


@dataclass(frozen=True, slots=True)
class CustomerProfile:
    """What a customer's bookings say about them."""

    customer_id: UUID
    bookings: int
    first_booking_at: datetime | None
    last_booking_at: datetime | None
    bookings_per_month: float
    preferred_weekday: int | None
    preferred_hour: int | None
    preferred_service_types: list[str]
    spend_minor: int
    recommended_service_types: list[str]


async def customer_profile(customer_id: UUID, zone: ZoneInfo) -> CustomerProfile:
    """The profile of one customer.

    ``bookings_per_month`` divides the bookings by the months (30-day) from the first one
    to now, at least one. Weekday (1 Monday … 7 Sunday) and hour are local times of the
    appointments, the most frequent first (earliest on a tie).

    Raises:
        DomainError: CUSTOMER_NOT_FOUND (field ``customer_id``).
    """
    if not await User.exists().where(User.id == customer_id):
        raise DomainError(AnalyticsErrorCode.CUSTOMER_NOT_FOUND, "customer_id")
    now = datetime.now(UTC)
    sql = Sql(zone, now)
    summary = (
        await fetch(
            f"""
            SELECT COUNT(*) AS n, MIN(b.created_at) AS first, MAX(b.created_at) AS last,
                   COALESCE(SUM(CASE WHEN b.status = 'COMPLETED' THEN b.price_minor END), 0)
                       AS spend
            {_MINE}
            """,
            customer_id,
        )
    )[0]
    weekday = await fetch(
        f"SELECT {sql.weekday('b.scheduled_start')} AS k, COUNT(*) AS n {_MINE} "
        "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        customer_id,
    )
    hour = await fetch(
        f"SELECT {sql.hour('b.scheduled_start')} AS k, COUNT(*) AS n {_MINE} "
        "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        customer_id,
    )
    types = await fetch(
        "SELECT st.code AS k, COUNT(*) AS n FROM bookings b "
        "JOIN service_types st ON st.id = b.service_type "
        "WHERE b.customer = {} AND b.status <> 'CANCELLED' "
        "GROUP BY st.code ORDER BY 2 DESC, 1 LIMIT 3",
        customer_id,
    )
    recommended = await fetch(
        """
        WITH mine AS (
            SELECT DISTINCT service_type FROM bookings
            WHERE customer = {} AND service_type IS NOT NULL
        ), alike AS (
            SELECT DISTINCT b.customer FROM bookings b
            JOIN mine m ON m.service_type = b.service_type WHERE b.customer <> {}
        ), candidates AS (
            SELECT b.service_type, COUNT(*) AS n,
                   MAX(CASE WHEN b.customer IN (SELECT customer FROM alike) THEN 1 ELSE 0 END)
                       AS near
            FROM bookings b
            WHERE b.service_type IS NOT NULL AND b.status <> 'CANCELLED'
              AND b.service_type NOT IN (SELECT service_type FROM mine)
            GROUP BY b.service_type
        )
        SELECT st.code AS k FROM candidates c JOIN service_types st ON st.id = c.service_type
        WHERE st.active
        ORDER BY c.near DESC, c.n DESC, st.code LIMIT 3
        """,
        customer_id,
        customer_id,
    )
    count = int(summary["n"])
    first = _instant(summary["first"])
    months = max(1.0, (now - first).total_seconds() / (30 * 86400)) if first else 1.0
    return CustomerProfile(
        customer_id=customer_id, bookings=count,
        first_booking_at=first, last_booking_at=_instant(summary["last"]),
        bookings_per_month=count / months,
        preferred_weekday=int(weekday[0]["k"]) if weekday else None,
        preferred_hour=int(hour[0]["k"]) if hour else None,
        preferred_service_types=[row["k"] for row in types],
        spend_minor=int(summary["spend"]),
        recommended_service_types=[row["k"] for row in recommended],
    )  # fmt: skip


def _instant(value: object) -> datetime | None:
    # SQLite hands aggregates of timestamp columns back as text.
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))
