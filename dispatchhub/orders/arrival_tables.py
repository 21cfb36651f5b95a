"""Arrival promises: when a staff member must be at the customer's, and when they will be."""

from __future__ import annotations

from piccolo.columns import DoublePrecision, ForeignKey, Timestamptz, Varchar
from piccolo.table import Table

from dispatchhub.orders.tables import Order
from dispatchhub.tables_common import created_at, primary_key, updated_at
from dispatchhub.users.tables import User

__all__ = ["ArrivalPromise"]


class ArrivalPromise(Table, tablename="arrival_promises"):
    """One acceptance of an order and its promised arrival (see ``docs/deadlines.md``).

    Made when a staff member accepts (or grabs) an order whose service type promises an
    arrival window for its urgency. ``outcome``: OPEN until the staff member arrives
    (ON_TIME or LATE, with ``late_min``) or the promise is certainly missed before they set
    off (MISSED: the order was re-dispatched); WITHDRAWN when the order left them for
    another reason (cancelled, reassigned). ``eta_at`` is the latest estimate from the maps
    hook; ``jeopardy_at`` when the dispatcher was alerted that the ETA passed the deadline.
    """

    id = primary_key()
    order = ForeignKey(Order, null=False, index=True)
    staff = ForeignKey(User, null=False, index=True)
    deadline = Timestamptz()
    eta_at = Timestamptz(null=True, default=None)
    eta_updated_at = Timestamptz(null=True, default=None)
    jeopardy_at = Timestamptz(null=True, default=None)
    arrived_at = Timestamptz(null=True, default=None)
    late_min = DoublePrecision(null=True, default=None)
    outcome = Varchar(length=10, default="OPEN", index=True)
    created_at = created_at()
    updated_at = updated_at()
