"""The N+1 guard of the booking screens: a page of 50 runs the same statements as a page of 5.

A customer's "my bookings" (each with its history, charges and payments with their refunds)
and an agent's booking list with the same nested fields. Every booking of the world carries
rows of each kind, so a resolver that queried per booking would add 45 statements.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import pytest

from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.payments.tables import CancellationCharge, Payment, Refund
from tests.fixtures.app import GraphQLClient
from tests.fixtures.bookings import Catalog
from tests.fixtures.users import MakeUser, SignedIn
from tests.graphql.statements import counting, statements_of

MOST_STATEMENTS = 10
_numbers = itertools.count(1)

MY_BOOKINGS = """
query Mine($first: Int!) {
  bookings(first: $first) {
    edges { cursor node {
      id number status channel urgency serviceCode serviceName scheduledStart address
      priceMinor currency createdAt customerId
      history { kind fromStatus toStatus reason at }
      charges { id amountMinor currency fault status }
      payments { id number status amountMinor purpose paidAt
                 refunds { id number amountMinor status doneAt } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}
"""


async def _bookings(catalog: Catalog, customer: UUID, count: int) -> None:
    """``count`` bookings, each with two history entries, a charge, and a payment refunded."""
    start = datetime.now(UTC) + timedelta(days=3)
    for index in range(count):
        booking = Booking(
            number=f"B-S{next(_numbers):05d}", customer=customer, service_type=catalog.hvac,
            description="空调不制冷 / AC not cooling", scheduled_start=start,
            scheduled_end=start + timedelta(minutes=90), address="上海市徐汇区漕溪北路1号",
            lat=31.19, lon=121.44, region="xuhui", status="CANCELLED", price_minor=20000,
            created_at=datetime.now(UTC) - timedelta(minutes=count - index),
        )  # fmt: skip
        await booking.save()
        made = booking.created_at
        await BookingEvent.insert(
            BookingEvent(booking=booking.id, kind="CREATED", to_status="CONFIRMED", at=made),
            BookingEvent(booking=booking.id, kind="CANCELLED", from_status="CONFIRMED",
                         to_status="CANCELLED", reason="plans changed",
                         at=made + timedelta(seconds=30)),
        )  # fmt: skip
        charge = CancellationCharge(booking=booking.id, amount_minor=-500, fault="PLATFORM")
        await charge.save()
        payment = Payment(
            booking=booking.id, number=f"P-S{next(_numbers):05d}", amount_minor=20000,
            provider="alipay", status="PAID", paid_at=datetime.now(UTC),
        )  # fmt: skip
        await payment.save()
        await Refund(
            payment=payment.id, number=f"R-S{next(_numbers):05d}", amount_minor=20000,
            charge=charge.id,
        ).save()  # fmt: skip


async def _page_statements(gql: GraphQLClient, user: SignedIn, size: int) -> list[str]:
    gql.headers.clear()
    gql.headers.update(user.headers)
    data, statements = await statements_of(gql, MY_BOOKINGS, {"first": size})
    edges = data["bookings"]["edges"]
    assert len(edges) == size
    for edge in edges:
        node: dict[str, Any] = edge["node"]
        assert [h["kind"] for h in node["history"]] == ["CREATED", "CANCELLED"]
        assert [c["amountMinor"] for c in node["charges"]] == [-500]
        assert [len(p["refunds"]) for p in node["payments"]] == [1]
    return statements


async def _assert_no_n_plus_one(
    gql: GraphQLClient, user: SignedIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with counting(monkeypatch):
        five = await _page_statements(gql, user, 5)
        fifty = await _page_statements(gql, user, 50)
    assert len(five) == len(fifty), (five, fifty)
    assert len(fifty) <= MOST_STATEMENTS, "\n".join(s[:160] for s in fifty)


async def test_a_customers_bookings_read_50_as_cheaply_as_5(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given
    customer = await make_user("customer")
    await _bookings(catalog, customer.id, 50)
    other = await make_user("customer")
    await _bookings(catalog, other.id, 3)  # not theirs: never listed
    # when / then
    await _assert_no_n_plus_one(gql, customer, monkeypatch)


async def test_an_agents_booking_list_reads_50_as_cheaply_as_5(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given
    customer = await make_user("customer")
    await _bookings(catalog, customer.id, 50)
    agent = await make_user("dispatcher")
    # when / then
    await _assert_no_n_plus_one(gql, agent, monkeypatch)
