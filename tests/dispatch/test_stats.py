"""Staff × service-type statistics: smoothed by hand-checked formulas, kept current by events,
and read by live dispatch exactly as a replay of the history would compute them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from dispatchhub.bookings.tables import Booking
from dispatchhub.dispatch.records import load_live_staff, load_staff
from dispatchhub.dispatch.snapshot import History, JobRow, OfferRow, ReviewRow, staff_records
from dispatchhub.dispatch.stats import refresh_staff, rollup_stats
from dispatchhub.dispatch.tables import StaffTypeStats
from dispatchhub.orders.execution import update_status
from dispatchhub.orders.tables import Offer, Order
from dispatchhub.reviews.service import Ratings, submit_review
from dispatchhub.rules_dsl import DEFAULT_FUNCTIONS, compile_source
from tests.fixtures.app import wait_for_outbox
from tests.fixtures.dispatch import SHANGHAI, TASK_POINT, DispatchWorld
from tests.fixtures.orders import OrdersWorld

AT = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
PROFILE: dict[str, Any] = {
    "user": "s1", "level": 3, "years_experience": 4, "region": "xuhui", "lat": 31.2,
    "lon": 121.44, "home_lat": None, "home_lon": None, "availability": "AVAILABLE",
    "max_active_orders": 3, "shifts": [],
}  # fmt: skip


def _record(history: History) -> dict[str, Any]:
    [record] = staff_records([PROFILE], [], history, at=AT, zone=SHANGHAI)
    return record


def test_smoothing_pulls_few_observations_towards_the_prior() -> None:
    # given two hvac jobs (one the customer had to book again for), one 5-star review,
    # and three offers of which one was accepted
    history = History(
        jobs=[
            JobRow("s1", "hvac", "COMPLETED", AT - 9 * HOUR, AT - 8 * HOUR, AT - 7 * HOUR,
                   followed_up_at=AT - HOUR),
            JobRow("s1", "hvac", "COMPLETED", AT - 6 * HOUR, AT - 5 * HOUR, AT - 4 * HOUR),
        ],
        reviews=[ReviewRow("s1", "hvac", 5.0, AT - 3 * HOUR)],
        offers=[
            OfferRow("s1", "ACCEPTED", AT - 9 * HOUR, AT - 8 * HOUR, AT - 9 * HOUR, "hvac"),
            OfferRow("s1", "REJECTED", AT - 6 * HOUR, AT - 5 * HOUR, AT - 6 * HOUR, "hvac"),
            OfferRow("s1", "EXPIRED", AT - 3 * HOUR, AT - 2 * HOUR, None, "hvac"),
        ],
    )  # fmt: skip

    record = _record(history)

    # then, with 5 pseudo-observations of the prior (4.0 for ratings, 0.8 for rates):
    assert record["ratings"] == {"hvac": 5.0}  # the raw mean
    assert record["ratings_smoothed"] == {"hvac": round((5 * 4.0 + 5.0) / 6, 3)}  # 4.167
    assert record["first_time_fix_rate"] == 0.5  # 1 of 2, raw
    assert record["first_time_fix_by_type"] == {"hvac": round((5 * 0.8 + 1) / 7, 3)}  # 0.714
    assert record["acceptance_rate"] == round(1 / 3, 3)
    assert record["acceptance_by_type"] == {"hvac": round((5 * 0.8 + 1) / 8, 3)}  # 0.625


def test_a_repeat_visit_booked_after_the_moment_does_not_count_yet() -> None:
    late = JobRow("s1", "hvac", "COMPLETED", AT - 9 * HOUR, AT - 8 * HOUR, AT - 7 * HOUR,
                  followed_up_at=AT + HOUR)  # fmt: skip

    assert _record(History(jobs=[late]))["first_time_fix_rate"] == 1.0


def test_a_policy_prefers_the_proven_performer_over_a_single_lucky_review() -> None:
    # given a newcomer with one 5-star hvac review and a veteran with twenty of 4.8
    policy = compile_source(
        "default policy by_record\n"
        "  prefer proven weight 1 : scale(staff.rating_smoothed(task.type), worst 1, best 5)\n",
        functions=DEFAULT_FUNCTIONS,
    ).default
    assert policy is not None
    newcomer = _record(History(reviews=[ReviewRow("s1", "hvac", 5.0, AT - HOUR)])) | {"id": "n"}
    veteran = _record(History(reviews=[ReviewRow("s1", "hvac", 4.8, AT - HOUR)] * 20)) | {"id": "v"}

    # when the policy ranks them for an hvac job
    decision = policy.evaluate({"type": "hvac"}, [newcomer, veteran])

    # then the raw rating favours the newcomer, the smoothed one (and the policy) the veteran
    assert newcomer["ratings"]["hvac"] > veteran["ratings"]["hvac"]
    assert [c.staff_id for c in decision.ranked] == ["v", "n"]


async def test_live_records_from_the_rollups_equal_the_replayed_history(
    dispatch_world: DispatchWorld,
) -> None:
    # given a staff member with completed, repeated, reviewed, offered and running work
    staff = await dispatch_world.staff("师傅 A", TASK_POINT)
    done = await dispatch_world.order(status="COMPLETED", assignee=staff)
    again = await dispatch_world.order(status="COMPLETED", assignee=staff)
    await Order.update({Order.started_at: datetime.now(UTC) - 3 * HOUR,
                        Order.completed_at: datetime.now(UTC) - 2 * HOUR}).where(
        Order.id.is_in([done, again])
    )  # fmt: skip
    await dispatch_world.order(status="IN_PROGRESS", assignee=staff,
                               created=datetime.now(UTC) - HOUR)  # fmt: skip
    repeat = await Order.select(Order.booking).where(Order.id == again).first()
    assert repeat is not None
    await Booking.update({Booking.follow_up_of: again}).where(Booking.id == repeat["booking"])
    assert dispatch_world.customer is not None
    await submit_review(dispatch_world.customer, done, Ratings(5, 4, 4, 5))
    await Offer(order=done, staff=staff, status="ACCEPTED", deadline=datetime.now(UTC),
                answered_at=datetime.now(UTC) + timedelta(minutes=3)).save()  # fmt: skip

    # when the rollups are refreshed
    await refresh_staff(staff)

    # then the live record is the replayed one
    live = await load_live_staff(SHANGHAI, staff_ids=[staff])
    replayed = await load_staff(datetime.now(UTC), SHANGHAI, staff_ids=[staff])

    def steady(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k != "shift_remaining_min"} for r in records]

    assert steady(live) == steady(replayed)
    [record] = live
    assert record["done_by_type"] == {"hvac": 2} and record["active_orders"] == 1
    assert record["first_time_fix_rate"] == 0.5 and record["ratings"] == {"hvac": 4.5}
    stats = await rollup_stats([staff])
    assert stats[str(staff)].done_by_type == {"hvac": 2}


async def test_completing_an_order_refreshes_the_assignees_rollup(
    orders_world: OrdersWorld,
) -> None:
    # given a staff member at work on an order
    staff = await orders_world.staff()
    order_id = await orders_world.open_order()
    await orders_world.set_status(order_id, "ASSIGNED", staff)
    await update_status(order_id, staff, "IN_PROGRESS")

    # when they complete it
    await update_status(order_id, staff, "COMPLETED")
    await wait_for_outbox()

    # then their hvac row counts it, through the outbox (the worker, on the Redis leg)
    rows = await StaffTypeStats.select(StaffTypeStats.service_type, StaffTypeStats.done).where(
        StaffTypeStats.staff == staff
    )
    assert {r["service_type"]: r["done"] for r in rows} == {"hvac": 1, "": 0}
    [record] = await load_live_staff(SHANGHAI, staff_ids=[UUID(str(staff))])
    assert record["done_by_type"] == {"hvac": 1} and record["active_orders"] == 0
