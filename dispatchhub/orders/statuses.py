"""The states of orders and help requests, and what happens to an order live.

Plain string enums: the tables store their values, the services compare with them and the
GraphQL layer shows them as its enums, so a state the domain lacks cannot be stored by
code that names these members, nor shown.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ProofKind", "HelpRole", "HelpStatus", "OrderChangeKind", "OrderStatus"]


class OrderStatus(StrEnum):
    """Where an order is in its life (see docs/api.md, Orders and dispatch)."""

    OPEN = "OPEN"
    OFFERED = "OFFERED"
    ASSIGNED = "ASSIGNED"
    EN_ROUTE = "EN_ROUTE"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    ESCALATED = "ESCALATED"
    CANCELLED = "CANCELLED"


class HelpStatus(StrEnum):
    """A help request: OPEN until closed by the requester or a supervisor, or taken over."""

    OPEN = "OPEN"
    CLOSED = "CLOSED"
    TAKEN_OVER = "TAKEN_OVER"


class HelpRole(StrEnum):
    """What a colleague did with a help request."""

    INVITED = "INVITED"
    JOINED = "JOINED"
    TOOK_OVER = "TOOK_OVER"


class OrderChangeKind(StrEnum):
    """What an entry of an order's history records, besides a change of status.

    ``STATUS``: the status changed. The others leave the status as it was: a colleague
    joined as a helper, the order changed hands by a take-over, an offered staff member
    turned the offer down, the periodic re-plan moved the offer to someone else, or the
    assignee's estimated arrival passed the promised deadline (``ARRIVAL_JEOPARDY``).
    """

    STATUS = "STATUS"
    HELP_JOINED = "HELP_JOINED"
    TAKEN_OVER = "TAKEN_OVER"
    OFFER_REJECTED = "OFFER_REJECTED"
    REOFFERED = "REOFFERED"
    ARRIVAL_JEOPARDY = "ARRIVAL_JEOPARDY"


class ProofKind(StrEnum):
    """What an order's proof-of-work file is."""

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    SIGNATURE = "SIGNATURE"
    REPORT = "REPORT"
