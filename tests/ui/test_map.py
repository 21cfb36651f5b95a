"""The map: the bundled districts of the demo city and a circle for each unfinished order."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from dispatchhub.demo.data_places import REGIONS
from scripts.demo_districts_geojson import OUT, districts
from tests.ui.conftest import Text

OPEN = ["OPEN", "OFFERED", "ESCALATED", "ASSIGNED", "EN_ROUTE", "IN_PROGRESS"]
ORDERS = """query ($status: [OrderStatus!]) { orders(filter: {status: $status}, first: 100) {
  edges { node { number status location { lat } } } } }"""


def test_the_bundled_districts_are_what_the_script_draws_from_the_demo() -> None:
    assert json.loads(OUT.read_text(encoding="utf-8")) == json.loads(json.dumps(districts()))
    codes = [f["properties"]["code"] for f in districts()["features"]]
    assert codes == [r["code"] for r in REGIONS]


def test_every_unfinished_order_with_a_place_is_a_circle_over_the_districts(
    signed_in: Callable[..., Page],
    api: Callable[..., dict[str, Any]],
    lang: str,
    text: Text,
    screenshots: Path,
) -> None:
    page = signed_in("dispatcher", "map")
    for region in REGIONS:
        expect(page.locator(f'path[data-district="{region["code"]}"]')).to_have_count(1)
    name = "name_zh" if lang == "zh-CN" else "name_en"
    expect(page.locator(".district-label").first).to_have_text(REGIONS[0][name])

    orders = [e["node"] for e in api(ORDERS, role="dispatcher", status=OPEN)["orders"]["edges"]]
    placed = [o for o in orders if o["location"]]
    assert placed, "the demo has unfinished orders with a place"
    expect(page.locator("path[data-order]")).to_have_count(len(placed))
    waiting = sum(o["status"] == "OPEN" for o in orders)
    expect(page.locator('#map-legend [data-status="OPEN"]')).to_contain_text(str(waiting))

    # a click on a circle shows its order, with a way to the board
    order = placed[0]
    page.locator(f'path[data-order="{order["number"]}"]').click(force=True)
    expect(page.locator("#map-order h2")).to_have_text(order["number"])
    expect(page.locator('#map-order [data-field="status"]')).to_have_text(
        text(f"orderStatus.{order['status']}")
    )
    page.screenshot(path=str(screenshots / f"map-{lang}.png"), full_page=True)
    page.get_by_role("link", name=text("map.toBoard")).click()
    expect(page.locator("#order-detail h2")).to_contain_text(order["number"])
