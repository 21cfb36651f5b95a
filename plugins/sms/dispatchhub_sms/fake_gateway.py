"""A local stand-in for Alibaba Cloud SMS (dysmsapi ``SendSms``), for tests and demos.

It checks requests the way Alibaba's gateway does: required common parameters, timestamp
within 15 minutes, known AccessKey, the HMAC-SHA1 signature recomputed from the decoded
query, single-use nonces; then the business checks (approved signature name and template,
template parameters, mainland mobile number, per-number flow control with Alibaba's default
limits of 1 a minute, 5 an hour, 10 a day). It answers with Alibaba's error codes and HTTP
statuses, and keeps the messages it accepted in :attr:`FakeAliyunSms.accepted` (also served
as JSON at ``GET /_fake/accepted``).

Run it alone with ``python -m dispatchhub_sms.fake_gateway --port 8601``, or in a thread
from a test with :func:`serve`.
"""

from __future__ import annotations

import argparse
import hmac
import json
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

from dispatchhub.plugins.fake_http import serve_in_thread, serve_until_interrupted
from dispatchhub_sms.signature import sign, string_to_sign

__all__ = ["AcceptedSms", "FakeAliyunSms", "main", "serve"]

MAX_CLOCK_SKEW_SECONDS = 15 * 60
DEFAULT_FLOW_LIMITS: tuple[tuple[int, int, str], ...] = (
    (60, 1, "触发分钟级流控Permits:1"),
    (3600, 5, "触发小时级流控Permits:5"),
    (86400, 10, "触发天级流控Permits:10"),
)
_REQUIRED = (
    "AccessKeyId",
    "Action",
    "Format",
    "SignatureMethod",
    "SignatureNonce",
    "SignatureVersion",
    "Timestamp",
    "Version",
    "Signature",
)
_MAINLAND_MOBILE = re.compile(r"1[3-9]\d{9}")


@dataclass(frozen=True, slots=True)
class AcceptedSms:
    """One message the fake accepted, as Alibaba would have delivered it."""

    biz_id: str
    phone_number: str
    sign_name: str
    template_code: str
    template_param: dict[str, str]
    out_id: str
    access_key_id: str
    send_date: str = ""  # yyyyMMdd, Beijing time, as QuerySendDetails takes it


def beijing_date(seconds: float) -> str:
    """The day (yyyyMMdd) in Beijing time of ``seconds`` since the epoch."""
    return datetime.fromtimestamp(seconds, ZoneInfo("Asia/Shanghai")).strftime("%Y%m%d")


