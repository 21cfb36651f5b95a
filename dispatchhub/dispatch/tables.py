"""Assignment policies (DSL source, immutable versions) and the decisions they made."""

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
from piccolo.columns.reference import LazyTableReference
from piccolo.table import Table

from dispatchhub.tables_common import created_at, primary_key, updated_at
from dispatchhub.users.tables import User

__all__ = ["AssignmentDecision", "Policy", "PolicyVersion", "StaffTypeStats"]


class Policy(Table, tablename="policies"):
    """A named rule set; at most one published version is active."""

    id = primary_key()
    name = Varchar(length=100, unique=True)
    active_version = Integer(null=True, default=None)
    created_at = created_at()
    updated_at = updated_at()


class PolicyVersion(Table, tablename="policy_versions"):
    """One immutable version of a policy's DSL source. States: DRAFT, PUBLISHED, RETIRED."""

    id = primary_key()
    policy = ForeignKey(Policy, null=False, index=True)
    version = Integer()
    source = Text()
    content_hash = Varchar(length=64, index=True)
    status = Varchar(length=10, default="DRAFT")
    note = Text(default="")
    created_by = ForeignKey(User, null=True)
    created_at = created_at()
    published_at = Timestamptz(null=True, default=None)


class AssignmentDecision(Table, tablename="assignment_decisions"):
    """Why an order went (or did not go) to someone: pinned to the policy version used.

    ``kind``: AUTO, GRAB, MANUAL, SIMULATION, SHADOW. ``task`` is the DSL task record
    evaluated; ``candidates`` holds, per staff member considered, the DSL staff record as it
    stood and eligibility or the failed requirement with the values read, and the score with
    its terms (shape: :func:`dispatchhub.dispatch.snapshot.candidate_entry`). Simulation
    replays drafts from these two.
    """

    id = primary_key()
    order: ForeignKey[Table] = ForeignKey(
        # orders sit above dispatch: the reference names the table without importing it
        LazyTableReference("Order", module_path="dispatchhub.orders.tables"),
        null=False,
        index=True,
    )
    kind = Varchar(length=12)
    policy_version = ForeignKey(PolicyVersion, null=True)
    content_hash = Varchar(length=64, null=True, default=None)
    outcome = Varchar(length=20)
    chosen = ForeignKey(User, null=True)
    actor = ForeignKey(User, null=True)
    task = JSON(default="{}")
    candidates = JSON(default="[]")
    created_at = created_at()


class StaffTypeStats(Table, tablename="staff_type_stats"):
    """How a staff member has done on one service type (by its code): the rollup live
    dispatch reads instead of the whole history (see :mod:`dispatchhub.dispatch.stats`).

    Sums and counts, so means and smoothed rates are computed when read; ``revisited``
    counts completed jobs the customer booked a repeat visit for.
    """

    id = primary_key()
    staff = ForeignKey(User, null=False, index=True)
    service_type = Varchar(length=50, default="")
    done = Integer(default=0)
    minutes_total = DoublePrecision(default=0.0)
    minutes_n = Integer(default=0)
    revisited = Integer(default=0)
    score_total = DoublePrecision(default=0.0)
    score_n = Integer(default=0)
    resolved = Integer(default=0)
    accepted = Integer(default=0)
    response_total = DoublePrecision(
        default=0.0, help_text="minutes to answer offers, all types (on the '' row)"
    )
    response_n = Integer(default=0)
    arrivals = Integer(default=0, help_text="promised arrivals settled, all types ('' row)")
    on_time = Integer(default=0, help_text="of those, on time ('' row)")
    updated_at = updated_at()
