"""Staff ranking, satisfaction trend and quality issues against hand-computed figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

import pytest

from dispatchhub.analytics.satisfaction import (
    IssueCount,
    SatisfactionPoint,
    quality_issues,
    satisfaction_trend,
)
from dispatchhub.analytics.sql import Period, date_range
from dispatchhub.analytics.staff import RankingWeights, load_weights, save_weights, staff_ranking
from dispatchhub.reviews.tables import Review
from tests.fixtures.bookings import Catalog
from tests.fixtures.reviews import T0, MakeOrder
from tests.fixtures.users import MakeUser

WEEK = date_range(date(2026, 3, 2), date(2026, 3, 8), ZoneInfo("Asia/Shanghai"))
M = timedelta(minutes=1)
H = timedelta(hours=1)


@dataclass(frozen=True)
class Team:
    a: UUID
    b: UUID
    c: UUID


async def _review(order: UUID, customer: UUID, staff: UUID, levels: tuple[int, ...],
                  after: timedelta) -> None:  # fmt: skip
    attitude, quality, speed, skill = levels
    await Review(order=order, customer=customer, staff=staff, attitude=attitude,
                 quality=quality, speed=speed, skill=skill,
                 created_at=T0 + after).save()  # fmt: skip


@pytest.fixture
async def team(catalog: Catalog, make_user: MakeUser, make_order: MakeOrder) -> Team:
    """A: 3 completed (responses 10 min), reviews 5555 and 5454. B: 1 completed (30 min),
    review 2123. C: 2 completed (20 min), no reviews. A's order after the range is ignored."""
    customer = (await make_user("customer")).id
    a, b, c = [(await make_user("staff", name=n)).id for n in ("A 甲", "B 乙", "C 丙")]
    a_orders = [await make_order(customer, a, service_type=catalog.hvac) for _ in range(3)]
    await make_order(customer, a, created_at=T0 + 10 * 24 * H)
    b_order = await make_order(customer, b, service_type=catalog.hvac, assigned_after=30 * M)
    for _ in range(2):
        await make_order(customer, c, assigned_after=20 * M)
    await _review(a_orders[0], customer, a, (5, 5, 5, 5), 3 * H)
    await _review(a_orders[1], customer, a, (5, 4, 5, 4), 24 * H)
    await _review(b_order, customer, b, (2, 1, 2, 3), 3 * H)
    return Team(a, b, c)


async def test_ranking_with_the_default_weights(team: Team) -> None:
    ranking = await staff_ranking(WEEK, await load_weights())

    # completed 3/1/2 → 1, 0, .5; quality 4.5/1/– → 1, 0, 0; satisfaction 4.75/2/– → 1, 0, 0;
    # response 600/1800/1200 s (faster is better) → 1, 0, .5; weights 3, 2, 3, 2.
    assert [(r.staff_id, r.rank) for r in ranking] == [(team.a, 1), (team.c, 2), (team.b, 3)]
    a, c, b = ranking
    assert (a.completed, a.quality, a.satisfaction, a.response_seconds) == (3, 4.5, 4.75, 600)
    assert (c.completed, c.quality, c.satisfaction, c.response_seconds) == (2, None, None, 1200)
    assert [r.score for r in ranking] == pytest.approx([1.0, (3 * 0.5 + 2 * 0.5) / 10, 0.0])


async def test_admin_weights_and_a_staff_members_own_row(team: Team) -> None:
    await save_weights(RankingWeights(completed=1, quality=0, satisfaction=0, response=0),
                       admin_id=team.a)  # fmt: skip
    weights = await load_weights()
    assert weights.completed == 1 and weights.response == 0

    ranking = await staff_ranking(WEEK, weights)
    assert [r.score for r in ranking] == pytest.approx([1.0, 0.5, 0.0])
    own = await staff_ranking(WEEK, weights, only=team.b)
    assert [(r.staff_id, r.rank) for r in own] == [(team.b, 3)]


@pytest.mark.usefixtures("team")
async def test_satisfaction_trend_by_day() -> None:
    trend = await satisfaction_trend(Period.DAY, WEEK)

    assert trend == [
        SatisfactionPoint("2026-03-02", reviews=2, attitude=3.5, quality=3.0, speed=3.5,
                          skill=4.0, overall=3.5, satisfied_rate=0.5),
        SatisfactionPoint("2026-03-03", reviews=1, attitude=5.0, quality=4.0, speed=5.0,
                          skill=4.0, overall=4.5, satisfied_rate=1.0),
    ]  # fmt: skip


async def test_quality_issues_by_dimension_type_staff_and_region(team: Team) -> None:
    issues = await quality_issues(WEEK)

    assert issues.by_dimension == [
        IssueCount("attitude", 1), IssueCount("quality", 1),
        IssueCount("speed", 1), IssueCount("skill", 0),
    ]  # fmt: skip
    assert issues.by_service_type == [IssueCount("hvac", 1)]
    assert issues.by_staff == [IssueCount(str(team.b), 1)]
    assert issues.by_region == [IssueCount("xuhui", 1)]
    assert [(s.staff_id, s.reviews, s.overall) for s in issues.lowest_rated_staff] == [
        (team.b, 1, 2.0), (team.a, 2, 4.75),
    ]  # fmt: skip
