"""The messages that leave the platform through the SMS and e-mail provider hooks."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["SmsMessage", "EmailMessage", "DeliveryReceipt"]


@dataclass(frozen=True, slots=True)
class SmsMessage:
    """One text message to one phone."""

    message_id: str
    phone: str
    template: str
    text: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EmailMessage:
    """One plain-text e-mail to one recipient."""

    message_id: str
    to: str
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class DeliveryReceipt:
    """What a provider answered for a delivered message."""

    provider: str
    provider_message_id: str

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form, for outbox payloads and the notification row."""
        return asdict(self)
