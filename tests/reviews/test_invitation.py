"""The review invitation queued when an order completes."""

from __future__ import annotations

from starlette.applications import Starlette

from dispatchhub import db
from dispatchhub.notifications.tables import Notification
from dispatchhub.outbox.service import enqueue
from dispatchhub.reviews.service import Ratings, submit_review
from dispatchhub.reviews.tasks import INVITE_TASK
from tests.fixtures.app import wait_for_outbox
from tests.fixtures.reviews import RECENT, MakeOrder
from tests.fixtures.users import MakeUser


async def test_the_customer_is_invited_in_app_and_by_sms(
    app: Starlette, make_user: MakeUser, make_order: MakeOrder
) -> None:
    # given
    customer = await make_user("customer")
    staff = await make_user("staff")
    order = await make_order(customer.id, staff.id, created_at=RECENT)

    # when
    async with db.write():
        await enqueue(INVITE_TASK, {"order_id": str(order)})
    await wait_for_outbox()

    # then
    sent = await (
        Notification.select(Notification.channel, Notification.target, Notification.body)
        .where(Notification.template == "review_invitation")
        .order_by(Notification.channel)
    )
    assert [(n["channel"], n["target"]) for n in sent] == [("INAPP", ""), ("SMS", customer.phone)]
    assert all("评价" in n["body"] for n in sent)


async def test_no_invitation_for_a_reviewed_order(
    app: Starlette, make_user: MakeUser, make_order: MakeOrder
) -> None:
    customer = await make_user("customer")
    staff = await make_user("staff")
    order = await make_order(customer.id, staff.id, created_at=RECENT)
    await submit_review(customer.id, order, Ratings(5, 5, 5, 5))

    async with db.write():
        await enqueue(INVITE_TASK, {"order_id": str(order)})
    await wait_for_outbox()

    assert not await Notification.exists().where(Notification.template == "review_invitation")
