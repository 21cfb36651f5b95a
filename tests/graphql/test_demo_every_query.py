"""Hidden states: every query, as every role, on the demo database, answers without a fault.

The documents are generated from the schema: every root Query field with every field of
what it returns, nested a few levels (abstract types through inline fragments on each of
their types), and every page of a connection. The demo must only hold states the API can
show, so the one kind of error allowed is an authorization refusal (``FORBIDDEN`` or
``UNAUTHENTICATED``), which a role meets on fields the policy keeps from it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from graphql import (
    GraphQLField,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLType,
    get_named_type,
    is_abstract_type,
    is_enum_type,
    is_leaf_type,
    is_object_type,
    is_required_argument,
)
from graphql.language import Lexer, Source, TokenKind
from strawberry import relay

from dispatchhub.bookings.tables import Booking
from dispatchhub.config import Settings
from dispatchhub.demo import DEMO_PASSWORD, DemoSummary, load_demo_data
from dispatchhub.demo.summary import EXAMPLE_CUSTOMER_PHONE, EXAMPLE_STAFF_PHONE
from dispatchhub.dispatch.tables import Policy
from dispatchhub.graphql.schema import build_schema
from dispatchhub.orders.tables import Order
from dispatchhub.reviews.tables import StaffFeedback
from dispatchhub.users.tables import User
from tests.fixtures.app import GraphQLClient

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai: every order state
ROLES = ("anonymous", "customer", "staff", "supervisor", "dispatcher", "admin")
REFUSALS = {"FORBIDDEN", "UNAUTHENTICATED"}
MAX_TOKENS = 3900  # under the server's limit of 4,000 tokens a document
PAGE = 50


@pytest.fixture
async def demo(database: Settings) -> DemoSummary:
    """The demo data, loaded before the app starts (so its enforcer reads the grants)."""
    return await load_demo_data(now=NOW)


@pytest.fixture
async def signed_in(demo: DemoSummary, gql: GraphQLClient) -> AsyncIterator[dict[str, str]]:
    """An access token per demo role (anonymous: none)."""
    tokens = {"anonymous": ""}
    for login in demo.logins:
        body = await gql.execute(SIGN_IN, {"login": login.phone, "p": DEMO_PASSWORD})
        tokens[login.role] = body["data"]["tokenCreate"]["accessToken"]
    yield tokens


SIGN_IN = """mutation ($login: String!, $p: String!) {
  tokenCreate(input: {login: $login, password: $p}) { accessToken errors { code } }
}"""


def _gid(type_name: str, value: Any) -> str:
    return str(relay.GlobalID(type_name, str(value)))


async def _arguments() -> dict[str, Any]:
    """Values for required arguments, keyed ``field.argument``, taken from the demo."""
    customer = await User.select(User.id).where(User.phone == EXAMPLE_CUSTOMER_PHONE).first()
    staff = await User.select(User.id).where(User.phone == EXAMPLE_STAFF_PHONE).first()
    assert customer is not None and staff is not None
    booking = await Booking.select(Booking.id).where(Booking.customer == customer["id"]).first()
    order = await (
        Order.select(Order.id, Order.service_type, Order.region)
        .where((Order.booking.customer == customer["id"]) & Order.assignee.is_not_null())
        .first()
    )
    feedback = await StaffFeedback.select(StaffFeedback.order).first()
    policy = await Policy.select(Policy.id).first()
    assert booking and order and feedback and policy
    day = NOW.date()
    return {
        "booking.id": _gid("Booking", booking["id"]),
        "bookingExport.id": "00000000-0000-0000-0000-000000000000",
        "externalLoginUrl.provider": "nowhere",
        "serviceTypeSuggest.description": "空调不制冷，滴水",
        "policyVersions.policyId": _gid("Policy", policy["id"]),
        "policyDiff.policyId": _gid("Policy", policy["id"]),
        "policyDiff.fromVersion": 1,
        "policyDiff.toVersion": 1,
        "policyShadowComparison.policyId": _gid("Policy", policy["id"]),
        "node.id": _gid("Order", order["id"]),
        "nodes.ids": [
            _gid("Order", order["id"]),
            _gid("Booking", booking["id"]),
            _gid("User", staff["id"]),
            _gid("User", customer["id"]),
        ],
        "staffReviews.staffId": _gid("User", staff["id"]),
        "orderFeedback.orderId": _gid("Order", feedback["order"]),
        "orderReview.orderId": _gid("Order", order["id"]),
        "customerProfile.customerId": _gid("User", customer["id"]),
        "order.id": _gid("Order", order["id"]),
        "orderDecisionExplain.orderId": _gid("Order", order["id"]),
        "orderDecisionExplain.staffId": _gid("User", staff["id"]),
        "bookingSlots.serviceTypeId": _gid("ServiceType", order["service_type"]),
        "bookingSlots.region": order["region"],
        "bookingSlots.day": (day + timedelta(days=1)).isoformat(),
        "period": "WEEK",
        "from": (day - timedelta(days=60)).isoformat(),
        "to": (day + timedelta(days=14)).isoformat(),
    }


def _literal(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    return str(value).lower() if isinstance(value, bool) else str(value)


def _call_arguments(name: str, field: GraphQLField, values: dict[str, Any]) -> list[str]:
    found = []
    for arg_name, arg in field.args.items():
        if not is_required_argument(arg):
            continue
        key = f"{name}.{arg_name}"
        value = values.get(key, values.get(arg_name))
        assert value is not None, f"give the demo test a value for the argument {key}"
        if is_enum_type(get_named_type(arg.type)):
            found.append(f"{arg_name}: {value}")
        else:
            found.append(f"{arg_name}: {_literal(value)}")
    return found


def _selection(type_: GraphQLType, depth: int, only: str | None = None) -> str:
    """Every field of ``type_`` down to ``depth`` object levels (just ``__typename`` below).

    An abstract type is read through an inline fragment on ``only`` (one of its types):
    two types' fields of one name may differ in type, which one selection cannot hold.
    """
    named = get_named_type(type_)
    if is_leaf_type(named):
        return ""
    if depth == 0 or (is_abstract_type(named) and only is None):
        return "{ __typename }"
    if is_abstract_type(named):
        return f"{{ __typename ... on {only} {_fields(only_types[only], depth)} }}"
    assert is_object_type(named)
    return _fields(named, depth)  # type: ignore[arg-type]


only_types: dict[str, GraphQLObjectType] = {}


def _fields(type_: GraphQLObjectType, depth: int) -> str:
    parts = ["__typename"]
    for name, field in type_.fields.items():
        if any(is_required_argument(a) for a in field.args.values()):
            continue  # none in the schema today; a new one gets its own query in a test
        parts.append(f"{name} {_selection(field.type, depth - 1)}".strip())
    return "{ " + " ".join(parts) + " }"


def _tokens(document: str) -> int:
    lexer = Lexer(Source(document))
    count = 0
    while lexer.advance().kind is not TokenKind.EOF:
        count += 1
    return count


def _is_connection(field: GraphQLField) -> bool:
    named = get_named_type(field.type)
    return "after" in field.args and is_object_type(named) and "pageInfo" in named.fields  # type: ignore[union-attr]


def documents(schema: GraphQLSchema, values: dict[str, Any]) -> dict[str, str]:
    """One query per root field (per type, for an abstract one such as ``node``): the
    deepest selection that stays under the token limit."""
    query = schema.query_type
    assert query is not None
    found = {}
    for name, field in query.fields.items():
        arguments = _call_arguments(name, field, values)
        variables = ""
        if _is_connection(field):
            arguments = [a for a in arguments if not a.startswith(("first:", "after:"))]
            arguments += [f"first: {PAGE}", "after: $after"]
            variables = "($after: String)"
        call = f"{name}({', '.join(arguments)})" if arguments else name
        named = get_named_type(field.type)
        kinds: list[str | None] = [None]
        if is_abstract_type(named):
            possible = schema.get_possible_types(named)  # type: ignore[arg-type]
            only_types.update({t.name: t for t in possible})
            kinds = [t.name for t in possible]
        for only in kinds:
            for depth in (5, 4, 3, 2, 1):
                selection = _selection(field.type, depth, only)
                document = f"query{variables} {{ {call} {selection} }}"
                if _tokens(document) <= MAX_TOKENS:
                    break
            found[f"{name}#{only}" if only else name] = document
    return found


def _unexpected(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in errors if (e.get("extensions") or {}).get("code") not in REFUSALS]


async def test_every_query_as_every_role_shows_the_demo_without_a_fault(
    signed_in: dict[str, str], gql: GraphQLClient
) -> None:
    schema = build_schema()._schema
    docs = documents(schema, await _arguments())
    assert {n.split("#")[0] for n in docs} == set(schema.query_type.fields)  # type: ignore[union-attr]
    faults: list[str] = []
    answered: dict[str, int] = {}
    for role in ROLES:
        gql.headers.clear()
        if signed_in[role]:
            gql.headers["authorization"] = f"Bearer {signed_in[role]}"
        for key, document in docs.items():
            name = key.split("#")[0]
            after: str | None = None
            for _page in range(40):
                body = await gql.execute(document, {"after": after} if "$after" in document else {})
                faults += [f"{role} {name}: {e}" for e in _unexpected(body.get("errors", []))]
                data = (body.get("data") or {}).get(name)
                if data is not None:
                    answered[role] = answered.get(role, 0) + 1
                info = data.get("pageInfo") if isinstance(data, dict) else None
                if not info or not info.get("hasNextPage"):
                    break
                after = info["endCursor"]
    assert not faults, "\n".join(faults)
    # the walk read something: every signed-in role gets data from most of the queries
    assert answered.get("anonymous", 0) >= 5
    for role in ROLES[1:]:
        assert answered.get(role, 0) >= 10, (role, answered)


def test_the_generated_documents_reach_into_nested_objects() -> None:
    values = {k: "x" for k in ("id", "ids", "policyId", "staffId", "orderId", "customerId")}
    values |= {"period": "WEEK", "from": "2026-01-01", "to": "2026-01-31", "provider": "x"}
    values |= {"description": "x", "fromVersion": 1, "toVersion": 1}
    values |= {"serviceTypeId": "x", "region": "x", "day": "2026-01-01"}
    docs = documents(build_schema()._schema, values)

    assert "decision {" in docs["order"] and "candidates {" in docs["order"]
    assert "... on Order {" in docs["node#Order"]
    assert "after: $after" in docs["bookings"] and "hasNextPage" in docs["bookings"]
    assert all(_tokens(d) <= MAX_TOKENS for d in docs.values())
