"""DSL records from rows: the fields policies read, as they stood at a moment."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from dispatchhub.dispatch.records import load_staff, load_tasks
from dispatchhub.dispatch.snapshot import (
    History,
    JobRow,
    OfferRow,
    ReviewRow,
    candidate_entry,
    recorded_staff,
    staff_records,
    task_record,
)
from dispatchhub.orders.tables import Offer, Order
from dispatchhub.reviews.tables import Review
from dispatchhub.rules_dsl import DEFAULT_SCHEMA, compile_source
from tests.fixtures.dispatch import MOMENT, SHANGHAI, DispatchWorld

AT = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)  # Tuesday 14:00 in Shanghai
PROFILE: dict[str, Any] = {
    "user": "s1", "level": 4, "years_experience": 7, "region": "xuhui",
    "lat": None, "lon": None, "home_lat": 31.2, "home_lon": 121.44,
    "availability": "AVAILABLE", "max_active_orders": 3,
    "shifts": [{"weekday": 1, "start": "09:00", "end": "18:00"}],
}  # fmt: skip
SKILLS = [
    {"staff": "s1", "skill": "hvac", "level": 4, "certified": True},
    {"staff": "s1", "skill": "plumbing", "level": 2, "certified": False},
]
EVERY_FIELD = """\
default policy all
  require a : staff.on_shift or staff.available or staff.active_orders < staff.max_orders
  require b : staff.grade + staff.years_experience + staff.orders_today >= 0
  require c : staff.orders_last_7d >= 0 and "x" not in staff.certifications
  require d : "en" not in staff.languages and staff.skill(task.type) >= 0
  require e : staff.has_skill(task.type) or staff.done_count(task.type) >= 0
  prefer f weight 1 : scale(staff.rating ?? 3, worst 1, best 5)
  prefer g weight 1 : scale(staff.rating(task.type) ?? 3, worst 1, best 5)
  prefer h weight 1 : scale(staff.avg_response_min ?? 5 min, best 0 min, worst 10 min)
  prefer i weight 1 : scale(staff.acceptance_rate ?? 0.5, worst 0, best 1)
  prefer j weight 1 : scale(staff.first_time_fix_rate ?? 0.5, worst 0, best 1)
  prefer k weight 1 : scale(staff.shift_remaining_min ?? 0 min, worst 0 min, best 8 h)
  prefer l weight 1 : scale(staff.avg_completion_min(task.type) ?? 1 h, best 0 min, worst 3 h)
  prefer m weight 1 : scale(distance(staff, task), best 0 km, worst 10 km)
  prefer n weight 1 : same_region(staff, task) and saturation(staff) < 1
  prefer o weight 1 : task.urgency == "normal" and task.weekday == "tue" and task.hour > 0
  prefer p weight 1 : task.time > 08:00 and task.est_duration_min ?? 1 h > 0 min
  prefer q weight 1 : "gas" not in task.required_certifications and task.lat > 0
  prefer r weight 1 : not exists task.preferred_staff_id and task.id != staff.id
