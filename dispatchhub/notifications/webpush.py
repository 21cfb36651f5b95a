"""Web Push: notices to a staff member's browser, with the browser vendor's push service.

A browser that subscribes (Push API, ``applicationServerKey`` = :func:`public_key`) hands
the app an endpoint URL on its vendor's push service and two keys; ``webPushSubscribe``
stores them (:class:`~dispatchhub.notifications.tables.PushSubscription`). Delivering a
notice is the standard protocol, so no provider plugin is involved:

- the payload (JSON: ``title``, ``body``, ``template``, ``notificationId``) is encrypted for
  that browser with ``aes128gcm`` (RFC 8291 over RFC 8188), from a fresh key pair per
  message;
- the request carries a VAPID token (RFC 8292): an ES256 JWT for the endpoint's origin,
  valid 12 hours, with the platform's contact, and the platform's public key;
- it is POSTed to the endpoint (RFC 8030) with ``TTL`` and ``Urgency``. ``201`` is
  delivered; ``404``/``410`` means the browser unsubscribed, so the subscription is deleted
  and the notice counts as undeliverable; anything else is an error the outbox retries.

The VAPID key pair is derived from ``DISPATCHHUB_SECRET_KEY``: every app and worker process
signs with the same key without another setting, and changing the secret key invalidates
the subscriptions made with the old public key, as browsers expect.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import time
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import http_ece
import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from joserfc import jwt
from joserfc.jwk import ECKey

__all__ = [
    "Gone",
    "PushResult",
    "Subscription",
    "check_subscription",
    "public_key",
    "send",
    "vapid_authorization",
]

_P256_ORDER = int("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16)
TOKEN_HOURS = 12
_TIMEOUT = httpx.Timeout(10.0)


class Gone(Exception):
    """The push service no longer knows the subscription (404 or 410)."""


@dataclass(frozen=True, slots=True)
class Subscription:
    """Where a browser receives pushes: the endpoint and its keys (base64url)."""

    endpoint: str
    p256dh: str
    auth: str


@dataclass(frozen=True, slots=True)
class PushResult:
    """What the push service answered: its status and message location, if any."""

    status: int
    location: str


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@lru_cache(maxsize=4)
def _keys(secret_key: str) -> tuple[ECKey, str]:
    """The VAPID signing key derived from the secret key, and its public key (base64url)."""
    digest = hashlib.sha256(b"dispatchhub vapid P-256\0" + secret_key.encode()).digest()
    private = ec.derive_private_key(int.from_bytes(digest) % (_P256_ORDER - 1) + 1, ec.SECP256R1())
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public = private.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return ECKey.import_key(pem), _b64(public)


def public_key(secret_key: str) -> str:
    """The VAPID public key (base64url, uncompressed P-256 point) browsers subscribe with."""
    return _keys(secret_key)[1]


def check_subscription(endpoint: str, p256dh: str, auth: str) -> list[tuple[str, str]]:
    """What is wrong with a subscription a client sent: ``(field, code)`` pairs.

    The endpoint must be an https URL (http only to a loopback address, for local push
    services), ``p256dh`` a P-256 public key and ``auth`` a 16-byte secret, both base64url.
    """
    wrong: list[tuple[str, str]] = []
    parts = urlsplit(endpoint)
    loopback = False
    try:
        loopback = ipaddress.ip_address(parts.hostname or "").is_loopback
    except ValueError:
        loopback = parts.hostname == "localhost"
    if not parts.hostname or not (parts.scheme == "https" or (parts.scheme == "http" and loopback)):
        wrong.append(("endpoint", "BAD_ENDPOINT"))
    try:
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), _unb64(p256dh))
    except (ValueError, TypeError):
        wrong.append(("p256dh", "BAD_KEY"))
    try:
        if len(_unb64(auth)) != 16:
            raise ValueError("auth secret must be 16 bytes")
    except (ValueError, TypeError):
        wrong.append(("auth", "BAD_KEY"))
    return wrong


def vapid_authorization(endpoint: str, secret_key: str, contact: str, at: float) -> str:
    """The ``Authorization`` header value for a push to ``endpoint`` (RFC 8292)."""
    parts = urlsplit(endpoint)
    signing, public = _keys(secret_key)
    claims = {
        "aud": f"{parts.scheme}://{parts.netloc}",
        "exp": int(at) + TOKEN_HOURS * 3600,
        "sub": contact,
    }
    token = jwt.encode({"alg": "ES256", "typ": "JWT"}, claims, signing)
    return f"vapid t={token}, k={public}"


async def send(
    subscription: Subscription,
    payload: dict[str, object],
    *,
    secret_key: str,
    contact: str,
    ttl_seconds: int,
    urgency: str = "normal",
) -> PushResult:
    """Encrypt ``payload`` for the browser and hand it to its push service.

    Raises:
        Gone: 404 or 410: the browser has dropped the subscription.
        httpx.HTTPError: the push service could not be reached or refused the message.
    """
    body = http_ece.encrypt(
        json.dumps(payload, ensure_ascii=False).encode(),
        private_key=ec.generate_private_key(ec.SECP256R1()),
        dh=_unb64(subscription.p256dh),
        auth_secret=_unb64(subscription.auth),
        version="aes128gcm",
    )
    authorization = vapid_authorization(subscription.endpoint, secret_key, contact, time.time())
    headers = {
        "Authorization": authorization,
        "Content-Encoding": "aes128gcm",
        "Content-Type": "application/octet-stream",
        "TTL": str(ttl_seconds),
        "Urgency": urgency,
    }
    async with httpx.AsyncClient(timeout=_TIMEOUT) as client:
        response = await client.post(subscription.endpoint, content=body, headers=headers)
    if response.status_code in (404, 410):
        raise Gone(f"push service answered {response.status_code}")
    response.raise_for_status()
    return PushResult(response.status_code, response.headers.get("location", ""))
