"""The order of a confirmed demo booking: dispatch (grab, push, broadcast, by hand), the
work on site, and the offers made on the way."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from dispatchhub.demo.builder import Builder, Person
from dispatchhub.demo.cancel import cancel
from dispatchhub.demo.data_places import neighbours
from dispatchhub.demo.events import Job, booking_event, order_event
from dispatchhub.demo.people import pick_staff, qualified
from dispatchhub.orders.tables import Offer, Order

__all__ = ["walk_order"]

# Order states in which the assignee is busy with the job (counts against their limit).
_ACTIVE: Final = frozenset({"ASSIGNED", "EN_ROUTE", "IN_PROGRESS"})


def walk_order(b: Builder, job: Job) -> None:
    """Create the confirmed booking's order and take it to ``job.order_status``."""
    row, final = job.row, job.order_status or "OPEN"
    start = row.scheduled_start
    order = job.order = Order(
        id=b.uid(),
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
    order_event(
        b, job, row.confirmed_at, None, "OPEN", None, "由已确认的预约生成 / from the booking"
    )
    job.t = resume
    target = final
    if final == "CANCELLED":
        # How far the order got before the booking was cancelled.
        choices = ["OPEN", "ASSIGNED", "EN_ROUTE"] if job.timing == "past" else ["OPEN", "ASSIGNED"]
        target = b.rng.choice(choices)
    if target == "ESCALATED":
        order.escalation_queue = "dispatch-desk"
        order_event(
            b,
            job,
            job.t + b.minutes(5, 30),
            "OPEN",
            "ESCALATED",
            None,
            "无人符合条件，转人工调度 / nobody qualified; sent to the desk",
        )
    elif target == "OFFERED":
        _offer_pending(b, job)
    elif target != "OPEN":
        staff = _assign(b, job, active=final in _ACTIVE)
        if target in ("EN_ROUTE", "IN_PROGRESS", "COMPLETED"):
            at = min(start - b.minutes(20, 50), b.now - b.minutes(3, 15))
            order_event(
                b, job, at, "ASSIGNED", "EN_ROUTE", staff.id, "出发 / on the way", staff.home
            )
        if target in ("IN_PROGRESS", "COMPLETED"):
            order.started_at = start + b.minutes(-5, 15)
            _on_site(
                b, job, staff, order.started_at,
                ("EN_ROUTE", "IN_PROGRESS", "开始服务 / work started"),
                ("CONFIRMED", "IN_SERVICE", "师傅开始服务 / service started"),
            )  # fmt: skip
        if target == "COMPLETED":
            took = (row.scheduled_end - start) * b.rng.uniform(0.8, 1.3)
            order.completed_at = min(order.started_at + took, b.now - b.minutes(5, 10))
            _on_site(
                b, job, staff, order.completed_at,
                ("IN_PROGRESS", "COMPLETED", "服务完成 / work completed"),
                ("IN_SERVICE", "COMPLETED", "服务完成 / service completed"),
            )  # fmt: skip
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
        cancel(b, job, "CONFIRMED")
    order.revision = job.events - 1
    order.updated_at = job.t
    b.add(order)


def _on_site(
    b: Builder,
    job: Job,
    staff: Person,
    at: datetime,
    order_step: tuple[str, str, str],
    booking_step: tuple[str, str, str],
) -> None:
    """A step of the work at the address: the order's event there, then the booking's.

    Each step is ``(from_status, to_status, reason)``.
    """
    frm, to, reason = order_step
    order_event(b, job, at, frm, to, staff.id, reason, (job.row.lat, job.row.lon))
    frm, to, reason = booking_step
    booking_event(b, job, timedelta(0), frm, to, staff.id, reason)


def _assign(b: Builder, job: Job, *, active: bool) -> Person:
    """Assign the order by grab, by an accepted push offer, or by a dispatcher."""
    assert job.order is not None
    staff = job.staff = pick_staff(b, job.spec, job.row.region, active)
    at = job.t + b.minutes(2, 60)
    how = b.rng.choices(["GRAB", "PUSH", "MANUAL"], weights=[40, 45, 15])[0]
    if how == "PUSH":
        if b.rng.random() < 0.25:
            # The first candidate let the offer expire; dispatch moved on to the next.
            other = pick_staff(b, job.spec, job.row.region, False)
            _push(b, job, at)
            _offer(b, job, other, "EXPIRED", at)
            expired = at + timedelta(minutes=5)
            order_event(b, job, expired, "OFFERED", "OPEN", None, "派单超时未接受 / offer expired")
            at = job.t + b.minutes(0.5, 2)
        _push(b, job, at)
        answered = at + b.minutes(0.5, 4)
        _offer(b, job, staff, "ACCEPTED", at, answered_at=answered)
        order_event(b, job, answered, "OFFERED", "ASSIGNED", staff.id, "接单 / accepted")
    else:
        actor, reason = (
            (staff.id, "抢单成功 / grabbed")
            if how == "GRAB"
            else (b.dispatcher(), "调度员指派 / assigned by a dispatcher")
        )
        order_event(b, job, at, "OPEN", "ASSIGNED", actor, reason, data_={"mode": how})
    job.order.assignee, job.order.assigned_at = staff.id, job.t
    return staff


def _offer_pending(b: Builder, job: Job) -> None:
    """Offers still waiting for an answer: one PUSH or a BROADCAST to three."""
    near = [job.row.region, *neighbours(job.row.region)]
    pool = [
        s
        for s in b.staff
        if s.region in near and s.availability == "AVAILABLE" and qualified(s, job.spec)
    ] or b.staff
    chosen = b.rng.sample(pool, min(b.rng.choice([1, 1, 3]), len(pool)))
    mode = "PUSH" if len(chosen) == 1 else "BROADCAST"
    at = b.now - b.minutes(1, 4)
    _push(b, job, at, mode)
    for staff in chosen:
        _offer(b, job, staff, "PENDING", at, mode)


def _push(b: Builder, job: Job, at: datetime, mode: str = "PUSH") -> None:
    """The order event of offering it (OPEN to OFFERED)."""
    order_event(
        b, job, at, "OPEN", "OFFERED", None, "推送派单 / offer pushed", data_={"mode": mode}
    )


def _offer(
    b: Builder,
    job: Job,
    staff: Person,
    status: str,
    at: datetime,
    mode: str = "PUSH",
    *,
    answered_at: datetime | None = None,
) -> None:
    """An offer of the order to ``staff``, made at ``at``.

    Answered and expired push offers had five minutes; pending ones wait 10 to 20.
    """
    assert job.order is not None
    offer_id = b.uid()
    wait = b.minutes(10, 20) if status == "PENDING" else timedelta(minutes=5)
    b.add(
        Offer(
            id=offer_id,
            order=job.order.id,
            staff=staff.id,
            mode=mode,
            status=status,
            deadline=at + wait,
            answered_at=answered_at,
            created_at=at,
        )
    )