"""


NO_HISTORY = History()


def _one(history: History = NO_HISTORY, at: datetime = AT, **profile: Any) -> dict[str, Any]:
    [record] = staff_records([PROFILE | profile], SKILLS, history, at=at, zone=SHANGHAI)
    return record


def test_task_record_reads_local_time_and_lower_case_urgency() -> None:
    start = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)  # Wednesday 07:30 in Shanghai
    order = {"id": "o1", "urgency": "URGENT", "region": "xuhui", "lat": 31.19, "lon": 121.44,
             "scheduled_start": start, "scheduled_end": start + timedelta(minutes=45)}  # fmt: skip

    task = task_record(order, service_type="hvac", neighbours=["huangpu"], zone=SHANGHAI)

    assert task["type"] == "hvac" and task["urgency"] == "urgent"
    assert (task["weekday"], task["hour"], task["time"]) == ("wed", 7, 7 * 60 + 30)
    assert task["est_duration_min"] == 45.0 and task["neighbour_regions"] == ["huangpu"]
    assert set(DEFAULT_SCHEMA.required_fields("task")) <= set(task)
    no_end = task_record(order | {"scheduled_end": None}, service_type="hvac", neighbours=[],
                         zone=SHANGHAI, default_duration_min=90)  # fmt: skip
    assert no_end["est_duration_min"] == 90.0


def test_shift_position_skills_and_defaults() -> None:
    record = _one()

    assert (record["on_shift"], record["available"]) == (True, True)
    assert record["shift_remaining_min"] == 4 * 60.0
    assert (record["lat"], record["lon"]) == (31.2, 121.44)  # home when no live position
    assert record["skills"] == {"hvac": 4, "plumbing": 2}
    assert record["certifications"] == ["hvac"]
    assert (record["grade"], record["years_experience"], record["max_orders"]) == (4, 7, 3)
    assert record["rating"] is None and record["acceptance_rate"] is None
    assert set(DEFAULT_SCHEMA.required_fields("staff")) <= set(record)


def test_off_shift_on_leave_live_position_and_overnight_shift() -> None:
    assert _one(at=AT + timedelta(hours=5))["on_shift"] is False  # 19:00 local
    assert _one(at=AT + timedelta(hours=5))["shift_remaining_min"] == 0.0
    assert _one(availability="ON_LEAVE")["available"] is False
    assert (_one(lat=31.3, lon=121.5)["lat"], _one(lat=31.3, lon=121.5)["lon"]) == (31.3, 121.5)
    night = [{"weekday": 0, "start": "22:00", "end": "06:00"}]  # Monday night into Tuesday
    early = AT - timedelta(hours=10)  # Tuesday 04:00 local
    assert _one(at=early, shifts=night)["shift_remaining_min"] == 120.0
    assert staff_records([PROFILE | {"home_lat": None}], [], History(), at=AT,
                         zone=SHANGHAI) == []  # fmt: skip


def test_history_counts_only_what_happened_before_the_moment() -> None:
    hour = timedelta(hours=1)
    jobs = [
        # done yesterday (90 minutes on site), done last month, busy now, assigned later
        JobRow("s1", "hvac", "COMPLETED", AT - 30 * hour, AT - 28 * hour, AT - 26.5 * hour),
        JobRow("s1", "hvac", "COMPLETED", AT - 700 * hour, AT - 699 * hour, AT - 698 * hour),
        JobRow("s1", "plumbing", "IN_PROGRESS", AT - 3 * hour, AT - 2 * hour, None),
        JobRow("s1", "hvac", "COMPLETED", AT + hour, AT + 2 * hour, AT + 3 * hour),
        # finished after the moment: still occupied the staff member then
        JobRow("s1", "hvac", "COMPLETED", AT - 4 * hour, AT - 3 * hour, AT + hour),
        JobRow("s1", "hvac", "CANCELLED", AT - 5 * hour, None, None),
    ]
    reviews = [
        ReviewRow("s1", "hvac", 5.0, AT - 20 * hour),
        ReviewRow("s1", "hvac", 3.0, AT - hour),
        ReviewRow("s1", "hvac", 1.0, AT + hour),
    ]
    minutes = timedelta(minutes=1)
    offers = [
        OfferRow("s1", "ACCEPTED", AT - 10 * hour, AT - 9 * hour, AT - 10 * hour + 2 * minutes),
        OfferRow("s1", "REJECTED", AT - 8 * hour, AT - 7 * hour, AT - 8 * hour + 4 * minutes),
        OfferRow("s1", "EXPIRED", AT - 6 * hour, AT - 5.9 * hour, None),
        OfferRow("s1", "PENDING", AT - 0.1 * hour, AT + hour, None),
    ]

    record = _one(History(jobs, reviews, offers))

    assert record["active_orders"] == 2
    assert record["done_by_type"] == {"hvac": 2}
    assert record["completion_min_by_type"] == {"hvac": 75.0}
    assert record["orders_last_7d"] == 4 and record["orders_today"] == 2
    assert record["rating"] == 4.0 and record["ratings"] == {"hvac": 4.0}
    assert record["avg_response_min"] == 3.0
    assert record["acceptance_rate"] == round(1 / 3, 3)


def test_records_carry_every_field_a_policy_can_read() -> None:
    policy = compile_source(EVERY_FIELD, explain=True)["all"]
    order = {"id": "o1", "urgency": "NORMAL", "region": "xuhui", "lat": 31.19, "lon": 121.44,
             "scheduled_start": AT, "scheduled_end": None}  # fmt: skip
    task = task_record(order, service_type="hvac", neighbours=[], zone=SHANGHAI)

    decision = policy.evaluate(task, [_one()])

    assert [c.staff_id for c in decision.ranked] == ["s1"]
    assert decision.explanations is not None and decision.explanations[0].eligible


def test_candidate_entries_are_json_and_give_the_records_back() -> None:
    policy = compile_source(
        "default policy d\n  require near : distance(staff, task) <= 1 km\n", explain=True
    )["d"]
    task = {"lat": 31.5, "lon": 121.44}
    record = _one()
    [explanation] = policy.evaluate(task, [record]).explanations or []

    entry = json.loads(json.dumps(candidate_entry(record, explanation)))

    assert entry["eligible"] is False and entry["failed"] == "near"
    assert entry["values"]["distance(staff, task)"] > 30
    assert recorded_staff([entry, {"eligible": None}]) == [record]
    assert candidate_entry(record, None)["eligible"] is None


async def test_records_load_from_the_database(dispatch_world: DispatchWorld) -> None:
    # given two staff members, one busy with an order and reviewed, one on leave
    busy = await dispatch_world.staff("忙 Busy", (31.2, 121.44), skills={"hvac": 5})
    idle = await dispatch_world.staff("休 Idle", (31.3, 121.5), availability="ON_LEAVE")
    done = await dispatch_world.order(assignee=busy, created=MOMENT - timedelta(days=3))
    started = MOMENT - timedelta(days=2)
    await Order.update(
        {Order.started_at: started, Order.completed_at: started + timedelta(minutes=60)}
    ).where(Order.id == done)
    running = await dispatch_world.order(status="ASSIGNED", assignee=busy, urgency="URGENT")
    await Review(order=done, customer=dispatch_world.customer, staff=busy, attitude=5, quality=4,
                 speed=5, skill=4, created_at=MOMENT - timedelta(days=1)).save()  # fmt: skip
    await Offer(order=running, staff=idle, status="EXPIRED", deadline=MOMENT - timedelta(hours=5),
                created_at=MOMENT - timedelta(hours=6)).save()  # fmt: skip

    # when
    records = {r["id"]: r for r in await load_staff(MOMENT, SHANGHAI)}
    only = await load_staff(MOMENT, SHANGHAI, staff_ids=[idle])
    tasks = await load_tasks([running, UUID(int=1)], SHANGHAI)

    # then
    mine = records[str(busy)]
    assert mine["active_orders"] == 1 and mine["done_by_type"] == {"hvac": 1}
    assert mine["rating"] == 4.5 and mine["ratings"] == {"hvac": 4.5}
    assert mine["completion_min_by_type"] == {"hvac": 60.0}
    assert mine["skills"] == {"hvac": 5} and mine["available"] is True
    assert records[str(idle)]["available"] is False
    assert records[str(idle)]["acceptance_rate"] == 0.0
    assert [r["id"] for r in only] == [str(idle)]
    assert await load_staff(MOMENT, SHANGHAI, staff_ids=[]) == []
    task = tasks[str(running)]
    assert list(tasks) == [str(running)]
    assert (task["type"], task["urgency"], task["neighbour_regions"]) == (
        "hvac",
        "urgent",
        ["huangpu"],
    )
    assert (task["weekday"], task["hour"]) == ("tue", 10)
