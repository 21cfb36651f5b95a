"""What every route gets: a body limit (finding 2), security headers (finding 9), and a
client address that only a configured proxy may rewrite (finding 7)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.applications import Starlette

from dispatchhub.app import create_app
from dispatchhub.runtime import Runtime, create_runtime
from dispatchhub.users.tables import VerificationCode

MIB = 1024 * 1024
SEND_CODE = """
mutation ($target: String!) {
  verificationCodeSend(input: {channel: SMS, target: $target, purpose: REGISTER}) {
    errors { code }
  }
}
"""


class CountingBody:
    """A request body of ``chunks`` MiB that counts how much of it the server pulled."""

    def __init__(self, chunks: int) -> None:
        self.chunks = chunks
        self.pulled = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.chunks):
            self.pulled += 1
            yield b" " * MIB


@pytest.mark.parametrize("path", ["/graphql", "/healthz", "/payments/alipay/notify"])
async def test_a_body_declared_too_large_is_refused_unread(
    client: httpx.AsyncClient, path: str
) -> None:
    body = CountingBody(100)

    response = await client.post(path, content=body, headers={"content-length": str(100 * MIB)})

    assert response.status_code == 413
    assert response.json() == {
        "errors": [
            {"message": "The request body exceeds 1024 KiB.",
             "extensions": {"code": "PAYLOAD_TOO_LARGE"}}
        ]
    }  # fmt: skip
    assert body.pulled <= 1


async def test_a_chunked_body_stops_being_read_past_the_limit(
    client: httpx.AsyncClient,
) -> None:
    body = CountingBody(100)  # no Content-Length: sent chunked

    response = await client.post(
        "/graphql", content=body, headers={"content-type": "application/json"}
    )

    assert response.status_code == 413
    assert body.pulled <= 3


async def test_a_content_length_that_is_not_a_number_is_a_400(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", content=b"{}", headers={"content-length": "lots"})

    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


async def test_a_body_within_the_limit_is_served(client: httpx.AsyncClient) -> None:
    padding = " " * (MIB - 200)
    response = await client.post("/graphql", json={"query": "{ __typename }" + padding})

    assert response.json() == {"data": {"__typename": "Query"}}


@pytest.mark.parametrize("path", ["/admin/", "/healthz", "/graphql"])
async def test_pages_and_answers_carry_the_security_headers(
    client: httpx.AsyncClient, path: str
) -> None:
    response = await client.get(path, headers={"accept": "text/html"})

    headers = response.headers
    assert response.status_code == 200
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "geolocation=(self)" in headers["permissions-policy"]


async def test_graphiql_may_run_its_own_inline_script_and_no_other(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/graphql", headers={"accept": "text/html"})

    policy = response.headers["content-security-policy"]
    script_src = next(p for p in policy.split("; ") if p.startswith("script-src"))
    assert "<script>" in response.text
    assert script_src.startswith("script-src 'self' 'sha256-")
    assert "unsafe-inline" not in script_src


async def _sent_from(app: Starlette, forwarded_for: str) -> str:
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        await http.post(
            "/graphql",
            json={"query": SEND_CODE, "variables": {"target": "13900009999"}},
            headers={"x-forwarded-for": forwarded_for},
        )
    row = await VerificationCode.select(VerificationCode.client_address).first()
    assert row is not None
    await VerificationCode.delete(force=True)
    address: str = row["client_address"]
    return address


async def test_a_local_client_cannot_name_another_address_by_default(app: Starlette) -> None:
    assert await _sent_from(app, "198.51.100.9") == "127.0.0.1"


async def test_a_configured_proxy_may_forward_the_client_address(runtime: Runtime) -> None:
    trusting = create_runtime(
        runtime.settings.model_copy(update={"trusted_proxies": "127.0.0.1"}),
        plugins=runtime.plugins,
    )
    app = create_app(runtime=trusting)
    async with app.router.lifespan_context(app):
        assert await _sent_from(app, "198.51.100.9") == "198.51.100.9"
