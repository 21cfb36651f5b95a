"""Every root field of the schema, for every role, against the expected table below.

The walk goes through the real guard, the real enforcer and the shipped policy, with users
signed in by real tokens; only the resolvers are stopped (by an extension behind the guard),
so dummy arguments do no harm and every operation costs the same. A new query, mutation or
subscription fails this test until it has a row in ``EXPECTED``: decide who may call it,
write the policy line in ``dispatchhub/authz/policies/<domain>.csv`` and the row here.

Object-level checks (own vs someone else's) follow at the end, through the whole app.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
import strawberry
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    GraphQLType,
    get_named_type,
    is_composite_type,
    is_required_argument,
    is_required_input_field,
)
from starlette.applications import Starlette
from starlette.requests import Request
from strawberry import relay
from strawberry.extensions import SchemaExtension

from dispatchhub.authz import ownership
from dispatchhub.authz.enforcer import Actor, is_allowed
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.orders.types import CANDIDATES
from dispatchhub.graphql.permissions import ROOT_TYPES, CasbinGuard
from dispatchhub.graphql.schema import build_schema
from dispatchhub.orders.dispatching import dispatch_order
from dispatchhub.orders.service import now
from dispatchhub.orders.tables import Offer
from dispatchhub.runtime import Runtime
from dispatchhub.users.authentication import authenticate
from tests.fixtures.app import GraphQLClient
from tests.fixtures.dispatch import TASK_POINT
from tests.fixtures.orders import OrdersWorld
from tests.fixtures.users import MakeUser, SignedIn

ROLES = ("anonymous", "customer", "staff", "supervisor", "dispatcher", "admin")
EVERYONE = frozenset(ROLES)
SIGNED_IN = EVERYONE - {"anonymous"}
ADMIN = frozenset({"admin"})
AGENTS = frozenset({"dispatcher", "admin"})
CUSTOMERS_AND_AGENTS = frozenset({"customer", "dispatcher", "admin"})

EXPECTED: dict[str, frozenset[str]] = {
    # platform
    "Query.serverInfo": EVERYONE,
    "Query.failedOutboxJobs": ADMIN,
    "Mutation.outboxJobRetry": ADMIN,
    # identity
    "Query.me": SIGNED_IN,
    "Query.node": SIGNED_IN,
    "Query.nodes": SIGNED_IN,
    "Query.users": AGENTS,
    "Query.passwordPolicy": EVERYONE,
    "Query.externalLoginProviders": EVERYONE,
    "Query.externalLoginUrl": EVERYONE,
    "Mutation.verificationCodeSend": EVERYONE,
    "Mutation.userRegister": EVERYONE,
    "Mutation.tokenCreate": EVERYONE,
    "Mutation.tokenCreateWithCode": EVERYONE,
    "Mutation.tokenRefresh": EVERYONE,
    "Mutation.tokenRevoke": EVERYONE,
    "Mutation.passwordReset": EVERYONE,
    "Mutation.meUpdate": SIGNED_IN,
    "Mutation.userCreate": ADMIN,
    "Mutation.userUpdate": ADMIN,
    "Mutation.userDisable": ADMIN,
    "Mutation.passwordPolicyUpdate": ADMIN,
    # roles and policy rules
    "Query.roles": ADMIN,
    "Query.policyRules": ADMIN,
    "Query.auditLog": ADMIN,
    "Mutation.roleAssign": ADMIN,
    "Mutation.roleRevoke": ADMIN,
    "Mutation.roleCreate": ADMIN,
    "Mutation.policyRuleAdd": ADMIN,
    "Mutation.policyRuleRemove": ADMIN,
    # catalog
    "Query.serviceTypes": EVERYONE,
    "Query.serviceType": EVERYONE,
    "Query.serviceTypeSuggest": EVERYONE,
    "Query.regions": EVERYONE,
    "Mutation.serviceTypeCreate": ADMIN,
    "Mutation.serviceTypeUpdate": ADMIN,
    "Mutation.serviceTypeArrivalWindowsSet": ADMIN,
    "Mutation.serviceItemCreate": ADMIN,
    "Mutation.serviceItemUpdate": ADMIN,
    "Mutation.regionCreate": ADMIN,
    "Mutation.regionUpdate": ADMIN,
    "Mutation.serviceTypeChecklistSet": ADMIN,
    # bookings
    "Query.bookings": CUSTOMERS_AND_AGENTS,
    "Query.booking": CUSTOMERS_AND_AGENTS,
    "Query.bookingSlots": CUSTOMERS_AND_AGENTS,
    "Query.bookingExport": CUSTOMERS_AND_AGENTS,
    "Mutation.bookingCreate": CUSTOMERS_AND_AGENTS,
    "Mutation.bookingConfirm": frozenset({"customer"}),
    "Mutation.bookingApprove": AGENTS,
    "Mutation.bookingReturn": AGENTS,
    "Mutation.bookingReschedule": CUSTOMERS_AND_AGENTS,
    "Mutation.bookingCancel": CUSTOMERS_AND_AGENTS,
    "Mutation.bookingUpdate": CUSTOMERS_AND_AGENTS,
    "Mutation.bookingsExport": CUSTOMERS_AND_AGENTS,
    # payments
    "Query.paymentProviders": SIGNED_IN,
    "Mutation.paymentCreate": CUSTOMERS_AND_AGENTS,
    "Mutation.paymentRefund": ADMIN,
    # dispatch policies (the rules DSL)
    "Query.policies": ADMIN,
    "Query.policyVersions": ADMIN,
    "Query.policyDiff": ADMIN,
    "Query.ruleSchema": AGENTS,
    "Query.policyShadowComparison": ADMIN,
    "Mutation.policyValidate": AGENTS,
    "Mutation.policySave": ADMIN,
    "Mutation.policyPublish": ADMIN,
    "Mutation.policyShadowStop": ADMIN,
    "Mutation.policySimulate": ADMIN,
    # reviews and staff feedback
    "Query.staffReviews": EVERYONE,
    "Query.flaggedReviews": AGENTS,
    "Query.orderReview": CUSTOMERS_AND_AGENTS,
    "Query.savedAddresses": frozenset({"customer"}),
    "Mutation.addressCreate": frozenset({"customer"}),
    "Mutation.addressUpdate": frozenset({"customer"}),
    "Mutation.addressDelete": frozenset({"customer"}),
    "Query.orderFeedback": frozenset({"supervisor", "dispatcher", "admin"}),
    "Mutation.reviewSubmit": frozenset({"customer"}),
    "Mutation.reviewUpdate": frozenset({"customer"}),
    "Mutation.reviewReply": frozenset({"staff", "supervisor", "admin"}),
    "Mutation.reviewModerate": AGENTS,
    "Mutation.staffFeedbackSubmit": frozenset({"staff", "supervisor", "admin"}),
    # analytics
    "Query.taskStats": frozenset({"supervisor", "dispatcher", "admin"}),
    "Query.staffRanking": frozenset({"staff", "supervisor", "dispatcher", "admin"}),
    "Query.satisfactionTrend": frozenset({"supervisor", "dispatcher", "admin"}),
    "Query.qualityIssues": frozenset({"supervisor", "dispatcher", "admin"}),
    "Query.recurringComplaints": frozenset({"supervisor", "dispatcher", "admin"}),
    "Query.customerProfile": CUSTOMERS_AND_AGENTS,
    "Mutation.staffRankingWeightsUpdate": ADMIN,
    "Mutation.reportExport": frozenset({"staff", "supervisor", "dispatcher", "admin"}),
    # orders: staff (and supervisors, admins through them) work them, dispatchers override
    "Query.orders": SIGNED_IN,
    "Query.order": SIGNED_IN,
    "Mutation.orderGrab": frozenset({"staff", "supervisor", "admin"}),
    "Mutation.orderAccept": frozenset({"staff", "supervisor", "admin"}),
    "Mutation.orderReject": frozenset({"staff", "supervisor", "admin"}),
    "Mutation.orderStatusUpdate": frozenset({"staff", "supervisor", "admin"}),
    "Mutation.orderHelpRequest": frozenset({"staff", "supervisor", "admin"}),
    "Mutation.orderAssign": AGENTS,
    "Query.orderDecisionExplain": frozenset({"supervisor", "dispatcher", "admin"}),
    "Query.helpRequests": frozenset({"staff", "supervisor", "dispatcher", "admin"}),
    "Mutation.helpRequestJoin": frozenset({"staff", "supervisor", "admin"}),
    "Mutation.helpRequestTakeOver": frozenset({"staff", "supervisor", "admin"}),
    "Mutation.helpRequestClose": frozenset({"staff", "supervisor", "admin"}),
    # shifts and live positions
    "Mutation.staffShiftStart": frozenset({"staff", "supervisor", "admin"}),
    "Mutation.staffShiftEnd": frozenset({"staff", "supervisor", "admin"}),
    "Mutation.staffPositionReport": frozenset({"staff", "supervisor", "admin"}),
    # the in-app inbox
    "Query.notifications": SIGNED_IN,
    "Mutation.notificationMarkRead": SIGNED_IN,
    "Query.notificationPreferences": frozenset({"staff", "supervisor", "admin"}),
    "Mutation.notificationPreferencesUpdate": frozenset({"staff", "supervisor", "admin"}),
    "Query.webPushKey": frozenset({"staff", "supervisor", "admin"}),
    "Mutation.webPushSubscribe": frozenset({"staff", "supervisor", "admin"}),
    "Mutation.webPushUnsubscribe": frozenset({"staff", "supervisor", "admin"}),
    # live order updates
    "Subscription.orderEvents": SIGNED_IN,
    "Subscription.orderOffers": frozenset({"staff", "supervisor", "admin"}),
}

# Literals for scalars in required arguments; the guard runs before they are used.
SCALARS = {
    "String": '"x"',
    "ID": '"x"',
    "Int": "1",
    "Float": "1.5",
    "Boolean": "false",
    "DateTime": '"2030-01-01T08:00:00+08:00"',
    "Date": '"2030-01-01"',
    "Time": '"08:00:00"',
    "JSON": "{}",
    "UUID": '"00000000-0000-0000-0000-000000000000"',
    "Decimal": '"1"',
}
REACHED = "reached the resolver"


class StopAtRoot(SchemaExtension):
    """Behind the guard: a root field that got this far was allowed."""

    def resolve(self, _next: Any, root: Any, info: Any, *args: Any, **kwargs: Any) -> Any:
        if info.parent_type.name in ROOT_TYPES:
            raise PermissionError(REACHED)
        return _next(root, info, *args, **kwargs)


def stop_at_source(root: Any, info: Any, **kwargs: Any) -> Any:
    """A subscription's source stream starts without middleware, out of StopAtRoot's
    reach: a subscription field that got this far passed the guard's check."""
    raise PermissionError(REACHED)


