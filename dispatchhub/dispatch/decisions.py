"""What kind of assignment decision a row records, and what came of it.

Plain string enums: ``AssignmentDecision.kind`` and ``.outcome`` hold their values, and the
GraphQL layer shows them as its enums.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["DecisionKind", "DecisionOutcome"]


class DecisionKind(StrEnum):
    """Who or what decided: the engine, a grab, a dispatcher, a re-plan or a shadow run."""

    AUTO = "AUTO"
    GRAB = "GRAB"
    MANUAL = "MANUAL"
    REOPTIMISE = "REOPTIMISE"
    SHADOW = "SHADOW"


class DecisionOutcome(StrEnum):
    """What a decision did with the order.

    Live decisions: ``OFFERED`` (pushed or broadcast), ``POOLED`` (left to grab),
    ``ESCALATED`` (nobody qualified: the dispatcher queue), ``ASSIGNED`` (a grab won or a
    dispatcher chose), ``REFUSED`` (a grab the policy did not allow). Shadow versions:
    ``CHOSEN``, ``NO_CANDIDATE`` or ``ERROR`` (the version failed; dispatch went on).
    """

    OFFERED = "OFFERED"
    POOLED = "POOLED"
    ESCALATED = "ESCALATED"
    ASSIGNED = "ASSIGNED"
    REFUSED = "REFUSED"
    CHOSEN = "CHOSEN"
    NO_CANDIDATE = "NO_CANDIDATE"
    ERROR = "ERROR"
