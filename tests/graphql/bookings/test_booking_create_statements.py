"""How many SQL statements a confirmed bookingCreate runs: every one is a round trip on the
request's path (docs/performance.md). The sign-in check, the service type and region, the
customer (read once, for the search text and the notices), five inserts for the booking, its
order and their events and outbox row, the customer's two notices in one insert and their
delivery row: 11 (the answer is the booking as stored, not read back). A change that adds
one should say why here."""

from __future__ import annotations

import pytest

from tests.fixtures.app import GraphQLClient
from tests.fixtures.bookings import Catalog
from tests.fixtures.users import MakeUser
from tests.graphql.bookings.test_booking_create import CREATE, booking_input
from tests.graphql.statements import counting, statements_of

MOST_STATEMENTS = 11


async def test_a_confirmed_booking_takes_a_bounded_number_of_statements(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    gql.headers.update((await make_user("customer")).headers)
    async with counting(monkeypatch):
        data, statements = await statements_of(gql, CREATE, {"input": booking_input(catalog)})
    assert data["bookingCreate"]["booking"]["status"] == "CONFIRMED", data
    assert len(statements) <= MOST_STATEMENTS, "\n".join(s[:150] for s in statements)