def literal(type_: GraphQLType) -> str:
    if isinstance(type_, GraphQLNonNull):
        return literal(type_.of_type)
    if isinstance(type_, GraphQLList):
        return f"[{literal(type_.of_type)}]"
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    if isinstance(type_, GraphQLInputObjectType):
        fields = [
            f"{name}: {literal(field.type)}"
            for name, field in type_.fields.items()
            if is_required_input_field(field)
        ]
        return "{" + ", ".join(fields) + "}"
    assert isinstance(type_, GraphQLScalarType)
    assert type_.name in SCALARS, f"add a literal for the scalar {type_.name} to SCALARS"
    return SCALARS[type_.name]


def document(root: str, name: str, field: Any) -> str:
    args = [
        f"{a}: {literal(arg.type)}" for a, arg in field.args.items() if is_required_argument(arg)
    ]
    call = f"{name}({', '.join(args)})" if args else name
    selection = "{ __typename }" if is_composite_type(get_named_type(field.type)) else ""
    return f"{root.lower()} {{ {call} {selection} }}"


def root_fields(schema: strawberry.Schema) -> dict[str, str]:
    graphql_schema = schema._schema
    found = {}
    for root in ("Query", "Mutation", "Subscription"):
        type_ = graphql_schema.get_type(root)
        if type_ is None:
            continue
        for name, field in type_.fields.items():  # type: ignore[union-attr]
            found[f"{root}.{name}"] = document(root, name, field)
    return found


