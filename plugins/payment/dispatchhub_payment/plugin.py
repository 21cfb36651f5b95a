"""The payment plugin's hook implementations: none yet.

dispatchhub has no payment hookspecs yet (``create_payment``, a signed-callback verifier
and ``refund`` are planned in the core). Until they exist this module only reserves the
entry point ``payment`` in the ``dispatchhub.plugins`` group, so installing the
distribution already shows it in the plugin list. Planned providers:

* Alipay (支付宝) open platform: RSA2 (SHA256withRSA) signed requests, asynchronous
  notifications verified with Alipay's public key, answered with ``success``.
* WeChat Pay (微信支付) API v3: requests signed with the merchant certificate
  (``WECHATPAY2-SHA256-RSA2048``), callbacks verified against the platform certificate and
  their AES-256-GCM ``resource`` decrypted with the APIv3 key.

Both notify at least once, so callbacks will be stored in an inbox keyed by the provider's
notification id and applied idempotently in the order's transaction.
"""

from __future__ import annotations

__all__: list[str] = []
