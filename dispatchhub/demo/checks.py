"""The demo's rows checked against the domain's enums before they are written.

The demo writes rows straight into the tables (it builds two months of history in one
transaction, at moments of its own choosing), so nothing on the way checks them as the
services' code does. This is that check: every column that holds a state, kind or level
must hold a value of the domain's enum, which the API can show. A value the domain lacks
stops the load instead of surfacing later as a fault in a query.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, Final

from piccolo.table import Table

from dispatchhub.bookings.errors import BookingsErrorCode
from dispatchhub.bookings.statuses import BookingChannel, BookingStatus, ChargeStatus, Urgency
from dispatchhub.bookings.tables import Booking, BookingEvent
from dispatchhub.catalog.errors import CatalogErrorCode
from dispatchhub.catalog.policy import ChargeRuleKind, Fault
from dispatchhub.dispatch.decisions import DecisionKind, DecisionOutcome
from dispatchhub.dispatch.tables import AssignmentDecision
from dispatchhub.orders.statuses import HelpRole, HelpStatus, OrderChangeKind, OrderStatus
from dispatchhub.orders.tables import HelpParticipant, HelpRequest, Order, OrderEvent
from dispatchhub.payments.statuses import PaymentStatus
from dispatchhub.payments.tables import CancellationCharge, Payment
from dispatchhub.reviews.feedback import FeedbackCategory
from dispatchhub.reviews.tables import Review, StaffFeedback

__all__ = ["check_rows"]

Check = Callable[[Any], bool]


def _one_of(enum: type[StrEnum], *, null: bool = False) -> Check:
    values = {m.value for m in enum}
    return lambda value: (null and value is None) or value in values


def _level(value: Any) -> bool:
    return isinstance(value, int) and 1 <= value <= 5


def _problems(value: Any) -> bool:
    """Review problems as the service stores them: a known code, both messages."""
    known = {c.name for c in BookingsErrorCode} | {c.name for c in CatalogErrorCode}
    return all(
        p.get("code") in known and p.get("message_zh") and p.get("message_en") for p in value
    )


def _event_kind(value: Any) -> bool:
    return _one_of(OrderChangeKind)((value or {}).get("kind", OrderChangeKind.STATUS.value))


def _charge_rule(value: Any) -> bool:
    return _one_of(ChargeRuleKind)((value or {}).get("kind"))


# Per table, the columns to check and how.
_CHECKS: Final[dict[type[Table], dict[str, Check]]] = {
    Booking: {
        "status": _one_of(BookingStatus),
        "channel": _one_of(BookingChannel),
        "urgency": _one_of(Urgency),
        "review_errors": _problems,
    },
    BookingEvent: {
        "from_status": _one_of(BookingStatus, null=True),
        "to_status": _one_of(BookingStatus, null=True),
    },
    Order: {"status": _one_of(OrderStatus), "urgency": _one_of(Urgency)},
    OrderEvent: {
        "from_status": _one_of(OrderStatus, null=True),
        "to_status": _one_of(OrderStatus),
        "data": _event_kind,
    },
    HelpRequest: {"status": _one_of(HelpStatus)},
    HelpParticipant: {"role": _one_of(HelpRole)},
    AssignmentDecision: {"kind": _one_of(DecisionKind), "outcome": _one_of(DecisionOutcome)},
    CancellationCharge: {
        "status": _one_of(ChargeStatus),
        "fault": _one_of(Fault),
        "rule": _charge_rule,
    },
    Payment: {"status": _one_of(PaymentStatus)},
    StaffFeedback: {"category": _one_of(FeedbackCategory)},
    Review: {name: _level for name in ("attitude", "quality", "speed", "skill")},
}


def check_rows(rows: dict[type[Table], list[Table]]) -> None:
    """Refuse demo rows holding a value the domain (and so the API) does not know.

    Raises:
        ValueError: naming every offending table, column and value.
    """
    wrong = [
        f"{table._meta.tablename}.{column} = {getattr(row, column)!r}"
        for table, checks in _CHECKS.items()
        for row in rows.get(table, [])
        for column, ok in checks.items()
        if not ok(_value(getattr(row, column)))
    ]
    if wrong:
        raise ValueError("demo rows the API cannot show: " + "; ".join(sorted(set(wrong))[:20]))


def _value(value: Any) -> Any:
    return value.value if isinstance(value, StrEnum) else value