def test_every_operation_has_an_expected_row() -> None:
    operations = set(root_fields(build_schema()))

    missing = sorted(operations - EXPECTED.keys())
    stale = sorted(EXPECTED.keys() - operations)

    assert not missing, (
        f"operations without a row in EXPECTED (decide who may call them): {missing}"
    )
    assert not stale, f"rows in EXPECTED for operations that no longer exist: {stale}"


@pytest.fixture
async def actors(app: Starlette, runtime: Runtime, make_user: MakeUser) -> dict[str, Actor]:
    """One real, signed-in user per role (anonymous: no token)."""
    found = {"anonymous": Actor()}
    for role in ROLES[1:]:
        user = await make_user(role)
        auth = await authenticate(runtime.settings, app.state.enforcer, f"Bearer {user.token}")
        assert auth.problem is None
        found[role] = auth.actor
    return found


def _context(app: Starlette, runtime: Runtime, actor: Actor) -> Context:
    scope = {"type": "http", "method": "POST", "path": "/graphql", "headers": [],
             "query_string": b"", "client": ("203.0.113.9", 40000)}  # fmt: skip
    return Context(request=Request(scope), runtime=runtime, enforcer=app.state.enforcer,
                   actor=actor)  # fmt: skip


async def _first_result(schema: strawberry.Schema, query: str, context: Context) -> Any:
    stream = await schema.subscribe(query, context_value=context)
    if not isinstance(stream, AsyncIterator):
        return stream
    try:
        return await asyncio.wait_for(anext(stream), timeout=2)
    finally:
        await stream.aclose()  # type: ignore[attr-defined]


