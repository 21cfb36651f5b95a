"""bookingCreate answers with the booking as it stored it, without reading it back
(docs/performance.md): that answer must be exactly what reading the booking afterwards gives,
times in UTC as the database returns them, JSON as decoded."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.fixtures.app import GraphQLClient
from tests.fixtures.bookings import Catalog
from tests.fixtures.users import MakeUser
from tests.graphql.bookings.test_booking_create import booking_input

FIELDS = """
  id number status channel urgency serviceCode serviceName serviceTypeId description
  scheduledStart scheduledEnd address location { lat lon } region specialRequirements formData
  reviewProblems { field code message } priceMinor currency confirmedAt customerConfirmedAt
  cancelledAt cancelReason createdAt customerId
  history { kind fromStatus toStatus reason at }
  order { id status }
"""
CREATE = f"""
mutation Create($input: BookingCreateInput!) {{
  bookingCreate(input: $input) {{ booking {{ {FIELDS} }} errors {{ field code }} }}
}}
"""
READ = f"query Read($id: ID!) {{ booking(id: $id) {{ {FIELDS} }} }}"

BEIJING = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({}, "CONFIRMED"),
        ({"formData": {"units": 1}}, "NEEDS_CHANGES"),
    ],
)
async def test_the_answer_is_what_reading_the_booking_gives(
    gql: GraphQLClient,
    catalog: Catalog,
    make_user: MakeUser,
    changes: dict[str, Any],
    status: str,
) -> None:
    gql.headers.update((await make_user("customer")).headers)
    values = booking_input(catalog, **changes)
    # entered in Beijing time: the answer gives the instant as stored (UTC), as a read does
    start = datetime.fromisoformat(values["scheduledStart"]).astimezone(BEIJING)
    values["scheduledStart"] = start.isoformat()
    values["scheduledEnd"] = (start + timedelta(hours=2)).isoformat()
    body = await gql.execute(CREATE, {"input": values})
    assert "errors" not in body, body
    created = body["data"]["bookingCreate"]["booking"]
    assert created["status"] == status, body
    read = await gql.execute(READ, {"id": created["id"]})
    assert "errors" not in read, read
    assert created == read["data"]["booking"]
