"""Help requests: who is asked, who may join or take over, and exactly one take-over wins."""

from __future__ import annotations

import asyncio
from uuid import UUID

from dispatchhub.errors import DomainError
from dispatchhub.notifications.tables import Notification
from dispatchhub.orders.errors import OrdersErrorCode
from dispatchhub.orders.help import (
    close_help,
    help_page,
    helpers_of,
    join_help,
    request_help,
    take_over,
)
from dispatchhub.orders.tables import HelpParticipant, HelpRequest, Order, OrderEvent
from dispatchhub.users.tables import StaffProfile
from tests.fixtures.dispatch import TASK_POINT
from tests.fixtures.orders import OrdersWorld, refused_code

NEAR = (TASK_POINT[0] + 0.01, TASK_POINT[1])  # about 1.1 km away
FAR = (TASK_POINT[0] + 0.2, TASK_POINT[1])  # about 22 km away


async def _told(template: str) -> set[UUID]:
    rows = await Notification.select(Notification.recipient).where(
        (Notification.template == template) & (Notification.channel == "INAPP")
    )
    return {r["recipient"] for r in rows}


async def _asking(world: OrdersWorld, colleagues: int = 1) -> tuple[UUID, UUID, UUID, list[UUID]]:
    """An assigned order whose assignee asked for help: (help, order, requester, colleagues)."""
    requester = await world.staff()
    near = [await world.staff(NEAR) for _ in range(colleagues)]
    order_id = await world.open_order()
    await world.set_status(order_id, "ASSIGNED", requester)
    help_id = await request_help(order_id, requester, "需要两人抬 / a second pair of hands",
                                 world.zone)  # fmt: skip
    return help_id, order_id, requester, near


async def test_help_reaches_the_supervisor_and_qualified_colleagues_nearby(
    orders_world: OrdersWorld,
) -> None:
    supervisor = await orders_world.staff(FAR)
    staff = await orders_world.staff()
    await StaffProfile.update({StaffProfile.supervisor: supervisor}).where(
        StaffProfile.user == staff
    )
    colleague = await orders_world.staff(NEAR)
    unskilled = await orders_world.staff(NEAR, skills={"plumbing": 5})
    distant = await orders_world.staff(FAR)
    order_id = await orders_world.open_order()
    await orders_world.set_status(order_id, "ASSIGNED", staff)

    assert (
        await refused_code(request_help(order_id, colleague, "help", orders_world.zone))
        is OrdersErrorCode.NOT_ASSIGNEE
    )
    assert (
        await refused_code(request_help(order_id, staff, "  ", orders_world.zone))
        is OrdersErrorCode.MESSAGE_REQUIRED
    )
    help_id = await request_help(order_id, staff, "需要两人抬 / need a second pair of hands",
                                 orders_world.zone)  # fmt: skip

    assert await HelpRequest.exists().where(HelpRequest.id == help_id)
    assert await _told("order_help") == {supervisor, colleague}
    invited = await HelpParticipant.select(HelpParticipant.staff, HelpParticipant.role).where(
        HelpParticipant.help_request == help_id
    )
    assert {(r["staff"], r["role"]) for r in invited} == {
        (supervisor, "INVITED"), (colleague, "INVITED")
    }  # fmt: skip
    assert unskilled not in await _told("order_help")
    assert distant not in await _told("order_help")


async def test_an_invited_colleague_joins_and_the_requester_is_told(
    orders_world: OrdersWorld,
) -> None:
    # given a help request that reached one colleague
    help_id, order_id, requester, [colleague] = await _asking(orders_world)

    # when the colleague joins (twice: the second changes nothing)
    assert await join_help(help_id, colleague, orders_world.zone, supervises=False) == order_id
    await join_help(help_id, colleague, orders_world.zone, supervises=False)

    # then they are a helper, the order's history says so once, and the requester knows
    assert await helpers_of([order_id]) == {str(order_id): {str(colleague)}}
    events = await OrderEvent.select(OrderEvent.reason, OrderEvent.actor).where(
        (OrderEvent.order == order_id) & (OrderEvent.reason == "help joined")
    )
    assert events == [{"reason": "help joined", "actor": colleague}]
    assert await _told("order_help_joined") == {requester}
    order = await Order.select(Order.assignee).where(Order.id == order_id).first()
    assert order == {"assignee": requester}  # joining is not taking over


