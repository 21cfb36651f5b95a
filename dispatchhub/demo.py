"""Demo data for a Shanghai field-service company: catalog, people, bookings, orders, reviews.

:func:`load_demo_data` fills an empty, migrated database in one transaction and returns a
:class:`DemoSummary` (row counts and example logins to print on start-up). It is
deterministic for a seed and a ``now``, and idempotent: when the demo admin account exists it
returns the summary of what is there and writes nothing.

Every demo account shares the password :data:`DEMO_PASSWORD` ("Demo#2026pass"), hashed once
with cheap argon2id parameters so loading stays fast; change it on any shared deployment.

Shapes of the JSON fields written here (the catalog's low-code part):

- ``ServiceType.form_schema``: a JSON Schema (draft 2020-12) object. Each property has the
  zh ``title`` and ``x-title-en``; string enums have ``x-enum-labels: {value: {zh, en}}``.
- ``ServiceType.special_options``: ``[{"code", "zh", "en"}]``; a booking's
  ``special_requirements`` lists chosen codes.
- ``ServiceType.service_hours``: ``{"start": "HH:MM", "end": "HH:MM"}`` in business local time
  (Asia/Shanghai), every day; a booking's whole time window lies inside it.
- ``ServiceType.urgency_options``: the urgencies offered, from NORMAL, URGENT, EMERGENCY.
- ``ServiceType.cancellation_policy``::

      {"rules": [{"hours_before_gte": 24, "fee_minor": 0},
                 {"hours_before_gte": 2, "fee_minor": 2000},
                 {"hours_before_gte": 0, "fee_percent": 50}],
       "staff_en_route_fee_minor": 3000,
       "staff_fault_compensation_minor": 2000}

  When the customer cancels, the hours from cancellation to ``scheduled_start`` (0 if already
  past) pick the first rule, in descending ``hours_before_gte``, whose threshold they reach.
  A rule charges ``fee_minor`` fen, or ``fee_percent`` of the booking price (rounded down).
  Once staff are EN_ROUTE the fee is at least ``staff_en_route_fee_minor``. When staff or the
  platform are at fault there is no fee and the customer is owed
  ``staff_fault_compensation_minor`` (a negative :class:`CancellationCharge`).
- ``StaffProfile.shifts``: ``[{"weekday": 0..6 (Monday = 0), "start": "HH:MM", "end": "HH:MM"}]``.
- ``Booking.review_errors``: ``[{"field", "code", "message"}]`` (message in the customer's
  language).
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from math import cos, pi, radians, sqrt
from typing import Any, Final
from zoneinfo import ZoneInfo

import phonenumbers
from argon2 import PasswordHasher
from piccolo.table import Table

from dispatchhub import db
from dispatchhub import demo_data as data
from dispatchhub.authz.tables import CasbinRule
from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.catalog.tables import Region, ServiceItem, ServiceType
from dispatchhub.orders.tables import HelpRequest, Offer, Order, OrderEvent
from dispatchhub.payments.tables import CancellationCharge, Payment
from dispatchhub.reviews.tables import Review, StaffFeedback
from dispatchhub.users.tables import StaffProfile, StaffSkill, User

__all__ = [
    "ADMIN_PHONE",
    "DEMO_PASSWORD",
    "DemoLogin",
    "DemoSummary",
    "load_demo_data",
    "read_demo_summary",
]

DEMO_PASSWORD: Final = "Demo#2026pass"
ADMIN_PHONE: Final = "+8613800000000"
ADMIN_EMAIL: Final = "admin@demo.dispatchhub.dev"
# Fixed numbers for the accounts printed on start-up; everyone else gets a random one.
DISPATCHER_PHONES: Final = ("+8613800000001", "+8613800000002")
SUPERVISOR_PHONES: Final = ("+8613800000003", "+8613800000004", "+8613800000005")
EXAMPLE_STAFF_PHONE: Final = "+8613900000001"
EXAMPLE_CUSTOMER_PHONE: Final = "+8613700000001"
ROLES: Final = ("admin", "dispatcher", "supervisor", "staff", "customer")
# Chinese mobile prefixes in use; every generated number is still checked by phonenumbers.
_MOBILE_PREFIXES: Final = (
    "130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
    "177 180 181 182 183 185 186 187 188 189 199"
).split()
# Final booking states and how many of the ~150 demo bookings end in each.
_BOOKING_PLAN: Final = [
    ("COMPLETED", 70), ("CANCELLED", 16), ("IN_SERVICE", 5), ("CONFIRMED", 35),
    ("PENDING_REVIEW", 8), ("NEEDS_CHANGES", 8), ("SUBMITTED", 8),
]  # fmt: skip
# Order states of the CONFIRMED bookings, in plan order.
_CONFIRMED_ORDERS: Final = ["OPEN"] * 9 + ["ESCALATED"] * 2 + ["OFFERED"] * 6 + ["ASSIGNED"] * 13
_CONFIRMED_ORDERS_EN_ROUTE: Final = 5
_URGENCIES: Final = ("NORMAL", "URGENT", "EMERGENCY")
_ACTIVE: Final = frozenset({"ASSIGNED", "EN_ROUTE", "IN_PROGRESS"})
_MANUAL: Final = "需要人工审核 / manual review required"


@dataclass(frozen=True, slots=True)
class DemoLogin:
    """An account to try the platform with."""

    role: str
    name: str
    phone: str
    email: str | None
    password: str = DEMO_PASSWORD


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What the demo database holds.

    Attributes:
        created: True when this call wrote the data, False when it was already there.
        counts: rows per table name, for every table of the core.
        logins: example accounts (admin, dispatcher, supervisor, staff, customer).
        roles: the Casbin role of every demo user, by user id.
    """

    created: bool
    counts: dict[str, int]
    logins: tuple[DemoLogin, ...]
    roles: dict[str, str] = field(repr=False)

    def banner(self) -> str:
        """Lines to print on start-up: the example logins and the main counts."""
        lines = [
            "演示数据 Demo data: "
            + ", ".join(
                f"{name} {self.counts.get(name, 0)}" for name in ("users", "bookings", "orders")
            )
        ]
        lines += [f"  {x.role:<10} {x.phone}  {x.password}  ({x.name})" for x in self.logins]
        return "\n".join(lines)


