"""Going on and off shift in the staff app: the position is shared only while on shift."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from playwright.sync_api import Page, expect

Text = Callable[..., str]
Api = Callable[..., dict[str, Any]]

# A Minhang staff member (the demo spreads staff over the districts in turn): away from the
# Huangpu jobs the other staff tests book, so their shift changes no dispatch there.
LOGIN = "staff008@demo.dispatchhub.dev"
USER = '{ users(filter: {search: "staff008@"}, first: 1) { edges { node { id } } } }'
PROFILE = """query ($id: ID!) { node(id: $id) { ... on User { staffProfile {
  onShift position { location { lat lon } recordedAt } } } } }"""
MINHANG = {"latitude": 31.1128, "longitude": 121.3817}
ELSEWHERE = {"latitude": 31.1228, "longitude": 121.3917}


def _profile(api: Api, user_id: str) -> dict[str, Any]:
    return api(PROFILE, role="dispatcher", id=user_id)["node"]["staffProfile"]  # type: ignore[no-any-return]


def _wait_for(check: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the server never got there"
        time.sleep(0.3)


def test_on_shift_the_position_is_shared_and_off_shift_it_is_not(
    phone: Callable[..., Page], api: Api, text: Text
) -> None:
    [edge] = api(USER, role="dispatcher")["users"]["edges"]
    user_id = edge["node"]["id"]
    page = phone(LOGIN)
    page.context.set_geolocation(MINHANG)
    toggle, state = page.locator("#shift-toggle"), page.locator("#shift-state")
    # whatever the calendar says now, start from off shift
    if page.locator("#shift").get_attribute("data-on-shift") == "true":
        toggle.click()
    expect(state).to_have_text(text("staff.shift.off"))
    expect(page.locator("#shift-sharing")).to_have_text(text("staff.shift.notSharing"))
    assert _profile(api, user_id)["onShift"] is False
    started = datetime.now().astimezone()

    # when they go on shift, the app shares where the phone is
    toggle.click()
    expect(page.locator(".banner.ok")).to_contain_text(text("staff.shift.started"))
    expect(state).to_have_text(text("staff.shift.on"))
    expect(page.locator("#shift-sharing")).to_have_text(text("staff.shift.sharing"))

    def reported(point: dict[str, float]) -> bool:
        profile = _profile(api, user_id)
        position = profile["position"]
        return (
            profile["onShift"] is True
            and position is not None
            and datetime.fromisoformat(position["recordedAt"]) >= started
            and position["location"] == {"lat": point["latitude"], "lon": point["longitude"]}
        )

    _wait_for(lambda: reported(MINHANG))
    # and follows the phone as it moves (the server takes one report every 5 s)
    page.context.set_geolocation(ELSEWHERE)
    _wait_for(lambda: reported(ELSEWHERE), timeout=25)

    # when they go off shift, dispatch counts them off and the position stays where it was
    toggle.click()
    expect(page.locator(".banner.ok")).to_contain_text(text("staff.shift.ended"))
    expect(state).to_have_text(text("staff.shift.off"))
    page.context.set_geolocation(MINHANG)
    page.wait_for_timeout(7_000)
    profile = _profile(api, user_id)
    assert profile["onShift"] is False
    assert profile["position"]["location"] == {
        "lat": ELSEWHERE["latitude"],
        "lon": ELSEWHERE["longitude"],
    }
