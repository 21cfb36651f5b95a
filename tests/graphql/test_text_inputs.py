"""Text that cannot be stored is refused at its field, and nothing runs (findings 4 and 5);
JSON nested too deeply is a 400 with a JSON error (finding 6)."""

from __future__ import annotations

import json

import httpx
import pytest

from dispatchhub.bookings.tables import Booking
from dispatchhub.graphql.text_inputs import text_problem
from tests.fixtures.app import GraphQLClient
from tests.fixtures.bookings import Catalog
from tests.fixtures.users import MakeUser, SignedIn
from tests.graphql.bookings.test_booking_create import CREATE, booking_input

SERVICE_TYPE = "query ($code: String) { serviceType(code: $code) { code } }"


@pytest.fixture
async def customer(gql: GraphQLClient, make_user: MakeUser) -> SignedIn:
    user = await make_user("customer")
    gql.headers.update(user.headers)
    return user


def refusal(body: dict[str, object]) -> dict[str, object]:
    [error] = body["errors"]  # type: ignore[index]
    extensions: dict[str, object] = error["extensions"]  # type: ignore[index]
    return extensions


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("a\x00b", "CONTROL_CHARACTER"),
        ("\x1b[31m", "CONTROL_CHARACTER"),
        ("\x7f", "CONTROL_CHARACTER"),
        ("\x85", "CONTROL_CHARACTER"),
        ("\ud800", "INVALID_UNICODE"),
        ("ok\udfff", "INVALID_UNICODE"),
        ("多行\n文本\twith tab\r\n", None),
        ("\u202eRTL \u200f mark", None),
        ("表情 🔧🚚", None),
    ],
)
def test_what_text_may_be_stored(text: str, reason: str | None) -> None:
    assert text_problem(text) == reason


async def test_a_nul_in_an_address_is_refused_at_the_field_and_nothing_is_stored(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    body = await gql.execute(
        CREATE, {"input": booking_input(catalog, address="上海市徐汇区\x00漕溪北路 88 号")}
    )

    assert body["data"] is None
    assert refusal(body) == {
        "code": "BAD_USER_INPUT", "field": "input.address", "reason": "CONTROL_CHARACTER",
    }  # fmt: skip
    assert await Booking.count() == 0


async def test_control_characters_inside_form_answers_name_their_path(
    gql: GraphQLClient, catalog: Catalog, customer: SignedIn
) -> None:
    form = {"brand": "格力 Gree", "units": 2, "notes": ["fine", "bad\x07bell"]}
    body = await gql.execute(CREATE, {"input": booking_input(catalog, formData=form)})

    assert refusal(body)["field"] == "input.formData.notes.1"
    assert await Booking.count() == 0


async def test_a_literal_in_the_document_is_checked_too(gql: GraphQLClient) -> None:
    body = await gql.execute('query { serviceType(code: "hv\\u0000ac") { code } }')

    assert refusal(body) == {
        "code": "BAD_USER_INPUT", "field": "code", "reason": "CONTROL_CHARACTER",
    }  # fmt: skip


async def test_a_lone_surrogate_is_bad_input_for_anonymous_callers_not_a_fault(
    client: httpx.AsyncClient,
) -> None:
    # JSON may carry an escaped lone surrogate; it is not text
    raw = json.dumps({"query": SERVICE_TYPE, "variables": {"code": "\ud800"}})
    assert "\\ud800" in raw
    response = await client.post(
        "/graphql", content=raw, headers={"content-type": "application/json"}
    )

    assert response.status_code == 200
    assert refusal(response.json()) == {
        "code": "BAD_USER_INPUT", "field": "code", "reason": "INVALID_UNICODE",
    }  # fmt: skip


async def test_the_refusal_speaks_the_callers_language(gql: GraphQLClient) -> None:
    gql.headers["accept-language"] = "en"
    english = await gql.execute(SERVICE_TYPE, {"code": "a\x00"})
    gql.headers["accept-language"] = "zh-CN"
    chinese = await gql.execute(SERVICE_TYPE, {"code": "a\x00"})

    assert english["errors"][0]["message"] == "Must not contain control characters."
    assert chinese["errors"][0]["message"] == "不能包含控制字符。"


async def test_right_to_left_marks_and_emoji_are_ordinary_text(gql: GraphQLClient) -> None:
    body = await gql.execute(SERVICE_TYPE, {"code": "\u202ehvac 🔧"})

    assert body == {"data": {"serviceType": None}}


async def test_json_nested_a_thousand_deep_is_a_400_with_a_json_error(
    client: httpx.AsyncClient,
) -> None:
    deep = "[" * 1000 + "]" * 1000
    raw = '{"query": "{ __typename }", "variables": {"x": ' + deep + "}}"

    response = await client.post(
        "/graphql", content=raw, headers={"content-type": "application/json"}
    )

    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    [error] = response.json()["errors"]
    assert error["message"] == "The JSON is nested deeper than 64 levels."


async def test_json_within_the_depth_limit_is_served(client: httpx.AsyncClient) -> None:
    nested: object = "leaf"
    for _ in range(60):
        nested = {"n": nested}
    response = await client.post(
        "/graphql", json={"query": "{ __typename }", "variables": {"x": nested}}
    )

    assert response.status_code == 200
    assert json.loads(response.text) == {"data": {"__typename": "Query"}}


async def test_a_body_that_is_not_json_is_a_400_with_a_json_error(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post(
        "/graphql", content=b"{not json", headers={"content-type": "application/json"}
    )

    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
