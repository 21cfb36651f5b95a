"""The load run's world: a catalog, a pool policy, staff, customers, a dispatcher, orders
to grab and a customer with a full booking history; everyone with an access token.

Rows are written the way the platform keeps them (services where they exist, plain inserts
for history), once, before any process under test starts.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

from dispatchhub.authz.enforcer import close_enforcer, create_enforcer
from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.catalog.tables import Region, ServiceType
from dispatchhub.config import Settings
from dispatchhub.dispatch.policies import publish_version, save_version
from dispatchhub.orders.tables import Order, OrderEvent
from dispatchhub.payments.tables import CancellationCharge, Payment, Refund
from dispatchhub.plugins.manager import create_plugin_manager
from dispatchhub.plugins.rule_functions import registry_for
from dispatchhub.users.tables import StaffProfile, StaffSkill, User
from dispatchhub.users.tokens import issue_access_token

__all__ = ["POINT", "World", "build_world", "next_morning"]

POINT = (31.1886, 121.4365)  # Xuhui
# Every order is grabbable by every staff member: the load is the platform's, not the policy's.
POLICY = """
default policy anyone
  require capacity : staff.active_orders < staff.max_orders  reason "full"
  mode pool
"""
ALWAYS = [{"weekday": d, "start": "00:00", "end": "24:00"} for d in range(7)]
_phones = itertools.count(13900000000)


@dataclass
class Person:
    """A user and the access token that signs requests in as them."""

    id: UUID
    token: str


@dataclass
class World:
    """Who and what the scenarios use."""

    service_type: UUID
    customers: list[Person] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    dispatcher: Person | None = None
    lister: Person | None = None  # a customer with a page of history, charges and payments
    pool: list[UUID] = field(default_factory=list)  # OPEN orders for the spread-out grabs
    hot: list[UUID] = field(default_factory=list)  # OPEN orders all staff grab together


def next_morning(days: int = 2) -> datetime:
    """``days`` ahead at 10:00 Shanghai time, inside the service hours."""
    local = (datetime.now(UTC) + timedelta(hours=8)).date() + timedelta(days=days)
    return datetime(local.year, local.month, local.day, 2, tzinfo=UTC)


async def _person(settings: Settings, enforcer: object, role: str, name: str) -> Person:
    user = User(name=name, phone=f"+86{next(_phones)}")
    await user.save()
    await enforcer.add_role_for_user(str(user.id), role)  # type: ignore[attr-defined]
    return Person(UUID(str(user.id)), issue_access_token(settings, UUID(str(user.id)), 0))


async def _orders(world: World, customer: UUID, count: int) -> list[UUID]:
    start = next_morning(3)
    bookings, orders, events = [], [], []
    for _ in range(count):
        booking, order = uuid4(), uuid4()
        number = booking.hex[:10].upper()
        bookings.append(Booking(
            id=booking, number=f"B-L{number}", customer=customer,
            service_type=world.service_type, description="空调不制冷 / AC not cooling",
            scheduled_start=start, scheduled_end=start + timedelta(minutes=90),
            address="上海市徐汇区漕溪北路 88 号", lat=POINT[0], lon=POINT[1], region="xuhui",
            status="CONFIRMED", price_minor=20000,
        ))  # fmt: skip
        orders.append(Order(
            id=order, number=f"O-L{number}", booking=booking, service_type=world.service_type,
            status="OPEN", region="xuhui", lat=POINT[0], lon=POINT[1], scheduled_start=start,
            scheduled_end=start + timedelta(minutes=90),
        ))  # fmt: skip
        events.append(OrderEvent(order=order, to_status="OPEN", reason="bench"))
    for table, rows in ((Booking, bookings), (Order, orders), (OrderEvent, events)):
        for at in range(0, len(rows), 200):
            await table.insert(*rows[at : at + 200])
    return [UUID(str(o.id)) for o in orders]


async def _history(customer: UUID, service_type: UUID, count: int) -> None:
    """``count`` cancelled bookings, each with two events, a charge and a refunded payment."""
    start = next_morning(3)
    for index in range(count):
        made = datetime.now(UTC) - timedelta(days=30, minutes=index)
        booking = Booking(
            number=f"B-H{uuid4().hex[:10].upper()}", customer=customer,
            service_type=service_type, description="空调清洗 / AC cleaning",
            scheduled_start=start, address="上海市徐汇区漕溪北路 88 号", lat=POINT[0],
            lon=POINT[1], region="xuhui", status="CANCELLED", price_minor=20000,
            created_at=made,
        )  # fmt: skip
        await booking.save()
        await BookingEvent.insert(
            BookingEvent(booking=booking.id, kind="CREATED", to_status="CONFIRMED", at=made),
            BookingEvent(booking=booking.id, kind="CANCELLED", from_status="CONFIRMED",
                         to_status="CANCELLED", at=made + timedelta(hours=1)),
        )  # fmt: skip
        charge = CancellationCharge(booking=booking.id, amount_minor=2000, fault="CUSTOMER")
        await charge.save()
        payment = Payment(
            booking=booking.id, number=f"P-H{uuid4().hex[:10].upper()}", amount_minor=20000,
            provider="alipay", status="PAID", paid_at=made,
        )  # fmt: skip
        await payment.save()
        await Refund(payment=payment.id, number=f"R-H{uuid4().hex[:10].upper()}",
                     amount_minor=18000, status="DONE", done_at=made).save()  # fmt: skip


async def build_world(
    settings: Settings, *, customers: int, staff: int, pool: int, hot: int
) -> World:
    """Write the world into the configured (migrated, empty) database."""
    await Region(code="xuhui", name_zh="徐汇", name_en="Xuhui", center_lat=POINT[0],
                 center_lon=POINT[1], radius_km=6).save()  # fmt: skip
    service = ServiceType(
        code="hvac", name_zh="空调维修", name_en="AC repair", price_minor=20000,
        service_hours={"start": "08:00", "end": "20:00"}, required_skills={"hvac": 2},
        keywords=["空调", "air conditioner"], urgency_options=["NORMAL", "URGENT"],
    )  # fmt: skip
    await service.save()
    world = World(service_type=UUID(str(service.id)))
    functions = registry_for(create_plugin_manager(load_entrypoints=False))
    saved = await save_version("main", POLICY, functions=functions)
    await publish_version(saved.version.policy_id, 1, functions=functions)
    enforcer = await create_enforcer()
    try:
        for n in range(customers):
            world.customers.append(await _person(settings, enforcer, "customer", f"顾客{n}"))
        for n in range(staff):
            person = await _person(settings, enforcer, "staff", f"师傅{n}")
            await StaffProfile(
                user=person.id, level=3, years_experience=4, region="xuhui",
                home_lat=POINT[0], home_lon=POINT[1], lat=POINT[0], lon=POINT[1],
                availability="AVAILABLE", shifts=ALWAYS, max_active_orders=1_000_000,
                notify_channels=["INAPP"],
            ).save()  # fmt: skip
            await StaffSkill(staff=person.id, skill="hvac", level=4, certified=True).save()
            world.staff.append(person)
        world.dispatcher = await _person(settings, enforcer, "dispatcher", "调度员")
        world.lister = await _person(settings, enforcer, "customer", "老顾客")
    finally:
        await close_enforcer(enforcer)
    owner = world.customers[0].id
    world.pool = await _orders(world, owner, pool)
    world.hot = await _orders(world, owner, hot)
    await _history(world.lister.id, world.service_type, 60)
    return world
