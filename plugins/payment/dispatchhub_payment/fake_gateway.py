"""A local stand-in for the Alipay open-platform gateway, for tests and demos.

It checks requests the way Alipay's gateway does: the common parameters, RSA2 only,
``charset`` utf-8, a Beijing-time timestamp within 15 minutes, a known ``app_id``, and the
signature recomputed with the application's public key (a bad one gets ``40002
isv.invalid-signature``). It answers ``alipay.trade.precreate`` (a QR code; the same
``out_trade_no`` with the same amount returns the same trade) and ``alipay.trade.refund``
(idempotent per ``out_request_no``, never more than was paid), and signs every answer with
its own key, over the exact JSON text of the ``…_response`` member.

A buyer "paying" is :meth:`FakeAlipay.pay`: it marks the trade ``TRADE_SUCCESS`` and POSTs
the signed ``trade_status_sync`` notification to the trade's ``notify_url``, as Alipay
does; :meth:`FakeAlipay.deliver` sends one again (Alipay repeats until it reads
``success``). Run it alone with ``python -m dispatchhub_payment.fake_gateway``.
"""

from __future__ import annotations

import argparse
import json
import secrets
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from dispatchhub.plugins.fake_http import serve_in_thread, serve_until_interrupted
from dispatchhub_payment.client import BEIJING, fen_to_yuan, yuan_to_fen
from dispatchhub_payment.signature import content_to_sign, sign, verify

__all__ = [
    "DEFAULT_APP_ID",
    "FakeAlipay",
    "Trade",
    "generate_key",
    "main",
    "private_pem",
    "public_pem",
    "serve",
]

DEFAULT_APP_ID = "2021000000000001"

MAX_CLOCK_SKEW = timedelta(minutes=15)
_COMMON = ("app_id", "method", "charset", "sign_type", "sign", "timestamp", "version")


def generate_key() -> rsa.RSAPrivateKey:
    """A fresh 2048-bit RSA key, as Alipay's key tool makes."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def public_pem(key: rsa.RSAPrivateKey) -> str:
    """The SubjectPublicKeyInfo PEM of ``key``'s public half."""
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )


def private_pem(key: rsa.RSAPrivateKey) -> str:
    """The PKCS#8 PEM of ``key``: what the plugin's ``PRIVATE_KEY`` setting takes."""
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")  # fmt: skip


@dataclass
class Trade:
    """One trade as Alipay keeps it."""

    out_trade_no: str
    trade_no: str
    app_id: str
    total_fen: int
    subject: str
    notify_url: str
    status: str = "WAIT_BUYER_PAY"
    paid_at: datetime | None = None
    refunds: dict[str, int] = field(default_factory=dict)  # out_request_no → fen
    notification: dict[str, str] | None = None  # the last one signed, for re-delivery


class _Refused(Exception):
    def __init__(self, code: str, msg: str, sub_code: str, sub_msg: str) -> None:
        super().__init__(sub_code)
        self.answer = {"code": code, "msg": msg, "sub_code": sub_code, "sub_msg": sub_msg}