async def load_demo_data(
    *,
    seed: int = 7,
    staff_count: int = 50,
    customer_count: int = 40,
    now: datetime | None = None,
    zone: str = "Asia/Shanghai",
) -> DemoSummary:
    """Fill an empty, migrated database with demo data, unless it is already there.

    Args:
        seed: the random seed; the same seed and ``now`` give the same rows and ids.
        staff_count: service staff to create (spread over the eight districts).
        customer_count: customers to create (about 15 % of them English-speaking).
        now: the moment the data is relative to (past jobs, upcoming appointments, offer
            deadlines); defaults to the current time, to the minute.
        zone: the business time zone of service hours and shifts.

    Returns:
        The summary; ``created`` is False when the demo admin already existed.
    """
    if await User.exists().where(User.phone == ADMIN_PHONE):
        return await read_demo_summary(created=False)
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(second=0, microsecond=0)
    builder = _Builder(random.Random(seed), moment, ZoneInfo(zone))
    rows = builder.build(staff_count=max(staff_count, 1), customer_count=max(customer_count, 1))
    async with db.write():
        # Checked again under the write lock: two processes may have started together.
        if await User.exists().where(User.phone == ADMIN_PHONE):
            return await read_demo_summary(created=False)
        for table in db.all_tables():
            batch = rows.get(table, [])
            for start in range(0, len(batch), 200):  # stays under both engines' bind limits
                await table.insert(*batch[start : start + 200])
    return await read_demo_summary(created=True)


async def read_demo_summary(*, created: bool = False) -> DemoSummary:
    """The summary of the demo data in the database (counts, roles, example logins)."""
    counts = {table._meta.tablename: await table.count() for table in db.all_tables()}
    grants = await CasbinRule.select(CasbinRule.v0, CasbinRule.v1).where(
        (CasbinRule.ptype == "g") & CasbinRule.v1.is_in(list(ROLES))
    )
    roles: dict[str, str] = {}
    for grant in grants:
        roles.setdefault(grant["v0"], grant["v1"])
    wanted = [ADMIN_PHONE, DISPATCHER_PHONES[0], SUPERVISOR_PHONES[0], EXAMPLE_STAFF_PHONE,
              EXAMPLE_CUSTOMER_PHONE]  # fmt: skip
    users = await User.select(User.id, User.name, User.phone, User.email).where(
        User.phone.is_in(wanted)
    )
    by_phone = {user["phone"]: user for user in users}
    logins = tuple(
        DemoLogin(roles.get(str(u["id"]), "?"), u["name"], u["phone"], u["email"])
        for u in (by_phone.get(phone) for phone in wanted)
        if u is not None
    )
    return DemoSummary(created=created, counts=counts, logins=logins, roles=roles)


@dataclass(slots=True)
class _Person:
    id: uuid.UUID
    name: str
    locale: str
    region: str = ""
    supervisor: uuid.UUID | None = None
    skills: dict[str, int] = field(default_factory=dict)
    availability: str = "AVAILABLE"
    max_active: int = 3
    active: int = 0
    home: tuple[float, float] = (0.0, 0.0)
    position: tuple[float, float] | None = None


@dataclass(slots=True)
class _Job:
    """One booking being generated, with the timeline cursor its events advance."""

    row: Booking
    spec: dict[str, Any]
    customer: _Person
    creator: uuid.UUID
    timing: str
    order_status: str | None
    t: datetime
    staff: _Person | None = None
    order: Order | None = None
    order_state: str = ""
    events: int = 0


