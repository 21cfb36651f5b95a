"""Offers, execution, help and overrides through the services: every move and refusal."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from uuid import UUID

from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.errors import DomainError
from dispatchhub.notifications.tables import Notification
from dispatchhub.orders.dispatching import dispatch_order
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.execution import update_status
from dispatchhub.orders.manual import assign_manually
from dispatchhub.orders.offers import accept_offer, reject_offer
from dispatchhub.orders.service import now
from dispatchhub.orders.tables import Offer, Order
from dispatchhub.outbox.tables import OutboxMessage
from tests.fixtures.dispatch import TASK_POINT
from tests.fixtures.orders import OrdersWorld, refused_code

NEAR = (TASK_POINT[0] + 0.01, TASK_POINT[1])  # about 1.1 km away
FARTHER = (TASK_POINT[0] + 0.03, TASK_POINT[1])  # about 3.3 km away
FAR = (TASK_POINT[0] + 0.2, TASK_POINT[1])  # about 22 km away


async def _status(order_id: UUID) -> str:
    row = await Order.select(Order.status).where(Order.id == order_id).first()
    assert row is not None
    return str(row["status"])


async def _offered(world: OrdersWorld) -> tuple[UUID, UUID, UUID]:
    """An order pushed to the nearest of two eligible staff: (order, nearest, second)."""
    nearest, second = await world.staff(NEAR), await world.staff(FARTHER)
    order_id = await world.open_order()
    assert await dispatch_order(world.functions, world.zone, order_id) == "OFFERED"
    return order_id, nearest, second


async def test_dispatch_pushes_to_the_best_candidate_and_records_why(
    orders_world: OrdersWorld,
) -> None:
    far = await orders_world.staff(FAR)
    order_id, nearest, second = await _offered(orders_world)

    [offer] = await Offer.select().where(Offer.order == order_id)
    assert (offer["staff"], offer["mode"], offer["status"]) == (nearest, "PUSH", "PENDING")
    assert offer["deadline"] > now() + timedelta(minutes=4)
    assert await _status(order_id) == "OFFERED"
    decision = await (
        AssignmentDecision.select()
        .where((AssignmentDecision.order == order_id) & (AssignmentDecision.kind == "AUTO"))
        .first()
        .output(load_json=True)
    )
    assert decision is not None and decision["chosen"] == nearest
    verdicts = {c["staff"]["id"]: c for c in decision["candidates"]}
    assert verdicts[str(nearest)]["eligible"] and verdicts[str(second)]["eligible"]
    assert verdicts[str(nearest)]["score"] > verdicts[str(second)]["score"]
    if str(far) in verdicts:
        assert verdicts[str(far)]["failed"] == "near"
    # the offered staff member is told in-app and by SMS (their profile's channels)
    told = await Notification.select(Notification.channel).where(
        (Notification.recipient == nearest) & (Notification.template == "order_new")
    )
    assert sorted(r["channel"] for r in told) == ["INAPP", "SMS"]


async def test_accept_assigns_the_order(orders_world: OrdersWorld) -> None:
    order_id, nearest, second = await _offered(orders_world)

    assert await refused_code(accept_offer(order_id, second)) is OrdersErrorCode.NOT_OFFERED
    await accept_offer(order_id, nearest)

    row = await Order.select(Order.status, Order.assignee).where(Order.id == order_id).first()
    assert row == {"status": "ASSIGNED", "assignee": nearest}
    assert await refused_code(accept_offer(order_id, nearest)) is OrdersErrorCode.NOT_OFFERED


async def test_an_expired_offer_cannot_be_answered(orders_world: OrdersWorld) -> None:
    order_id, nearest, _ = await _offered(orders_world)
    await Offer.update({Offer.deadline: now() - timedelta(seconds=1)}).where(
        Offer.order == order_id
    )

    assert await refused_code(accept_offer(order_id, nearest)) is OrdersErrorCode.OFFER_EXPIRED
    assert (
        await refused_code(reject_offer(order_id, nearest, "busy")) is OrdersErrorCode.OFFER_EXPIRED
    )
    assert await _status(order_id) == "OFFERED"


async def test_reject_offers_the_order_to_the_next_candidate(orders_world: OrdersWorld) -> None:
    order_id, nearest, second = await _offered(orders_world)

    assert (
        await refused_code(reject_offer(order_id, nearest, "  ")) is OrdersErrorCode.REASON_REQUIRED
    )
    await reject_offer(order_id, nearest, "车坏了 / van broke down")

    offers = {
        r["staff"]: r["status"]
        for r in await Offer.select(Offer.staff, Offer.status).where(Offer.order == order_id)
    }
    assert offers == {nearest: "REJECTED", second: "PENDING"}
    assert await _status(order_id) == "OFFERED"
    await accept_offer(order_id, second)
    assert await _status(order_id) == "ASSIGNED"


async def test_nobody_eligible_escalates_to_the_policy_queue(orders_world: OrdersWorld) -> None:
    await orders_world.staff(FAR)
    order_id = await orders_world.open_order()

    assert await dispatch_order(orders_world.functions, orders_world.zone, order_id) == "ESCALATED"
    row = (
        await Order.select(Order.status, Order.escalation_queue).where(Order.id == order_id).first()
    )
    assert row == {"status": "ESCALATED", "escalation_queue": "repair-desk"}
    # a second run of the same task changes nothing
    assert await dispatch_order(orders_world.functions, orders_world.zone, order_id) == "SKIPPED"


async def test_the_assignee_carries_the_order_through_and_the_booking_follows(
    orders_world: OrdersWorld,
) -> None:
    staff, other = await orders_world.staff(), await orders_world.staff()
    order_id = await orders_world.open_order()
    await orders_world.set_status(order_id, "ASSIGNED", staff)

    assert (
        await refused_code(update_status(order_id, other, "EN_ROUTE"))
        is OrdersErrorCode.NOT_ASSIGNEE
    )
    assert (
        await refused_code(update_status(order_id, staff, "COMPLETED"))
        is OrdersErrorCode.ILLEGAL_TRANSITION
    )
    await update_status(order_id, staff, "EN_ROUTE", point=NEAR, note="出发 / leaving")
    assert (
        await refused_code(update_status(order_id, staff, "EN_ROUTE"))
        is OrdersErrorCode.ILLEGAL_TRANSITION
    )
    await update_status(order_id, staff, "IN_PROGRESS", point=TASK_POINT)
    booking = await Order.select(Order.booking).where(Order.id == order_id).first()
    assert booking is not None
    status = await Booking.select(Booking.status).where(Booking.id == booking["booking"]).first()
    assert status == {"status": "IN_SERVICE"}
    await update_status(order_id, staff, "COMPLETED")

    row = (
        await Order.select(Order.status, Order.started_at, Order.completed_at)
        .where(Order.id == order_id)
        .first()
    )
    assert row is not None and row["status"] == "COMPLETED" and row["completed_at"] is not None
    events = (
        await BookingEvent.select(BookingEvent.to_status)
        .where(BookingEvent.booking == booking["booking"])
        .order_by(BookingEvent.at)
    )
    assert [e["to_status"] for e in events] == ["IN_SERVICE", "COMPLETED"]
    invitations = (
        await OutboxMessage.select(OutboxMessage.payload)
        .where(OutboxMessage.task == "reviews.invite")
        .output(load_json=True)
    )
    assert invitations == [{"payload": {"order_id": str(order_id)}}]  # the customer is asked
    assert (
        await refused_code(update_status(order_id, staff, "IN_PROGRESS"))
        is OrdersErrorCode.ILLEGAL_TRANSITION
    )


async def test_a_dispatcher_override_lists_the_requirements_it_breaks(
    orders_world: OrdersWorld,
) -> None:
    far = await orders_world.staff(FAR)
    dispatcher = orders_world.world.customer
    assert dispatcher is not None
    order_id = await orders_world.open_order()

    assert (
        await refused_code(
            assign_manually(orders_world.functions, orders_world.zone, order_id, far,
                            actor_id=dispatcher, reason="")
        )
        is OrdersErrorCode.REASON_REQUIRED
    )  # fmt: skip
    result = await assign_manually(
        orders_world.functions, orders_world.zone, order_id, far,
        actor_id=dispatcher, reason="客户指定 / customer asked",
    )  # fmt: skip

    assert [b.name for b in result.broken] == ["near"]
    row = await Order.select(Order.status, Order.assignee).where(Order.id == order_id).first()
    assert row == {"status": "ASSIGNED", "assignee": far}
    kinds = await AssignmentDecision.select(AssignmentDecision.kind).where(
        AssignmentDecision.order == order_id
    )
    assert [k["kind"] for k in kinds] == ["MANUAL"]


async def test_a_second_round_broadcasts_and_the_first_accept_wins(
    orders_world: OrdersWorld,
) -> None:
    # given a push the first candidate let lapse, and the order back in dispatch
    for _ in range(3):
        await orders_world.staff(FARTHER)
    order_id, nearest, _ = await _offered(orders_world)
    await Offer.update({Offer.status: "EXPIRED"}).where(Offer.order == order_id)
    await orders_world.set_status(order_id, "OPEN", None)

    # when it is dispatched again: the ladder's second step, without the first candidate
    assert await dispatch_order(orders_world.functions, orders_world.zone, order_id) == "OFFERED"
    pending = await Offer.select(Offer.staff, Offer.mode).where(
        (Offer.order == order_id) & (Offer.status == "PENDING")
    )
    assert len(pending) == 3 and {p["mode"] for p in pending} == {"BROADCAST"}
    assert nearest not in {p["staff"] for p in pending}

    # then two accepting at once: one gets it, the other is told it is taken
    first, second = [p["staff"] for p in pending][:2]
    results = await asyncio.gather(
        accept_offer(order_id, first), accept_offer(order_id, second), return_exceptions=True
    )
    refused = [r for r in results if isinstance(r, DomainError)]
    assert len(refused) == 1
    assert refused[0].errors[0].code is OrdersErrorCode.ALREADY_TAKEN
    statuses = sorted(
        r["status"] for r in await Offer.select(Offer.status).where(Offer.order == order_id)
    )
    assert statuses.count("ACCEPTED") == 1 and "PENDING" not in statuses
