"""Demo bookings: about 150 of them, in every state, from two months back to two weeks on.

Each booking gets its form filled in, an address in a district the service covers, a time
inside service hours and the event history that leads to its state; confirmed ones get an
order (:mod:`dispatchhub.demo.orders`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final

from dispatchhub.bookings.intake import BookingInput, Point, review
from dispatchhub.bookings.numbers import new_number
from dispatchhub.bookings.service import review_problem, search_text
from dispatchhub.bookings.tables import Booking
from dispatchhub.demo.builder import Builder
from dispatchhub.demo.cancel import cancel
from dispatchhub.demo.data_catalog import SERVICE_TYPES
from dispatchhub.demo.data_places import REGIONS, STREETS
from dispatchhub.demo.events import Job, booking_event
from dispatchhub.demo.orders import walk_order
from dispatchhub.orders.service import order_number

__all__ = ["add_bookings"]

# Final booking states and how many of the ~150 demo bookings end in each.
_BOOKING_PLAN: Final = [
    ("COMPLETED", 70), ("CANCELLED", 16), ("IN_SERVICE", 5), ("CONFIRMED", 35),
    ("PENDING_REVIEW", 8), ("NEEDS_CHANGES", 8), ("SUBMITTED", 8),
]  # fmt: skip
# Order states of the 35 CONFIRMED bookings (dealt out in a seeded shuffle).
_CONFIRMED_ORDERS: Final = (
    ["OPEN"] * 9 + ["ESCALATED"] * 2 + ["OFFERED"] * 6 + ["ASSIGNED"] * 13 + ["EN_ROUTE"] * 5
)
_PROBLEMS: Final = ("DESCRIPTION_TOO_SHORT", "ADDRESS_NOT_FOUND", "OUTSIDE_SERVICE_AREA")
_CHANNELS: Final = {
    "WEB": "网页下单 / web",
    "APP": "App 下单 / app",
    "PHONE": "电话预约 / by phone",
}
_MANUAL: Final = "需要人工审核 / manual review required"
_AUTO_FAILED: Final = "自动审核未通过 / automatic review failed"
_AUTO_PASSED: Final = "自动审核通过 / automatic review passed"


def add_bookings(b: Builder) -> list[Job]:
    """Every booking with its events and order, numbered by day; the jobs, oldest first."""
    plan = [state for state, n in _BOOKING_PLAN for _ in range(n)]
    confirmed = list(_CONFIRMED_ORDERS)
    b.rng.shuffle(confirmed)
    jobs: list[Job] = []
    cancelled = 0
    shown: set[str] = set()  # the example customer (the login printed) has one of each state
    for k, state in enumerate(plan):
        order_status, timing = {
            "COMPLETED": ("COMPLETED", "past"),
            "IN_SERVICE": ("IN_PROGRESS", "now"),
        }.get(state, (None, "future"))
        if state == "CONFIRMED":
            order_status = confirmed.pop()
            timing = "soon" if order_status == "EN_ROUTE" else "future"
        elif state == "CANCELLED":
            cancelled += 1
            # A third never got an order; of the rest, half were due in the past.
            if cancelled % 3:
                order_status = "CANCELLED"
                timing = "past" if cancelled % 2 else "future"
        example = state not in shown
        shown.add(state)
        jobs.append(_job(b, state, _PROBLEMS[k % 3], order_status, timing, example=example))
    jobs.sort(key=lambda job: job.row.created_at)
    drawn: set[str] = set()
    for job in jobs:
        # the live scheme (``new_number``), its six hex digits drawn from the seed
        digits = f"{b.rng.getrandbits(24):06X}"
        while digits in drawn:
            digits = f"{b.rng.getrandbits(24):06X}"
        drawn.add(digits)
        job.row.number = new_number("B", job.row.created_at, b.zone, suffix=digits)
        job.row.search_text = search_text(
            job.row.number, job.row.description, job.row.address,
            {"name": job.customer.name, "phone": job.customer.phone},
        )  # fmt: skip
        if job.order is not None:
            job.order.number = order_number(job.row.number)
        b.add(job.row)
    return jobs


def _job(
    b: Builder,
    state: str,
    problem: str,
    order_status: str | None,
    timing: str,
    *,
    example: bool = False,
) -> Job:
    """One booking ending in ``state``; a NEEDS_CHANGES one has ``problem``; ``example``:
    of the example customer, whose login the demo prints."""
    rng = b.rng
    customer = rng.choice(b.customers)
    if example:
        customer = b.customers[0]
    lang = customer.lang
    types = SERVICE_TYPES
    if state == "NEEDS_CHANGES" and problem == "OUTSIDE_SERVICE_AREA":
        spec = next(t for t in types if len(t["service_regions"]) < len(REGIONS))
        region = rng.choice([r for r in b.regions if r not in spec["service_regions"]])
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
    start = _schedule(b, spec, duration, timing)
    if state == "SUBMITTED":
        created = b.now - b.minutes(1, 20)
    elif timing in ("past", "now"):
        created = start - b.minutes(24 * 60, 7 * 24 * 60)
    elif state in ("NEEDS_CHANGES", "PENDING_REVIEW"):
        created = b.now - b.minutes(30, 2 * 24 * 60)
    else:
        created = b.now - b.minutes(24 * 60, 6 * 24 * 60)
    channel = rng.choices(list(_CHANNELS), weights=[35, 45, 20])[0]
    agent = b.dispatcher() if channel == "PHONE" else None
    offered = b.snapshots[spec["code"]]["urgency_options"]
    urgency = rng.choices(offered, weights=[75, 18, 7][: len(offered)])[0]
    lat: float | None
    lon: float | None
    lat, lon = b.point(region)
    street = f"上海市{b.regions[region]['name_zh']}{rng.choice(STREETS[region])}"
    address = (
        f"{street}{rng.randint(1, 1500)}弄"
        f"{rng.randint(1, 40)}号{rng.randint(1, 30)}{rng.randint(1, 4):02d}室"
    )
    errors: list[dict[str, str]] = []
    if state == "NEEDS_CHANGES":
        if problem == "DESCRIPTION_TOO_SHORT":
            description = "坏了，速来" if lang == "zh" else "Broken"
        elif problem == "ADDRESS_NOT_FOUND":
            address, lat, lon = f"{street}附近", None, None
    form_data = _form_data(b, spec, hints)
    if state == "NEEDS_CHANGES":
        errors = _review_problems(b, spec, description, start, duration, address, (lat, lon),
                                  region)  # fmt: skip
    row = Booking(
        id=b.uid(),
        number="",
        customer=customer.id,
        entered_by=agent,
        channel=channel,
        service_type=b.type_ids[spec["code"]],
        service_item=b.item_ids[item_code],
        service_snapshot=b.snapshots[spec["code"]],
        description=description,
        scheduled_start=start,
        scheduled_end=start + duration,
        address=address,
        lat=lat,
        lon=lon,
        region=region,
        urgency=urgency,
        special_requirements=[
            o["code"] for o in rng.sample(spec["special_options"], rng.randint(0, 2))
        ],
        form_data=form_data,
        status=state,
        review_errors=errors,
        idempotency_key=f"{customer.id}:{b.uid()}" if channel == "APP" else None,
        price_minor=price,
        created_at=created,
    )
    job = Job(row, spec, customer, agent or customer.id, timing, order_status, created)
    booking_event(
        b, job, timedelta(0), None, "SUBMITTED", job.creator, _CHANNELS[channel], kind="CREATED"
    )
    _walk_booking(b, job, state, errors)
    row.updated_at = job.t
    return job


def _review_problems(
    b: Builder,
    spec: dict[str, Any],
    description: str,
    start: datetime,
    duration: timedelta,
    address: str,
    where: tuple[float | None, float | None],
    region: str,
) -> list[dict[str, Any]]:
    """What the service's automatic review finds in a NEEDS_CHANGES demo booking, stored as
    the service stores it (messages in both languages)."""
    lat, lon = where
    data = BookingInput(
        description=description, scheduled_start=start, scheduled_end=start + duration,
        address=address, location=Point(lat, lon) if lat is not None and lon is not None else None,
    )  # fmt: skip
    snapshot = b.snapshots[spec["code"]]
    verdict = review(
        data, snapshot, region=region if lat is not None else None, form_missing=[], zone=b.zone
    )
    assert verdict.errors, "a NEEDS_CHANGES demo booking the review would pass"
    return [review_problem(e) for e in verdict.errors]


def _schedule(b: Builder, spec: dict[str, Any], duration: timedelta, timing: str) -> datetime:
    """A start time in service hours: past, running now, starting soon or upcoming."""
    today = b.now.astimezone(b.zone).date()
    if timing == "past":
        return b.rng.choice(_slots(b, today - timedelta(b.rng.randint(1, 60)), spec, duration))
    backwards = timing == "now"
    first = 0 if timing in ("now", "soon") else b.rng.randint(0, 14)
    for offset in range(first, first + 30):
        day = today + timedelta(-offset if backwards else offset)
        if backwards:
            # b.minutes(20, 20) is always 20 minutes, but it draws from the generator once
            # per slot: kept so that a seed still gives the same data.
            slots = [s for s in _slots(b, day, spec, duration) if s <= b.now - b.minutes(20, 20)]
            if slots:
                return b.rng.choice(slots[-2:])
        else:
            soon = b.now + timedelta(hours=1)
            slots = [s for s in _slots(b, day, spec, duration) if s >= soon]
            if slots:
                return slots[0] if timing == "soon" else b.rng.choice(slots)
    raise AssertionError("a service type without service hours")  # the catalog always has them


def _slots(b: Builder, day: date, spec: dict[str, Any], duration: timedelta) -> list[datetime]:
    """Half-hour start times on ``day`` whose whole window is inside service hours."""
    start, end = (_local(b, day, spec["service_hours"][k]) for k in ("start", "end"))
    count = int((end - start - duration) / timedelta(minutes=30)) + 1
    return [start + timedelta(minutes=30 * i) for i in range(max(count, 0))]


def _local(b: Builder, day: date, hhmm: str) -> datetime:
    """``hhmm`` on ``day`` in the business time zone, as a UTC moment."""
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime.combine(day, time(hour, minute), tzinfo=b.zone).astimezone(UTC)


def _form_data(b: Builder, spec: dict[str, Any], hints: dict[str, Any]) -> dict[str, Any]:
    """The type's form filled in: what the description says, then any required field and
    about half the optional ones."""
    schema = spec["form_schema"]
    values = {k: v for k, v in hints.items() if not k.startswith("_")}
    for name, prop in schema["properties"].items():
        if name in values or (name not in schema["required"] and b.rng.random() < 0.5):
            continue
        if "enum" in prop:
            values[name] = b.rng.choice(prop["enum"])
        elif prop["type"] == "integer":
            low = max(prop["minimum"], 1)
            values[name] = b.rng.randint(low, min(prop["maximum"], low + 3))
        elif prop["type"] == "boolean":
            values[name] = b.rng.random() < 0.6
        elif name in spec["samples"]:
            values[name] = b.rng.choice(spec["samples"][name])
    return values


def _walk_booking(b: Builder, job: Job, state: str, errors: list[dict[str, str]]) -> None:
    """The booking's history up to ``state``, and its order's."""
    quick = b.minutes(0.1, 2)
    if state == "SUBMITTED":
        return
    if state in ("NEEDS_CHANGES", "PENDING_REVIEW"):
        reason = _AUTO_FAILED if errors else _MANUAL
        found = {"errors": errors} if errors else None
        booking_event(b, job, quick, "SUBMITTED", state, None, reason, data_=found)
        return
    if state == "CANCELLED" and job.order_status is None:
        booking_event(b, job, quick, "SUBMITTED", "NEEDS_CHANGES", None, _AUTO_FAILED)
        cancel(b, job, "NEEDS_CHANGES", b.minutes(10, 20 * 60))
        return
    if job.spec["manual_review"]:
        booking_event(b, job, quick, "SUBMITTED", "PENDING_REVIEW", None, _MANUAL)
        reviewer = b.dispatcher()
        approved = "人工审核通过 / approved by a dispatcher"
        booking_event(b, job, b.minutes(20, 180), "PENDING_REVIEW", "CONFIRMED", reviewer, approved)
    else:
        if b.rng.random() < 0.12:
            booking_event(b, job, quick, "SUBMITTED", "NEEDS_CHANGES", None, _AUTO_FAILED)
            booking_event(
                b,
                job,
                b.minutes(10, 360),
                "NEEDS_CHANGES",
                "SUBMITTED",
                job.customer.id,
                "补充了问题描述 / added details",
                kind="EDITED",
            )
        booking_event(b, job, b.minutes(0.1, 2), "SUBMITTED", "CONFIRMED", None, _AUTO_PASSED)
    job.row.confirmed_at = job.t
    if b.rng.random() < 0.08:
        moved = {
            "from": (job.row.scheduled_start - timedelta(days=1)).isoformat(),
            "to": job.row.scheduled_start.isoformat(),
        }
        booking_event(
            b,
            job,
            b.minutes(30, 300),
            "CONFIRMED",
            "CONFIRMED",
            job.customer.id,
            "改期 / rescheduled",
            kind="RESCHEDULED",
            data_=moved,
        )
    walk_order(b, job)
