"""Customer reviews of completed orders and staff feedback on jobs and customers."""

from __future__ import annotations

from piccolo.columns import Boolean, ForeignKey, Integer, Text, Timestamptz, Varchar
from piccolo.table import Table

from dispatchhub.orders.tables import Order
from dispatchhub.tables_common import created_at, primary_key
from dispatchhub.users.tables import User

__all__ = ["Review", "StaffFeedback"]


class Review(Table, tablename="reviews"):
    """One review per completed order.

    Levels per dimension: 5 VERY_SATISFIED, 4 SATISFIED, 3 NEUTRAL, 2 DISSATISFIED,
    1 VERY_DISSATISFIED. A ``flagged`` review (abusive words in the comment) stays out of
    public listings until a moderator clears it; the assignee may ``reply`` once.
    """

    id = primary_key()
    order = ForeignKey(Order, null=False, unique=True)
    customer = ForeignKey(User, null=False, index=True)
    staff = ForeignKey(User, null=False, index=True)
    attitude = Integer()
    quality = Integer()
    speed = Integer()
    skill = Integer()
    comment = Text(default="")
    flagged = Boolean(default=False, index=True)
    reply = Text(default="")
    replied_at = Timestamptz(null=True, default=None)
    created_at = created_at()
    edited_at = Timestamptz(null=True, default=None)


class StaffFeedback(Table, tablename="staff_feedback"):
    """A staff member's report on a job: how it went, problems, the customer's situation."""

    id = primary_key()
    order = ForeignKey(Order, null=False, index=True)
    staff = ForeignKey(User, null=False, index=True)
    category = Varchar(length=30)
    message = Text()
    created_at = created_at()
