"""Provider configuration: a bad one stops the app at start, not at the first sign-in."""

from __future__ import annotations

import pydantic
import pytest

from dispatchhub.auth_routes import auth_routes
from dispatchhub.users.oidc_config import load_providers


@pytest.fixture
def corp(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("DISPATCHHUB_OIDC_PROVIDERS", " Corp ")
    monkeypatch.setenv("DISPATCHHUB_OIDC_CORP_ISSUER", "https://login.example.cn")
    monkeypatch.setenv("DISPATCHHUB_OIDC_CORP_CLIENT_ID", "dispatchhub")
    return monkeypatch


def test_a_provider_is_read_from_its_variables(corp: pytest.MonkeyPatch) -> None:
    corp.setenv("DISPATCHHUB_OIDC_CORP_NAME", "企业账号")

    [provider] = load_providers().values()

    assert (provider.key, provider.issuer, provider.client_id) == (
        "corp", "https://login.example.cn", "dispatchhub",
    )  # fmt: skip
    assert provider.client_secret is None
    assert provider.display_name == "企业账号"
    assert provider.scopes == "openid email profile"


@pytest.mark.parametrize(
    ("variable", "value", "refused"),
    [
        ("DISPATCHHUB_OIDC_CORP_ISSUER", "http://login.example.cn", "issuer"),
        ("DISPATCHHUB_OIDC_CORP_ISSUER", "ftp://127.0.0.1", "issuer"),
        ("DISPATCHHUB_OIDC_PROVIDERS", "corp,bad-key", "key"),
    ],
)
def test_a_bad_configuration_stops_the_app(
    corp: pytest.MonkeyPatch, variable: str, value: str, refused: str
) -> None:
    corp.setenv(variable, value)

    with pytest.raises(pydantic.ValidationError, match=rf"(?m)^{refused}$"):
        auth_routes()


def test_a_provider_without_a_client_id_stops_the_app(corp: pytest.MonkeyPatch) -> None:
    corp.delenv("DISPATCHHUB_OIDC_CORP_CLIENT_ID")

    with pytest.raises(pydantic.ValidationError, match="client_id"):
        auth_routes()


def test_plain_http_is_allowed_on_this_machine_only(corp: pytest.MonkeyPatch) -> None:
    for issuer in ("http://127.0.0.1:4000", "http://localhost:4000", "http://[::1]:4000"):
        corp.setenv("DISPATCHHUB_OIDC_CORP_ISSUER", issuer)
        assert load_providers()["corp"].issuer == issuer
