"""An open WebSocket is only as good as its token, now: every operation is authorised again,
and the socket closes the moment the sign-in ends or the token expires (security finding 1)."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import pytest
from starlette.applications import Starlette

from dispatchhub.config import Settings
from dispatchhub.users import tokens
from dispatchhub.users.sessions import end_all_sessions
from dispatchhub.users.tables import User
from tests.fixtures.app import GraphQLClient
from tests.fixtures.live import GraphQLSocket, graphql_socket
from tests.fixtures.users import MakeUser

USERS = "query { users(first: 5) { edges { node { name phone } } } }"
DISABLE = """
mutation Disable($input: UserDisableInput!) {
  userDisable(input: $input) { user { status } errors { code message } }
}
"""


async def answer(socket: GraphQLSocket, operation_id: str) -> dict[str, object]:
    """The first message for ``operation_id`` (``next`` or ``error``)."""
    while True:
        message = await socket.receive()
        if message.get("id") == operation_id:
            return message


async def test_an_open_socket_closes_4403_the_moment_its_user_is_disabled(
    ws_url: str, make_user: MakeUser, gql: GraphQLClient
) -> None:
    # given a dispatcher whose socket reads the user directory
    dispatcher = await make_user("dispatcher")
    admin = await make_user("admin")
    async with graphql_socket(ws_url) as socket:
        await socket.sign_in(dispatcher.token)
        await socket.subscribe("1", USERS)
        before = await answer(socket, "1")

        # when an admin disables the dispatcher
        gql.headers = admin.headers
        disabled = await gql.execute(
            DISABLE, {"input": {"id": dispatcher.global_id, "reason": "left the company"}}
        )
        started = time.monotonic()
        code = await socket.close_code(timeout=5)

    # then the socket is closed as revoked at once, not at the next periodic check
    assert before["type"] == "next" and "errors" not in before["payload"]  # type: ignore[operator]
    assert disabled["data"]["userDisable"]["errors"] == []
    assert code == 4403
    assert time.monotonic() - started < 2


async def test_an_operation_after_a_silent_revocation_is_refused_and_closes_the_socket(
    ws_url: str, make_user: MakeUser, app: Starlette
) -> None:
    # given a socket whose sign-in is revoked with no announcement on the live bus (as if
    # Redis lost it) and before the periodic re-check comes round
    app.state.runtime.settings = app.state.runtime.settings.model_copy(
        update={"ws_recheck_seconds": 60.0}
    )
    dispatcher = await make_user("dispatcher")
    async with graphql_socket(ws_url) as socket:
        await socket.sign_in(dispatcher.token)
        await User.update({User.token_generation: User.token_generation + 1}).where(
            User.id == dispatcher.id
        )
        # when it sends a query
        await socket.subscribe("1", USERS)
        # then nothing is answered: the socket closes as revoked
        code = await socket.close_code(timeout=5)
    assert code == 4403


async def test_every_operation_is_authorised_with_the_callers_current_roles(
    ws_url: str, make_user: MakeUser, app: Starlette
) -> None:
    # given a dispatcher's socket that has read the directory
    dispatcher = await make_user("dispatcher")
    async with graphql_socket(ws_url) as socket:
        await socket.sign_in(dispatcher.token)
        await socket.subscribe("1", USERS)
        allowed = await answer(socket, "1")
        # when the role is taken away
        await app.state.enforcer.delete_role_for_user(str(dispatcher.id), "dispatcher")
        await socket.subscribe("2", USERS)
        refused = await answer(socket, "2")

    # then the same query on the same socket is refused as over HTTP
    assert "errors" not in allowed["payload"]  # type: ignore[operator]
    payload = refused["payload"]
    errors = payload["errors"] if refused["type"] == "next" else payload  # type: ignore[index]
    assert errors[0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_socket_closes_4401_when_its_access_token_expires(
    ws_url: str, make_user: MakeUser, database: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a socket signed in with a token that runs out in two seconds
    customer = await make_user("customer")
    monkeypatch.setattr(tokens, "ACCESS_TTL", timedelta(seconds=2))
    short = tokens.issue_access_token(database, customer.id, 0)
    async with graphql_socket(ws_url) as socket:
        await socket.sign_in(short)
        started = time.monotonic()
        # when the client sends nothing more, the socket is closed as expired all the same
        code = await socket.close_code(timeout=10)
        waited = time.monotonic() - started
    assert code == 4401
    assert waited < 4


async def test_a_subscription_ends_with_the_socket_when_sessions_end_elsewhere(
    ws_url: str, make_user: MakeUser
) -> None:
    # given a staff member listening for offers
    staff = await make_user("staff")
    async with graphql_socket(ws_url) as socket:
        await socket.sign_in(staff.token)
        await socket.subscribe("1", "subscription { orderOffers { kind orderId } }")
        await asyncio.sleep(0.2)
        # when a password reset ends every session of theirs
        await end_all_sessions(staff.id)
        code = await socket.close_code(timeout=5)
    assert code == 4403
