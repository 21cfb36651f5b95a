"""The map: the bundled districts of the demo city and a circle for each unfinished order."""

from __future__ import annotations

import json
import re
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
    # (dispatched on the circle itself: another one may overlap it where the mouse would land)
    page.locator(f'path[data-order="{order["number"]}"]').dispatch_event("click")
    expect(page.locator("#map-order h2")).to_have_text(order["number"])
    expect(page.locator('#map-order [data-field="status"]')).to_have_text(
        text(f"orderStatus.{order['status']}")
    )
    page.screenshot(path=str(screenshots / f"map-{lang}.png"), full_page=True)
    page.get_by_role("link", name=text("map.toBoard")).click()
    expect(page.locator("#order-detail h2")).to_contain_text(order["number"])


STAFF = """{ users(filter: {role: "staff", status: ACTIVE}, first: 100) { edges { node {
  id staffProfile { onShift position { recordedAt } } } } } }"""
ON_SHIFT = "mutation { staffShiftStart { errors { code } } }"
REPORT = """mutation ($lat: Float!, $lon: Float!) {
  staffPositionReport(input: {location: {lat: $lat, lon: $lon}}) { errors { code message } } }"""
ME = "{ me { id } }"


def test_staff_on_shift_show_where_they_last_were_and_how_long_ago(
    signed_in: Callable[..., Page],
    api: Callable[..., dict[str, Any]],
    lang: str,
    screenshots: Path,
) -> None:
    # given a staff member who went on shift and reported where they are (Xuhui)
    assert api(ON_SHIFT, role="staff")["staffShiftStart"]["errors"] == []
    reported = api(REPORT, role="staff", lat=31.19, lon=121.44)["staffPositionReport"]
    # the en run may come within 5 s of the zh-CN one: the earlier report then stands
    assert [e["code"] for e in reported["errors"]] in ([], ["TOO_FREQUENT"])
    me = api(ME, role="staff")["me"]["id"]

    page = signed_in("dispatcher", "map")

    # then each on-shift staff member with a position is on the map and in the list, with its age
    users = [e["node"] for e in api(STAFF, role="dispatcher")["users"]["edges"]]
    placed = [
        u["id"] for u in users if u["staffProfile"]["onShift"] and u["staffProfile"]["position"]
    ]
    assert me in placed
    expect(page.locator("#map-staff li[data-staff]")).to_have_count(len(placed))
    expect(page.locator("path[data-staff]")).to_have_count(len(placed))
    age = page.locator(f'#map-staff li[data-staff="{me}"] [data-field="position-age"]')
    expect(age).to_have_text(re.compile(r"\d+ ?(秒|分钟)" if lang == "zh-CN" else r"\d+ (sec|min)"))
    page.screenshot(path=str(screenshots / f"map-staff-{lang}.png"), full_page=True)
