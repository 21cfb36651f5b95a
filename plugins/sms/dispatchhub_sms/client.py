"""A minimal synchronous client for Alibaba Cloud SMS ``SendSms`` (API version 2017-05-25).

It speaks the RPC protocol directly (signed GET query, JSON answer) with httpx, instead of
the official SDK, which would pull in the whole Tea runtime for one call.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx

from dispatchhub.plugins.notification_messages import DeliveryReceipt
from dispatchhub_sms.settings import SmsSettings
from dispatchhub_sms.signature import percent_encode, sign

__all__ = [
    "API_VERSION",
    "PROVIDER",
    "AliyunSmsError",
    "SmsTemplateNotMappedError",
    "find_sent",
    "send",
]

API_VERSION = "2017-05-25"
PROVIDER = "aliyun-sms"


class AliyunSmsError(RuntimeError):
    """Alibaba Cloud refused the message; ``code`` is the provider's error code.

    Attributes:
        code: e.g. ``isv.BUSINESS_LIMIT_CONTROL`` or ``SignatureDoesNotMatch``.
        provider_message: Alibaba's explanation.
        request_id: Alibaba's ``RequestId``, to quote to their support.
        status_code: the HTTP status of the answer.
    """

    def __init__(self, code: str, provider_message: str, request_id: str, status_code: int) -> None:
        super().__init__(f"{code}: {provider_message} (RequestId {request_id or '-'})")
        self.code = code
        self.provider_message = provider_message
        self.request_id = request_id
        self.status_code = status_code


class SmsTemplateNotMappedError(LookupError):
    """Our template has no approved Alibaba template code in ``DISPATCHHUB_SMS_TEMPLATES``."""


def send(
    settings: SmsSettings,
    *,
    phone_number: str,
    template: str,
    params: dict[str, str],
    out_id: str,
) -> DeliveryReceipt:
    """Send one message with ``SendSms`` and return Alibaba's receipt.

    Args:
        settings: credentials, signature name, template codes and endpoint.
        phone_number: a mainland mobile number without ``+86`` (``13800138000``).
        template: our template name, looked up in ``settings.templates``.
        params: the template parameters, sent as ``TemplateParam`` JSON.
        out_id: our message id, echoed by Alibaba in delivery reports.

    Returns:
        The receipt; ``provider_message_id`` is Alibaba's ``BizId``.

    Raises:
        SmsTemplateNotMappedError: ``template`` has no Alibaba template code.
        AliyunSmsError: Alibaba answered with a code other than ``OK``.
        httpx.HTTPError: the endpoint could not be reached or timed out.
    """
    try:
        template_code = settings.templates[template]
    except KeyError:
        raise SmsTemplateNotMappedError(
            f"SMS template {template!r} has no Alibaba template code; add "
            f"{template}=SMS_xxx to DISPATCHHUB_SMS_TEMPLATES"
        ) from None
    query = {
        "AccessKeyId": settings.access_key_id,
        "Action": "SendSms",
        "Format": "JSON",
        "RegionId": settings.region_id,
        "SignatureMethod": "HMAC-SHA1",
        # A fresh nonce per attempt: a retried message is a new request to Alibaba.
        "SignatureNonce": _new_nonce(),
        "SignatureVersion": "1.0",
        "Timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "Version": API_VERSION,
        "PhoneNumbers": phone_number,
        "SignName": settings.sign_name,
        "TemplateCode": template_code,
        "TemplateParam": json.dumps(params, ensure_ascii=False, separators=(",", ":")),
        "OutId": out_id,
    }
    signature = sign(query, settings.access_key_secret)
    # The query is encoded by hand so that the bytes on the wire are exactly the ones that
    # were signed; httpx's own encoding would write spaces as "+".
    encoded = "&".join(f"{percent_encode(k)}={percent_encode(v)}" for k, v in query.items())
    url = f"{_base_url(settings.endpoint)}?Signature={percent_encode(signature)}&{encoded}"
    with httpx.Client(timeout=settings.timeout) as client:
        response = client.get(url, headers={"Accept": "application/json"})
    body = _json_body(response)
    code = str(body.get("Code", ""))
    if code != "OK":
        raise AliyunSmsError(
            code or f"HTTP{response.status_code}",
            str(body.get("Message", response.reason_phrase)),
            str(body.get("RequestId", "")),
            response.status_code,
        )
    return DeliveryReceipt(provider=PROVIDER, provider_message_id=str(body["BizId"]))


def find_sent(
    settings: SmsSettings, *, phone_number: str, out_id: str, days: list[str]
) -> DeliveryReceipt | None:
    """Look a message up by its ``OutId`` with ``QuerySendDetails`` (Alibaba keeps no
    idempotency key, but lists what it accepted for a number and day, ``OutId`` included).

    Args:
        settings: credentials and endpoint.
        phone_number: the national number the message went to.
        out_id: our message id, sent as ``OutId``.
        days: the days (``yyyyMMdd``, Beijing time) it may have been sent on.

    Returns:
        A receipt when Alibaba has it (``provider_message_id`` is ``OutId:<id>``: the
        listing carries no ``BizId``), else None.

    Raises:
        AliyunSmsError: Alibaba answered with a code other than ``OK``.
        httpx.HTTPError: the endpoint could not be reached or timed out.
    """
    for day in days:
        page = 1
        while True:
            body = _call(settings, "QuerySendDetails", {
                "PhoneNumber": phone_number, "SendDate": day, "PageSize": "50",
                "CurrentPage": str(page),
            })  # fmt: skip
            details = (body.get("SmsSendDetailDTOs") or {}).get("SmsSendDetailDTO") or []
            if any(str(d.get("OutId", "")) == out_id for d in details):
                return DeliveryReceipt(provider=PROVIDER, provider_message_id=f"OutId:{out_id}")
            if page * 50 >= int(body.get("TotalCount") or 0):
                break
            page += 1
    return None


def _call(settings: SmsSettings, action: str, params: dict[str, str]) -> dict[str, Any]:
    """One signed RPC request; the JSON answer when its ``Code`` is ``OK``."""
    query = {
        "AccessKeyId": settings.access_key_id, "Action": action, "Format": "JSON",
        "RegionId": settings.region_id, "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": _new_nonce(), "SignatureVersion": "1.0",
        "Timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "Version": API_VERSION, **params,
    }  # fmt: skip
    signature = sign(query, settings.access_key_secret)
    encoded = "&".join(f"{percent_encode(k)}={percent_encode(v)}" for k, v in query.items())
    url = f"{_base_url(settings.endpoint)}?Signature={percent_encode(signature)}&{encoded}"
    with httpx.Client(timeout=settings.timeout) as client:
        response = client.get(url, headers={"Accept": "application/json"})
    body = _json_body(response)
    if str(body.get("Code", "")) != "OK":
        raise AliyunSmsError(
            str(body.get("Code") or f"HTTP{response.status_code}"),
            str(body.get("Message", response.reason_phrase)),
            str(body.get("RequestId", "")),
            response.status_code,
        )
    return body


def _new_nonce() -> str:
    return str(uuid.uuid4())


def _base_url(endpoint: str) -> str:
    # RPC requests go to the root path, which is part of the signed string ("GET&%2F&").
    return endpoint if endpoint.endswith("/") else endpoint + "/"


def _json_body(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise AliyunSmsError(
            f"HTTP{response.status_code}",
            f"answer is not a JSON object: {response.text[:200]!r}",
            "",
            response.status_code,
        )
    return body
