"""The audit log: who changed roles, policy rules or security settings, and how."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from dispatchhub.authz.tables import AuditLog

__all__ = ["record"]


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
