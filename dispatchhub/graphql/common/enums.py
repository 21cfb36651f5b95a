"""The domain's string enums as GraphQL enums, each value described.

The values are the domain's (``dispatchhub.<domain>.statuses`` and the like): the API shows
exactly the states the services can store. :func:`api_enum` registers a domain enum with
Strawberry once, here, so every GraphQL module that names it gets the same enum.
"""

from __future__ import annotations

from enum import EnumMeta
from typing import TypeVar

import strawberry

from dispatchhub.bookings.statuses import BookingChannel, BookingStatus, ChargeStatus, Urgency
from dispatchhub.catalog.policy import Fault
from dispatchhub.dispatch.decisions import DecisionKind, DecisionOutcome
from dispatchhub.orders.statuses import HelpRole, HelpStatus, OrderChangeKind, OrderStatus

__all__ = [
    "BookingChannel",
    "BookingStatus",
    "ChargeStatus",
    "DecisionKind",
    "DecisionOutcome",
    "Fault",
    "HelpRole",
    "HelpStatus",
    "OrderChangeKind",
    "OrderStatus",
    "Urgency",
    "api_enum",
]

E = TypeVar("E", bound=EnumMeta)


def api_enum(cls: E, *, name: str, description: str, values: dict[str, str]) -> E:
    """Show the domain enum ``cls`` as the GraphQL enum ``name``.

    Args:
        cls: the domain's enum; it becomes the GraphQL enum itself (resolvers return its
            members or their values).
        name: the GraphQL name.
        description: what the enum is.
        values: a description for every member, by name; a member without one is an error,
            so a value the domain adds cannot reach the schema undescribed.
    """
    missing = [m for m in cls.__members__ if m not in values]
    if missing or set(values) - set(cls.__members__):
        raise ValueError(f"{name}: describe exactly the members {list(cls.__members__)}")
    strawberry.enum(cls, name=name, description=description)
    for value in cls.__strawberry_definition__.values:  # type: ignore[attr-defined]
        value.description = values[value.name]
    return cls


api_enum(
    OrderStatus,
    name="OrderStatus",
    description="Where an order is in its life. 订单状态。",
    values={
        "OPEN": "In the grab pool: eligible staff may grab it. 待抢。",
        "OFFERED": "Offered to one or more staff members, each with an accept deadline. 已派。",
        "ASSIGNED": "A staff member has it (grab, accepted offer or a dispatcher's choice). 已接。",
        "EN_ROUTE": "The assignee is on the way (reported by them). 在途。",
        "IN_PROGRESS": "The assignee is at work on site. 服务中。",
        "COMPLETED": "The assignee reported the work done. 已完成。",
        "ESCALATED": "Nobody qualified: it waits in a dispatcher queue. 待人工。",
        "CANCELLED": "Its booking was cancelled. 已取消。",
    },
)
api_enum(
    OrderChangeKind,
    name="OrderChangeKind",
    description="What an entry of an order's history records.",
    values={
        "STATUS": "The status changed (`fromStatus` → `toStatus`).",
        "HELP_JOINED": "A colleague joined a help request as a helper; the status stayed.",
        "TAKEN_OVER": "A colleague or supervisor took the order over; the status stayed.",
        "OFFER_REJECTED": "An offered staff member turned the offer down; the status stayed.",
        "REOFFERED": "The periodic re-plan moved the offer to a better-placed staff member; "
        "the status stayed.",
        "ARRIVAL_JEOPARDY": "The assignee's estimated arrival passed the promised arrival "
        "deadline; the status stayed.",
    },
)
api_enum(
    HelpStatus,
    name="HelpStatus",
    description="Where a help request is: OPEN until closed by the requester or a "
    "supervisor, or taken over.",
    values={
        "OPEN": "Waiting for, or getting, help.",
        "CLOSED": "Closed by the requester or a supervisor, with a resolution.",
        "TAKEN_OVER": "A colleague or supervisor took the order over.",
    },
)
api_enum(
    HelpRole,
    name="HelpRole",
    description="What a colleague did with a help request.",
    values={
        "INVITED": "Asked to help (a nearby qualified colleague or the supervisor).",
        "JOINED": "Joined as a helper: reads the order's contact details.",
        "TOOK_OVER": "Took the order over: its assignee now.",
    },
)
api_enum(
    BookingStatus,
    name="BookingStatus",
    description="Where a booking is in its life. 预约状态。",
    values={
        "SUBMITTED": "Received; the automatic review has not finished. 已提交。",
        "NEEDS_CHANGES": "The automatic review found problems the customer must fix "
        "(`reviewProblems`). 待修改。",
        "PENDING_REVIEW": "Waiting for an agent's approval (service types with manual "
        "review). 待审核。",
        "CONFIRMED": "Confirmed; its order is being dispatched. 已确认。",
        "IN_SERVICE": "The staff member started the work. 服务中。",
        "COMPLETED": "The work is done. 已完成。",
        "CANCELLED": "Cancelled by the customer or an agent. 已取消。",
    },
)
api_enum(
    BookingChannel,
    name="BookingChannel",
    description="Where a booking came in.",
    values={
        "WEB": "The web site.",
        "APP": "The mobile app.",
        "PHONE": "An agent entered it for the customer on the phone.",
    },
)
api_enum(
    Urgency,
    name="Urgency",
    description="How soon the customer needs the service; a service type offers some of these.",
    values={
        "NORMAL": "At the booked time. 普通。",
        "URGENT": "Soon; dispatched first. 加急。",
        "EMERGENCY": "At once (leaks, no power); sent to staff even in their quiet hours. 紧急。",
    },
)
api_enum(
    ChargeStatus,
    name="ChargeStatus",
    description="Where a cancellation or reschedule charge is.",
    values={
        "PENDING": "Owed: a fee the customer has not paid, or compensation not yet paid back.",
        "SETTLED": "Paid (a fee) or paid back (compensation).",
        "WAIVED": "Let go by an agent.",
    },
)
api_enum(
    Fault,
    name="Fault",
    description="Whose doing a cancellation or reschedule is; it decides fee or "
    "compensation. Agents may name STAFF or PLATFORM; a customer's own change is CUSTOMER.",
    values={
        "CUSTOMER": "The customer's: the policy's fee applies.",
        "STAFF": "The staff member's: the customer gets compensation.",
        "PLATFORM": "The platform's: the customer gets compensation.",
    },
)
api_enum(
    DecisionKind,
    name="DecisionKind",
    description="Who or what made an assignment decision.",
    values={
        "AUTO": "The dispatch engine under the active policy.",
        "GRAB": "A staff member's grab, judged by the policy's requirements.",
        "MANUAL": "A dispatcher's assignment (orderAssign).",
        "REOPTIMISE": "The periodic re-plan moved an unanswered offer to a better-placed "
        "staff member.",
        "SHADOW": "A version in shadow mode, evaluated beside the active one; it changes nothing.",
    },
)
api_enum(
    DecisionOutcome,
    name="DecisionOutcome",
    description="What an assignment decision did with the order.",
    values={
        "OFFERED": "Offered (pushed to one or broadcast to several staff members).",
        "POOLED": "Left in the grab pool.",
        "ESCALATED": "Nobody qualified: sent to a dispatcher queue.",
        "ASSIGNED": "Given to a staff member (a grab that won, or a dispatcher's choice).",
        "REFUSED": "A grab the policy's requirements did not allow.",
        "CHOSEN": "Shadow: the version would have chosen someone.",
        "NO_CANDIDATE": "Shadow: the version would have found nobody.",
        "ERROR": "Shadow: the version failed to evaluate (logged); dispatch went on.",
    },
)