class _Rejected(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message


@dataclass
class FakeAliyunSms:
    """The gateway's state and rules; :meth:`handle` answers one request.

    Attributes:
        access_keys: AccessKey id → secret.
        sign_names: approved signature names.
        templates: approved template code → names of its parameters.
        flow_limits: (window seconds, permits, message) per phone number and signature.
        clock: seconds since the epoch; tests move it to cross a flow-control window.
        accepted: the messages accepted so far, oldest first.
        request_count: ``SendSms`` requests received, accepted or not.
    """

    access_keys: Mapping[str, str]
    sign_names: frozenset[str]
    templates: Mapping[str, frozenset[str]]
    flow_limits: tuple[tuple[int, int, str], ...] = DEFAULT_FLOW_LIMITS
    clock: Callable[[], float] = time.time
    accepted: list[AcceptedSms] = field(default_factory=list)
    request_count: int = 0
    _nonces: set[str] = field(default_factory=set)
    _sent_at: dict[tuple[str, str], deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, method: str, raw_query: str) -> tuple[int, dict[str, Any]]:
        """Answer one RPC request: (HTTP status, JSON body)."""
        request_id = str(uuid.uuid4()).upper()
        try:
            with self._lock:
                self.request_count += 1
                biz_id = self._send(method, dict(parse_qsl(raw_query, keep_blank_values=True)))
        except _Rejected as rejected:
            body: dict[str, Any] = {
                "RequestId": request_id,
                "Code": rejected.code,
                "Message": rejected.message,
            }
            if rejected.status != 200:
                body["HostId"] = "dysmsapi.aliyuncs.com"
            return rejected.status, body
        if isinstance(biz_id, dict):  # QuerySendDetails
            return 200, {"RequestId": request_id, "Code": "OK", "Message": "OK", **biz_id}
        return 200, {"RequestId": request_id, "Code": "OK", "Message": "OK", "BizId": biz_id}

    def _send(self, method: str, params: dict[str, str]) -> str | dict[str, Any]:
        self._check_request(params)
        self._check_signature(method, params)
        self._check_nonce(params["SignatureNonce"])
        if params["Action"] == "QuerySendDetails":
            return self._query(params)
        return self._check_and_accept(params)

    def _query(self, params: dict[str, str]) -> dict[str, Any]:
        """``QuerySendDetails``: one number's messages of one day, a page at a time."""
        for name in ("PhoneNumber", "SendDate", "PageSize", "CurrentPage"):
            if not params.get(name):
                raise _Rejected(400, "MissingParameter", f"{name} is mandatory for this action.")
        try:
            size, page = int(params["PageSize"]), int(params["CurrentPage"])
        except ValueError:
            raise _Rejected(
                400, "InvalidParameter", "PageSize and CurrentPage are numbers."
            ) from None
        if not 1 <= size <= 50 or page < 1:
            raise _Rejected(400, "InvalidParameter", "PageSize is 1 to 50, CurrentPage from 1.")
        found = [
            sms for sms in self.accepted
            if sms.phone_number == params["PhoneNumber"] and sms.send_date == params["SendDate"]
            and (not params.get("BizId") or sms.biz_id == params["BizId"])
        ]  # fmt: skip
        return {
            "TotalCount": len(found),
            "SmsSendDetailDTOs": {
                "SmsSendDetailDTO": [
                    {
                        "PhoneNum": sms.phone_number,
                        "SendStatus": 3,
                        "ErrCode": "DELIVERED",
                        "TemplateCode": sms.template_code,
                        "OutId": sms.out_id,
                        "Content": json.dumps(sms.template_param, ensure_ascii=False),
                    }
                    for sms in found[(page - 1) * size : page * size]
                ]
            },
        }

    def _check_request(self, params: dict[str, str]) -> None:
        for name in _REQUIRED:
            if not params.get(name):
                raise _Rejected(400, "MissingParameter", f"{name} is mandatory for this action.")
        if params["Action"] not in {"SendSms", "QuerySendDetails"}:
            raise _Rejected(
                404, "InvalidAction.NotFound", "Specified api is not found, please check."
            )
        if params["Version"] != "2017-05-25":
            raise _Rejected(400, "InvalidVersion", "Specified parameter Version is not valid.")
        if params["SignatureMethod"] != "HMAC-SHA1" or params["SignatureVersion"] != "1.0":
            raise _Rejected(
                400, "InvalidParameter", "Specified signature method or version is not valid."
            )
        try:
            stamp = datetime.strptime(params["Timestamp"], "%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            raise _Rejected(
                400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not valid."
            ) from None
        age = self.clock() - stamp.replace(tzinfo=UTC).timestamp()
        if abs(age) > MAX_CLOCK_SKEW_SECONDS:
            raise _Rejected(
                400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired."
            )
        if params["AccessKeyId"] not in self.access_keys:
            raise _Rejected(
                404, "InvalidAccessKeyId.NotFound", "Specified access key is not found."
            )

    def _check_signature(self, method: str, params: dict[str, str]) -> None:
        unsigned = {k: v for k, v in params.items() if k != "Signature"}
        expected = sign(unsigned, self.access_keys[params["AccessKeyId"]], method)
        if not hmac.compare_digest(expected.encode(), params["Signature"].encode()):
            raise _Rejected(
                400,
                "SignatureDoesNotMatch",
                "Specified signature is not matched with our calculation. server string to "
                f"sign is:{string_to_sign(unsigned, method)}",
            )

    def _check_nonce(self, nonce: str) -> None:
        # Only a correctly signed request spends its nonce, as on Alibaba's side.
        if nonce in self._nonces:
            raise _Rejected(
                400, "SignatureNonceUsed", "Specified signature nonce was used already."
            )
        self._nonces.add(nonce)

    def _check_and_accept(self, params: dict[str, str]) -> str:
        phone = params.get("PhoneNumbers", "")
        sign_name = params.get("SignName", "")
        template_code = params.get("TemplateCode", "")
        for name in ("PhoneNumbers", "SignName", "TemplateCode"):
            if not params.get(name):
                raise _Rejected(400, "MissingParameter", f"{name} is mandatory for this action.")
        if sign_name not in self.sign_names:
            raise _Rejected(200, "isv.SMS_SIGNATURE_ILLEGAL", "该账号下找不到对应签名")
        if template_code not in self.templates:
            raise _Rejected(200, "isv.SMS_TEMPLATE_ILLEGAL", "该账号下找不到对应模板")
        try:
            template_param = json.loads(params.get("TemplateParam") or "{}")
        except ValueError:
            raise _Rejected(
                200, "isv.INVALID_JSON_PARAM", "JSON参数不合法，只接受字符串值"
            ) from None
        if not isinstance(template_param, dict) or not all(
            isinstance(v, str) for v in template_param.values()
        ):
            raise _Rejected(200, "isv.INVALID_JSON_PARAM", "JSON参数不合法，只接受字符串值")
        if not self.templates[template_code] <= template_param.keys():
            raise _Rejected(200, "isv.TEMPLATE_MISSING_PARAMETERS", "模板变量缺少对应参数值")
        if not _MAINLAND_MOBILE.fullmatch(phone):
            raise _Rejected(200, "isv.MOBILE_NUMBER_ILLEGAL", "非法手机号")
        self._check_flow(phone, sign_name)
        biz_id = f"{uuid.uuid4().int % 10**18:018d}^0"
        self.accepted.append(
            AcceptedSms(
                biz_id=biz_id,
                phone_number=phone,
                sign_name=sign_name,
                template_code=template_code,
                template_param=template_param,
                out_id=params.get("OutId", ""),
                access_key_id=params["AccessKeyId"],
                send_date=beijing_date(self.clock()),
            )
        )
        return biz_id

    def _check_flow(self, phone: str, sign_name: str) -> None:
        now = self.clock()
        longest = max(window for window, _, _ in self.flow_limits)
        sent = self._sent_at.setdefault((phone, sign_name), deque())
        while sent and now - sent[0] >= longest:
            sent.popleft()
        for window, permits, message in self.flow_limits:
            if sum(1 for at in sent if now - at < window) >= permits:
                raise _Rejected(200, "isv.BUSINESS_LIMIT_CONTROL", message)
        sent.append(now)

    def accepted_json(self) -> list[dict[str, Any]]:
        """The accepted messages as JSON-ready dicts."""
        with self._lock:
            return [asdict(sms) for sms in self.accepted]


def _handler(gateway: FakeAliyunSms) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if url.path == "/_fake/accepted":
                self._reply(200, gateway.accepted_json())
            elif url.path == "/":
                self._reply(*gateway.handle("GET", url.query))
            else:
                self._reply(404, {"Code": "InvalidAction.NotFound", "Message": "Not found"})

        def _reply(self, status: int, body: Any) -> None:
            data = json.dumps(body, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json;charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            try:
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client timed out and left: nothing to tell it

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

    return Handler


@contextmanager
def serve(gateway: FakeAliyunSms, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``gateway`` in a background thread; yields its base URL and stops on exit.

    Args:
        gateway: the fake's state and rules.
        host: the interface to listen on.
        port: the port; 0 picks a free one.
    """
    with serve_in_thread(_handler(gateway), host=host, port=port, name="fake-aliyun-sms") as url:
        yield url + "/"


def main(argv: list[str] | None = None) -> None:
    """Run the fake gateway in the foreground until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8601)
    parser.add_argument("--access-key-id", default="fake-key-id")
    parser.add_argument("--access-key-secret", default="fake-key-secret")
    parser.add_argument("--sign-name", action="append", default=None)
    parser.add_argument(
        "--template",
        action="append",
        default=None,
        help="CODE or CODE:param1,param2 (repeatable); default SMS_000001:code,minutes",
    )
    args = parser.parse_args(argv)
    templates: dict[str, frozenset[str]] = {}
    for spec in args.template or ["SMS_000001:code,minutes"]:
        code, _, names = spec.partition(":")
        templates[code] = frozenset(n for n in names.split(",") if n)
    gateway = FakeAliyunSms(
        access_keys={args.access_key_id: args.access_key_secret},
        sign_names=frozenset(args.sign_name or ["派单测试"]),
        templates=templates,
    )
    server = ThreadingHTTPServer((args.host, args.port), _handler(gateway))
    print(f"fake Alibaba Cloud SMS on http://{args.host}:{server.server_address[1]}/", flush=True)
    serve_until_interrupted(server)


if __name__ == "__main__":
    main()
