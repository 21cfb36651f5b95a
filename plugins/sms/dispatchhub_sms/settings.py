"""Configuration of the SMS plugin, read from ``DISPATCHHUB_SMS_*`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["DEFAULT_ENDPOINT", "DEFAULT_REGION_ID", "SmsSettings"]

DEFAULT_ENDPOINT = "https://dysmsapi.aliyuncs.com/"
DEFAULT_REGION_ID = "cn-hangzhou"
_PREFIX = "DISPATCHHUB_SMS_"


@dataclass(frozen=True, slots=True)
class SmsSettings:
    """Credentials and options for Alibaba Cloud SMS.

    Attributes:
        access_key_id: the RAM user's AccessKey id.
        access_key_secret: its secret; never logged.
        sign_name: the approved signature (签名) shown in 【】 in front of every message.
        templates: our template names (``verification_code``) mapped to Alibaba's approved
            template codes (``SMS_123456789``).
        endpoint: the dysmsapi endpoint; tests point it at the fake gateway.
        region_id: the ``RegionId`` common parameter.
        timeout: seconds to wait for Alibaba before the outbox retries later.
    """

    access_key_id: str
    access_key_secret: str = field(repr=False)
    sign_name: str
    templates: Mapping[str, str]
    endpoint: str = DEFAULT_ENDPOINT
    region_id: str = DEFAULT_REGION_ID
    timeout: float = 5.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> SmsSettings | None:
        """Settings from the environment, or None when the plugin is not configured.

        ``ACCESS_KEY_ID``, ``ACCESS_KEY_SECRET`` and ``SIGN_NAME`` are required; without
        them the plugin stays out of the way and the next sender (finally the built-in log
        sender) answers. ``TEMPLATES`` is a comma-separated list of ``name=SMS_code``.

        Raises:
            ValueError: ``TEMPLATES`` or ``TIMEOUT`` is malformed.
        """
        env = os.environ if environ is None else environ
        key_id = env.get(_PREFIX + "ACCESS_KEY_ID", "").strip()
        secret = env.get(_PREFIX + "ACCESS_KEY_SECRET", "").strip()
        sign_name = env.get(_PREFIX + "SIGN_NAME", "").strip()
        if not (key_id and secret and sign_name):
            return None
        return cls(
            access_key_id=key_id,
            access_key_secret=secret,
            sign_name=sign_name,
            templates=_parse_templates(env.get(_PREFIX + "TEMPLATES", "")),
            endpoint=env.get(_PREFIX + "ENDPOINT", "").strip() or DEFAULT_ENDPOINT,
            region_id=env.get(_PREFIX + "REGION_ID", "").strip() or DEFAULT_REGION_ID,
            timeout=float(env.get(_PREFIX + "TIMEOUT", "").strip() or 5.0),
        )


def _parse_templates(text: str) -> dict[str, str]:
    templates: dict[str, str] = {}
    for item in text.split(","):
        if not item.strip():
            continue
        name, sep, code = item.partition("=")
        if not sep or not name.strip() or not code.strip():
            raise ValueError(
                f"{_PREFIX}TEMPLATES: expected name=SMS_code pairs separated by commas, "
                f"got {item.strip()!r}"
            )
        templates[name.strip()] = code.strip()
    return templates