async def test_who_may_not_answer_and_why(orders_world: OrdersWorld) -> None:
    help_id, order_id, requester, [colleague] = await _asking(orders_world)
    stranger = await orders_world.staff(FAR)
    zone = orders_world.zone

    assert await refused_code(join_help(help_id, stranger, zone, supervises=False)) is (
        OrdersErrorCode.NOT_INVITED
    )
    assert await refused_code(take_over(help_id, requester, zone, supervises=False)) is (
        OrdersErrorCode.OWN_HELP_REQUEST
    )
    assert await refused_code(close_help(help_id, colleague, "", supervises=False)) is (
        OrdersErrorCode.NOT_REQUESTER
    )
    missing = UUID(int=1)
    assert await refused_code(join_help(missing, colleague, zone, supervises=False)) is (
        OrdersErrorCode.HELP_NOT_FOUND
    )
    # a supervisor who was not asked may still join
    assert await join_help(help_id, stranger, zone, supervises=True) == order_id

    await close_help(help_id, requester, "搞定了 / sorted", supervises=False)
    assert await refused_code(join_help(help_id, colleague, zone, supervises=False)) is (
        OrdersErrorCode.HELP_CLOSED
    )
    assert await refused_code(close_help(help_id, requester, "", supervises=False)) is (
        OrdersErrorCode.HELP_CLOSED
    )
    row = await HelpRequest.select(HelpRequest.status, HelpRequest.resolution).where(
        HelpRequest.id == help_id
    ).first()  # fmt: skip
    assert row == {"status": "CLOSED", "resolution": "搞定了 / sorted"}


async def test_help_on_a_finished_order_cannot_be_joined(orders_world: OrdersWorld) -> None:
    help_id, order_id, _, [colleague] = await _asking(orders_world)
    await Order.update({Order.status: "COMPLETED"}).where(Order.id == order_id)

    assert await refused_code(
        join_help(help_id, colleague, orders_world.zone, supervises=False)
    ) is (OrdersErrorCode.HELP_CLOSED)


async def test_taking_over_moves_the_order_and_keeps_the_requester_as_helper(
    orders_world: OrdersWorld,
) -> None:
    help_id, order_id, requester, [colleague] = await _asking(orders_world)

    await take_over(help_id, colleague, orders_world.zone, supervises=False)

    order = await Order.select(Order.assignee, Order.status, Order.revision).where(
        Order.id == order_id
    ).first()  # fmt: skip
    assert order == {"assignee": colleague, "status": "ASSIGNED", "revision": 1}
    request = await HelpRequest.select(HelpRequest.status, HelpRequest.helper).where(
        HelpRequest.id == help_id
    ).first()  # fmt: skip
    assert request == {"status": "TAKEN_OVER", "helper": colleague}
    assert await helpers_of([order_id]) == {str(order_id): {str(requester)}}
    assert await _told("order_help_taken_over") == {requester}
    assert await refused_code(
        take_over(help_id, colleague, orders_world.zone, supervises=False)
    ) is (OrdersErrorCode.HELP_CLOSED)


async def test_ten_concurrent_take_overs_have_exactly_one_winner(
    orders_world: OrdersWorld,
) -> None:
    # given a help request that reached ten colleagues
    help_id, order_id, _, colleagues = await _asking(orders_world, colleagues=10)
    invited = {
        r["staff"]
        for r in await HelpParticipant.select(HelpParticipant.staff).where(
            HelpParticipant.help_request == help_id
        )
    }
    await HelpParticipant.insert(
        *(HelpParticipant(help_request=help_id, staff=c) for c in colleagues if c not in invited)
    )  # MAX_COLLEAGUES invites the nearest five; the rest are asked by hand

    # when all ten take it over at once
    async def attempt(staff_id: UUID) -> OrdersErrorCode | None:
        try:
            await take_over(help_id, staff_id, orders_world.zone, supervises=False)
        except DomainError as error:
            code = error.errors[0].code
            assert isinstance(code, OrdersErrorCode)
            return code
        return None

    results = await asyncio.gather(*(attempt(c) for c in colleagues))

    # then one wins, nine are told the request is over, and the order has that assignee
    winners = [c for c, r in zip(colleagues, results, strict=True) if r is None]
    assert len(winners) == 1
    assert [r for r in results if r is not None] == [OrdersErrorCode.HELP_CLOSED] * 9
    order = await Order.select(Order.assignee).where(Order.id == order_id).first()
    assert order == {"assignee": winners[0]}


async def test_the_list_shows_a_staff_member_what_they_asked_or_were_asked(
    orders_world: OrdersWorld,
) -> None:
    first_id, _, requester, [colleague] = await _asking(orders_world)
    second_id, _, _, _ = await _asking(orders_world)
    stranger = await orders_world.staff(FAR)

    mine = await help_page(requester)
    asked = await help_page(colleague)
    everyone = await help_page(None, statuses=("OPEN",), first=1)

    # the first requester made one and, being near, was asked to help with the second
    assert [r["id"] for r in mine.rows] == [second_id, first_id]
    assert [r["id"] for r in asked.rows] == [second_id, first_id]
    assert [p["staff"] for p in asked.participants[str(first_id)]] == [colleague]
    assert (await help_page(stranger)).rows == []
    assert [r["id"] for r in everyone.rows] == [second_id] and everyone.has_next_page
    assert await refused_code(help_page(None, first=0)) is OrdersErrorCode.PAGE_SIZE