async def test_the_matrix(app: Starlette, runtime: Runtime, actors: dict[str, Actor]) -> None:
    real = build_schema(runtime.settings)
    walked = strawberry.Schema(
        query=real.query, mutation=real.mutation, subscription=real.subscription,
        extensions=[StopAtRoot, CasbinGuard],  # the last one listed resolves first
    )  # fmt: skip
    subscription = walked._schema.subscription_type
    assert subscription is not None
    for field in subscription.fields.values():
        field.subscribe = stop_at_source
    wrong: list[str] = []
    for operation, query in sorted(root_fields(walked).items()):
        name = operation.split(".")[1]
        for role, actor in actors.items():
            context = _context(app, runtime, actor)
            if operation.startswith("Subscription."):
                result = await _first_result(walked, query, context)
            else:
                result = await walked.execute(query, context_value=context)
            errors = [e for e in result.errors or [] if e.path and e.path[0] == name]
            assert len(errors) == 1, f"{operation} as {role}: {result.errors} ({query})"
            [error] = errors
            if error.message == REACHED:
                allowed = True
            else:
                code = (error.extensions or {}).get("code")
                assert code in {"UNAUTHENTICATED", "FORBIDDEN"}, (operation, role, error)
                assert code == ("UNAUTHENTICATED" if role == "anonymous" else "FORBIDDEN")
                allowed = False
            if allowed != (role in EXPECTED.get(operation, frozenset())):
                wrong.append(f"{operation}: {role} {'allowed' if allowed else 'denied'}")
    assert not wrong, "policy differs from EXPECTED:\n" + "\n".join(wrong)


# --- own vs someone else's object: node(id:) and User's sensitive fields -----------------

NODE = """
query ($id: ID!) { node(id: $id) { id ... on User { name phone email roles } } }
"""
NODE_NAME = "query ($id: ID!) { node(id: $id) { id ... on User { name } } }"
NODES = "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }"


async def read(gql: GraphQLClient, user: SignedIn, query: str, **variables: Any) -> Any:
    gql.headers.clear()
    gql.headers.update(user.headers)
    return await gql.execute(query, variables)


@pytest.mark.parametrize("role", ["customer", "staff", "supervisor", "dispatcher", "admin"])
async def test_everyone_reads_their_own_user_in_full(
    gql: GraphQLClient, make_user: MakeUser, role: str
) -> None:
    me = await make_user(role, email=f"{role}@example.com")

    body = await read(gql, me, NODE, id=me.global_id)

    assert "errors" not in body, body
    assert body["data"]["node"] == {
        "id": me.global_id,
        "name": "测试用户 Test",
        "phone": me.phone,
        "email": f"{role}@example.com",
        "roles": [role],
    }


@pytest.mark.parametrize(
    ("role", "sees_others"),
    [("customer", False), ("staff", False), ("supervisor", False),
     ("dispatcher", True), ("admin", True)],
)  # fmt: skip
async def test_someone_elses_user_is_null_unless_the_role_reads_users(
    gql: GraphQLClient, make_user: MakeUser, role: str, sees_others: bool
) -> None:
    other = await make_user("customer")
    reader = await make_user(role)

    body = await read(gql, reader, NODE_NAME, id=other.global_id)

    assert "errors" not in body
    assert (body["data"]["node"] is not None) == sees_others