class _Builder:
    """Generates every demo row in memory, in an order that keeps references valid."""

    def __init__(self, rng: random.Random, now: datetime, zone: ZoneInfo) -> None:
        self.rng, self.now, self.zone = rng, now, zone
        self.rows: dict[type[Table], list[Table]] = {}
        self.phones: set[str] = set()
        self.regions = {r["code"]: r for r in data.REGIONS}
        self.type_ids: dict[str, uuid.UUID] = {}
        self.item_ids: dict[str, uuid.UUID] = {}
        self.snapshots: dict[str, dict[str, Any]] = {}
        # One cheap hash shared by every demo account; a salt from the seed keeps the rows
        # repeatable.
        hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
        self.password_hash = hasher.hash(DEMO_PASSWORD, salt=rng.randbytes(16))

    # -- helpers ---------------------------------------------------------------------------

    def add(self, row: Table) -> None:
        self.rows.setdefault(type(row), []).append(row)

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def minutes(self, low: float, high: float) -> timedelta:
        return timedelta(minutes=self.rng.uniform(low, high))

    def point(self, region: str, spread: float = 0.7) -> tuple[float, float]:
        """A uniformly random point within ``spread`` of the district's radius."""
        r = self.regions[region]
        distance = r["radius_km"] * spread * sqrt(self.rng.random())
        angle = self.rng.uniform(0, 2 * pi)
        lat = r["center_lat"] + distance * cos(angle) / 111.0
        lon = r["center_lon"] + distance * cos(angle - pi / 2) / (111.0 * cos(radians(lat)))
        return round(lat, 6), round(lon, 6)

    def phone(self) -> str:
        while True:
            number = f"+86{self.rng.choice(_MOBILE_PREFIXES)}{self.rng.randrange(10**8):08d}"
            if number not in self.phones and phonenumbers.is_valid_number(
                phonenumbers.parse(number)
            ):
                self.phones.add(number)
                return number

    def user(self, role: str, *, phone: str | None = None, email: str | None = None,
             locale: str = "zh-CN", name: str | None = None) -> _Person:  # fmt: skip
        person = _Person(self.uid(), name or self.zh_name()[0], locale)
        if phone is None:
            phone = self.phone()
        self.phones.add(phone)
        joined = self.now - timedelta(days=self.rng.randint(60, 900))
        self.add(
            User(
                id=person.id,
                phone=phone,
                email=email,
                password_hash=self.password_hash,
                name=person.name,
                locale=locale,
                created_at=joined,
                updated_at=joined,
            )
        )
        self.add(CasbinRule(ptype="g", v0=str(person.id), v1=role))
        return person

    def zh_name(self) -> tuple[str, str]:
        """A Chinese name and its pinyin (for the e-mail address)."""
        (sur, sur_py), (given, given_py) = (
            self.rng.choice(data.SURNAMES),
            self.rng.choice(data.GIVEN_NAMES),
        )
        return sur + given, f"{given_py}.{sur_py}"

    def local(self, day: date, hhmm: str) -> datetime:
        hour, minute = (int(x) for x in hhmm.split(":"))
        return datetime.combine(day, time(hour, minute), tzinfo=self.zone).astimezone(UTC)

    def slots(self, day: date, spec: dict[str, Any], duration: timedelta) -> list[datetime]:
        """Half-hour start times on ``day`` whose whole window is inside service hours."""
        start, end = (self.local(day, spec["service_hours"][k]) for k in ("start", "end"))
        count = int((end - start - duration) / timedelta(minutes=30)) + 1
        return [start + timedelta(minutes=30 * i) for i in range(max(count, 0))]

    # -- the parts -------------------------------------------------------------------------

    def build(self, *, staff_count: int, customer_count: int) -> dict[type[Table], list[Table]]:
        self.catalog()
        self.people(staff_count, customer_count)
        self.jobs()
        return self.rows

    def catalog(self) -> None:
        for r in data.REGIONS:
            self.add(Region(id=self.uid(), neighbours=data.neighbours(r["code"]), **r))
        for spec in data.SERVICE_TYPES:
            type_id = self.type_ids[spec["code"]] = self.uid()
            columns = {"urgency_options": list(_URGENCIES), "currency": "CNY", "revision": 1}
            columns |= {k: v for k, v in spec.items() if k not in ("items", "samples", "texts")}
            # Bookings keep this copy of the type as it was when they were made.
            self.snapshots[spec["code"]] = {"id": str(type_id), **columns}
            created = self.now - timedelta(days=120)
            self.add(ServiceType(id=type_id, created_at=created, updated_at=created, **columns))
            for code, zh, en, price, minutes in spec["items"]:
                self.item_ids[code] = self.uid()
                self.add(ServiceItem(id=self.item_ids[code], service_type=type_id, code=code,
                                     name_zh=zh, name_en=en, price_minor=price,
                                     duration_min=minutes))  # fmt: skip

    def people(self, staff_count: int, customer_count: int) -> None:
        self.user("admin", phone=ADMIN_PHONE, email=ADMIN_EMAIL, name="管理员 Admin")
        self.dispatchers = [
            self.user("dispatcher", phone=p, email=f"dispatcher{i + 1}@demo.dispatchhub.dev")
            for i, p in enumerate(DISPATCHER_PHONES)
        ]
        supervisors = [
            self.user("supervisor", phone=p, email=f"supervisor{i + 1}@demo.dispatchhub.dev")
            for i, p in enumerate(SUPERVISOR_PHONES)
        ]
        codes = [r["code"] for r in data.REGIONS]
        self.staff = [
            self.user("staff", phone=EXAMPLE_STAFF_PHONE if i == 0 else None,
                      email=f"staff{i + 1:03d}@demo.dispatchhub.dev")
            for i in range(staff_count)
        ]  # fmt: skip
        for i, person in enumerate(self.staff):
            person.region = codes[i % len(codes)]
            person.supervisor = supervisors[codes.index(person.region) % len(supervisors)].id
            person.max_active = self.rng.randint(2, 5)
            person.availability = self.rng.choices(
                ["AVAILABLE", "OFF_DUTY", "ON_LEAVE"], weights=[75, 17, 8]
            )[0]
            person.home = self.point(person.region, 0.8)
        self.deal_skills(codes)
        self.customers = []
        for i in range(customer_count):
            english = i % 7 == 3  # about one in seven customers is an English-speaking expat
            if english:
                first, last = (self.rng.choice(data.EN_FIRST_NAMES),
                               self.rng.choice(data.EN_LAST_NAMES))  # fmt: skip
                name, handle = f"{first} {last}", f"{first}.{last}".replace("ü", "ue")
            else:
                name, handle = self.zh_name()
            email = f"{handle}{i + 1}@example.com".lower() if self.rng.random() < 0.7 else None
            self.customers.append(self.user(
                "customer", phone=EXAMPLE_CUSTOMER_PHONE if i == 0 else None, email=email,
                locale="en-US" if english else "zh-CN", name=name))  # fmt: skip

    def deal_skills(self, codes: list[str]) -> None:
        """Give every service type two qualified staff per district, then some extra skills."""
        for region in codes:
            local = [s for s in self.staff if s.region == region]
            self.rng.shuffle(local)
            turn = 0
            for spec in data.SERVICE_TYPES:
                for _ in range(min(2, len(local))):
                    for _attempt in range(len(local)):
                        person, turn = local[turn % len(local)], turn + 1
                        new = [k for k in spec["required_skills"] if k not in person.skills]
                        if len(person.skills) + len(new) <= 4 or len(local) < 4:
                            break
                    for skill, minimum in spec["required_skills"].items():
                        level = max(person.skills.get(skill, 0), self.rng.randint(minimum, 5))
                        person.skills[skill] = level
        all_codes = [spec["code"] for spec in data.SERVICE_TYPES]
        for person in self.staff:
            for _ in range(self.rng.randint(0, 2)):
                if len(person.skills) < 4:
                    person.skills.setdefault(self.rng.choice(all_codes), self.rng.randint(1, 5))
            for skill, level in person.skills.items():
                self.add(
                    StaffSkill(
                        id=self.uid(),
                        staff=person.id,
                        skill=skill,
                        level=level,
                        certified=level >= 3 and self.rng.random() < 0.7,
                    )
                )

    def qualified(self, person: _Person, spec: dict[str, Any]) -> bool:
        return all(person.skills.get(k, 0) >= v for k, v in spec["required_skills"].items())

    def pick_staff(self, spec: dict[str, Any], region: str, active: bool) -> _Person:
        """A qualified staff member for a job: same district first, then neighbours, anyone."""
        near = [region, *data.neighbours(region)]
        pools = [
            [s for s in self.staff if s.region == region and self.qualified(s, spec)],
            [s for s in self.staff if s.region in near and self.qualified(s, spec)],
            [s for s in self.staff if self.qualified(s, spec)],
            self.staff,
        ]
        for pool in pools:
            if active:
                pool = [s for s in pool if s.availability != "ON_LEAVE" and s.active < s.max_active]
            if pool:
                chosen = self.rng.choice(pool)
                chosen.active += active
                return chosen
        return self.rng.choice(self.staff)

    # -- bookings and orders ---------------------------------------------------------------

    def jobs(self) -> None:
        plan = [state for state, n in _BOOKING_PLAN for _ in range(n)]
        confirmed = _CONFIRMED_ORDERS + ["EN_ROUTE"] * _CONFIRMED_ORDERS_EN_ROUTE
        self.rng.shuffle(confirmed)
        jobs: list[_Job] = []
        cancelled = 0
        for k, state in enumerate(plan):
            order_status, timing = {
                "COMPLETED": ("COMPLETED", "past"), "IN_SERVICE": ("IN_PROGRESS", "now"),
            }.get(state, (None, "future"))  # fmt: skip
            if state == "CONFIRMED":
                order_status = confirmed.pop()
                timing = "soon" if order_status == "EN_ROUTE" else "future"
            elif state == "CANCELLED":
                cancelled += 1
                # A third never got an order; of the rest, half were due in the past.
                if cancelled % 3:
                    order_status = "CANCELLED"
                    timing = "past" if cancelled % 2 else "future"
            jobs.append(self.job(state, k, order_status, timing))
        jobs.sort(key=lambda job: job.row.created_at)
        per_day: dict[date, int] = {}
        for job in jobs:
            day = job.row.created_at.astimezone(self.zone).date()
            per_day[day] = per_day.get(day, 0) + 1
            job.row.number = f"B{day:%Y%m%d}-{per_day[day]:04d}"
            if job.order is not None:
                job.order.number = "O" + job.row.number[1:]
            self.add(job.row)
        self.after_service([job for job in jobs if job.order_status == "COMPLETED"])
        self.help_requests(jobs)
        for person in self.staff:
            self.add_profile(person)

    def schedule(self, spec: dict[str, Any], duration: timedelta, timing: str) -> datetime:
        """A start time in service hours: past, running now, starting soon or upcoming."""
        today = self.now.astimezone(self.zone).date()
        if timing == "past":
            return self.rng.choice(self.slots(today - timedelta(self.rng.randint(1, 60)),
                                              spec, duration))  # fmt: skip
        backwards = timing == "now"
        first = 0 if timing in ("now", "soon") else self.rng.randint(0, 14)
        for offset in range(first, first + 30):
            day = today + timedelta(-offset if backwards else offset)
            if backwards:
                slots = [
                    s
                    for s in self.slots(day, spec, duration)
                    if s <= self.now - self.minutes(20, 20)
                ]
                if slots:
                    return self.rng.choice(slots[-2:])
            else:
                slots = [
                    s for s in self.slots(day, spec, duration) if s >= self.now + timedelta(hours=1)
                ]
                if slots:
                    return slots[0] if timing == "soon" else self.rng.choice(slots)
        raise AssertionError("a service type without service hours")  # the catalog always has them

    def job(self, state: str, k: int, order_status: str | None, timing: str) -> _Job:
        rng = self.rng
        customer = rng.choice(self.customers)
        lang = "zh" if customer.locale == "zh-CN" else "en"
        problem = ("DESCRIPTION_TOO_SHORT", "ADDRESS_NOT_FOUND", "OUTSIDE_SERVICE_AREA")[k % 3]
        types = data.SERVICE_TYPES
        if state == "NEEDS_CHANGES" and problem == "OUTSIDE_SERVICE_AREA":
            spec = next(t for t in types if len(t["service_regions"]) < len(data.REGIONS))
            region = rng.choice([r for r in self.regions if r not in spec["service_regions"]])
        else:
            if state == "PENDING_REVIEW":
                types = [t for t in types if t["manual_review"]]
            # Air conditioning, plumbing and cleaning are the everyday bulk of the work.
            weights = [{"hvac": 4, "plumbing": 3, "cleaning": 3}.get(t["code"], 2) for t in types]
            spec = rng.choices(types, weights=weights)[0]
            region = rng.choice(spec["service_regions"])
        description, hints = rng.choice(spec["texts"][lang])
        item_code, _, _, price, minutes = next(
            (item for item in spec["items"] if item[0] == hints.get("_item")),
            rng.choice(spec["items"]),
        )
        duration = timedelta(minutes=minutes)
        start = self.schedule(spec, duration, timing)
        if state == "SUBMITTED":
            created = self.now - self.minutes(1, 20)
        elif timing in ("past", "now"):
            created = start - self.minutes(24 * 60, 7 * 24 * 60)
        elif state in ("NEEDS_CHANGES", "PENDING_REVIEW"):
            created = self.now - self.minutes(30, 2 * 24 * 60)
        else:
            created = self.now - self.minutes(24 * 60, 6 * 24 * 60)
        channel = rng.choices(["WEB", "APP", "PHONE"], weights=[35, 45, 20])[0]
        agent = rng.choice(self.dispatchers).id if channel == "PHONE" else None
        offered = self.snapshots[spec["code"]]["urgency_options"]
        urgency = rng.choices(offered, weights=[75, 18, 7][: len(offered)])[0]
        lat: float | None
        lon: float | None
        lat, lon = self.point(region)
        street = rng.choice(data.STREETS[region])
        address = (
            f"上海市{self.regions[region]['name_zh']}{street}{rng.randint(1, 1500)}弄"
            f"{rng.randint(1, 40)}号{rng.randint(1, 30)}{rng.randint(1, 4):02d}室"
        )
        errors: list[dict[str, str]] = []
        if state == "NEEDS_CHANGES":
            errors = [_review_error(problem, lang)]
            if problem == "DESCRIPTION_TOO_SHORT":
                description = "坏了，速来" if lang == "zh" else "Broken"
            elif problem == "ADDRESS_NOT_FOUND":
                address, lat, lon = (
                    f"上海市{self.regions[region]['name_zh']}{street}附近",
                    None,
                    None,
                )
        type_id = self.type_ids[spec["code"]]
        row = Booking(
            id=self.uid(), number="", customer=customer.id, entered_by=agent, channel=channel,
            service_type=type_id, service_item=self.item_ids[item_code], service_snapshot=self.snapshots[spec["code"]],
            description=description, scheduled_start=start, scheduled_end=start + duration,
            address=address, lat=lat, lon=lon, region=region, urgency=urgency,
            special_requirements=[o["code"] for o in rng.sample(spec["special_options"],
                                                                rng.randint(0, 2))],
            form_data=self.form_data(spec, hints), status=state, review_errors=errors,
            idempotency_key=f"{customer.id}:{self.uid()}" if channel == "APP" else None,
            price_minor=price, created_at=created,
        )  # fmt: skip
        job = _Job(row, spec, customer, agent or customer.id, timing, order_status, created)
        self.booking_event(job, timedelta(0), None, "SUBMITTED", job.creator, kind="CREATED",
                           reason={"WEB": "网页下单 / web", "APP": "App 下单 / app",
                                   "PHONE": "电话预约 / by phone"}[channel])  # fmt: skip
        self.walk_booking(job, state, errors)
        row.updated_at = job.t
        return job

    def form_data(self, spec: dict[str, Any], hints: dict[str, Any]) -> dict[str, Any]:
        """The type's form filled in: what the description says, then any required field and
        about half the optional ones."""
        schema = spec["form_schema"]
        values = {k: v for k, v in hints.items() if not k.startswith("_")}
        for name, prop in schema["properties"].items():
            if name in values or (name not in schema["required"] and self.rng.random() < 0.5):
                continue
            if "enum" in prop:
                values[name] = self.rng.choice(prop["enum"])
            elif prop["type"] == "integer":
                low = max(prop["minimum"], 1)
                values[name] = self.rng.randint(low, min(prop["maximum"], low + 3))
            elif prop["type"] == "boolean":
                values[name] = self.rng.random() < 0.6
            elif name in spec["samples"]:
                values[name] = self.rng.choice(spec["samples"][name])
        return values

    def booking_event(self, job: _Job, after: timedelta, frm: str | None, to: str,
                      actor: uuid.UUID | None, *, kind: str = "STATUS", reason: str = "",
                      data_: dict[str, Any] | None = None) -> None:  # fmt: skip
        job.t += after
        self.add(BookingEvent(id=self.uid(), booking=job.row.id, kind=kind, from_status=frm,
                              to_status=to, actor=actor, reason=reason, data=data_ or {},
                              at=job.t))  # fmt: skip

    def walk_booking(self, job: _Job, state: str, errors: list[dict[str, str]]) -> None:
        """The booking's history up to ``state``, and its order's."""
        quick = self.minutes(0.1, 2)
        if state == "SUBMITTED":
            return
        if state in ("NEEDS_CHANGES", "PENDING_REVIEW"):
            reason = "自动审核未通过 / automatic review failed" if errors else _MANUAL
            self.booking_event(
                job,
                quick,
                "SUBMITTED",
                state,
                None,
                reason=reason,
                data_={"errors": errors} if errors else None,
            )
            return
        if state == "CANCELLED" and job.order_status is None:
            self.booking_event(
                job,
                quick,
                "SUBMITTED",
                "NEEDS_CHANGES",
                None,
                reason="自动审核未通过 / automatic review failed",
            )
            self.cancel(job, "NEEDS_CHANGES", self.minutes(10, 20 * 60))
            return
        if job.spec["manual_review"]:
            self.booking_event(job, quick, "SUBMITTED", "PENDING_REVIEW", None, reason=_MANUAL)
            self.booking_event(
                job,
                self.minutes(20, 180),
                "PENDING_REVIEW",
                "CONFIRMED",
                self.rng.choice(self.dispatchers).id,
                reason="人工审核通过 / approved by a dispatcher",
            )
        else:
            if self.rng.random() < 0.12:
                self.booking_event(
                    job,
                    quick,
                    "SUBMITTED",
                    "NEEDS_CHANGES",
                    None,
                    reason="自动审核未通过 / automatic review failed",
                )
                self.booking_event(
                    job,
                    self.minutes(10, 360),
                    "NEEDS_CHANGES",
                    "SUBMITTED",
                    job.customer.id,
                    kind="EDITED",
                    reason="补充了问题描述 / added details",
                )
            self.booking_event(
                job,
                self.minutes(0.1, 2),
                "SUBMITTED",
                "CONFIRMED",
                None,
                reason="自动审核通过 / automatic review passed",
            )
        job.row.confirmed_at = job.t
        if self.rng.random() < 0.08:
            self.booking_event(
                job,
                self.minutes(30, 300),
                "CONFIRMED",
                "CONFIRMED",
                job.customer.id,
                kind="RESCHEDULED",
                reason="改期 / rescheduled",
                data_={
                    "from": (job.row.scheduled_start - timedelta(days=1)).isoformat(),
                    "to": job.row.scheduled_start.isoformat(),
                },
            )
        self.walk_order(job, state)

    def order_event(self, job: _Job, at: datetime, frm: str | None, to: str,
                    actor: uuid.UUID | None, reason: str,
                    where: tuple[float | None, float | None] = (None, None),
                    data_: dict[str, Any] | None = None) -> None:  # fmt: skip
        assert job.order is not None
        job.t, job.order_state, job.events = at, to, job.events + 1
        self.add(OrderEvent(id=self.uid(), order=job.order.id, from_status=frm, to_status=to,
                            actor=actor, reason=reason, lat=where[0], lon=where[1],
                            data=data_ or {}, at=at))  # fmt: skip

    def walk_order(self, job: _Job, state: str) -> None:
        row, final = job.row, job.order_status or "OPEN"
        start = row.scheduled_start
        order = job.order = Order(
            id=self.uid(),
            number="",
            booking=row.id,
            service_type=row.service_type,
            status=final,
            urgency=row.urgency,
            region=row.region,
            lat=row.lat,
            lon=row.lon,
            scheduled_start=start,
            scheduled_end=row.scheduled_end,
            created_at=row.confirmed_at,
        )
        # Made with the confirmation; a reschedule may already have moved the cursor on.
        resume = job.t
        self.order_event(
            job, row.confirmed_at, None, "OPEN", None, "由已确认的预约生成 / from the booking"
        )
        job.t = resume
        target = final
        if final == "CANCELLED":
            choices = (
                ["OPEN", "ASSIGNED", "EN_ROUTE"] if job.timing == "past" else ["OPEN", "ASSIGNED"]
            )
            target = self.rng.choice(choices)
        if target == "ESCALATED":
            order.escalation_queue = "dispatch-desk"
            self.order_event(
                job,
                job.t + self.minutes(5, 30),
                "OPEN",
                "ESCALATED",
                None,
                "无人符合条件，转人工调度 / nobody qualified; sent to the desk",
            )
        elif target == "OFFERED":
            self.offer_pending(job)
        elif target != "OPEN":
            staff = self.assign(job, active=final in _ACTIVE)
            if target in ("EN_ROUTE", "IN_PROGRESS", "COMPLETED"):
                at = min(start - self.minutes(20, 50), self.now - self.minutes(3, 15))
                self.order_event(
                    job, at, "ASSIGNED", "EN_ROUTE", staff.id, "出发 / on the way", staff.home
                )
            if target in ("IN_PROGRESS", "COMPLETED"):
                order.started_at = start + self.minutes(-5, 15)
                self.order_event(
                    job,
                    order.started_at,
                    "EN_ROUTE",
                    "IN_PROGRESS",
                    staff.id,
                    "开始服务 / work started",
                    (row.lat, row.lon),
                )
                self.booking_event(
                    job,
                    timedelta(0),
                    "CONFIRMED",
                    "IN_SERVICE",
                    staff.id,
                    reason="师傅开始服务 / service started",
                )
            if target == "COMPLETED":
                took = (row.scheduled_end - start) * self.rng.uniform(0.8, 1.3)
                order.completed_at = min(order.started_at + took, self.now - self.minutes(5, 10))
                self.order_event(
                    job,
                    order.completed_at,
                    "IN_PROGRESS",
                    "COMPLETED",
                    staff.id,
                    "服务完成 / work completed",
                    (row.lat, row.lon),
                )
                self.booking_event(
                    job,
                    timedelta(0),
                    "IN_SERVICE",
                    "COMPLETED",
                    staff.id,
                    reason="服务完成 / service completed",
                )
            if final in ("EN_ROUTE", "IN_PROGRESS"):
                staff.availability = "BUSY"
                staff.position = (
                    (row.lat, row.lon)
                    if final == "IN_PROGRESS"
                    else (
                        round((staff.home[0] + row.lat) / 2, 6),
                        round((staff.home[1] + row.lon) / 2, 6),
                    )
                )
        if final == "CANCELLED":
            self.cancel(job, "CONFIRMED")
        order.revision = job.events - 1
        order.updated_at = job.t
        self.add(order)

    def assign(self, job: _Job, *, active: bool) -> _Person:
        """Assign the order by grab, by an accepted push offer, or by a dispatcher."""
        assert job.order is not None
        staff = job.staff = self.pick_staff(job.spec, job.row.region, active)
        at = job.t + self.minutes(2, 60)
        how = self.rng.choices(["GRAB", "PUSH", "MANUAL"], weights=[40, 45, 15])[0]
        if how == "PUSH":
            if self.rng.random() < 0.25:
                # The first candidate let the offer expire; dispatch moved on to the next.
                other = self.pick_staff(job.spec, job.row.region, False)
                self.order_event(
                    job,
                    at,
                    "OPEN",
                    "OFFERED",
                    None,
                    "推送派单 / offer pushed",
                    data_={"mode": "PUSH"},
                )
                self.add(Offer(id=self.uid(), order=job.order.id, staff=other.id, mode="PUSH",
                               status="EXPIRED", deadline=at + timedelta(minutes=5),
                               created_at=at))  # fmt: skip
                self.order_event(
                    job,
                    at + timedelta(minutes=5),
                    "OFFERED",
                    "OPEN",
                    None,
                    "派单超时未接受 / offer expired",
                )
                at = job.t + self.minutes(0.5, 2)
            self.order_event(
                job, at, "OPEN", "OFFERED", None, "推送派单 / offer pushed", data_={"mode": "PUSH"}
            )
            answered = at + self.minutes(0.5, 4)
            self.add(Offer(id=self.uid(), order=job.order.id, staff=staff.id, mode="PUSH",
                           status="ACCEPTED", deadline=at + timedelta(minutes=5),
                           answered_at=answered, created_at=at))  # fmt: skip
            self.order_event(job, answered, "OFFERED", "ASSIGNED", staff.id, "接单 / accepted")
        elif how == "GRAB":
            self.order_event(
                job, at, "OPEN", "ASSIGNED", staff.id, "抢单成功 / grabbed", data_={"mode": "GRAB"}
            )
        else:
            self.order_event(
                job,
                at,
                "OPEN",
                "ASSIGNED",
                self.rng.choice(self.dispatchers).id,
                "调度员指派 / assigned by a dispatcher",
                data_={"mode": "MANUAL"},
            )
        job.order.assignee, job.order.assigned_at = staff.id, job.t
        return staff

    def offer_pending(self, job: _Job) -> None:
        """Offers still waiting for an answer: one PUSH or a BROADCAST to three."""
        assert job.order is not None
        near = [job.row.region, *data.neighbours(job.row.region)]
        pool = [s for s in self.staff if s.region in near and s.availability == "AVAILABLE"
                and self.qualified(s, job.spec)] or self.staff  # fmt: skip
        chosen = self.rng.sample(pool, min(self.rng.choice([1, 1, 3]), len(pool)))
        mode = "PUSH" if len(chosen) == 1 else "BROADCAST"
        at = self.now - self.minutes(1, 4)
        self.order_event(
            job, at, "OPEN", "OFFERED", None, "推送派单 / offer pushed", data_={"mode": mode}
        )
        for staff in chosen:
            self.add(
                Offer(
                    id=self.uid(),
                    order=job.order.id,
                    staff=staff.id,
                    mode=mode,
                    status="PENDING",
                    deadline=at + self.minutes(10, 20),
                    created_at=at,
                )
            )

    def cancel(self, job: _Job, frm: str, after: timedelta | None = None) -> None:
        """Cancel the booking (and its order) with the fee or compensation the policy sets."""
        row, policy, rng = job.row, job.spec["cancellation_policy"], self.rng
        limit = min(row.scheduled_start, self.now) - timedelta(minutes=1)
        if after is None:
            span = max((limit - job.t) / timedelta(minutes=1), 5.0)
            after = self.minutes(min(5.0, span), span)
        at = max(min(job.t + after, limit), job.t)
        staff_fault = job.staff is not None and rng.random() < 0.3
        zh, en, fault = (
            data.CANCEL_REASONS[-1]
            if staff_fault
            else rng.choice([r for r in data.CANCEL_REASONS if r[2] == "CUSTOMER"])
        )
        actor = rng.choice(self.dispatchers).id if staff_fault else job.creator
        row.cancel_reason, row.cancelled_at = (zh if job.customer.locale == "zh-CN" else en), at
        self.booking_event(job, at - job.t, frm, "CANCELLED", actor, reason=row.cancel_reason)
        en_route = job.order_state == "EN_ROUTE"
        if job.order is not None:
            self.order_event(job, at, job.order_state, "CANCELLED", actor, row.cancel_reason)
        hours = max((row.scheduled_start - at) / timedelta(hours=1), 0.0)
        if staff_fault:
            rule: dict[str, Any] = {
                "staff_fault_compensation_minor": policy["staff_fault_compensation_minor"]
            }
            amount = -policy["staff_fault_compensation_minor"]
        else:
            rules = sorted(policy["rules"], key=lambda r: -r["hours_before_gte"])
            rule = next(r for r in rules if hours >= r["hours_before_gte"])
            amount = rule.get("fee_minor", row.price_minor * rule.get("fee_percent", 0) // 100)
            if en_route and amount < policy["staff_en_route_fee_minor"]:
                amount = policy["staff_en_route_fee_minor"]
                rule = {"staff_en_route_fee_minor": amount}
        if amount:
            self.add(
                CancellationCharge(
                    id=self.uid(),
                    booking=row.id,
                    amount_minor=amount,
                    fault=fault,
                    rule={**rule, "hours_before": round(hours, 1)},
                    created_at=at,
                    status=rng.choices(["SETTLED", "PENDING", "WAIVED"], weights=[70, 20, 10])[0],
                )
            )

    # -- after the work --------------------------------------------------------------------

    def later(self, after: datetime, low: float, high: float) -> datetime:
        """A moment ``low..high`` minutes after ``after``, but never in the future."""
        return max(after, min(after + self.minutes(low, high), self.now - timedelta(minutes=1)))

    def after_service(self, jobs: list[_Job]) -> None:
        """Payments and (mostly positive) reviews of completed work, some staff feedback."""
        rng = self.rng
        for job in jobs:
            assert job.order is not None and job.staff is not None
            done = job.order.completed_at
            paid = self.later(done, 1, 30)
            self.add(
                Payment(
                    id=self.uid(),
                    booking=job.row.id,
                    amount_minor=job.row.price_minor,
                    provider="demo",
                    provider_ref=f"DEMO-{job.row.number}",
                    status="PAID",
                    paid_at=paid,
                    created_at=done,
                    updated_at=paid,
                )
            )
            if rng.random() < 0.15:
                continue  # not every customer leaves a review
            base = rng.choices([5, 4, 3, 2, 1], weights=[55, 28, 10, 4, 3])[0]
            levels = [min(5, max(1, base + rng.choice([-1, 0, 0, 0, 1]))) for _ in range(4)]
            lang = "zh" if job.customer.locale == "zh-CN" else "en"
            comment = rng.choice(data.REVIEW_COMMENTS[lang]["good" if base >= 4 else "bad"])
            self.add(Review(id=self.uid(), order=job.order.id, customer=job.customer.id,
                            staff=job.staff.id, attitude=levels[0], quality=levels[1],
                            speed=levels[2], skill=levels[3], comment=comment,
                            created_at=self.later(done, 10, 2 * 24 * 60)))  # fmt: skip
        for (category, message), job in zip(
            data.FEEDBACK, rng.sample(jobs, min(len(data.FEEDBACK), len(jobs))), strict=False
        ):
            assert job.order is not None and job.staff is not None
            self.add(
                StaffFeedback(
                    id=self.uid(),
                    order=job.order.id,
                    staff=job.staff.id,
                    category=category,
                    message=message,
                    created_at=self.later(job.order.completed_at, 5, 60),
                )
            )

    def help_requests(self, jobs: list[_Job]) -> None:
        """One open request on running work, two resolved ones on finished work."""
        running = [j for j in jobs if j.order_status == "IN_PROGRESS"][:1]
        done = [j for j in jobs if j.order_status == "COMPLETED"]
        picks = running + self.rng.sample(done, min(2, len(done)))
        messages = sorted(data.HELP_MESSAGES, key=lambda m: bool(m[1]))  # the open one first
        for job, (message, resolution) in zip(picks, messages, strict=False):
            assert job.order is not None and job.staff is not None
            asked = self.later(job.order.started_at, 5, 20)
            self.add(HelpRequest(
                id=self.uid(), order=job.order.id, requester=job.staff.id, message=message,
                status="RESOLVED" if resolution else "OPEN", resolution=resolution,
                helper=job.staff.supervisor if resolution else None, created_at=asked,
                updated_at=self.later(asked, 10, 30) if resolution else asked))  # fmt: skip

    def add_profile(self, person: _Person) -> None:
        rng = self.rng
        level = max(1, min(5, max(person.skills.values(), default=1) - rng.randint(0, 1)))
        years = rng.randint((level - 1) * 2, min(20, (level - 1) * 4 + 4))
        names = {t["code"]: (t["name_zh"], t["name_en"]) for t in data.SERVICE_TYPES}
        skills = sorted(person.skills, key=lambda s: -person.skills[s])
        if person.position is None and person.availability == "AVAILABLE":
            person.position = self.point(person.region, 0.6)
        self.add(StaffProfile(
            id=self.uid(), user=person.id, level=level, years_experience=years,
            region=person.region, team=f"{person.region}-{rng.randint(1, 2)}",
            supervisor=person.supervisor, home_lat=person.home[0], home_lon=person.home[1],
            lat=person.position[0] if person.position else None,
            lon=person.position[1] if person.position else None,
            located_at=self.now - self.minutes(1, 30) if person.position else None,
            availability=person.availability, shifts=rng.choice(data.SHIFT_PATTERNS),
            max_active_orders=person.max_active, updated_at=self.now - self.minutes(1, 600),
            bio=f"{years}年经验，擅长{'、'.join(names[s][0] for s in skills)} / {years} years; "
                + ", ".join(names[s][1] for s in skills),
        ))  # fmt: skip


def _review_error(code: str, lang: str) -> dict[str, str]:
    field_, zh, en = data.REVIEW_ERRORS[code]
    return {"field": field_, "code": code, "message": zh if lang == "zh" else en}
