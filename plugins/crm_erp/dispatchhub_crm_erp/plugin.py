"""Hook implementations of the CRM/ERP plugin.

``notification_delivered`` posts a contact-log record to the CRM's webhook, so agents see
in the customer's history which messages the platform sent them. Settings are read from
``DISPATCHHUB_CRM_*`` on every call; without ``DISPATCHHUB_CRM_WEBHOOK_URL`` the hook does
nothing.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from dispatchhub import hookimpl
from dispatchhub_crm_erp.webhook import post_signed

__all__ = ["CONTACT_LOGGED_EVENT", "CrmConfigurationError", "notification_delivered"]

CONTACT_LOGGED_EVENT = "contact_log.created"


class CrmConfigurationError(ValueError):
    """The webhook URL is set but the secret to sign with is not."""


@hookimpl
def notification_delivered(
    notification_id: str, channel: str, provider: str, provider_message_id: str
) -> None:
    """Post the delivered notification to the CRM as a contact-log record.

    Called by the outbox relay; raising makes the relay retry this plugin alone. The
    record's ``id`` is derived from the notification, so a retried post carries the same
    id and the CRM can drop the duplicate.

    Args:
        notification_id: the ``Notification`` row's id (a UUID string).
        channel: ``SMS`` or ``EMAIL``.
        provider: the provider that delivered it.
        provider_message_id: the provider's id for the message.

    Raises:
        CrmConfigurationError: the URL is set without ``DISPATCHHUB_CRM_WEBHOOK_SECRET``;
            records are never sent unsigned.
        dispatchhub_crm_erp.webhook.WebhookRejectedError: the CRM answered non-2xx.
        httpx.HTTPError: the CRM could not be reached.
    """
    url = os.environ.get("DISPATCHHUB_CRM_WEBHOOK_URL", "").strip()
    if not url:
        return
    secret = os.environ.get("DISPATCHHUB_CRM_WEBHOOK_SECRET", "")
    if not secret:
        raise CrmConfigurationError(
            "DISPATCHHUB_CRM_WEBHOOK_URL is set but DISPATCHHUB_CRM_WEBHOOK_SECRET is not"
        )
    record = {
        "id": f"notification:{notification_id}",
        "type": CONTACT_LOGGED_EVENT,
        "sent_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "contact": {
            "notification_id": notification_id,
            "channel": channel,
            "provider": provider,
            "provider_message_id": provider_message_id,
        },
    }
    timeout = _timeout(os.environ.get("DISPATCHHUB_CRM_TIMEOUT", ""))
    post_signed(
        url, secret, CONTACT_LOGGED_EVENT, record, timeout=timeout, webhook_id=str(record["id"])
    )


def _timeout(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        return 5.0
    return value if value > 0 else 5.0