@dataclass
class FakeAlipay:
    """The gateway's state and rules.

    Attributes:
        apps: app_id → the application's public key (PEM), as uploaded to Alipay.
        key: Alipay's own private key; give the plugin :func:`public_pem` of it.
        seller_id: the merchant's Alipay user id written into notifications.
        trades: by ``out_trade_no``.
        requests: every gateway request's parameters, accepted or not.
        deliveries: (notify_url, HTTP status, body) of every notification sent.
        down: answer every request with 503, as during an outage.
    """

    apps: Mapping[str, str]
    key: rsa.RSAPrivateKey = field(default_factory=generate_key)
    seller_id: str = "2088000000000001"
    trades: dict[str, Trade] = field(default_factory=dict)
    requests: list[dict[str, str]] = field(default_factory=list)
    deliveries: list[tuple[str, int, str]] = field(default_factory=list)
    down: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- the gateway ----------------------------------------------------------------------

    def handle(self, body: str) -> tuple[int, str]:
        """Answer one ``POST /gateway.do``: (HTTP status, JSON text)."""
        if self.down:
            return 503, "Service Unavailable"
        params = dict(parse_qsl(body, keep_blank_values=True))
        method = params.get("method", "")
        member = method.replace(".", "_") + "_response" if method else "error_response"
        with self._lock:
            self.requests.append(params)
            try:
                self._check(params)
                answer = self._call(method, params)
            except _Refused as refused:
                answer = refused.answer
        text = json.dumps(answer, ensure_ascii=False, separators=(",", ":"))
        signature = sign(text, self.key)
        return 200, f'{{"{member}":{text},"sign":"{signature}"}}'

    def _check(self, params: dict[str, str]) -> None:
        missing = [name for name in _COMMON if not params.get(name)]
        if missing:
            raise _Refused("40001", "Missing Required Arguments", "isv.missing-" + missing[0],
                           f"缺少必选参数 {missing[0]}")  # fmt: skip
        if params["sign_type"] != "RSA2":
            raise _Refused("40002", "Invalid Arguments", "isv.invalid-signature-type",
                           "无效的签名类型")  # fmt: skip
        if params["charset"].lower() != "utf-8":
            raise _Refused("40002", "Invalid Arguments", "isv.invalid-charset", "字符集错误")
        try:
            at = datetime.strptime(params["timestamp"], "%Y-%m-%d %H:%M:%S")
        except ValueError:
            raise _Refused("40002", "Invalid Arguments", "isv.invalid-timestamp",
                           "非法的时间戳参数") from None  # fmt: skip
        if abs(datetime.now(BEIJING) - at.replace(tzinfo=BEIJING)) > MAX_CLOCK_SKEW:
            raise _Refused("40002", "Invalid Arguments", "isv.invalid-timestamp",
                           "请求时间与服务器时间相差超过 15 分钟")  # fmt: skip
        app_key = self.apps.get(params["app_id"])
        if app_key is None:
            raise _Refused("40002", "Invalid Arguments", "isv.invalid-app-id", "无效的AppID参数")
        public_key = serialization.load_pem_public_key(app_key.encode("ascii"))
        assert isinstance(public_key, rsa.RSAPublicKey)
        if not verify(content_to_sign(params), params["sign"], public_key):
            raise _Refused("40002", "Invalid Arguments", "isv.invalid-signature",
                           "验签出错,建议检查签名字符串或签名私钥与应用公钥是否匹配")  # fmt: skip

    def _call(self, method: str, params: dict[str, str]) -> dict[str, Any]:
        try:
            biz = json.loads(params.get("biz_content", ""))
        except json.JSONDecodeError:
            raise _Refused("40002", "Invalid Arguments", "isv.invalid-biz-content",
                           "biz_content 不是 JSON") from None  # fmt: skip
        if method == "alipay.trade.precreate":
            return self._precreate(params, biz)
        if method == "alipay.trade.refund":
            return self._refund(params, biz)
        raise _Refused("40002", "Invalid Arguments", "isv.invalid-method", "不存在的方法名")

    def _precreate(self, params: dict[str, str], biz: dict[str, Any]) -> dict[str, Any]:
        number, subject = str(biz.get("out_trade_no", "")), str(biz.get("subject", ""))
        if not number or not subject:
            raise _Refused("40004", "Business Failed", "ACQ.INVALID_PARAMETER", "参数无效")
        fen = _fen(biz.get("total_amount"))
        trade = self.trades.get(number)
        if trade is not None:
            if trade.status != "WAIT_BUYER_PAY":
                raise _Refused("40004", "Business Failed", "ACQ.TRADE_HAS_SUCCESS", "交易已被支付")
            if trade.total_fen != fen:
                raise _Refused("40004", "Business Failed", "ACQ.CONTEXT_INCONSISTENT",
                               "交易信息被篡改")  # fmt: skip
        else:
            trade = Trade(
                out_trade_no=number, trade_no=f"2026{secrets.randbelow(10**24):024d}",
                app_id=params["app_id"], total_fen=fen, subject=subject,
                notify_url=params.get("notify_url", ""),
            )  # fmt: skip
            self.trades[number] = trade
        return {"code": "10000", "msg": "Success", "out_trade_no": number,
                "qr_code": f"https://qr.alipay.com/bax{trade.trade_no[-12:]}"}  # fmt: skip

    def _refund(self, params: dict[str, str], biz: dict[str, Any]) -> dict[str, Any]:
        trade = self.trades.get(str(biz.get("out_trade_no", "")))
        if trade is None or trade.app_id != params["app_id"]:
            raise _Refused("40004", "Business Failed", "ACQ.TRADE_NOT_EXIST", "交易不存在")
        if trade.status != "TRADE_SUCCESS":
            raise _Refused("40004", "Business Failed", "ACQ.TRADE_STATUS_ERROR", "交易状态不合法")
        request_no = str(biz.get("out_request_no") or trade.out_trade_no)
        fen = _fen(biz.get("refund_amount"))
        changed = "N"
        if request_no in trade.refunds:
            if trade.refunds[request_no] != fen:
                raise _Refused("40004", "Business Failed", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL",
                               "退款金额与原请求不一致")  # fmt: skip
        elif sum(trade.refunds.values()) + fen > trade.total_fen:
            raise _Refused("40004", "Business Failed", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL",
                           "退款金额超限")  # fmt: skip
        else:
            trade.refunds[request_no] = fen
            changed = "Y"
        return {"code": "10000", "msg": "Success", "trade_no": trade.trade_no,
                "out_trade_no": trade.out_trade_no, "fund_change": changed,
                "refund_fee": fen_to_yuan(sum(trade.refunds.values()))}  # fmt: skip

    # --- the buyer ------------------------------------------------------------------------

    def pay(self, out_trade_no: str) -> tuple[int, str]:
        """The buyer pays: the trade succeeds and its notification is delivered once.

        Returns:
            The HTTP status and body our notify URL answered.
        """
        with self._lock:
            trade = self.trades[out_trade_no]
            trade.status, trade.paid_at = "TRADE_SUCCESS", datetime.now(BEIJING)
            trade.notification = self.notification(trade)
        return self.deliver(out_trade_no)

    def notification(self, trade: Trade, **changes: str) -> dict[str, str]:
        """The signed ``trade_status_sync`` for ``trade`` (``changes`` are applied before
        signing: a test builds a validly signed notice with other values this way)."""
        now = datetime.now(BEIJING).strftime("%Y-%m-%d %H:%M:%S")
        paid = trade.paid_at.strftime("%Y-%m-%d %H:%M:%S") if trade.paid_at else ""
        params = {
            "notify_time": now, "notify_type": "trade_status_sync",
            "notify_id": secrets.token_hex(16), "charset": "utf-8", "version": "1.0",
            "app_id": trade.app_id, "auth_app_id": trade.app_id, "seller_id": self.seller_id,
            "trade_no": trade.trade_no, "out_trade_no": trade.out_trade_no,
            "trade_status": trade.status, "total_amount": fen_to_yuan(trade.total_fen),
            "receipt_amount": fen_to_yuan(trade.total_fen), "subject": trade.subject,
            "buyer_id": "2088102177846875", "gmt_create": paid, "gmt_payment": paid,
            **changes,
        }  # fmt: skip
        params["sign"] = sign(content_to_sign(params), self.key)
        params["sign_type"] = "RSA2"
        return params

    def deliver(self, out_trade_no: str, params: dict[str, str] | None = None) -> tuple[int, str]:
        """POST a notification (the trade's last one by default) to its notify URL."""
        trade = self.trades[out_trade_no]
        params = params or trade.notification
        assert params is not None, "pay() first"
        response = httpx.post(
            trade.notify_url, content=urlencode(params).encode("utf-8"), timeout=10,
            headers={"content-type": "application/x-www-form-urlencoded; charset=utf-8"},
        )  # fmt: skip
        self.deliveries.append((trade.notify_url, response.status_code, response.text))
        return response.status_code, response.text


