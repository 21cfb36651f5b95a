"""The ``notification_delivered`` hook posts signed contact-log records to the CRM."""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

import httpx
import pytest
from dispatchhub_crm_erp import plugin
from dispatchhub_crm_erp.webhook import WebhookRejectedError, signature, verify

from dispatchhub.plugins.manager import ENTRY_POINT_GROUP, create_plugin_manager

EVENT = {
    "notification_id": "0b9e2c1e-5d7f-4b8a-9c3d-2e1f0a9b8c7d",
    "channel": "SMS",
    "provider": "aliyun-sms",
    "provider_message_id": "900619746936498440^0",
}


def test_hook_notification_delivered_posts_contact_log(crm_configured: Any) -> None:
    plugin.notification_delivered(**EVENT)

    [record] = crm_configured.accepted
    assert record["id"] == "notification:0b9e2c1e-5d7f-4b8a-9c3d-2e1f0a9b8c7d"
    assert record["type"] == "contact_log.created"
    assert record["contact"] == EVENT
    assert record["sent_at"].endswith("Z")
    [headers] = crm_configured.headers
    assert headers["X-Dispatchhub-Event"] == "contact_log.created"
    assert headers["Content-Type"].startswith("application/json")


def test_called_through_the_plugin_manager(crm_configured: Any) -> None:
    pm = create_plugin_manager(allow=["crm_erp"])

    pm.hook.notification_delivered(**EVENT)

    assert len(crm_configured.accepted) == 1


def test_retried_event_carries_the_same_id(crm_configured: Any) -> None:
    plugin.notification_delivered(**EVENT)
    plugin.notification_delivered(**EVENT)

    assert crm_configured.accepted[0]["id"] == crm_configured.accepted[1]["id"]
    first, second = crm_configured.headers
    assert first["webhook-id"] == second["webhook-id"] == crm_configured.accepted[0]["id"]


def test_wrong_secret_is_refused_by_the_crm_and_raises(
    crm_configured: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPATCHHUB_CRM_WEBHOOK_SECRET", "not-the-shared-secret")

    with pytest.raises(WebhookRejectedError) as excinfo:
        plugin.notification_delivered(**EVENT)

    assert excinfo.value.status_code == 401
    assert crm_configured.refused == 1
    assert crm_configured.accepted == []


def test_crm_error_status_raises_so_the_relay_retries(crm_configured: Any) -> None:
    crm_configured.answer_status = 503

    with pytest.raises(WebhookRejectedError, match="503"):
        plugin.notification_delivered(**EVENT)


def test_crm_down_raises(monkeypatch: pytest.MonkeyPatch, free_port: int) -> None:
    monkeypatch.setenv("DISPATCHHUB_CRM_WEBHOOK_URL", f"http://127.0.0.1:{free_port}/")
    monkeypatch.setenv("DISPATCHHUB_CRM_WEBHOOK_SECRET", "s")

    with pytest.raises(httpx.ConnectError):
        plugin.notification_delivered(**EVENT)


def test_not_configured_is_a_no_op(crm_receiver: Any) -> None:
    assert plugin.notification_delivered(**EVENT) is None

    assert crm_receiver.accepted == []
    assert crm_receiver.refused == 0


def test_url_without_secret_is_refused_before_sending(
    crm_receiver: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPATCHHUB_CRM_WEBHOOK_URL", crm_receiver.url)

    with pytest.raises(plugin.CrmConfigurationError):
        plugin.notification_delivered(**EVENT)

    assert crm_receiver.accepted == [] and crm_receiver.refused == 0


def test_signature_helpers() -> None:
    body = b'{"a":1}'

    assert signature("k", body) == (
        "sha256=c3a92ff9e274cdcce27a58c15a78ec6dcbbdbd0038a87e7a11baef2028fd8bff"
    )
    assert verify("k", body, signature("k", body))
    assert not verify("k", body + b" ", signature("k", body))
    assert not verify("other", body, signature("k", body))


def test_entry_point_is_installed() -> None:
    [ep] = [ep for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name == "crm_erp"]

    assert ep.load() is plugin
