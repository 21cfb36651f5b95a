"""dispatchhub-payment: payments through Alipay and WeChat Pay (placeholder, no hooks yet).

See :mod:`dispatchhub_payment.plugin` and the README for what it will do.
"""

from __future__ import annotations

__all__: list[str] = []
__version__ = "0.1.0"
