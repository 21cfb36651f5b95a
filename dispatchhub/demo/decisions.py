"""The demo's dispatch policy (published) and a recorded decision for every assigned order.

Each decision holds what simulation replays: the task record and, per candidate (staff of
the order's district and its neighbours, plus whoever got the order), the staff record as
it stood when the order was assigned, built by :mod:`dispatchhub.dispatch.snapshot` from
the demo rows, with the published policy's verdict on each.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from dispatchhub.demo.builder import Builder
from dispatchhub.demo.data_places import neighbours
from dispatchhub.demo.data_policy import DEMO_POLICY
from dispatchhub.demo.events import Job
from dispatchhub.demo.summary import ADMIN_PHONE
from dispatchhub.dispatch.choice import decide
from dispatchhub.dispatch.policies import MAIN_POLICY
from dispatchhub.dispatch.policy_queries import VersionStatus
from dispatchhub.dispatch.snapshot import (
    History,
    JobRow,
    OfferRow,
    ReviewRow,
    candidate_entry,
    staff_records,
    task_record,
)
from dispatchhub.dispatch.tables import AssignmentDecision, Policy, PolicyVersion
from dispatchhub.orders.tables import Offer, Order, OrderEvent
from dispatchhub.reviews.tables import Review
from dispatchhub.rules_dsl import compile_source, content_hash
from dispatchhub.users.tables import StaffProfile, StaffSkill, User

__all__ = ["add_decisions"]

_ASSIGNED = frozenset({"ASSIGNED", "EN_ROUTE", "IN_PROGRESS", "COMPLETED"})


def _rows(b: Builder, table: type[Any]) -> list[dict[str, Any]]:
    return [row.to_dict() for row in b.rows.get(table, [])]


def _history(b: Builder) -> History:
    """Every demo order, review and offer, for the statistics staff records carry."""
    code_of = {type_id: code for code, type_id in b.type_ids.items()}
    orders = _rows(b, Order)
    type_of = {o["id"]: code_of.get(o["service_type"], "") for o in orders}
    return History(
        jobs=[
            JobRow(str(o["assignee"]), type_of[o["id"]], o["status"],
                   o["assigned_at"], o["started_at"], o["completed_at"])
            for o in orders
            if o["assignee"] is not None
        ],
        reviews=[
            ReviewRow(str(r["staff"]), type_of.get(r["order"], ""),
                      (r["attitude"] + r["quality"] + r["speed"] + r["skill"]) / 4,
                      r["created_at"])
            for r in _rows(b, Review)
        ],
        offers=[
            OfferRow(str(o["staff"]), o["status"], o["created_at"], o["deadline"],
                     o["answered_at"])
            for o in _rows(b, Offer)
        ],
    )  # fmt: skip


def _past_profiles(b: Builder) -> list[dict[str, Any]]:
    """Profiles as they were before today's jobs: staff set out from home, and the ones
    busy now were free."""
    profiles = []
    for profile in _rows(b, StaffProfile):
        was = "AVAILABLE" if profile["availability"] == "BUSY" else profile["availability"]
        profiles.append(profile | {"lat": None, "lon": None, "availability": was})
    return profiles


def _how_assigned(b: Builder) -> dict[Any, tuple[str, Any]]:
    """Per order: AUTO (an accepted offer), GRAB or MANUAL, and who acted."""
    found: dict[Any, tuple[str, Any]] = {}
    for event in _rows(b, OrderEvent):
        if event["to_status"] == "ASSIGNED":
            mode = (event["data"] or {}).get("mode")
            kind = mode if mode in ("GRAB", "MANUAL") else "AUTO"
            found[event["order"]] = (kind, event["actor"] if kind != "AUTO" else None)
    return found


def add_decisions(b: Builder, jobs: list[Job]) -> None:
    """The published demo policy, and the decisions recorded for assigned orders."""
    admin = next(u["id"] for u in _rows(b, User) if u["phone"] == ADMIN_PHONE)
    policy_id, version_id = b.uid(), b.uid()
    digest = content_hash(DEMO_POLICY)
    written = b.now - timedelta(days=90)
    b.add(Policy(id=policy_id, name=MAIN_POLICY, active_version=1,
                 created_at=written, updated_at=written))  # fmt: skip
    b.add(
        PolicyVersion(
            id=version_id,
            policy=policy_id,
            version=1,
            source=DEMO_POLICY,
            content_hash=digest,
            status=VersionStatus.PUBLISHED.value,
            note="演示规则 / demo rules",
            created_by=admin,
            created_at=written,
            published_at=written + timedelta(hours=1),
        )
    )
    policy_set = compile_source(DEMO_POLICY, explain=True)
    history = _history(b)
    profiles = _past_profiles(b)
    skills = _rows(b, StaffSkill)
    how = _how_assigned(b)
    for job in jobs:
        order = job.order
        if order is None or order.status not in _ASSIGNED or order.assignee is None:
            continue
        at = order.assigned_at
        region = order.region or ""
        task = task_record(
            order.to_dict(),
            service_type=job.spec["code"],
            neighbours=neighbours(region),
            zone=b.zone,
            default_duration_min=job.spec["default_duration_min"],
        )
        near = {region, *task["neighbour_regions"]}
        assignee = str(order.assignee)
        candidates = [
            s
            for s in staff_records(profiles, skills, history, at=at, zone=b.zone)
            if s["region"] in near or s["id"] == assignee
        ]
        choice = decide(policy_set, task, candidates)
        kind, actor = how.get(order.id, ("AUTO", None))
        b.add(
            AssignmentDecision(
                id=b.uid(),
                order=order.id,
                kind=kind,
                policy_version=version_id,
                content_hash=digest,
                outcome="ASSIGNED",
                chosen=order.assignee,
                actor=actor,
                task=task,
                candidates=[
                    candidate_entry(s, e)
                    for s, e in zip(candidates, choice.explanations, strict=True)
                ],
                created_at=at,
            )
        )
