"""The dashboards: each chart's numbers are the ones its analytics query reports for the
demo, the ranking follows the KPI weight sliders, and each chart exports through reportExport."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Page, expect

from tests.ui.conftest import Text

Api = Callable[..., dict[str, Any]]

REPORTS = """query ($from: Date!, $to: Date!) {
  taskStats(period: DAY, from: $from, to: $to) { report {
    buckets { start total completed cancelled } byType { key count } byChannel { key count } } }
  satisfactionTrend(period: DAY, from: $from, to: $to) { report { start reviews } }
  qualityIssues(from: $from, to: $to) { report { byDimension { key count } } }
  recurringComplaints(from: $from, to: $to) { report {
    persistentSpots { serviceType region complaints } frequentTerms { key count } } } }"""
RANKING = """query ($from: Date!, $to: Date!, $w: StaffRankingWeightsInput) {
  staffRanking(from: $from, to: $to, weights: $w) { report { staffId completed rank } } }"""


def _cells(page: Page, chart: str, key: str) -> list[str]:
    row = page.locator(f'#{chart} table.numbers tr[data-key="{key}"] td')
    return row.all_inner_texts()


def _open_numbers(page: Page) -> None:
    for summary in page.locator(".chart-card details summary").all():
        summary.click()


def test_each_chart_shows_the_numbers_the_api_reports(
    signed_in: Callable[..., Page], api: Api, lang: str, screenshots: Path
) -> None:
    page = signed_in("dispatcher", "dashboards")
    expect(page.locator("#chart-volume canvas")).to_have_count(1)
    start = page.locator("#dash-from").input_value()
    end = page.locator("#dash-to").input_value()
    data = api(REPORTS, role="dispatcher", **{"from": start, "to": end})
    stats = data["taskStats"]["report"]
    assert sum(b["total"] for b in stats["buckets"]) > 0, "the demo has orders in the last 30 days"
    _open_numbers(page)

    volume = page.locator("#chart-volume table.numbers tr[data-key]")
    expect(volume).to_have_count(len(stats["buckets"]))
    for bucket in stats["buckets"]:
        cells = _cells(page, "chart-volume", bucket["start"])
        assert cells[1:4] == [
            str(bucket["total"]),
            str(bucket["completed"]),
            str(bucket["cancelled"]),
        ]
    for count in stats["byType"]:
        assert _cells(page, "chart-mix", f"type:{count['key']}")[2] == str(count["count"])
    for count in stats["byChannel"]:
        assert _cells(page, "chart-mix", f"channel:{count['key']}")[2] == str(count["count"])
    for point in data["satisfactionTrend"]["report"]:
        assert _cells(page, "chart-satisfaction", point["start"])[1] == str(point["reviews"])
    for count in data["qualityIssues"]["report"]["byDimension"]:
        assert _cells(page, "chart-quality", f"dimension:{count['key']}")[2] == str(count["count"])
    recurring = data["recurringComplaints"]["report"]
    for spot in recurring["persistentSpots"]:
        key = f"spot:{spot['serviceType']}:{spot['region']}"
        assert _cells(page, "chart-recurring", key)[2] == str(spot["complaints"])
    for term in recurring["frequentTerms"]:
        assert _cells(page, "chart-recurring", f"term:{term['key']}")[2] == str(term["count"])
    ranking = api(RANKING, role="dispatcher", **{"from": start, "to": end})["staffRanking"]
    for row in ranking["report"]:
        assert _cells(page, "chart-ranking", row["staffId"])[0] == str(row["rank"])
    page.screenshot(path=str(screenshots / f"dashboards-{lang}.png"), full_page=True)


def test_the_weight_sliders_rank_staff_as_the_api_does_with_those_weights(
    signed_in: Callable[..., Page], api: Api
) -> None:
    page = signed_in("dispatcher", "dashboards")
    expect(page.locator("#kpi-weights")).to_be_visible()
    start = page.locator("#dash-from").input_value()
    end = page.locator("#dash-to").input_value()

    # only the completed count matters
    for kpi in ("quality", "satisfaction", "response"):
        page.locator(f'#kpi-weights input[name="{kpi}"]').fill("0")
    page.locator('#kpi-weights input[name="completed"]').fill("10")
    expect(page.locator('[data-weight="quality"]')).to_have_text("0")

    weights = {"completed": 10, "quality": 0, "satisfaction": 0, "response": 0}
    wanted = api(RANKING, role="dispatcher", w=weights, **{"from": start, "to": end})
    rows = wanted["staffRanking"]["report"]
    page.locator("#chart-ranking details summary").click()
    first = page.locator("#chart-ranking table.numbers tbody tr[data-key]").first
    expect(first).to_have_attribute("data-key", rows[0]["staffId"])
    for row in rows:
        cells = page.locator(f'#chart-ranking tr[data-key="{row["staffId"]}"] td')
        expect(cells.first).to_have_text(str(row["rank"]))


def test_a_chart_exports_its_report(
    signed_in: Callable[..., Page], api: Api, text: Text, live_server: str
) -> None:
    page = signed_in("supervisor", "dashboards")
    page.locator('#chart-volume [data-export="CSV"]').click()
    link = page.locator('#chart-volume [data-field="download"]')
    expect(link).to_be_visible()
    url = link.get_attribute("href")
    assert url
    body = httpx.get(url if url.startswith("http") else f"{live_server}{url}", timeout=30)
    assert body.status_code == 200
    start = page.locator("#dash-from").input_value()
    end = page.locator("#dash-to").input_value()
    buckets = api(REPORTS, role="supervisor", **{"from": start, "to": end})["taskStats"]["report"]
    assert str(buckets["buckets"][-1]["start"]) in body.text