def _fen(value: object) -> int:
    try:
        fen = yuan_to_fen(str(value))
    except (ValueError, InvalidOperation):
        raise _Refused("40004", "Business Failed", "ACQ.INVALID_PARAMETER", "金额无效") from None
    if not 1 <= fen <= int(Decimal(100_000_000) * 100):
        raise _Refused("40004", "Business Failed", "ACQ.TOTAL_FEE_EXCEED", "金额超出范围")
    return fen


def _handler(gateway: FakeAlipay) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            length = int(self.headers.get("content-length") or 0)
            status, text = gateway.handle(self.rfile.read(length).decode("utf-8"))
            data = text.encode("utf-8")
            self.send_response(status)
            self.send_header("content-type", "application/json;charset=utf-8")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # tests read the state, not the log

    return Handler


@contextmanager
def serve(gateway: FakeAlipay, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``gateway`` in a background thread; yields its ``…/gateway.do`` URL."""
    with serve_in_thread(_handler(gateway), host=host, port=port, name="fake-alipay") as url:
        yield url + "/gateway.do"


def main(argv: list[str] | None = None) -> None:
    """Run the fake gateway in the foreground; prints the keys to configure the plugin."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8603)
    parser.add_argument("--app-id", default=DEFAULT_APP_ID)
    args = parser.parse_args(argv)
    app_key = generate_key()
    gateway = FakeAlipay(apps={args.app_id: public_pem(app_key)})
    private = private_pem(app_key)
    server = ThreadingHTTPServer((args.host, args.port), _handler(gateway))
    url = f"http://{args.host}:{server.server_address[1]}/gateway.do"
    settings = {
        "GATEWAY": url, "APP_ID": args.app_id, "PRIVATE_KEY": f"'{private}'",
        "PUBLIC_KEY": f"'{public_pem(gateway.key)}'",
    }  # fmt: skip
    print(f"fake Alipay gateway on {url}", flush=True)
    for name, value in settings.items():
        print(f"DISPATCHHUB_PAYMENT_ALIPAY_{name}={value}", flush=True)
    serve_until_interrupted(server)


if __name__ == "__main__":
    main()
