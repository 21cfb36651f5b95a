"""Configuration of the maps plugin, read from ``DISPATCHHUB_MAPS_*`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["DEFAULT_ENDPOINT", "MapsSettings"]

DEFAULT_ENDPOINT = "https://restapi.amap.com"
_PREFIX = "DISPATCHHUB_MAPS_"


@dataclass(frozen=True, slots=True)
class MapsSettings:
    """How to reach AMap's Web Service API.

    Attributes:
        amap_key: the Web Service key (Web服务 Key); never logged.
        endpoint: scheme and host of the API; tests point it at the fake server.
        timeout: seconds per request; dispatch waits on it, so keep it short.
        retry_after: seconds to stop asking AMap after a failure, so that an outage costs
            one timeout and not one per candidate in every dispatch.
    """

    amap_key: str = field(repr=False)
    endpoint: str = DEFAULT_ENDPOINT
    timeout: float = 1.5
    retry_after: float = 30.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> MapsSettings | None:
        """Settings from the environment, or None when ``DISPATCHHUB_MAPS_AMAP_KEY`` is unset.

        Malformed numbers fall back to the defaults: a typo in a setting must not make
        every distance fail.
        """
        env = os.environ if environ is None else environ
        key = env.get(_PREFIX + "AMAP_KEY", "").strip()
        if not key:
            return None
        return cls(
            amap_key=key,
            endpoint=(env.get(_PREFIX + "ENDPOINT", "").strip() or DEFAULT_ENDPOINT).rstrip("/"),
            timeout=_number(env, "TIMEOUT", 1.5),
            retry_after=_number(env, "RETRY_AFTER", 30.0),
        )


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    try:
        value = float(env.get(_PREFIX + name, ""))
    except ValueError:
        return default
    return value if value >= 0 else default
