"""The ``send_sms`` hook: deliver mainland-China text messages through Alibaba Cloud SMS.

Registered through the ``dispatchhub.plugins`` entry point ``sms``. Settings are read from
``DISPATCHHUB_SMS_*`` on every call, so a changed environment takes effect without a
restart and tests can set it per test.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import phonenumbers

from dispatchhub import hookimpl
from dispatchhub.plugins.notification_messages import DeliveryReceipt, SmsMessage
from dispatchhub_sms import client
from dispatchhub_sms.settings import SmsSettings

__all__ = ["mainland_mobile_number", "send_sms", "sms_accepted"]

_CHINA_COUNTRY_CODE = 86
_BEIJING = ZoneInfo("Asia/Shanghai")


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


@hookimpl
def sms_accepted(message: SmsMessage) -> DeliveryReceipt | None:
    """Whether Alibaba already accepted ``message`` (its ``OutId``), today or yesterday
    (Beijing time), so a message whose answer was lost is not sent twice.

    Returns:
        The receipt when Alibaba lists it; None when it does not, or the plugin is not
        configured, or the phone is not a mainland one.
    """
    settings = SmsSettings.from_env()
    national = None if settings is None else mainland_mobile_number(message.phone)
    if settings is None or national is None:
        return None
    today = datetime.now(_BEIJING)
    days = [(today - timedelta(days=n)).strftime("%Y%m%d") for n in (0, 1)]
    return client.find_sent(settings, phone_number=national, out_id=message.message_id, days=days)


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
