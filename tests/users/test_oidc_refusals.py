"""Third-party sign-in refuses what it cannot trust, and creates nothing when it does."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from dispatchhub.outbox.service import now
from dispatchhub.users.oidc import BINDING_COOKIE
from dispatchhub.users.oidc_tables import ExternalLoginAttempt
from dispatchhub.users.tables import ExternalIdentity, RefreshToken, User
from tests.fixtures.app import GraphQLClient
from tests.fixtures.oidc import (
    EXTERNAL_LOGIN_URL,
    JSON,
    LocalProvider,
    authorize,
    sign_in,
    start,
    with_params,
)
from tests.fixtures.services import free_port


async def assert_nothing_created() -> None:
    assert await User.count() == 0
    assert await ExternalIdentity.count() == 0
    assert await RefreshToken.count() == 0


def error_of(response: httpx.Response) -> dict[str, Any]:
    [error] = response.json()["errors"]
    assert isinstance(error, dict)
    return error


async def callback_for(gql: GraphQLClient, provider: str, account: str, **changes: str) -> str:
    """Run the flow up to the provider's redirect back (``changes`` edit the request)."""
    started = await start(gql, provider)
    return await authorize(with_params(started["url"], login_hint=account, **changes))


async def test_a_wrong_state_is_refused(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    # given
    callback = await callback_for(gql, "corp", "alice")

    # when
    forged = await client.get(with_params(callback, state=secrets.token_urlsafe(32)), headers=JSON)

    # then
    assert forged.status_code == 400
    assert error_of(forged)["code"] == "INVALID_STATE"
    await assert_nothing_created()
    # and the genuine callback still completes: only the forged state was refused
    genuine = await client.get(callback, headers=JSON)
    assert genuine.status_code == 200, genuine.text


async def test_a_state_is_used_once(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    # given
    callback = await callback_for(gql, "corp", "alice")
    assert (await client.get(callback, headers=JSON)).status_code == 200

    # when
    replayed = await client.get(callback, headers=JSON)

    # then
    assert error_of(replayed)["code"] == "INVALID_STATE"
    assert await RefreshToken.count() == 1


async def test_a_callback_in_another_browser_is_refused(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    """Login CSRF: a victim's browser must not finish a sign-in somebody else started."""
    # given
    callback = await callback_for(gql, "corp", "alice")

    # when: the victim's browser, holding a binding cookie of its own, is sent there
    transport = client._transport
    async with httpx.AsyncClient(transport=transport, base_url=client.base_url) as victim:
        await start(GraphQLClient(victim), "corp")
        assert victim.cookies.get(BINDING_COOKIE)
        response = await victim.get(callback, headers=JSON)

    # then
    assert error_of(response)["code"] == "INVALID_STATE"
    await assert_nothing_created()


async def test_an_expired_sign_in_is_refused(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    # given
    callback = await callback_for(gql, "corp", "alice")
    await ExternalLoginAttempt.update(
        {ExternalLoginAttempt.expires_at: now() - timedelta(seconds=1)}, force=True
    )

    # when
    response = await client.get(callback, headers=JSON)

    # then
    assert error_of(response)["code"] == "INVALID_STATE"
    await assert_nothing_created()


async def test_an_id_token_with_another_nonce_is_refused(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    # given: the nonce in the authorization request was tampered with on its way, so the
    # provider signs an ID token carrying a nonce this sign-in never sent
    callback = await callback_for(gql, "corp", "alice", nonce=secrets.token_urlsafe(32))

    # when
    response = await client.get(callback, headers={**JSON, "accept-language": "en"})

    # then
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "INVALID_ID_TOKEN"
    assert error["message"] == "The provider's ID token failed verification: nonce."
    await assert_nothing_created()


async def test_an_id_token_for_another_audience_is_refused(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    # given: the provider answers the "mixup" client's code with an ID token whose aud is
    # another client (signature, issuer and nonce are all genuine)
    callback = await callback_for(gql, "mixup", "alice")

    # when
    response = await client.get(callback, headers=JSON)

    # then
    error = error_of(response)
    assert error["code"] == "INVALID_ID_TOKEN"
    assert error["message"] == "第三方身份凭证未通过校验:aud。"
    await assert_nothing_created()


async def test_a_provider_error_is_reported_to_the_page_that_asked(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    # given: the provider refuses the sign-in (no such account there)
    started = await start(gql, "corp", redirectUri="/admin/")
    callback = await authorize(with_params(started["url"], login_hint="nobody"))

    # when
    response = await client.get(callback, headers={"accept-language": "en"})

    # then
    assert response.status_code == 303
    page, _, fragment = response.headers["location"].partition("#")
    assert page == "/admin/"
    answer = {k: v[0] for k, v in parse_qs(fragment).items()}
    assert answer == {
        "error": "PROVIDER_ERROR",
        "message": "The sign-in provider did not complete the sign-in: unknown test account.",
        "state": started["state"],
    }
    await assert_nothing_created()


async def test_an_unknown_provider_is_refused(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    # when
    body = await gql.execute(EXTERNAL_LOGIN_URL, {"provider": "nope"})
    callback = await client.get("/auth/nope/callback?code=x&state=y")

    # then
    payload = body["data"]["externalLoginUrl"]
    assert payload["url"] is None
    assert payload["errors"] == [
        {"field": "provider", "message": "未知的第三方登录方式:nope。", "code": "UNKNOWN_PROVIDER"}
    ]
    assert callback.status_code == 404
    assert callback.text == "未知的第三方登录方式:nope。 (UNKNOWN_PROVIDER)"
    assert await ExternalLoginAttempt.count() == 0


@pytest.mark.parametrize(
    "redirect_uri",
    ["https://evil.example/steal", "//evil.example/steal", "/\\evil.example", "/admin/#x"],
)
async def test_tokens_are_answered_only_to_allowed_pages(
    oidc_env: LocalProvider, gql: GraphQLClient, redirect_uri: str
) -> None:
    body = await gql.execute(EXTERNAL_LOGIN_URL, {"provider": "corp", "redirectUri": redirect_uri})

    [error] = body["data"]["externalLoginUrl"]["errors"]
    assert (error["field"], error["code"]) == ("redirectUri", "INVALID_RETURN_URL")
    assert await ExternalLoginAttempt.count() == 0


async def test_a_configured_front_end_origin_may_receive_the_tokens(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # given
    monkeypatch.setenv("DISPATCHHUB_OIDC_RETURN_ORIGINS", "https://app.example.cn")
    started = await start(gql, "corp", redirectUri="https://app.example.cn/signed-in")
    callback = await authorize(with_params(started["url"], login_hint="alice"))

    # when
    response = await client.get(callback)

    # then
    assert response.status_code == 303
    assert response.headers["location"].startswith("https://app.example.cn/signed-in#access")


async def test_a_disabled_account_cannot_sign_in(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    # given
    await sign_in(gql, client, "corp", "alice")
    await User.update({User.status: "DISABLED"}, force=True)

    # when
    callback = await callback_for(gql, "corp", "alice")
    response = await client.get(callback, headers=JSON)

    # then
    assert response.status_code == 403
    assert error_of(response)["code"] == "ACCOUNT_DISABLED"
    assert await RefreshToken.count() == 1


async def test_a_response_naming_another_issuer_is_refused(
    oidc_env: LocalProvider, gql: GraphQLClient, client: httpx.AsyncClient
) -> None:
    """RFC 9207: the provider names itself in the response; a mix-up names someone else."""
    # given
    callback = await callback_for(gql, "corp", "alice")

    # when
    response = await client.get(with_params(callback, iss=oidc_env.partner), headers=JSON)

    # then
    error = error_of(response)
    assert (error["code"], error["message"]) == ("PROVIDER_ERROR", "第三方登录未完成:iss。")
    await assert_nothing_created()


@pytest.mark.parametrize("issuer", ["closed port", "another name for the issuer"])
async def test_a_provider_that_cannot_be_discovered_is_reported(
    oidc_env: LocalProvider, gql: GraphQLClient, monkeypatch: pytest.MonkeyPatch, issuer: str
) -> None:
    # given: nothing listens there, or the discovery document names a different issuer
    # (localhost is the same server as 127.0.0.1, but not the issuer it says it is)
    configured = (
        f"http://127.0.0.1:{free_port()}"
        if issuer == "closed port"
        else oidc_env.corp.replace("127.0.0.1", "localhost")
    )
    monkeypatch.setenv("DISPATCHHUB_OIDC_CORP_ISSUER", configured)

    # when
    body = await gql.execute(EXTERNAL_LOGIN_URL, {"provider": "corp"})

    # then
    payload = body["data"]["externalLoginUrl"]
    assert payload["url"] is None
    assert [e["code"] for e in payload["errors"]] == ["PROVIDER_UNAVAILABLE"]
    assert await ExternalLoginAttempt.count() == 0
