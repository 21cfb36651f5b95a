"""Policies as immutable versions: check, save, publish, roll back, shadow.

A :class:`~dispatchhub.dispatch.tables.Policy` is a named rule set; each save of new text
adds a :class:`~dispatchhub.dispatch.tables.PolicyVersion` (1, 2, 3 …) identified by the
sha256 of its normalised text. A version's text never changes; only its status moves:
DRAFT → PUBLISHED (the one active version of its policy) → RETIRED when another is
published; SHADOW while it is evaluated beside the active version on live orders (see
:mod:`.shadow`). Rolling back is publishing an older version again.

The dispatch engine dispatches with the active version of :data:`MAIN_POLICY`
(:func:`active_policy_set`); other names hold drafts and experiments. Reading lists and
single rows is in :mod:`.policy_queries`.
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from dispatchhub import db
from dispatchhub.dispatch.errors import PolicyErrorCode, SourceRejected
from dispatchhub.dispatch.policy_queries import (
    PolicyInfo,
    VersionInfo,
    VersionStatus,
    get_policy,
    get_version,
    version_info,
)
from dispatchhub.dispatch.tables import Policy, PolicyVersion
from dispatchhub.errors import DomainError
from dispatchhub.outbox.service import now
from dispatchhub.rules_dsl import (
    CompiledPolicySet,
    Diagnostic,
    ExampleResult,
    FunctionRegistry,
    PolicyError,
    Span,
    compile_source,
    content_hash,
    run_examples,
)

__all__ = [
    "MAIN_POLICY",
    "MAX_SOURCE_CHARS",
    "Checked",
    "Saved",
    "active_policy_set",
    "check_source",
    "check_source_async",
    "compiled",
    "publish_version",
    "save_version",
    "stop_shadow",
]

MAIN_POLICY = "main"
MAX_SOURCE_CHARS = 256_000
_NAME = re.compile(r"[\w-]{1,100}")
_CACHE_SIZE = 64
_SURROGATE = re.compile("[\ud800-\udfff]")
_cache: dict[tuple[str, bool], tuple[FunctionRegistry, CompiledPolicySet]] = {}
_cache_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Checked:
    """What checking a text found: diagnostics, and (when it compiles) the examples' results
    and the policy names in the order they are tried (the default last)."""

    diagnostics: list[Diagnostic]
    examples: list[ExampleResult]
    policies: list[str]

    @property
    def ok(self) -> bool:
        """Whether the text compiles (warnings allowed)."""
        return not any(d.is_error for d in self.diagnostics)


@dataclass(frozen=True, slots=True)
class Saved:
    """The result of a save: the version, whether it is new, and what the check found."""

    version: VersionInfo
    created: bool
    examples: list[ExampleResult]
    warnings: list[Diagnostic]


def compiled(
    source: str, functions: FunctionRegistry, *, explain: bool = False
) -> CompiledPolicySet:
    """The compiled set for ``source``, built once per text, registry and build kind.

    Raises:
        PolicyError: The text has errors with these functions.
    """
    key = (content_hash(source), explain)
    hit = _cache.get(key)
    if hit is not None and hit[0] is functions:
        return hit[1]
    result = compile_source(source, functions=functions, explain=explain)
    with _cache_lock:  # compiles run in worker threads
        if len(_cache) >= _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
        _cache[key] = (functions, result)
    return result


def _size_limit(source: str, field: str = "source") -> None:
    if len(source) > MAX_SOURCE_CHARS:
        raise DomainError(PolicyErrorCode.SOURCE_TOO_LARGE, field, limit=MAX_SOURCE_CHARS)


def check_source(source: str, functions: FunctionRegistry) -> Checked:
    """Check ``source`` and, when it compiles, run its examples.

    Raises:
        DomainError: ``SOURCE_TOO_LARGE``.
    """
    _size_limit(source)
    invalid = _invalid_character(source)
    if invalid is not None:
        return Checked([invalid], [], [])
    # one pass: compiling reports the same diagnostics validate() would, errors first
    try:
        policy_set = compiled(source, functions)
    except PolicyError as error:
        return Checked(_by_position(error.diagnostics), [], [])
    return Checked(
        _by_position(policy_set.warnings),
        run_examples(policy_set),
        [p.name for p in policy_set],
    )


def _invalid_character(source: str) -> Diagnostic | None:
    """A lone surrogate (JSON can carry one) cannot be hashed, stored or shown: report it."""
    found = _SURROGATE.search(source)
    if found is None:
        return None
    at = found.start()
    line = source.count("\n", 0, at) + 1
    column = at - source.rfind("\n", 0, at)
    return Diagnostic.at(
        Span(line, column, line, column + 1),
        "INVALID_CHARACTER",
        "this character is not valid Unicode text (a lone surrogate)",
        "delete it and type the character again",
    )


def _by_position(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return sorted(diagnostics, key=lambda d: (d.line, d.column))


async def check_source_async(source: str, functions: FunctionRegistry) -> Checked:
    """:func:`check_source` in a worker thread: a long text takes a while to compile, and
    the event loop keeps serving other requests meanwhile."""
    return await asyncio.to_thread(check_source, source, functions)


async def _lock_policy(condition: Any) -> dict[str, Any] | None:
    """Take the policy row's write lock (a no-op update) so concurrent saves and publishes of
    one policy run one after the other."""
    rows = await (
        Policy.update({Policy.name: Policy.name}).where(condition).returning(*Policy.all_columns())
    )
    return rows[0] if rows else None


async def save_version(
    name: str,
    source: str,
    *,
    functions: FunctionRegistry,
    author: UUID | None = None,
    note: str = "",
) -> Saved:
    """Store ``source`` as the next version of policy ``name`` (created on first save).

    The text is checked and its examples run first; failing examples are reported, not
    refused (publishing refuses them). When the content hash equals the latest version's,
    that version is returned and nothing is written.

    Raises:
        SourceRejected: The text has errors (all diagnostics attached).
        DomainError: ``INVALID_NAME``, ``SOURCE_TOO_LARGE``.
    """
    name = name.strip()
    if not _NAME.fullmatch(name):
        raise DomainError(PolicyErrorCode.INVALID_NAME, "name")
    checked = await check_source_async(source, functions)
    if not checked.ok:
        raise SourceRejected(checked.diagnostics)
    warnings = [d for d in checked.diagnostics if not d.is_error]
    digest = content_hash(source)
    async with db.write():
        await Policy.insert(Policy(name=name)).on_conflict(action="DO NOTHING")
        policy = await _lock_policy(Policy.name == name)
        assert policy is not None  # inserted above or already there; policies are not deleted
        latest = (
            await PolicyVersion.select()
            .where(PolicyVersion.policy == policy["id"])
            .order_by(PolicyVersion.version, ascending=False)
            .first()
        )
        if latest is not None and latest["content_hash"] == digest:
            return Saved(version_info(latest, name), False, checked.examples, warnings)
        row = PolicyVersion(
            policy=policy["id"],
            version=(latest["version"] if latest else 0) + 1,
            source=source,
            content_hash=digest,
            status=VersionStatus.DRAFT.value,
            note=note,
            created_by=author,
        )
        await row.save()
        await Policy.update({Policy.updated_at: now()}).where(Policy.id == policy["id"])
        stored = await PolicyVersion.select().where(PolicyVersion.id == row.id).first()
    assert stored is not None
    return Saved(version_info(stored, name), True, checked.examples, warnings)


async def publish_version(
    policy_id: UUID, version: int, *, functions: FunctionRegistry, shadow: bool = False
) -> VersionInfo:
    """Make a version the active one of its policy, or its shadow.

    Publishing retires the previously active version; publishing an older version is how
    to roll back. The text is checked again with this process's functions (a plugin that
    provided a function may be gone) and every example must pass. With ``shadow`` the
    version is instead evaluated beside the active one on live orders and recorded, never
    acted on; it replaces an earlier shadow of the same policy.

    Raises:
        DomainError: ``POLICY_NOT_FOUND``, ``VERSION_NOT_FOUND``, ``EXAMPLES_FAILED``.
        SourceRejected: The stored text no longer compiles.
    """
    stored = await get_version(policy_id, version)
    checked = await check_source_async(stored.source, functions)
    if not checked.ok:
        raise SourceRejected(checked.diagnostics, field="version")
    failed = [f"{e.policy}/{e.name}" for e in checked.examples if not e.passed]
    if failed:
        raise DomainError(
            PolicyErrorCode.EXAMPLES_FAILED, "version", count=len(failed), names=", ".join(failed)
        )
    async with db.write():
        await _lock_policy(Policy.id == policy_id)
        row = await PolicyVersion.select().where(PolicyVersion.id == stored.id).first()
        assert row is not None  # versions are never deleted
        moment = now()
        if shadow:
            await _end_shadow(policy_id)
            status = (
                VersionStatus.PUBLISHED if row["status"] == "PUBLISHED" else VersionStatus.SHADOW
            )
            await PolicyVersion.update({PolicyVersion.status: status.value}).where(
                PolicyVersion.id == row["id"]
            )
        else:
            await PolicyVersion.update({PolicyVersion.status: VersionStatus.RETIRED.value}).where(
                (PolicyVersion.policy == policy_id)
                & (PolicyVersion.status == VersionStatus.PUBLISHED.value)
                & (PolicyVersion.id != row["id"])
            )
            await PolicyVersion.update(
                {PolicyVersion.status: VersionStatus.PUBLISHED.value,
                 PolicyVersion.published_at: moment}
            ).where(PolicyVersion.id == row["id"])  # fmt: skip
            await Policy.update({Policy.active_version: version}).where(Policy.id == policy_id)
        await Policy.update({Policy.updated_at: moment}).where(Policy.id == policy_id)
    return await get_version(policy_id, version)


async def _end_shadow(policy_id: UUID) -> None:
    """Shadow versions go back to RETIRED if they were ever published, else DRAFT."""
    shadow = (PolicyVersion.policy == policy_id) & (
        PolicyVersion.status == VersionStatus.SHADOW.value
    )
    await PolicyVersion.update({PolicyVersion.status: VersionStatus.RETIRED.value}).where(
        shadow & PolicyVersion.published_at.is_not_null()
    )
    await PolicyVersion.update({PolicyVersion.status: VersionStatus.DRAFT.value}).where(shadow)


async def stop_shadow(policy_id: UUID) -> PolicyInfo:
    """Stop evaluating the policy's shadow version (if any) on live orders.

    Raises:
        DomainError: ``POLICY_NOT_FOUND``.
    """
    async with db.write():
        if await _lock_policy(Policy.id == policy_id) is None:
            raise DomainError(PolicyErrorCode.POLICY_NOT_FOUND, "id")
        await _end_shadow(policy_id)
    return await get_policy(policy_id)


async def active_policy_set(
    functions: FunctionRegistry, *, name: str = MAIN_POLICY, explain: bool = False
) -> tuple[VersionInfo, CompiledPolicySet] | None:
    """The active version of policy ``name``, compiled (once per text), or None.

    This is what the dispatch engine evaluates; the version is what its decisions record.
    """
    # One round trip: the pool screen and every grab ask for it.
    row = await (
        PolicyVersion.select(*PolicyVersion.all_columns())
        .where(
            (PolicyVersion.policy.name == name)
            & (PolicyVersion.version == PolicyVersion.policy.active_version)
        )
        .first()
    )
    if row is None:
        return None
    version = version_info(row, name)
    return version, compiled(version.source, functions, explain=explain)
