"""Reschedule and cancel: every transition, and the charge at each cancellation-policy boundary."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID

import pytest

from dispatchhub.bookings import lifecycle
from dispatchhub.bookings.intake import BookingInput, Point
from dispatchhub.bookings.service import create_booking
from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.catalog.policy import Fault
from dispatchhub.config import Settings
from dispatchhub.errors import DomainError, ValidationFailed
from dispatchhub.orders.tables import Order
from dispatchhub.payments.tables import CancellationCharge
from dispatchhub.users.tables import User
from tests.fixtures.bookings import XUHUI, Catalog, next_morning

START = next_morning(days=3)


async def booked(database: Settings, catalog: Catalog, **changes: object) -> tuple[UUID, UUID]:
    customer = User(name="客户 Customer", phone="+8613912340000")
    await customer.save()
    values: dict[str, object] = {
        "description": "热水器不出热水,需要上门检查",
        "scheduled_start": START,
        "address": "徐汇区天钥桥路 1 号",
        "location": Point(*XUHUI),
        "service_type_id": catalog.hvac,
        "form_data": {"brand": "海尔 Haier"},
    }
    values.update(changes)
    result = await create_booking(
        database, BookingInput(**values), actor_id=UUID(str(customer.id)),  # type: ignore[arg-type]
        may_book_for_others=False, now=START - timedelta(days=2),
    )  # fmt: skip
    return result.booking_id, UUID(str(customer.id))


@pytest.mark.parametrize(
    ("before", "fault", "en_route", "expected"),
    [
        (timedelta(hours=48), Fault.CUSTOMER, False, 0),
        (timedelta(hours=24), Fault.CUSTOMER, False, 0),  # exactly 24 h: the free rule
        (timedelta(hours=24) - timedelta(seconds=1), Fault.CUSTOMER, False, 2000),
        (timedelta(hours=2), Fault.CUSTOMER, False, 2000),
        (timedelta(hours=2) - timedelta(seconds=1), Fault.CUSTOMER, False, 10000),  # 50 %
        (timedelta(minutes=10), Fault.CUSTOMER, False, 10000),
        (timedelta(hours=48), Fault.CUSTOMER, True, 3000),  # staff already on the way
        (timedelta(hours=1), Fault.STAFF, False, -2000),  # compensation, not a fee
        (timedelta(hours=1), Fault.PLATFORM, True, -2000),
    ],
)
async def test_cancel_charges_by_the_booked_policy(
    database: Settings, catalog: Catalog, before: timedelta, fault: Fault, en_route: bool,
    expected: int,
) -> None:  # fmt: skip
    booking_id, customer = await booked(database, catalog)
    if en_route:
        await Order.update({Order.status: "EN_ROUTE"}).where(Order.booking == booking_id)

    result = await lifecycle.cancel(
        database, booking_id, reason="计划有变 plans changed", actor_id=customer, fault=fault,
        now=START - before,
    )  # fmt: skip

    assert result.charge is not None
    assert result.charge.amount_minor == expected
    assert (await Booking.select(Booking.status).first())["status"] == "CANCELLED"  # type: ignore[index]
    assert (await Order.select(Order.status).first())["status"] == "CANCELLED"  # type: ignore[index]
    charges = await CancellationCharge.select(CancellationCharge.amount_minor)
    assert charges == ([{"amount_minor": expected}] if expected else [])


async def test_reschedule_moves_booking_and_order_and_prices_like_a_cancellation(
    database: Settings, catalog: Catalog
) -> None:
    booking_id, customer = await booked(database, catalog)
    later = START + timedelta(days=1)

    result = await lifecycle.reschedule(
        database, booking_id, start=later, end=None, actor_id=customer,
        now=START - timedelta(hours=3),
    )  # fmt: skip

    assert result.charge is not None and result.charge.amount_minor == 2000
    assert (await Booking.select(Booking.scheduled_start).first())["scheduled_start"] == later  # type: ignore[index]
    assert (await Order.select(Order.scheduled_start).first())["scheduled_start"] == later  # type: ignore[index]
    [event] = await BookingEvent.select().where(BookingEvent.kind == "RESCHEDULED")
    assert event["data"]  # from, to and the charge are kept in the history


async def test_reschedule_refuses_the_past_and_closed_hours(
    database: Settings, catalog: Catalog
) -> None:
    booking_id, customer = await booked(database, catalog)
    now = START - timedelta(days=1)

    with pytest.raises(ValidationFailed) as past:
        await lifecycle.reschedule(
            database, booking_id, start=now - timedelta(hours=1), end=None, actor_id=customer,
            now=now,
        )  # fmt: skip
    night = START.replace(hour=14)  # 22:00 in Shanghai
    with pytest.raises(DomainError) as closed:
        await lifecycle.reschedule(
            database, booking_id, start=night, end=None, actor_id=customer, now=now
        )

    assert past.value.errors[0].code.name == "TIME_IN_PAST"
    assert closed.value.errors[0].code.name == "OUTSIDE_SERVICE_HOURS"
    assert (await Booking.select(Booking.scheduled_start).first())["scheduled_start"] == START  # type: ignore[index]


@pytest.mark.parametrize(
    ("reason", "code"), [("", "REQUIRED"), ("  \n ", "REQUIRED"), ("久" * 501, "TOO_LONG")]
)
async def test_a_cancellation_needs_a_reason_of_sane_length(
    database: Settings, catalog: Catalog, reason: str, code: str
) -> None:
    booking_id, customer = await booked(database, catalog)

    with pytest.raises(DomainError) as refused:
        await lifecycle.cancel(database, booking_id, reason=reason, actor_id=customer)

    [error] = refused.value.errors
    assert (error.field, error.code.name) == ("reason", code)
    assert (await Booking.select(Booking.status).first())["status"] == "CONFIRMED"  # type: ignore[index]
    assert await CancellationCharge.count() == 0


@pytest.mark.parametrize("action", ["cancel", "reschedule", "acknowledge", "approve"])
async def test_a_cancelled_booking_cannot_change_again(
    database: Settings, catalog: Catalog, action: str
) -> None:
    booking_id, customer = await booked(database, catalog)
    now = START - timedelta(days=1)
    await lifecycle.cancel(database, booking_id, reason="x", actor_id=customer, now=now)

    with pytest.raises(DomainError) as refused:
        if action == "cancel":
            await lifecycle.cancel(database, booking_id, reason="x", actor_id=customer, now=now)
        elif action == "reschedule":
            await lifecycle.reschedule(
                database, booking_id, start=START, end=None, actor_id=customer, now=now
            )
        elif action == "acknowledge":
            await lifecycle.acknowledge(booking_id, actor_id=customer)
        else:
            await lifecycle.approve(database, booking_id, actor_id=customer, note="")

    assert refused.value.errors[0].code.name == "INVALID_TRANSITION"
    assert await CancellationCharge.count() == 0


async def test_the_customer_acknowledges_a_confirmed_booking(
    database: Settings, catalog: Catalog
) -> None:
    booking_id, customer = await booked(database, catalog)

    await lifecycle.acknowledge(booking_id, actor_id=customer)

    row = await Booking.select(Booking.customer_confirmed_at).first()
    assert isinstance(row["customer_confirmed_at"], datetime)  # type: ignore[index]


async def test_a_completed_order_is_not_cancelled_with_its_booking(
    database: Settings, catalog: Catalog
) -> None:
    booking_id, customer = await booked(database, catalog)
    await Booking.update({Booking.status: "IN_SERVICE"}).where(Booking.id == booking_id)

    with pytest.raises(DomainError):
        await lifecycle.cancel(database, booking_id, reason="x", actor_id=customer)

    assert (await Order.select(Order.status).first())["status"] == "OPEN"  # type: ignore[index]
