"""Signed JSON webhooks: what the CRM receives and how it checks the sender.

The body is signed with HMAC-SHA256 over its exact bytes and the shared secret; the
header reads ``X-Dispatchhub-Signature: sha256=<hex digest>`` (the GitHub convention, so
receivers can reuse their verification code).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import httpx

__all__ = ["SIGNATURE_HEADER", "WebhookRejectedError", "post_signed", "signature", "verify"]

SIGNATURE_HEADER = "X-Dispatchhub-Signature"


class WebhookRejectedError(RuntimeError):
    """The receiver answered with a status other than 2xx."""

    def __init__(self, status_code: int, body: str) -> None:
        super().__init__(f"webhook answered HTTP {status_code}: {body[:200]}")
        self.status_code = status_code


def signature(secret: str, body: bytes) -> str:
    """The ``X-Dispatchhub-Signature`` value for ``body``: ``sha256=<hex>``."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, header: str) -> bool:
    """True when ``header`` is the signature of ``body``; constant-time, for receivers."""
    return hmac.compare_digest(signature(secret, body), header)


def post_signed(
    url: str,
    secret: str,
    event: str,
    payload: dict[str, Any],
    *,
    timeout: float,
    webhook_id: str | None = None,
) -> None:
    """POST ``payload`` as JSON with its signature.

    Args:
        url: the receiver.
        secret: the shared HMAC key.
        event: the event name, also sent as ``X-Dispatchhub-Event``.
        payload: a JSON-serialisable object.
        timeout: seconds to wait for the receiver.
        webhook_id: the event's stable id, sent as ``webhook-id`` (the Standard Webhooks
            idempotency key): a retried delivery carries the same one, so the receiver can
            drop what it already processed.

    Raises:
        WebhookRejectedError: the receiver answered with a non-2xx status.
        httpx.HTTPError: the receiver could not be reached.
    """
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "X-Dispatchhub-Event": event,
        SIGNATURE_HEADER: signature(secret, body),
    }
    if webhook_id is not None:
        headers["webhook-id"] = webhook_id
    with httpx.Client(timeout=timeout) as client:
        response = client.post(url, content=body, headers=headers)
    if not response.is_success:
        raise WebhookRejectedError(response.status_code, response.text)
