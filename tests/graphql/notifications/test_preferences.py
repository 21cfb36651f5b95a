"""notificationPreferences over GraphQL: what a staff member chose, and bad choices refused."""

from __future__ import annotations

from typing import Any

from dispatchhub.users.tables import StaffProfile, User
from tests.fixtures.app import GraphQLClient
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.users import MakeUser

READ = "{ notificationPreferences { channels quietHours { start end } } }"
UPDATE = """
mutation ($input: NotificationPreferencesInput!) {
  notificationPreferencesUpdate(input: $input) {
    preferences { channels quietHours { start end } }
    errors { field code message }
  }
}
"""


async def _update(gql: GraphQLClient, **values: Any) -> dict[str, Any]:
    body = await gql.execute(UPDATE, {"input": values})
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["notificationPreferencesUpdate"]
    return payload


async def test_a_staff_member_chooses_channels_and_quiet_hours(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff = await orders_world.signed_in_staff(make_user)
    await User.update({User.email: "shifu@example.com"}).where(User.id == staff.id)
    gql.headers.update(staff.headers)

    before = await gql.execute(READ)
    saved = await _update(gql, channels=["EMAIL"], quietHours={"start": "22:30", "end": "06:45"})
    after = await gql.execute(READ)

    assert before["data"]["notificationPreferences"] == {
        "channels": ["INAPP", "SMS"], "quietHours": None
    }  # fmt: skip
    expected = {"channels": ["INAPP", "EMAIL"], "quietHours": {"start": "22:30", "end": "06:45"}}
    assert saved == {"preferences": expected, "errors": []}
    assert after["data"]["notificationPreferences"] == expected


async def test_bad_choices_are_field_errors_and_change_nothing(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    staff = await orders_world.signed_in_staff(make_user)  # a phone, no e-mail
    gql.headers.update(staff.headers)

    no_email = await _update(gql, channels=["SMS", "EMAIL"])
    bad_time = await _update(gql, channels=[], quietHours={"start": "25:00", "end": "7:00"})
    empty = await _update(gql, channels=[], quietHours={"start": "12:00", "end": "12:00"})

    assert no_email["errors"][0]["field"] == "channels"
    assert no_email["errors"][0]["code"] == "NO_EMAIL"
    assert [(e["field"], e["code"]) for e in bad_time["errors"]] == [
        ("quietHours.start", "BAD_TIME"), ("quietHours.end", "BAD_TIME")
    ]  # fmt: skip
    assert [(e["field"], e["code"]) for e in empty["errors"]] == [
        ("quietHours.end", "EMPTY_QUIET_HOURS")
    ]
    row = await StaffProfile.select(StaffProfile.notify_channels).where(
        StaffProfile.user == staff.id
    ).output(load_json=True).first()  # fmt: skip
    assert row == {"notify_channels": ["INAPP", "SMS"]}


async def test_an_account_without_a_staff_profile_has_no_preferences(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    staff = await make_user("staff")
    gql.headers.update(staff.headers)

    assert (await gql.execute(READ))["data"]["notificationPreferences"] is None
    refused = await _update(gql, channels=["SMS"])
    assert refused["errors"][0]["code"] == "NO_STAFF_PROFILE"