async def test_missing_forbidden_and_malformed_ids_all_answer_null(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    customer = await make_user("customer")
    other = await make_user("customer")
    missing = str(relay.GlobalID("User", "00000000-0000-0000-0000-000000000000"))
    unregistered = str(relay.GlobalID("Nothing", "1"))

    body = await read(
        gql,
        customer,
        NODES,
        ids=[customer.global_id, other.global_id, missing, "not base64!", unregistered],
    )

    assert body == {"data": {"nodes": [{"id": customer.global_id}, None, None, None, None]}}


async def test_anonymous_callers_cannot_look_up_nodes(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    user = await make_user("customer")

    body = await gql.execute(NODE_NAME, {"id": user.global_id})

    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_dispatcher_reads_a_customers_contact_but_not_their_roles(
    gql: GraphQLClient, make_user: MakeUser
) -> None:
    customer = await make_user("customer")
    dispatcher = await make_user("dispatcher")

    body = await read(gql, dispatcher, NODE, id=customer.global_id)

    assert body["data"]["node"]["phone"] == customer.phone
    [error] = body["errors"]
    assert error["path"] == ["node", "roles"]
    assert error["extensions"]["code"] == "FORBIDDEN"


async def test_sensitive_fields_stay_guarded_when_a_role_may_read_other_users(
    gql: GraphQLClient, make_user: MakeUser, app: Starlette
) -> None:
    # given a rule that lets customers read other users (names), but nothing more
    await app.state.enforcer.add_policy("customer", "User", "read")
    customer, other = await make_user("customer"), await make_user("customer")

    body = await read(gql, customer, NODE, id=other.global_id)

    assert body["data"]["node"]["name"] == "测试用户 Test"
    denied = {(tuple(e["path"]), e["extensions"]["code"]) for e in body["errors"]}
    assert denied == {
        (("node", "phone"), "FORBIDDEN"),
        (("node", "email"), "FORBIDDEN"),
        (("node", "roles"), "FORBIDDEN"),
    }


async def test_a_relation_grants_a_sensitive_field_only_where_it_holds(
    gql: GraphQLClient, make_user: MakeUser, app: Starlette, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given the way a domain lets staff read a customer's phone for their own jobs: a
    # relation (here: an async check standing in for "an order of theirs is assigned to me")
    # and a rule qualified by it
    staff = await make_user("staff")
    assigned, stranger = await make_user("customer"), await make_user("customer")

    async def assignee(actor: Actor, user: Any) -> bool:
        await asyncio.sleep(0)
        return actor.user_id == str(staff.id) and user.id == str(assigned.id)

    monkeypatch.setitem(ownership._RELATIONS, "User", {**ownership._RELATIONS["User"],
                                                      "assignee": assignee})  # fmt: skip
    enforcer = app.state.enforcer
    await enforcer.add_policy("staff", "User", "read:assignee")
    await enforcer.add_policy("staff", "User.phone", "read:assignee")

    mine = await read(gql, staff, NODE_NAME.replace("name", "name phone"), id=assigned.global_id)
    theirs = await read(gql, staff, NODE_NAME, id=stranger.global_id)

    assert mine == {
        "data": {
            "node": {"id": assigned.global_id, "name": "测试用户 Test", "phone": assigned.phone}
        }
    }
    assert theirs == {"data": {"node": None}}


# --- who sees an order's assignment decision --------------------------------------------

# What each role reads of ``Order.decision.candidates`` on an order it may read: every
# candidate line, only its own, or a refusal (customers: other people's data).
DECISION_CANDIDATES = {
    "customer": "refused",
    "staff": "own line",
    "supervisor": "all",
    "dispatcher": "all",
    "admin": "all",
}
DECISION = """
query ($id: ID!) { order(id: $id) { decision { kind outcome chosenId
  candidates { staffId eligible score values { expression value } terms { name weight } } } } }
"""


@pytest.fixture
async def decided(make_user: MakeUser, orders_world: OrdersWorld) -> dict[str, Any]:
    """An order of a customer dispatched by the engine: two staff members near it were
    considered and the better one offered it."""
    customer = await make_user("customer")
    near = await orders_world.signed_in_staff(make_user)
    nearer = await orders_world.signed_in_staff(make_user, (TASK_POINT[0] + 0.001, TASK_POINT[1]))
    order_id = await orders_world.open_order(customer=customer.id)
    await dispatch_order(orders_world.functions, orders_world.zone, order_id)
    offered = await Offer.select(Offer.staff).where(Offer.order == order_id)
    return {
        "order": str(relay.GlobalID("Order", str(order_id))),
        "customer": customer,
        "staff": {near.global_id: near, nearer.global_id: nearer},
        "offered": [str(relay.GlobalID("User", str(o["staff"]))) for o in offered],
    }


@pytest.mark.parametrize("role", sorted(DECISION_CANDIDATES))
async def test_decision_candidates_by_role(
    gql: GraphQLClient,
    make_user: MakeUser,
    app: Starlette,
    decided: dict[str, Any],
    role: str,
) -> None:
    expected = DECISION_CANDIDATES[role]
    considered = set(decided["staff"])
    if role == "customer":
        reader = decided["customer"]
    elif role == "staff":
        [offered] = decided["offered"]  # a push offer: staff read the orders offered to them
        reader = decided["staff"][offered]
    else:
        reader = await make_user(role)

    body = await read(gql, reader, DECISION, id=decided["order"])

    if role == "supervisor":
        # supervisors fetch only the orders staff may (offered, assigned, pool, helping);
        # what the policy lets them read of a decision they reach is every line
        assert body["data"]["order"] is None
        actor = Actor(user_id=str(reader.id), roles=("supervisor",))
        assert is_allowed(app.state.enforcer, actor, CANDIDATES, "read")
        return
    assert body["data"]["order"] is not None, body
    decision = body["data"]["order"]["decision"]
    assert decision["kind"] == "AUTO" and decision["outcome"] == "OFFERED"
    if expected == "refused":
        assert decision["candidates"] is None
        [error] = body["errors"]
        assert error["path"] == ["order", "decision", "candidates"]
        assert error["extensions"]["code"] == "FORBIDDEN"
        return
    assert "errors" not in body, body
    lines = {c["staffId"]: c for c in decision["candidates"]}
    if expected == "own line":
        assert set(lines) == {reader.global_id}
    else:
        assert set(lines) == considered
    for line in lines.values():
        assert line["eligible"] is True and line["score"] is not None
        assert all(set(v) == {"expression", "value"} for v in line["values"])
        assert line["terms"][0]["name"] == "close"


# --- who reads an order's proof of work (Order.photos, policies/proof.csv) ---------------

# On an order each role may fetch: the customer's own, the assignee's job, an order merely
# offered to another staff member (fetchable, but its photos are not theirs to see).
PHOTOS_BY_ROLE = {
    "customer (own order)": "read",
    "staff (assignee)": "read",
    "staff (offered only)": "refused",
    "dispatcher": "read",
    "admin": "read",
}
ORDER_PHOTOS = """
query ($id: ID!) { order(id: $id) { number photos { kind url } serviceReportUrl } }
"""


@pytest.mark.parametrize("who", sorted(PHOTOS_BY_ROLE))
async def test_order_photos_by_role(
    gql: GraphQLClient, make_user: MakeUser, orders_world: OrdersWorld, who: str
) -> None:
    customer = await make_user("customer")
    assignee = await orders_world.signed_in_staff(make_user)
    order_id = await orders_world.open_order(customer=customer.id)
    await orders_world.set_status(order_id, "IN_PROGRESS", assignee.id)
    offered = await orders_world.signed_in_staff(make_user)
    await Offer(order=order_id, staff=offered.id, deadline=now() + timedelta(minutes=5)).save()
    readers = {
        "customer (own order)": customer,
        "staff (assignee)": assignee,
        "staff (offered only)": offered,
    }
    reader = readers.get(who) or await make_user(who)

    body = await read(gql, reader, ORDER_PHOTOS, id=str(relay.GlobalID("Order", str(order_id))))

    assert body["data"]["order"] is not None, body
    if PHOTOS_BY_ROLE[who] == "read":
        assert "errors" not in body, body
        assert body["data"]["order"]["photos"] == []
        assert body["data"]["order"]["serviceReportUrl"] is None
    else:
        paths = sorted((e["path"], e["extensions"]["code"]) for e in body["errors"])
        assert paths == [
            (["order", "photos"], "FORBIDDEN"),
            (["order", "serviceReportUrl"], "FORBIDDEN"),
        ]
