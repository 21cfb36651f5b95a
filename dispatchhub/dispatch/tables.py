"""Assignment policies (DSL source, immutable versions) and the decisions they made."""

from __future__ import annotations

from piccolo.columns import JSON, ForeignKey, Integer, Text, Timestamptz, Varchar
from piccolo.table import Table

from dispatchhub.orders.tables import Order
from dispatchhub.tables_common import created_at, primary_key, updated_at
from dispatchhub.users.tables import User

__all__ = ["AssignmentDecision", "Policy", "PolicyVersion"]


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
    order = ForeignKey(Order, null=False, index=True)
    kind = Varchar(length=12)
    policy_version = ForeignKey(PolicyVersion, null=True)
    content_hash = Varchar(length=64, null=True, default=None)
    outcome = Varchar(length=20)
    chosen = ForeignKey(User, null=True)
    actor = ForeignKey(User, null=True)
    task = JSON(default="{}")
    candidates = JSON(default="[]")
    created_at = created_at()
