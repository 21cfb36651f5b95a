"""Every message to a person: one row per recipient and channel, delivered via the outbox."""

from __future__ import annotations

from piccolo.columns import JSON, ForeignKey, Integer, Text, Timestamptz, Varchar
from piccolo.columns.reference import LazyTableReference
from piccolo.table import Table

from dispatchhub.tables_common import created_at, primary_key

__all__ = ["Notification", "PushSubscription"]


# Users sit above this domain: the reference names their table without importing it.
_USER = LazyTableReference("User", module_path="dispatchhub.users.tables")


class Notification(Table, tablename="notifications"):
    """A message (SMS, EMAIL, WEBPUSH or INAPP). States: PENDING, SENDING (handed to the
    provider, its answer not yet recorded), SENT, FAILED.

    In-app rows are the staff inbox; SMS and e-mail rows also record what the provider
    answered, so the embedded mode's log sender keeps everything it "sent".
    """

    id = primary_key()
    recipient: ForeignKey[Table] = ForeignKey(_USER, null=True, index=True)
    channel = Varchar(length=8)
    target = Varchar(
        length=254, help_text="phone, e-mail or push subscription id; empty for in-app"
    )
    template = Varchar(length=50)
    params = JSON(default="{}")
    subject = Varchar(length=200, default="")
    body = Text()
    status = Varchar(length=8, default="PENDING", index=True)
    provider = Varchar(length=50, null=True, default=None)
    provider_message_id = Varchar(length=100, null=True, default=None)
    attempts = Integer(default=0)
    last_error = Text(default="")
    created_at = created_at()
    sent_at = Timestamptz(null=True, default=None)
    read_at = Timestamptz(null=True, default=None)


class PushSubscription(Table, tablename="push_subscriptions"):
    """A browser's Web Push subscription (:mod:`dispatchhub.notifications.webpush`)."""

    id = primary_key()
    user: ForeignKey[Table] = ForeignKey(_USER, null=False, index=True)
    endpoint = Text(unique=True, help_text="the push service URL the browser was given")
    p256dh = Varchar(length=100, help_text="the browser's P-256 public key, base64url")
    auth = Varchar(length=40, help_text="the browser's 16-byte auth secret, base64url")
    created_at = created_at()
