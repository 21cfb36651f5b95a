"""Orders (the dispatch side), their events, offers to staff, and help requests."""

from __future__ import annotations

from piccolo.columns import (
    JSON,
    DoublePrecision,
    ForeignKey,
    Integer,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.table import Table

from dispatchhub.bookings.tables import Booking
from dispatchhub.catalog.tables import ServiceType
from dispatchhub.tables_common import created_at, primary_key, updated_at
from dispatchhub.users.tables import User

__all__ = ["HelpParticipant", "HelpRequest", "Offer", "Order", "OrderEvent", "OrderFile"]


class Order(Table, tablename="orders"):
    """Work to be done for a confirmed booking.

    States: OPEN (in the grab pool), OFFERED, ASSIGNED, EN_ROUTE, IN_PROGRESS, COMPLETED,
    ESCALATED (waiting for a dispatcher), CANCELLED. ``revision`` grows with every change so
    concurrent writers can update conditionally.
    """

    id = primary_key()
    number = Varchar(length=32, unique=True)
    booking = ForeignKey(Booking, null=False, unique=True)
    service_type = ForeignKey(ServiceType, null=True, index=True)
    status = Varchar(length=16, default="OPEN", index=True)
    urgency = Varchar(length=10, default="NORMAL")
    region = Varchar(length=50, null=True, default=None, index=True)
    lat = DoublePrecision(null=True, default=None)
    lon = DoublePrecision(null=True, default=None)
    scheduled_start = Timestamptz(index=True)
    scheduled_end = Timestamptz(null=True, default=None)
    assignee = ForeignKey(User, null=True, index=True)
    assigned_at = Timestamptz(null=True, default=None)
    started_at = Timestamptz(null=True, default=None)
    completed_at = Timestamptz(null=True, default=None)
    checklist = JSON(default="{}", help_text="the completion checklist as the assignee answered it")
    escalation_queue = Varchar(length=50, null=True, default=None)
    revision = Integer(default=0)
    created_at = created_at()
    updated_at = updated_at()


class OrderEvent(Table, tablename="order_events"):
    """One transition of an order, with who, when, why and where."""

    id = primary_key()
    order = ForeignKey(Order, null=False, index=True)
    from_status = Varchar(length=16, null=True, default=None)
    to_status = Varchar(length=16)
    actor = ForeignKey(User, null=True)
    reason = Text(default="")
    lat = DoublePrecision(null=True, default=None)
    lon = DoublePrecision(null=True, default=None)
    data = JSON(default="{}")
    at = created_at()


class Offer(Table, tablename="offers"):
    """An order pushed or broadcast to one staff member, to answer before ``deadline``.

    States: PENDING, ACCEPTED, REJECTED, EXPIRED, WITHDRAWN.
    """

    id = primary_key()
    order = ForeignKey(Order, null=False, index=True)
    staff = ForeignKey(User, null=False, index=True)
    mode = Varchar(length=10, default="PUSH")
    status = Varchar(length=10, default="PENDING", index=True)
    deadline = Timestamptz(index=True)
    answered_at = Timestamptz(null=True, default=None)
    reason = Text(default="")
    created_at = created_at()


class HelpRequest(Table, tablename="help_requests"):
    """A staff member asking the supervisor or nearby colleagues for help on an order."""

    id = primary_key()
    order = ForeignKey(Order, null=False, index=True)
    requester = ForeignKey(User, null=False)
    message = Text()
    status = Varchar(length=10, default="OPEN", index=True)
    helper = ForeignKey(User, null=True)
    resolution = Text(default="")
    created_at = created_at()
    updated_at = updated_at()


class HelpParticipant(Table, tablename="help_participants"):
    """A colleague on a help request: invited, joined, or took the order over.

    One row per request and staff member; ``role`` moves INVITED → JOINED → TOOK_OVER (a
    supervisor who answers without an invitation starts at JOINED). The requester, once an
    order is taken over, stays on as JOINED.
    """

    id = primary_key()
    help_request = ForeignKey(HelpRequest, null=False, index=True)
    staff = ForeignKey(User, null=False, index=True)
    role = Varchar(length=10, default="INVITED")
    answered_at = Timestamptz(null=True, default=None)
    created_at = created_at()


class OrderRequest(Table, tablename="order_requests"):
    """A staff request sent with an idempotency key (an app's offline queue resends one
    whose answer was lost): the key, who sent it, and what it did, so a resend answers the
    same and changes nothing."""

    id = primary_key()
    key = Varchar(length=110, unique=True, help_text="the sender's user id / the client's key")
    actor = ForeignKey(User, null=False)
    kind = Varchar(length=20, help_text="STATUS or HELP")
    order = ForeignKey(Order, null=False)
    result = Varchar(length=64, default="", help_text="what it made (a help request's id)")
    created_at = created_at()


class OrderFile(Table, tablename="order_files"):
    """Proof of work kept through the ``store_file`` hook: a photo before or after the
    work, the customer's signature (uploaded by the assignee), or the service report."""

    id = primary_key()
    order = ForeignKey(Order, null=False, index=True)
    kind = Varchar(length=16, help_text="BEFORE, AFTER, SIGNATURE or REPORT (ProofKind)")
    storage_key = Varchar(length=200, help_text="the key store_file returned")
    content_type = Varchar(length=40)
    size = Integer(default=0)
    uploaded_by = ForeignKey(User, null=True)
    taken_at = Timestamptz(help_text="when the device took it (upload time if not told)")
    created_at = created_at()
