"""dispatchhub-sms: deliver text messages through Alibaba Cloud SMS (dysmsapi ``SendSms``).

The hook lives in :mod:`dispatchhub_sms.plugin`; :mod:`dispatchhub_sms.fake_gateway` is a
local stand-in for Alibaba's endpoint, used by the tests and for demos.
"""

from __future__ import annotations

__all__: list[str] = []
__version__ = "0.1.0"
