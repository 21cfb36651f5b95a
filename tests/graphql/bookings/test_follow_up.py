"""bookingCreate(followUpOf): a repeat visit names the customer's completed order, and the
staff member who did that job loses a first-time fix."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from strawberry import relay

from dispatchhub.bookings.tables import Booking
from dispatchhub.dispatch.tables import StaffTypeStats
from dispatchhub.orders.tables import Order
from tests.fixtures.app import GraphQLClient, wait_for_outbox
from tests.fixtures.bookings import Catalog
from tests.fixtures.users import MakeUser, SignedIn
from tests.graphql.bookings.test_booking_create import booking_input, create


async def _order_of(gql: GraphQLClient, catalog: Catalog, status: str, staff: UUID) -> str:
    """A booking of the signed-in customer whose order is put in ``status`` with ``staff``."""
    payload = await create(gql, booking_input(catalog))
    booking_id = UUID(relay.GlobalID.from_id(payload["booking"]["id"]).node_id)
    at = datetime.now(UTC) - timedelta(days=2)
    await Order.update(
        {Order.status: status, Order.assignee: staff, Order.assigned_at: at,
         Order.started_at: at, Order.completed_at: at if status == "COMPLETED" else None}
    ).where(Order.booking == booking_id)  # fmt: skip
    order = await Order.select(Order.id).where(Order.booking == booking_id).first()
    assert order is not None
    return str(relay.GlobalID("Order", str(order["id"])))


async def test_a_repeat_visit_is_linked_and_counts_against_first_time_fix(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser
) -> None:
    # given a customer whose hvac job by a staff member is completed
    staff = await make_user("staff")
    customer = await make_user("customer")
    gql.headers.update(customer.headers)
    done = await _order_of(gql, catalog, "COMPLETED", staff.id)

    # when they book a repeat visit for it
    payload = await create(gql, booking_input(catalog, followUpOf=done))

    # then the booking names the order and the staff member's rollup counts the revisit
    assert payload["errors"] == []
    row = await Booking.select(Booking.follow_up_of).where(
        Booking.number == payload["booking"]["number"]
    ).first()  # fmt: skip
    assert row is not None and str(row["follow_up_of"]) == relay.GlobalID.from_id(done).node_id
    await wait_for_outbox()
    stats = await StaffTypeStats.select(StaffTypeStats.service_type, StaffTypeStats.revisited)
    assert [s for s in stats if s["service_type"] == "hvac"] == [
        {"service_type": "hvac", "revisited": 1}
    ]


async def test_only_ones_own_completed_order_can_be_revisited(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser
) -> None:
    staff = await make_user("staff")
    other: SignedIn = await make_user("customer")
    gql.headers.update(other.headers)
    someone_elses = await _order_of(gql, catalog, "COMPLETED", staff.id)
    customer = await make_user("customer")
    gql.headers.update(customer.headers)
    running = await _order_of(gql, catalog, "IN_PROGRESS", staff.id)
    before = await Booking.count()

    results: dict[str, Any] = {
        name: await create(gql, booking_input(catalog, followUpOf=value))
        for name, value in [
            ("other", someone_elses),
            ("running", running),
            ("not an order", str(relay.GlobalID("Booking", str(UUID(int=3))))),
        ]
    }

    assert results["other"]["errors"] == [
        {"field": "followUpOf", "code": "FOLLOW_UP_UNKNOWN",
         "message": "找不到该客户的这张订单。"}
    ]  # fmt: skip
    assert results["running"]["errors"][0]["code"] == "FOLLOW_UP_NOT_COMPLETED"
    assert "IN_PROGRESS" in results["running"]["errors"][0]["message"]
    assert results["not an order"]["errors"][0]["field"] == "followUpOf"
    assert all(r["booking"] is None for r in results.values())
    assert await Booking.count() == before  # nothing stored
