"""Saved addresses through the API: a customer keeps their own; nobody else reads or changes
them."""

from __future__ import annotations

from typing import Any

from tests.fixtures.app import GraphQLClient
from tests.fixtures.users import MakeUser

LIST = "{ savedAddresses { id label address location { lat lon } } }"
CREATE = """mutation ($input: AddressCreateInput!) { addressCreate(input: $input) {
  address { id label address location { lat lon } } errors { field code message } } }"""
UPDATE = """mutation ($input: AddressUpdateInput!) { addressUpdate(input: $input) {
  address { id label address location { lat lon } } errors { field code } } }"""
DELETE = """mutation ($input: AddressDeleteInput!) { addressDelete(input: $input) {
  address { id } errors { field code } } }"""

HOME = {
    "label": "家", "address": "徐汇区漕溪北路 88 号 1201",
    "location": {"lat": 31.19, "lon": 121.44},
}  # fmt: skip


async def _call(gql: GraphQLClient, query: str, **variables: Any) -> Any:
    body = await gql.execute(query, variables)
    assert "errors" not in body, body
    return body["data"]


async def test_a_customer_saves_changes_and_removes_their_addresses(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    # given a customer with no addresses
    customer = await make_user("customer")
    gql.headers.update(customer.headers)
    assert (await _call(gql, LIST))["savedAddresses"] == []

    # when they save two and change the second
    home = (await _call(gql, CREATE, input=HOME))["addressCreate"]
    assert home["errors"] == []
    office_input = {"label": "公司 Office", "address": "静安区南京西路 1 号"}
    office = await _call(gql, CREATE, input=office_input)
    office_id = office["addressCreate"]["address"]["id"]
    changed = await _call(
        gql, UPDATE, input={"id": office_id, "location": {"lat": 31.2297, "lon": 121.448}}
    )

    # then the list has both, oldest first, with only the given field changed
    assert changed["addressUpdate"]["address"] == {
        "id": office_id, "label": "公司 Office", "address": "静安区南京西路 1 号",
        "location": {"lat": 31.2297, "lon": 121.448},
    }  # fmt: skip
    listed = (await _call(gql, LIST))["savedAddresses"]
    assert [a["label"] for a in listed] == ["家", "公司 Office"]
    assert listed[0]["location"] == HOME["location"]

    # and removing one leaves the other
    removed = await _call(gql, DELETE, input={"id": office_id})
    assert removed["addressDelete"] == {"address": {"id": office_id}, "errors": []}
    assert [a["label"] for a in (await _call(gql, LIST))["savedAddresses"]] == ["家"]


async def test_another_customers_address_is_not_found_and_unchanged(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    owner = await make_user("customer")
    stranger = await make_user("customer")
    gql.headers.update(owner.headers)
    address_id = (await _call(gql, CREATE, input=HOME))["addressCreate"]["address"]["id"]

    gql.headers.update(stranger.headers)
    assert (await _call(gql, LIST))["savedAddresses"] == []
    update = await _call(gql, UPDATE, input={"id": address_id, "label": "mine now"})
    delete = await _call(gql, DELETE, input={"id": address_id})
    for payload in (update["addressUpdate"], delete["addressDelete"]):
        assert payload["address"] is None
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [("id", "ADDRESS_NOT_FOUND")]

    gql.headers.update(owner.headers)
    assert [a["label"] for a in (await _call(gql, LIST))["savedAddresses"]] == ["家"]


async def test_bad_input_is_refused_at_its_field(gql: GraphQLClient, make_user: MakeUser) -> None:
    customer = await make_user("customer")
    gql.headers.update(customer.headers)
    cases = [
        ({"label": " ", "address": "x"}, [("label", "REQUIRED")]),
        ({"label": "家", "address": "路" * 301}, [("address", "TOO_LONG")]),
        ({**HOME, "location": {"lat": 91, "lon": 0}}, [("location", "INVALID_POINT")]),
    ]
    for given, expected in cases:
        payload = (await _call(gql, CREATE, input=given))["addressCreate"]
        assert [(e["field"], e["code"]) for e in payload["errors"]] == expected, given
        assert payload["address"] is None
    unknown = (await _call(gql, UPDATE, input={"id": "nope", "label": "x"}))["addressUpdate"]
    assert [(e["field"], e["code"]) for e in unknown["errors"]] == [("id", "ADDRESS_NOT_FOUND")]
    assert (await _call(gql, LIST))["savedAddresses"] == []


async def test_staff_and_agents_have_no_saved_addresses_api(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    for role in ("staff", "dispatcher"):
        user = await make_user(role)
        gql.headers.update(user.headers)
        body = await gql.execute(LIST)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN", body
