"""Configuration of the Alipay provider, read from ``DISPATCHHUB_PAYMENT_ALIPAY_*``."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import rsa

from dispatchhub_payment.signature import load_private_key, load_public_key

__all__ = ["DEFAULT_GATEWAY", "AlipaySettings"]

DEFAULT_GATEWAY = "https://openapi.alipay.com/gateway.do"
_PREFIX = "DISPATCHHUB_PAYMENT_ALIPAY_"


@dataclass(frozen=True, slots=True)
class AlipaySettings:
    """An Alipay open-platform application.

    Attributes:
        app_id: the application's id (``2021000000000000``).
        private_key: the application's RSA key that signs our requests; never logged.
        alipay_public_key: Alipay's key that signs responses and notifications.
        gateway: the gateway URL; tests point it at the fake gateway.
        seller_id: the merchant's Alipay user id (``2088…``); when set, notifications for
            another seller are refused.
        timeout: seconds to wait for the gateway.
    """

    app_id: str
    private_key: rsa.RSAPrivateKey = field(repr=False)
    alipay_public_key: rsa.RSAPublicKey = field(repr=False)
    gateway: str = DEFAULT_GATEWAY
    seller_id: str = ""
    timeout: float = 5.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> AlipaySettings | None:
        """Settings from the environment, or None when Alipay is not configured.

        ``APP_ID``, ``PRIVATE_KEY`` and ``PUBLIC_KEY`` (Alipay's) are required; each key is
        PEM text, a path to a PEM file, or the bare Base64 the Alipay console shows.

        Raises:
            ValueError: a key cannot be read, or ``TIMEOUT`` is not a number.
        """
        env = os.environ if environ is None else environ
        app_id = env.get(_PREFIX + "APP_ID", "").strip()
        private = env.get(_PREFIX + "PRIVATE_KEY", "").strip()
        public = env.get(_PREFIX + "PUBLIC_KEY", "").strip()
        if not (app_id and private and public):
            return None
        try:
            private_key, public_key = load_private_key(private), load_public_key(public)
        except ValueError as exc:
            raise ValueError(f"{_PREFIX}PRIVATE_KEY / PUBLIC_KEY: {exc}") from None
        return cls(
            app_id=app_id,
            private_key=private_key,
            alipay_public_key=public_key,
            gateway=env.get(_PREFIX + "GATEWAY", "").strip() or DEFAULT_GATEWAY,
            seller_id=env.get(_PREFIX + "SELLER_ID", "").strip(),
            timeout=float(env.get(_PREFIX + "TIMEOUT", "").strip() or 5.0),
        )
