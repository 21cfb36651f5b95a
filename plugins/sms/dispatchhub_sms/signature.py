"""Alibaba Cloud RPC request signing (SignatureVersion 1.0, HMAC-SHA1).

The algorithm of Alibaba's "RPC signature mechanism" page, shared by the client and the fake
gateway so that both sides compute the same string; the tests pin it to the worked example
that Alibaba publishes for ``SendSms``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from urllib.parse import quote

__all__ = ["canonicalized_query", "percent_encode", "sign", "string_to_sign"]


def percent_encode(value: str) -> str:
    """Percent-encode ``value`` as Alibaba's POP gateway expects (RFC 3986).

    Only unreserved characters (``A-Z a-z 0-9 - _ . ~``) stay as they are; UTF-8 bytes of
    everything else become ``%XX`` with upper-case hex. ``quote`` would keep ``/`` unless
    told otherwise, and form encoding would turn a space into ``+``: both break the
    signature.
    """
    return quote(value, safe="~")


def canonicalized_query(params: Mapping[str, str]) -> str:
    """The parameters sorted by name and joined as ``name=value`` pairs, each encoded."""
    return "&".join(
        f"{percent_encode(name)}={percent_encode(params[name])}" for name in sorted(params)
    )


def string_to_sign(params: Mapping[str, str], method: str = "GET") -> str:
    """``METHOD&%2F&`` followed by the encoded canonicalized query.

    Args:
        params: every request parameter except ``Signature``.
        method: the HTTP method the request is sent with.
    """
    return f"{method}&{percent_encode('/')}&{percent_encode(canonicalized_query(params))}"


def sign(params: Mapping[str, str], access_key_secret: str, method: str = "GET") -> str:
    """The ``Signature`` parameter for ``params``: base64 of HMAC-SHA1 keyed ``secret + "&"``.

    Args:
        params: every request parameter except ``Signature``.
        access_key_secret: the AccessKey secret matching the ``AccessKeyId`` in ``params``.
        method: the HTTP method the request is sent with.

    Returns:
        The signature, not yet percent-encoded for the URL.
    """
    digest = hmac.new(
        (access_key_secret + "&").encode(),
        string_to_sign(params, method).encode(),
        hashlib.sha1,
    ).digest()
    return base64.b64encode(digest).decode()
