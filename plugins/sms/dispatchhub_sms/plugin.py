"""The ``send_sms`` hook: deliver mainland-China text messages through Alibaba Cloud SMS.

Registered through the ``dispatchhub.plugins`` entry point ``sms``. Settings are read from
``DISPATCHHUB_SMS_*`` on every call, so a changed environment takes effect without a
restart and tests can set it per test.
"""

from __future__ import annotations

import phonenumbers

from dispatchhub import hookimpl
from dispatchhub.plugins.notification_messages import DeliveryReceipt, SmsMessage
from dispatchhub_sms import client
from dispatchhub_sms.settings import SmsSettings

__all__ = ["mainland_mobile_number", "send_sms"]

_CHINA_COUNTRY_CODE = 86


@hookimpl
def send_sms(message: SmsMessage) -> DeliveryReceipt | None:
    """Send ``message`` with Alibaba Cloud ``SendSms``.

    Args:
        message: the message; ``message.message_id`` goes to Alibaba as ``OutId``.

    Returns:
        Alibaba's receipt (provider ``aliyun-sms``, ``BizId``), or None when the plugin
        is not configured or the phone is outside mainland China, so that another
        plugin or the built-in log sender answers.

    Raises:
        client.AliyunSmsError: Alibaba refused the message (the outbox retries it).
        client.SmsTemplateNotMappedError: the template has no Alibaba template code.
        httpx.HTTPError: Alibaba could not be reached.
    """
    settings = SmsSettings.from_env()
    if settings is None:
        return None
    national = mainland_mobile_number(message.phone)
    if national is None:
        return None
    return client.send(
        settings,
        phone_number=national,
        template=message.template,
        params=message.params,
        out_id=message.message_id,
    )


def mainland_mobile_number(phone: str) -> str | None:
    """The national number of a +86 phone (``+8613800138000`` → ``13800138000``).

    Alibaba's mainland API wants numbers without the country code. Whether the number is
    a valid mobile is Alibaba's call (``isv.MOBILE_NUMBER_ILLEGAL``), so only the country
    is checked here.

    Returns:
        The digits, or None for a number of another country or one that cannot be parsed.
    """
    try:
        parsed = phonenumbers.parse(phone, "CN")
    except phonenumbers.NumberParseException:
        return None
    if parsed.country_code != _CHINA_COUNTRY_CODE:
        return None
    return str(parsed.national_number)
