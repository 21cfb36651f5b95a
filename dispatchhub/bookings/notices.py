"""What a customer is told about their booking: in-app always, SMS when they have a phone."""

from __future__ import annotations

from typing import Any

from dispatchhub.config import Settings
from dispatchhub.notifications.service import Message, notify_all
from dispatchhub.users.tables import User

__all__ = ["notify_customer"]


async def notify_customer(
    settings: Settings,
    booking: dict[str, Any],
    template: str,
    *,
    customer: dict[str, Any] | None = None,
    **extra: str,
) -> None:
    """Queue ``template`` about ``booking`` to its customer, in the caller's transaction.

    ``customer`` (id, phone, locale) spares the read when the caller has the row.
    """
    if customer is None:
        customer = await (
            User.select(User.id, User.phone, User.locale)
            .where(User.id == booking["customer"])
            .first()
        )
    if customer is None:
        return
    service = booking["service_snapshot"]
    zh = customer["locale"].lower().startswith("zh")
    name = service.get("name_zh" if zh else "name_en", "") if isinstance(service, dict) else ""
    local = booking["scheduled_start"].astimezone(settings.zone)
    params = {
        "number": booking["number"],
        "service": name,
        "time": f"{local:%Y-%m-%d %H:%M}",
        "address": booking["address"],
        **extra,
    }
    messages = [Message("INAPP", "")]
    if customer["phone"]:
        messages.append(Message("SMS", customer["phone"]))
    # one insert for both
    await notify_all(
        messages, template=template, params=params, locale=customer["locale"],
        recipient_id=customer["id"],
    )  # fmt: skip
