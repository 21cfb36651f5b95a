"""Default SMS and e-mail senders: write to the log and keep what they would have sent.

They make the embedded mode complete (a verification code can be read from the console or
from the ``sent_messages`` table through the admin UI) and are asked last, so any installed
provider plugin takes over.
"""

from __future__ import annotations

import logging

from dispatchhub.plugins.hookspecs import hookimpl
from dispatchhub.plugins.notification_messages import DeliveryReceipt, EmailMessage, SmsMessage

__all__ = ["send_email", "send_sms"]

log = logging.getLogger("dispatchhub.sent")


@hookimpl(trylast=True)
def send_sms(message: SmsMessage) -> DeliveryReceipt:
    """Log the text message instead of sending it."""
    log.info("SMS to %s [%s]: %s", message.phone, message.template, message.text)
    return DeliveryReceipt(provider="log", provider_message_id=message.message_id)


@hookimpl(trylast=True)
def send_email(message: EmailMessage) -> DeliveryReceipt:
    """Log the e-mail instead of sending it."""
    log.info("E-mail to %s: %s\n%s", message.to, message.subject, message.body)
    return DeliveryReceipt(provider="log", provider_message_id=message.message_id)
