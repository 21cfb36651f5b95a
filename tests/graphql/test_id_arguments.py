"""The one rule for ID arguments: each takes the object's global ID or its bare row id."""

from __future__ import annotations

import uuid

from strawberry import relay

from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.schema import build_schema
from tests.fixtures.app import GraphQLClient
from tests.fixtures.bookings import Catalog
from tests.fixtures.users import MakeUser
from tests.graphql.bookings.test_booking_create import booking_input, create

BOOKING = "query ($id: ID!) { booking(id: $id) { id status order { id number status } } }"
ORDER = "query ($id: ID!) { order(id: $id) { id number bookingId } }"
CANCEL = """
mutation ($id: ID!) { bookingCancel(input: {id: $id, reason: "计划有变 plans changed"}) {
  booking { status order { status } } errors { field code } } }
"""


def test_row_id_reads_a_global_id_of_the_type_or_a_bare_row_id() -> None:
    row = uuid.uuid4()
    assert row_id(str(relay.GlobalID("Order", str(row))), "Order") == row
    assert row_id(str(row), "Order") == row
    assert row_id(str(relay.GlobalID("Booking", str(row))), "Order") is None
    assert row_id("not an id", "Order") is None


async def test_queries_and_mutations_take_bare_row_ids_and_a_booking_links_its_order(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser
) -> None:
    # given a customer's confirmed booking (it opened its order)
    customer = await make_user("customer")
    gql.headers.update(customer.headers)
    created = await create(gql, booking_input(catalog))
    booking_gid = created["booking"]["id"]
    booking_row = relay.GlobalID.from_id(booking_gid).node_id

    # when the booking is read by its bare row id
    by_row = (await gql.execute(BOOKING, {"id": booking_row}))["data"]["booking"]
    by_gid = (await gql.execute(BOOKING, {"id": booking_gid}))["data"]["booking"]

    # then it is the same booking, with the order it became
    assert by_row == by_gid and by_row["status"] == "CONFIRMED"
    order = by_row["order"]
    assert order["status"] == "OPEN"
    assert order["number"] == "D" + created["booking"]["number"][1:]

    # and the order answers its bare row id too
    order_row = relay.GlobalID.from_id(order["id"]).node_id
    found = (await gql.execute(ORDER, {"id": order_row}))["data"]["order"]
    assert found == {"id": order["id"], "number": order["number"], "bookingId": booking_gid}

    # and bookingCancel takes the bare row id
    cancelled = (await gql.execute(CANCEL, {"id": booking_row}))["data"]["bookingCancel"]
    assert cancelled == {
        "booking": {"status": "CANCELLED", "order": {"status": "CANCELLED"}},
        "errors": [],
    }


async def test_a_booking_before_confirmation_has_no_order(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser
) -> None:
    customer = await make_user("customer")
    gql.headers.update(customer.headers)
    created = await create(gql, booking_input(catalog, description="坏了"))  # too thin

    body = await gql.execute(BOOKING, {"id": created["booking"]["id"]})

    assert body["data"]["booking"]["status"] == "NEEDS_CHANGES"
    assert body["data"]["booking"]["order"] is None


def test_no_argument_is_parsed_as_a_strict_global_id() -> None:
    # ``relay.GlobalID`` as an argument or input type refuses a bare row id before any
    # resolver runs; every ID argument is ``strawberry.ID`` read through ``row_id``.
    schema = build_schema()
    strict = []
    for type_ in schema.schema_converter.type_map.values():
        definition = type_.definition
        name = getattr(definition, "name", "?")
        fields = getattr(definition, "fields", [])
        for field in fields:
            if getattr(definition, "is_input", False) and _unwrap(field.type) is relay.GlobalID:
                strict.append(f"{name}.{field.name}")
            for argument in getattr(field, "arguments", []):
                if _unwrap(argument.type) is relay.GlobalID:
                    strict.append(
                        f"{getattr(definition, 'name', '?')}.{field.name}({argument.python_name})"
                    )
    assert strict == []


def _unwrap(type_: object) -> object:
    while hasattr(type_, "of_type"):
        type_ = type_.of_type
    return type_
