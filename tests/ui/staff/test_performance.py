"""My performance on the phone: the figures the server's analytics give for me."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from playwright.sync_api import Page, expect

from tests.ui.staff.conftest import login_of

Text = Callable[..., str]
Api = Callable[..., dict[str, Any]]

RANKING = """query ($from: Date!, $to: Date!) { staffRanking(from: $from, to: $to) {
  report { staffId completed rank } } }"""
REVIEWS = "query ($id: ID!) { staffReviews(staffId: $id, first: 100) { quality } }"
LEVEL = {"VERY_SATISFIED": 5, "SATISFIED": 4, "NEUTRAL": 3, "DISSATISFIED": 2,
         "VERY_DISSATISFIED": 1}  # fmt: skip


def test_my_performance_shows_my_completed_jobs_rank_and_ratings(
    phone: Callable[..., Page], api: Api, text: Text
) -> None:
    # given the demo's best-ranked staff member over the last 30 days
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    period = {"from": str(today - timedelta(days=29)), "to": str(today)}
    report = api(RANKING, role="dispatcher", **period)["staffRanking"]["report"]
    best = min(report, key=lambda row: row["rank"])
    reviews = api(REVIEWS, role="dispatcher", id=best["staffId"])["staffReviews"]
    page = phone(login_of(api, best["staffId"]))

    # when they open their performance page
    page.locator("#tab-me").click()

    # then it shows what the analytics say about them (ranked among all staff)
    section = page.locator("#performance")
    expect(section.locator("h2")).to_have_text(text("staff.performance.title"))
    expect(section.locator('[data-field="completed"]')).to_have_text(str(best["completed"]))
    expect(section.locator('[data-field="rank"]')).to_have_text(
        text("staff.performance.rankOf", rank=best["rank"])
    )
    ratings = page.locator("#ratings")
    expect(ratings.locator("h2")).to_have_text(
        text("staff.performance.ratings", count=len(reviews))
    )
    assert reviews, "the demo's best staff member has reviews"
    mean = sum(LEVEL[r["quality"]] for r in reviews) / len(reviews)
    expect(ratings.locator('[data-field="quality"]')).not_to_have_text("—")
    assert abs(float(ratings.locator('[data-field="quality"]').inner_text()) - mean) < 0.01
