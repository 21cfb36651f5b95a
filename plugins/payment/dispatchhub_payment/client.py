"""A minimal synchronous client for the Alipay open platform (``alipay.trade.*``).

It speaks the gateway protocol directly with httpx: form-encoded POST of the common
parameters and ``biz_content``, RSA2-signed; a JSON answer whose ``<method>_response``
member is verified against Alipay's public key before anything in it is used.
"""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from dispatchhub_payment.settings import AlipaySettings
from dispatchhub_payment.signature import content_to_sign, response_content, sign, verify

__all__ = [
    "BEIJING",
    "AlipayError",
    "AlipayResponseForged",
    "call",
    "fen_to_yuan",
    "yuan_to_fen",
]

BEIJING = ZoneInfo("Asia/Shanghai")  # the gateway's timestamps are Beijing time
SUCCESS = "10000"


class AlipayError(RuntimeError):
    """The gateway refused the call.

    Attributes:
        code: Alipay's public code (``40004`` business failure, ``40002`` bad arguments).
        sub_code: the specific reason (``ACQ.TRADE_HAS_SUCCESS``, ``isv.invalid-signature``).
        sub_msg: Alipay's explanation.
    """

    def __init__(self, code: str, sub_code: str, sub_msg: str) -> None:
        super().__init__(f"{code} {sub_code}: {sub_msg}")
        self.code = code
        self.sub_code = sub_code
        self.sub_msg = sub_msg


class AlipayResponseForged(RuntimeError):
    """An answer whose signature is missing or wrong: not from Alipay, or altered."""


def fen_to_yuan(amount_minor: int) -> str:
    """``8800`` → ``"88.00"``: Alipay's amount notation."""
    return f"{Decimal(amount_minor) / 100:.2f}"


def yuan_to_fen(text: str) -> int:
    """``"88.00"`` → ``8800``.

    Raises:
        ValueError: not an amount with at most two decimals.
    """
    value = Decimal(text) * 100
    if value != value.to_integral_value() or value < 0:
        raise ValueError(f"not an amount in yuan: {text!r}")
    return int(value)


def call(
    settings: AlipaySettings,
    method: str,
    biz_content: dict[str, Any],
    *,
    notify_url: str | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Call one gateway method and return its verified ``<method>_response`` object.

    Raises:
        AlipayError: the gateway answered with a code other than 10000.
        AlipayResponseForged: a successful answer whose signature does not verify.
        httpx.HTTPError: the gateway could not be reached or answered with an HTTP error.
    """
    params = {
        "app_id": settings.app_id,
        "method": method,
        "format": "JSON",
        "charset": "utf-8",
        "sign_type": "RSA2",
        "timestamp": (now or datetime.now(BEIJING))
        .astimezone(BEIJING)
        .strftime("%Y-%m-%d %H:%M:%S"),
        "version": "1.0",
        "biz_content": json.dumps(biz_content, ensure_ascii=False, separators=(",", ":")),
    }
    if notify_url:
        params["notify_url"] = notify_url
    params["sign"] = sign(content_to_sign(params), settings.private_key)
    response = httpx.post(
        settings.gateway,
        data=params,
        headers={"content-type": "application/x-www-form-urlencoded;charset=utf-8"},
        timeout=settings.timeout,
    )
    response.raise_for_status()
    member = method.replace(".", "_") + "_response"
    signed = response_content(response.text, member)
    if signed is None:
        raise AlipayResponseForged(f"no {member} in the gateway's answer")
    answer: dict[str, Any] = json.loads(signed)
    if answer.get("code") != SUCCESS:
        raise AlipayError(
            str(answer.get("code", "")), str(answer.get("sub_code", "")),
            str(answer.get("sub_msg", answer.get("msg", ""))),
        )  # fmt: skip
    signature = response.json().get("sign", "")
    if not signature or not verify(signed, signature, settings.alipay_public_key):
        raise AlipayResponseForged(f"the signature of {member} does not verify")
    return answer
