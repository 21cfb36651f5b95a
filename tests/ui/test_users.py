"""Users and staff: an admin changes a staff member's maximum load and skills, and roles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from tests.ui.conftest import Text

STAFF = """{ users(filter: {role: "staff", status: ACTIVE}, first: 50) { edges { node {
  id name roles staffProfile { maxActiveOrders skills { skill level certified } } } } } }"""
ONE = """query ($id: ID!) { node(id: $id) { ... on User { roles
  staffProfile { maxActiveOrders skills { skill level certified } } } } }"""


def test_an_admin_changes_a_staff_members_load_skills_and_roles(
    signed_in: Callable[..., Page],
    api: Callable[..., dict[str, Any]],
    lang: str,
    text: Text,
    screenshots: Path,
) -> None:
    people = [e["node"] for e in api(STAFF)["users"]["edges"]]
    person = people[-1 if lang == "en" else -2]
    page = signed_in("admin", "users")
    page.locator(f'#user-list li[data-user="{person["id"]}"]').click()
    expect(page.locator("#user-detail h2")).to_have_text(person["name"])

    load = person["staffProfile"]["maxActiveOrders"] + 1
    page.locator("#profile-max").fill(str(load))
    page.locator("#profile-skills").fill("plumbing:4*, electrical:2")
    page.locator("#save-profile").click()
    expect(page.locator("#user-done")).to_have_text(text("users.saved"))
    profile = api(ONE, id=person["id"])["node"]["staffProfile"]
    assert profile["maxActiveOrders"] == load
    assert {(s["skill"], s["level"], s["certified"]) for s in profile["skills"]} == {
        ("plumbing", 4, True), ("electrical", 2, False),
    }  # fmt: skip

    page.locator('#user-roles [data-role="supervisor"] input').check()
    expect(page.locator("#user-done")).to_have_text(
        text("users.roleGranted", role=text("roles.supervisor"))
    )
    assert "supervisor" in api(ONE, id=person["id"])["node"]["roles"]
    page.screenshot(path=str(screenshots / f"users-{lang}.png"), full_page=True)
    page.locator('#user-roles [data-role="supervisor"] input').uncheck()
    expect(page.locator("#user-done")).to_have_text(
        text("users.roleRevoked", role=text("roles.supervisor"))
    )
    assert "supervisor" not in api(ONE, id=person["id"])["node"]["roles"]


POLICY = "{ passwordPolicy { minLength maxLength requireDigit } }"
RESTORE = """mutation ($min: Int!, $digit: Boolean!) {
  passwordPolicyUpdate(input: {minLength: $min, requireDigit: $digit}) { errors { code } } }"""


def test_an_admin_changes_the_password_policy_and_a_bad_value_is_refused_at_its_field(
    signed_in: Callable[..., Page], api: Callable[..., dict[str, Any]], text: Text
) -> None:
    before = api(POLICY)["passwordPolicy"]
    page = signed_in("admin", "users")
    try:
        # a minimum above the maximum is refused, at the form
        page.locator("#policy-minLength").fill(str(before["maxLength"] + 1))
        page.locator("#save-policy").click()
        expect(page.locator("#password-policy [data-error-for]").first).to_be_visible()
        assert api(POLICY)["passwordPolicy"] == before

        page.locator("#policy-minLength").fill(str(before["minLength"] + 2))
        page.locator("#save-policy").click()
        expect(page.locator("#policy-saved")).to_have_text(text("passwordPolicy.saved"))
        assert api(POLICY)["passwordPolicy"]["minLength"] == before["minLength"] + 2
    finally:  # other tests sign up with the demo's policy
        api(RESTORE, min=before["minLength"], digit=before["requireDigit"])
    assert api(POLICY)["passwordPolicy"] == before
