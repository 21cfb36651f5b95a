"""RSA2 signing as Alipay defines it: what is signed, and that only the right key verifies."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from dispatchhub_payment.fake_gateway import public_pem
from dispatchhub_payment.signature import (
    content_to_sign,
    load_private_key,
    load_public_key,
    response_content,
    sign,
    verify,
)


def test_the_signed_string_is_sorted_non_empty_pairs_without_sign() -> None:
    params = {"method": "alipay.trade.precreate", "app_id": "2021", "sign": "xyz",
              "biz_content": '{"a":"b c"}', "notify_url": "", "charset": "utf-8"}  # fmt: skip

    assert content_to_sign(params) == (
        'app_id=2021&biz_content={"a":"b c"}&charset=utf-8&method=alipay.trade.precreate'
    )


def test_notifications_also_leave_out_sign_type() -> None:
    params = {
        "notify_id": "n1",
        "sign_type": "RSA2",
        "sign": "xyz",
        "trade_status": "TRADE_SUCCESS",
    }

    assert content_to_sign(params, exclude=("sign", "sign_type")) == (
        "notify_id=n1&trade_status=TRADE_SUCCESS"
    )


def test_a_signature_verifies_only_for_its_content_and_key(
    app_key: rsa.RSAPrivateKey, alipay_key: rsa.RSAPrivateKey
) -> None:
    signature = sign("a=1&b=支付", app_key)

    assert verify("a=1&b=支付", signature, app_key.public_key())
    assert not verify("a=1&b=支付 ", signature, app_key.public_key())
    assert not verify("a=1&b=支付", signature, alipay_key.public_key())
    assert not verify("a=1&b=支付", "not base64!", app_key.public_key())
    assert len(base64.b64decode(signature)) == 256  # 2048-bit RSA


def test_keys_load_from_pem_bare_base64_pkcs1_and_a_file(app_key: rsa.RSAPrivateKey,
                                                          tmp_path: object) -> None:  # fmt: skip
    from pathlib import Path

    pkcs1 = app_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )  # fmt: skip
    bare_private = base64.b64encode(pkcs1).decode()
    public = public_pem(app_key)
    bare_public = "".join(public.splitlines()[1:-1])
    path = Path(str(tmp_path)) / "alipay_public.pem"
    path.write_text(public)
    signature = sign("x=1", load_private_key(bare_private))

    for text in (public, bare_public, str(path)):
        assert verify("x=1", signature, load_public_key(text))
    with pytest.raises(ValueError):
        load_public_key("not a key")


def test_the_response_content_is_the_exact_text_of_the_member() -> None:
    body = '{"alipay_trade_refund_response":{"code":"10000","refund_fee":"1.00"} ,"sign":"S"}'

    assert response_content(body, "alipay_trade_refund_response") == (
        '{"code":"10000","refund_fee":"1.00"}'
    )
    assert response_content(body, "alipay_trade_precreate_response") is None
    assert response_content("not json", "alipay_trade_refund_response") is None
