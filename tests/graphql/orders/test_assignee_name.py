"""``Order.assigneeName``: the customer's client says who is coming."""

from __future__ import annotations

from strawberry import relay

from dispatchhub.users.tables import User
from tests.fixtures.app import GraphQLClient
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.users import MakeUser

ORDER_STAFF = "query ($id: ID!) { order(id: $id) { assigneeId assigneeName } }"


async def test_the_customer_reads_the_assigned_staff_members_name(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld
) -> None:
    # given a customer's open order and a staff member
    owner = await make_user("customer")
    staff = await orders_world.signed_in_staff(make_user)
    await User.update({User.name: "王师傅 Wang"}).where(User.id == staff.id)
    order_id = await orders_world.open_order(customer=owner.id)
    order = str(relay.GlobalID("Order", str(order_id)))
    gql.headers.update(owner.headers)
    # then nobody is named before it is assigned
    before = await gql.execute(ORDER_STAFF, {"id": order})
    assert before["data"]["order"] == {"assigneeId": None, "assigneeName": None}
    # and the assignee's name once it is
    await orders_world.set_status(order_id, "ASSIGNED", staff.id)
    after = await gql.execute(ORDER_STAFF, {"id": order})
    assert "errors" not in after, after
    assert after["data"]["order"] == {"assigneeId": staff.global_id, "assigneeName": "王师傅 Wang"}
