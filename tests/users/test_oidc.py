"""Third-party sign-in against a real OpenID Connect provider: accounts and sessions."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from starlette.applications import Starlette

from dispatchhub.config import Settings
from dispatchhub.users.authentication import authenticate
from dispatchhub.users.tables import ExternalIdentity, RefreshToken, User
from tests.fixtures.app import GraphQLClient
from tests.fixtures.oidc import (
    LocalProvider,
    authorize,
    sign_in,
    start,
    with_params,
)

EXTERNAL_LOGIN_PROVIDERS = "{ externalLoginProviders { key name } }"


async def identities() -> list[dict[str, Any]]:
    return await ExternalIdentity.select().order_by(ExternalIdentity.created_at)


async def test_the_authorization_url_asks_for_code_with_state_pkce_and_nonce(
    oidc_env: LocalProvider, gql: GraphQLClient
) -> None:
    # when
    started = await start(gql, "corp")

    # then
    url = urlsplit(started["url"])
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{oidc_env.corp}/auth"
    assert query["client_id"] == "dispatchhub"
    assert query["response_type"] == "code"
    assert query["redirect_uri"] == "http://testserver/auth/corp/callback"
    assert query["state"] == started["state"]
    assert query["code_challenge_method"] == "S256"
    assert len(query["code_challenge"]) == 43
    assert len(query["nonce"]) >= 32
    assert set(query["scope"].split()) == {"openid", "email", "profile"}


async def test_first_sign_in_creates_a_customer_and_signs_them_in(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient, app: Starlette,
    database: Settings,
) -> None:  # fmt: skip
    # when
    answer = await sign_in(gql, client, "corp", "alice")

    # then: a new customer named and addressed from the provider's claims (the ID token
    # carries neither; they come from the userinfo endpoint)
    assert answer["newAccount"] is True
    [user] = await User.select()
    assert user["name"] == "王丽 Alice"
    assert user["email"] == "alice@example.com"
    assert user["password_hash"] is None
    [identity] = await identities()
    assert identity["issuer_subject"] == f"{oidc_env.corp} alice"
    assert identity["user"] == user["id"]
    enforcer = app.state.enforcer
    assert await enforcer.get_roles_for_user(str(user["id"])) == ["customer"]
    # and the answer is a working session for that user
    auth = await authenticate(database, enforcer, f"Bearer {answer['accessToken']}")
    assert auth.problem is None
    assert auth.actor.user_id == str(user["id"])
    assert auth.actor.roles == ("customer",)
    assert await RefreshToken.count().where(RefreshToken.user == user["id"]) == 1


async def test_signing_in_again_with_the_same_identity_returns_the_same_user(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient, database: Settings,
    app: Starlette,
) -> None:  # fmt: skip
    # given
    first = await sign_in(gql, client, "corp", "alice")

    # when
    second = await sign_in(gql, client, "corp", "alice")

    # then
    assert second["newAccount"] is False
    assert await User.count() == 1
    assert len(await identities()) == 1
    enforcer = app.state.enforcer
    one = await authenticate(database, enforcer, f"Bearer {first['accessToken']}")
    two = await authenticate(database, enforcer, f"Bearer {second['accessToken']}")
    assert one.actor.user_id == two.actor.user_id is not None
    assert second["refreshToken"] != first["refreshToken"]


async def test_the_same_email_at_another_issuer_is_another_account(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    # given: alice@example.com, verified, signed in through corp
    await sign_in(gql, client, "corp", "alice")

    # when: the partner issuer vouches for the same subject and the same verified e-mail
    answer = await sign_in(gql, client, "partner", "alice")

    # then: identities are issuer + subject, and the e-mail links nothing
    assert answer["newAccount"] is True
    corp, partner = await identities()
    assert corp["user"] != partner["user"]
    assert partner["issuer_subject"] == f"{oidc_env.partner} alice"
    assert partner["email"] == "alice@example.com"
    owner = await User.select().where(User.id == partner["user"]).first()
    assert owner is not None
    assert owner["name"] == "Alice (partner)"
    assert owner["email"] is None  # the corp account already uses it


async def test_an_existing_account_with_the_email_is_never_signed_into(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    # given: a local account already registered with alice's address
    local = User(name="Local Alice", email="alice@example.com", phone="+8613500009999")
    await local.save()

    # when
    answer = await sign_in(gql, client, "corp", "alice")

    # then
    assert answer["newAccount"] is True
    [identity] = await identities()
    assert identity["user"] != local.id
    assert await User.count() == 2
    assert await RefreshToken.count().where(RefreshToken.user == local.id) == 0


async def test_an_unverified_email_stays_on_the_identity(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    # when
    await sign_in(gql, client, "corp", "bob")

    # then
    [identity] = await identities()
    assert identity["email"] == "bob@example.com"
    [user] = await User.select()
    assert user["email"] is None
    assert user["name"] == "Bob"


async def test_the_browser_answer_puts_the_tokens_in_the_fragment(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    # given
    started = await start(gql, "corp", redirectUri="/admin/login/done?tab=me")
    callback = await authorize(with_params(started["url"], login_hint="alice"))

    # when: the browser arrives without asking for JSON
    response = await client.get(callback, headers={"accept": "text/html"})

    # then
    assert response.status_code == 303
    page, _, fragment = response.headers["location"].partition("#")
    assert page == "/admin/login/done?tab=me"
    answer = {k: v[0] for k, v in parse_qs(fragment).items()}
    assert answer["state"] == started["state"]
    assert answer["newAccount"] == "true"
    assert answer["accessToken"] and answer["refreshToken"]
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["referrer-policy"] == "no-referrer"


async def test_the_providers_are_listed_for_the_login_page(
    oidc_env: LocalProvider, gql: GraphQLClient
) -> None:
    body = await gql.execute(EXTERNAL_LOGIN_PROVIDERS)

    assert body["data"]["externalLoginProviders"] == [
        {"key": "corp", "name": "企业账号 Corp"},
        {"key": "partner", "name": "合作方 Partner"},
        {"key": "mixup", "name": "Mix-up"},
    ]
