"""Proof of work on the phone: the service type's checklist gates finishing the job, and the
refusal names the item left out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from playwright.sync_api import Page, expect

Text = Callable[..., str]
Api = Callable[..., dict[str, Any]]

CHECKLIST = {
    "type": "object",
    "properties": {
        "water_off": {"type": "boolean", "title": "已关闭总阀", "x-title-en": "Water shut off"},
        "parts_used": {"type": "string", "title": "更换配件", "x-title-en": "Parts used"},
    },
    "required": ["water_off"],
}
SERVICE_TYPES = "{ serviceTypes { id code } }"
SET = """mutation ($input: ServiceTypeChecklistSetInput!) {
  serviceTypeChecklistSet(input: $input) { errors { field message } } }"""
GRAB = "mutation ($id: ID!) { orderGrab(input: {id: $id}) { errors { code message } } }"
START = """mutation ($id: ID!) { orderStatusUpdate(input: {id: $id, status: IN_PROGRESS}) {
  errors { code message } } }"""
DONE = "query ($id: ID!) { order(id: $id) { status checklistAnswers } }"


@pytest.fixture
def plumbing_checklist(api: Api) -> Iterator[None]:
    """The plumbing service type with a checklist, for this test only (the other staff
    tests finish plumbing jobs without one)."""
    types = {s["code"]: s["id"] for s in api(SERVICE_TYPES, role="admin")["serviceTypes"]}
    plumbing = types["plumbing"]
    made = api(SET, input={"id": plumbing, "checklist": CHECKLIST})["serviceTypeChecklistSet"]
    assert made["errors"] == []
    yield
    api(SET, input={"id": plumbing, "checklist": {}})


def test_finishing_without_a_required_check_is_refused_with_the_item_named(
    phone: Callable[..., Page],
    pool_order: Callable[[], dict[str, Any]],
    api: Api,
    text: Text,
    lang: str,
    plumbing_checklist: None,
) -> None:
    # given a plumbing job of mine under way
    order = pool_order()
    assert api(GRAB, role="staff", id=order["id"])["orderGrab"]["errors"] == []
    assert api(START, role="staff", id=order["id"])["orderStatusUpdate"]["errors"] == []
    page = phone()
    page.evaluate(f"location.hash = '#/job/{order['id']}'")
    expect(page.locator("#job")).to_have_attribute("data-order", order["number"])
    checklist = page.locator("#checklist")
    expect(checklist.locator("legend")).to_have_text(text("staff.checklist.title"))
    water = "已关闭总阀" if lang == "zh-CN" else "Water shut off"
    expect(checklist.locator('[data-item="water_off"]')).to_contain_text(water)

    # when they finish without shutting the water off, the server refuses, naming it
    page.locator('[data-item="parts_used"] input').fill("阀芯 / valve core")
    page.locator('#next button[data-status="COMPLETED"]').click()
    expect(page.locator(".banner.error")).to_contain_text(water)
    assert api(DONE, role="dispatcher", id=order["id"])["order"]["status"] == "IN_PROGRESS"

    # when they tick it, the job completes with the answers kept
    page.locator('[data-item="water_off"] input[type="checkbox"]').check()
    page.locator('#next button[data-status="COMPLETED"]').click()
    expect(page.locator('#job [data-field="status"]')).to_have_text(text("staff.status.COMPLETED"))
    done = api(DONE, role="dispatcher", id=order["id"])["order"]
    assert done == {
        "status": "COMPLETED",
        "checklistAnswers": {"water_off": True, "parts_used": "阀芯 / valve core"},
    }
