"""Staff notices: in-app always, SMS and e-mail as chosen, held through quiet hours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from dispatchhub import db
from dispatchhub.notifications.tables import Notification
from dispatchhub.orders.notices import order_params, tell_staff
from dispatchhub.outbox.tables import OutboxMessage
from dispatchhub.users.notification_preferences import QuietHours, hold_for, save_preferences
from dispatchhub.users.tables import User
from tests.fixtures.app import wait_for_outbox
from tests.fixtures.dispatch import SHANGHAI
from tests.fixtures.orders import OrdersWorld

# 23:30 in Shanghai
LATE = datetime(2026, 11, 24, 15, 30, tzinfo=UTC)
NIGHT = QuietHours("22:00", "07:00")


def test_quiet_hours_hold_until_they_end_overnight_and_by_day() -> None:
    assert hold_for(NIGHT, LATE, SHANGHAI) == timedelta(hours=7, minutes=30)
    assert hold_for(NIGHT, LATE + timedelta(hours=8), SHANGHAI) is None  # 07:30
    assert hold_for(NIGHT, LATE - timedelta(hours=2), SHANGHAI) is None  # 21:30
    lunch = QuietHours("12:00", "13:00")
    noon = datetime(2026, 11, 24, 4, 15, tzinfo=UTC)  # 12:15 local
    assert hold_for(lunch, noon, SHANGHAI) == timedelta(minutes=45)
    assert hold_for(None, noon, SHANGHAI) is None


async def _staff_with_email(world: OrdersWorld) -> UUID:
    staff = await world.staff()
    await User.update({User.email: f"{staff.hex[:8]}@example.com"}).where(User.id == staff)
    return staff


async def _sent(staff: UUID) -> dict[str, tuple[str, str]]:
    rows = await Notification.select(
        Notification.channel, Notification.subject, Notification.status
    ).where(Notification.recipient == staff)  # fmt: skip
    return {r["channel"]: (r["subject"], r["status"]) for r in rows}


async def test_a_new_order_reaches_every_channel_the_staff_member_chose(
    orders_world: OrdersWorld,
) -> None:
    # given a staff member who wants SMS and e-mail, and one who wants only the inbox
    both = await _staff_with_email(orders_world)
    await save_preferences(both, ["SMS", "EMAIL"], None)
    inbox_only = await _staff_with_email(orders_world)
    await save_preferences(inbox_only, [], None)
    order_id = await orders_world.open_order()

    # when a new order is announced to them
    params = await order_params(order_id, SHANGHAI)
    async with db.write():
        queued = await tell_staff([both, inbox_only], "order_new", {**params, "how": "可抢单"},
                                  zone=SHANGHAI)  # fmt: skip
    await wait_for_outbox()

    # then the first gets three messages, delivered by the providers, the second one
    assert queued == 4
    sent = await _sent(both)
    assert set(sent) == {"INAPP", "SMS", "EMAIL"}
    assert all(status == "SENT" for _, status in sent.values())
    assert params["number"] in sent["EMAIL"][0]  # the e-mail's subject names the order
    assert set(await _sent(inbox_only)) == {"INAPP"}


async def test_quiet_hours_hold_sms_and_email_unless_the_order_is_urgent(
    orders_world: OrdersWorld,
) -> None:
    # given a staff member whose quiet hours started an hour ago and end in two
    staff = await _staff_with_email(orders_world)
    now = datetime.now(UTC).astimezone(SHANGHAI)
    start = (now - timedelta(hours=1)).strftime("%H:%M")
    end = (now + timedelta(hours=2)).strftime("%H:%M")
    await save_preferences(staff, ["SMS", "EMAIL"], QuietHours(start, end))
    order_id = await orders_world.open_order()
    params = {**await order_params(order_id, SHANGHAI), "how": "派给您"}

    # when a normal and then an emergency order are announced
    async with db.write():
        await tell_staff([staff], "order_new", {**params, "urgency": "NORMAL"}, zone=SHANGHAI)
    held = await OutboxMessage.select(OutboxMessage.available_at).where(
        OutboxMessage.task == "notifications.deliver"
    )
    async with db.write():
        await tell_staff([staff], "order_new", {**params, "urgency": "EMERGENCY"}, zone=SHANGHAI)
    await wait_for_outbox()

    # then the normal one's SMS and e-mail wait about two hours; the emergency goes at once
    assert len(held) == 2
    assert all(
        timedelta(hours=1, minutes=58) < row["available_at"] - datetime.now(UTC)
        <= timedelta(hours=2) for row in held
    )  # fmt: skip
    statuses = [
        r["status"]
        for r in await Notification.select(Notification.status).where(
            (Notification.recipient == staff) & (Notification.channel != "INAPP")
        )
    ]
    assert sorted(statuses) == ["PENDING", "PENDING", "SENT", "SENT"]
