"""Reading stored policies and versions: one policy, one version, pages of either."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Generic, TypeVar
from uuid import UUID

from dispatchhub.dispatch.errors import PolicyErrorCode
from dispatchhub.dispatch.tables import Policy, PolicyVersion
from dispatchhub.errors import DomainError

__all__ = [
    "Page",
    "PolicyInfo",
    "VersionInfo",
    "VersionStatus",
    "get_policy",
    "get_version",
    "list_policies",
    "list_versions",
    "policies_by_id",
    "version_info",
    "versions_by_id",
]

T = TypeVar("T")


class VersionStatus(Enum):
    """Where a version is in its life; its text never changes."""

    DRAFT = "DRAFT"
    PUBLISHED = "PUBLISHED"
    RETIRED = "RETIRED"
    SHADOW = "SHADOW"


@dataclass(frozen=True, slots=True)
class PolicyInfo:
    """A policy with the numbers of its active, shadow and latest versions."""

    id: UUID
    name: str
    active_version: int | None
    shadow_version: int | None
    latest_version: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One stored version."""

    id: UUID
    policy_id: UUID
    policy_name: str
    version: int
    source: str
    content_hash: str
    status: VersionStatus
    note: str
    created_by: UUID | None
    created_at: datetime
    published_at: datetime | None


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a keyset-paginated list."""

    items: list[T]
    has_next: bool


def version_info(row: dict[str, Any], name: str) -> VersionInfo:
    return VersionInfo(
        id=row["id"],
        policy_id=row["policy"],
        policy_name=name,
        version=row["version"],
        source=row["source"],
        content_hash=row["content_hash"],
        status=VersionStatus(row["status"]),
        note=row["note"],
        created_by=row["created_by"],
        created_at=row["created_at"],
        published_at=row["published_at"],
    )


async def _policy_infos(rows: Sequence[dict[str, Any]]) -> list[PolicyInfo]:
    ids = [r["id"] for r in rows]
    latest: dict[Any, int] = {}
    shadows: dict[Any, int] = {}
    if ids:
        for v in await PolicyVersion.select(
            PolicyVersion.policy, PolicyVersion.version, PolicyVersion.status
        ).where(PolicyVersion.policy.is_in(ids)):
            latest[v["policy"]] = max(latest.get(v["policy"], 0), v["version"])
            if v["status"] == VersionStatus.SHADOW.value:
                shadows[v["policy"]] = v["version"]
    return [
        PolicyInfo(
            id=r["id"],
            name=r["name"],
            active_version=r["active_version"],
            shadow_version=shadows.get(r["id"]),
            latest_version=latest.get(r["id"], 0),
            created_at=r["created_at"],
            updated_at=r["updated_at"],
        )
        for r in rows
    ]


async def get_policy(policy_id: UUID) -> PolicyInfo:
    """One policy.

    Raises:
        DomainError: ``POLICY_NOT_FOUND``.
    """
    row = await Policy.select().where(Policy.id == policy_id).first()
    if row is None:
        raise DomainError(PolicyErrorCode.POLICY_NOT_FOUND, "id")
    return (await _policy_infos([row]))[0]


async def list_policies(first: int, after: str | None = None) -> Page[PolicyInfo]:
    """Policies by name, ``first`` of them after the name ``after``."""
    query = Policy.select().order_by(Policy.name).limit(first + 1)
    if after is not None:
        query = query.where(Policy.name > after)
    rows = await query
    return Page(await _policy_infos(rows[:first]), len(rows) > first)


async def list_versions(policy_id: UUID, first: int, after: int | None = None) -> Page[VersionInfo]:
    """A policy's versions, newest first, ``first`` of them older than version ``after``.

    Raises:
        DomainError: ``POLICY_NOT_FOUND``.
    """
    policy = await get_policy(policy_id)
    query = (
        PolicyVersion.select()
        .where(PolicyVersion.policy == policy_id)
        .order_by(PolicyVersion.version, ascending=False)
        .limit(first + 1)
    )
    if after is not None:
        query = query.where(PolicyVersion.version < after)
    rows = await query
    return Page([version_info(r, policy.name) for r in rows[:first]], len(rows) > first)


async def get_version(policy_id: UUID, version: int) -> VersionInfo:
    """One version of a policy.

    Raises:
        DomainError: ``POLICY_NOT_FOUND``, ``VERSION_NOT_FOUND``.
    """
    policy = await get_policy(policy_id)
    row = await (
        PolicyVersion.select()
        .where((PolicyVersion.policy == policy_id) & (PolicyVersion.version == version))
        .first()
    )
    if row is None:
        raise DomainError(PolicyErrorCode.VERSION_NOT_FOUND, "version", version=version)
    return version_info(row, policy.name)


async def policies_by_id(ids: Sequence[UUID]) -> dict[UUID, PolicyInfo]:
    """The policies among ``ids`` that exist, by id."""
    if not ids:
        return {}
    rows = await Policy.select().where(Policy.id.is_in(list(ids)))
    return {p.id: p for p in await _policy_infos(rows)}


async def versions_by_id(ids: Sequence[UUID]) -> dict[UUID, VersionInfo]:
    """The versions among ``ids`` that exist, by id."""
    if not ids:
        return {}
    rows = await PolicyVersion.select(
        *PolicyVersion.all_columns(), PolicyVersion.policy.name.as_alias("policy_name")
    ).where(PolicyVersion.id.is_in(list(ids)))
    return {r["id"]: version_info(r, r["policy_name"]) for r in rows}
