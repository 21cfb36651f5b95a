"""The audit log: who changed roles, policy rules or security settings, and how."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from dispatchhub.authz.tables import AuditLog

__all__ = ["AuditEntry", "entries", "record"]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audited change, with the name of the admin who made it (None: the platform)."""

    id: UUID
    at: datetime
    action: str
    target: str
    detail: dict[str, Any]
    actor_id: UUID | None
    actor_name: str | None


async def record(actor_id: UUID | None, action: str, target: str, detail: dict[str, Any]) -> None:
    """Write one audit entry in the caller's transaction, so it exists exactly when the
    change it describes committed.

    Args:
        actor_id: the admin who made the change (None for the platform itself).
        action: a dotted verb such as ``role.assign`` or ``policy_rule.add``.
        target: what was changed (a user id, a rule as text, a setting's key).
        detail: JSON-ready specifics (before and after, the rule's fields).
    """
    await AuditLog.insert(
        AuditLog(actor=actor_id, action=action, target=target[:200], detail=detail)
    )


async def entries(limit: int = 50, action: str | None = None) -> list[AuditEntry]:
    """The newest audit entries first, at most ``limit`` (1..500); ``action`` keeps those whose
    action starts with it (``policy_rule``, ``role.assign``)."""
    query = AuditLog.select(
        AuditLog.id, AuditLog.at, AuditLog.action, AuditLog.target, AuditLog.detail,
        AuditLog.actor, AuditLog.actor.name.as_alias("actor_name"),
    ).output(load_json=True)  # fmt: skip
    if action:
        query = query.where(AuditLog.action.like(action.replace("%", "") + "%"))
    rows = await query.order_by(AuditLog.at, ascending=False).limit(max(1, min(limit, 500)))
    return [
        AuditEntry(
            id=row["id"],
            at=row["at"],
            action=row["action"],
            target=row["target"],
            detail=row["detail"] if isinstance(row["detail"], dict) else {},
            actor_id=row["actor"],
            actor_name=row["actor_name"],
        )  # fmt: skip
        for row in rows
    ]
