"""Reports through the API: who sees what, and bad arguments as field errors."""

from __future__ import annotations

from dispatchhub.reviews.tables import Review
from tests.fixtures.app import GraphQLClient
from tests.fixtures.reviews import T0, MakeOrder, within
from tests.fixtures.users import MakeUser

TASK_STATS = """
query ($from: Date!, $to: Date!) {
  taskStats(period: DAY, from: $from, to: $to, groupBy: CHANNEL) {
    report {
      buckets { start group total completed completionRate processingMedianSeconds }
      byStatus { key count }
    }
    errors { field code message }
  }
}
"""
STAFF_RANKING = """
query ($weights: StaffRankingWeightsInput) {
  staffRanking(from: "2026-03-01", to: "2026-03-31", weights: $weights) {
    report { staffId completed score rank }
    errors { field code }
  }
}
"""
WEIGHTS_UPDATE = """
mutation ($input: StaffRankingWeightsInput!) {
  staffRankingWeightsUpdate(input: $input) { weights { completed response } errors { code } }
}
"""
CUSTOMER_PROFILE = """
query ($id: ID!) {
  customerProfile(customerId: $id) { report { bookings spendMinor } errors { field code } }
}
"""
WEEK = {"from": "2026-03-02", "to": "2026-03-08"}


async def test_task_stats_for_a_supervisor_and_bad_ranges(
    gql: GraphQLClient, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer = await make_user("customer")
    staff = await make_user("staff")
    await make_order(customer.id, staff.id, channel="APP")
    await make_order(customer.id, status="CANCELLED")
    gql.headers.update((await make_user("supervisor")).headers)

    result = (await gql.execute(TASK_STATS, WEEK))["data"]["taskStats"]
    backwards = await gql.execute(TASK_STATS, {"from": "2026-03-08", "to": "2026-03-02"})
    gql.headers["accept-language"] = "zh-CN"
    too_long = await gql.execute(TASK_STATS, {"from": "2025-01-01", "to": "2026-03-02"})

    assert result["errors"] == []
    assert result["report"]["buckets"] == [
        {"start": "2026-03-02", "group": "APP", "total": 1, "completed": 1,
         "completionRate": 1.0, "processingMedianSeconds": within(7200)},
        {"start": "2026-03-02", "group": "WEB", "total": 1, "completed": 0,
         "completionRate": 0.0, "processingMedianSeconds": None},
    ]  # fmt: skip
    assert sorted(result["report"]["byStatus"], key=lambda c: c["key"]) == [
        {"key": "CANCELLED", "count": 1}, {"key": "COMPLETED", "count": 1},
    ]  # fmt: skip
    assert backwards["data"]["taskStats"]["report"] is None
    assert [(e["field"], e["code"]) for e in backwards["data"]["taskStats"]["errors"]] == [
        ("to", "RANGE_BACKWARDS")
    ]
    error = too_long["data"]["taskStats"]["errors"][0]
    assert (error["code"], error["message"]) == ("RANGE_TOO_LONG", "时间范围不能超过 366 天。")


async def test_staff_see_their_own_ranking_row_and_admins_set_weights(
    gql: GraphQLClient, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer = await make_user("customer")
    busy, quiet = await make_user("staff"), await make_user("staff")
    for _ in range(2):
        await make_order(customer.id, busy.id)
    await make_order(customer.id, quiet.id)

    gql.headers.update(quiet.headers)
    own = (await gql.execute(STAFF_RANKING))["data"]["staffRanking"]["report"]
    assert [(r["staffId"], r["rank"]) for r in own] == [(quiet.global_id, 2)]

    gql.headers.update((await make_user("admin")).headers)
    weights = {"completed": 0, "quality": 0, "satisfaction": 0, "response": 0}
    refused = await gql.execute(WEIGHTS_UPDATE, {"input": weights})
    assert [e["code"] for e in refused["data"]["staffRankingWeightsUpdate"]["errors"]] == [
        "INVALID_WEIGHT"
    ]
    saved = await gql.execute(WEIGHTS_UPDATE, {"input": {**weights, "completed": 5}})
    assert saved["data"]["staffRankingWeightsUpdate"]["weights"] == {
        "completed": 5.0, "response": 0.0,
    }  # fmt: skip
    everyone = (await gql.execute(STAFF_RANKING))["data"]["staffRanking"]["report"]
    assert [(r["staffId"], r["score"], r["rank"]) for r in everyone] == [
        (busy.global_id, 1.0, 1), (quiet.global_id, 0.0, 2),
    ]  # fmt: skip


async def test_customers_read_only_their_own_profile(
    gql: GraphQLClient, make_user: MakeUser, make_order: MakeOrder
) -> None:
    me, other = await make_user("customer"), await make_user("customer")
    await make_order(me.id, (await make_user("staff")).id, price_minor=12300)
    gql.headers.update(me.headers)

    mine = (await gql.execute(CUSTOMER_PROFILE, {"id": me.global_id}))["data"]
    theirs = (await gql.execute(CUSTOMER_PROFILE, {"id": other.global_id}))["data"]

    assert mine["customerProfile"]["report"] == {"bookings": 1, "spendMinor": 12300}
    assert theirs["customerProfile"] == {
        "report": None, "errors": [{"field": "customerId", "code": "CUSTOMER_NOT_FOUND"}],
    }  # fmt: skip


REVIEW_REPORTS = """
query {
  satisfactionTrend(period: MONTH, from: "2026-03-01", to: "2026-03-31") {
    report { start reviews overall satisfiedRate }
    errors { code }
  }
  qualityIssues(from: "2026-03-01", to: "2026-03-31") {
    report {
      byDimension { key count }
      byStaff { key count }
      lowestRatedStaff { staffId reviews overall }
    }
    errors { code }
  }
}
"""


async def test_review_reports_for_a_dispatcher(
    gql: GraphQLClient, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer, staff = await make_user("customer"), await make_user("staff")
    order = await make_order(customer.id, staff.id)
    await Review(order=order, customer=customer.id, staff=staff.id, attitude=1, quality=2,
                 speed=4, skill=5, created_at=T0).save()  # fmt: skip
    gql.headers.update((await make_user("dispatcher")).headers)

    data = (await gql.execute(REVIEW_REPORTS))["data"]

    assert data["satisfactionTrend"] == {
        "report": [{"start": "2026-03-01", "reviews": 1, "overall": 3.0, "satisfiedRate": 0.0}],
        "errors": [],
    }
    issues = data["qualityIssues"]["report"]
    assert issues["byDimension"] == [
        {"key": "attitude", "count": 1}, {"key": "quality", "count": 1},
        {"key": "speed", "count": 0}, {"key": "skill", "count": 0},
    ]  # fmt: skip
    assert issues["byStaff"] == [{"key": staff.global_id, "count": 1}]
    assert issues["lowestRatedStaff"] == [
        {"staffId": staff.global_id, "reviews": 1, "overall": 3.0}
    ]
