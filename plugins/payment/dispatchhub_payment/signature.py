"""Alipay's RSA2 signatures: SHA256withRSA (PKCS#1 v1.5) over the sorted parameter string.

What is signed, as Alipay's open platform defines it:

* a request: every parameter but ``sign`` whose value is not empty, sorted by name
  (byte order), joined as ``name=value`` with ``&``, the values as they are (not URL
  encoded); the Base64 signature goes in ``sign``;
* an asynchronous notification: the same, but without ``sign`` *and* ``sign_type``, over
  the URL-decoded values;
* a response: the exact JSON text of the ``<method>_response`` member, as the gateway
  wrote it (so it is cut out of the raw body, never re-serialised).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

__all__ = [
    "content_to_sign",
    "load_private_key",
    "load_public_key",
    "response_content",
    "sign",
    "verify",
]


def content_to_sign(params: Mapping[str, str], *, exclude: tuple[str, ...] = ("sign",)) -> str:
    """The string a signature covers: sorted non-empty ``name=value`` pairs joined by ``&``.

    Args:
        params: the request or notification parameters.
        exclude: names left out: ``("sign",)`` for requests, ``("sign", "sign_type")``
            for notifications.
    """
    return "&".join(
        f"{name}={params[name]}"
        for name in sorted(params)
        if name not in exclude and params[name] != ""
    )


def sign(content: str, private_key: rsa.RSAPrivateKey) -> str:
    """The Base64 RSA2 signature of ``content`` (UTF-8)."""
    signature = private_key.sign(content.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")


def verify(content: str, signature: str, public_key: rsa.RSAPublicKey) -> bool:
    """Whether ``signature`` (Base64) is the RSA2 signature of ``content`` by that key."""
    try:
        raw = base64.b64decode(signature, validate=True)
        public_key.verify(raw, content.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def response_content(body: str, member: str) -> str | None:
    """The exact text of ``member``'s JSON value in ``body``: what the gateway signed.

    Read the response from this text (not from a separate parse of the body), so what is
    used is what was verified.

    Returns:
        The substring, or None when ``body`` has no such member.
    """
    index = body.find(json.dumps(member))
    if index == -1:
        return None
    start = body.find(":", index) + 1
    while start < len(body) and body[start] in " \t\r\n":
        start += 1
    try:
        _, end = json.JSONDecoder().raw_decode(body, start)
    except json.JSONDecodeError:
        return None
    return body[start:end]


def _pem(text: str, kind: str) -> bytes:
    """PEM bytes from PEM text, a path to a PEM file, or the bare Base64 body that
    Alipay's key tool and console show."""
    text = text.strip()
    if not text.startswith("-----BEGIN") and "\n" not in text and Path(text).is_file():
        text = Path(text).read_text(encoding="ascii").strip()
    if text.startswith("-----BEGIN"):
        return text.encode("ascii")
    body = "".join(text.split())
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {kind}-----\n{lines}\n-----END {kind}-----\n".encode("ascii")


def load_private_key(text: str) -> rsa.RSAPrivateKey:
    """The application's RSA private key (PKCS#8 or PKCS#1; PEM, file or bare Base64).

    Raises:
        ValueError: not an RSA private key.
    """
    pem = _pem(text, "PRIVATE KEY")
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except ValueError:
        key = serialization.load_pem_private_key(
            pem.replace(b"PRIVATE KEY", b"RSA PRIVATE KEY"), password=None
        )
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("the Alipay application key must be an RSA key")
    return key


def load_public_key(text: str) -> rsa.RSAPublicKey:
    """Alipay's RSA public key (PEM, file or bare Base64 SubjectPublicKeyInfo).

    Raises:
        ValueError: not an RSA public key.
    """
    key = serialization.load_pem_public_key(_pem(text, "PUBLIC KEY"))
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("the Alipay public key must be an RSA key")
    return key
