"""GraphQL types of policies: nodes, versions, diagnostics, errors, diffs and cursors."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from datetime import datetime
from enum import Enum
from typing import Any
from uuid import UUID

import strawberry
from strawberry import relay

from dispatchhub.dispatch import policy_queries
from dispatchhub.dispatch.errors import PolicyErrorCode
from dispatchhub.dispatch.policy_diff import PolicyDiff as PolicyDiffResult
from dispatchhub.dispatch.policy_queries import PolicyInfo, VersionInfo
from dispatchhub.errors import DomainError, FieldError
from dispatchhub.graphql.common.enums import api_enum
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import Error, PublicError
from dispatchhub.graphql.node import ReadableNode, global_id, readable, register_node
from dispatchhub.plugins.rule_functions import registry_for
from dispatchhub.rules_dsl import Diagnostic, ExampleResult, FunctionRegistry
from dispatchhub.rules_dsl.messages_zh import in_chinese

__all__ = [
    "DiagnosticSeverity",
    "InvalidArgument",
    "Policy",
    "PolicyDiagnostic",
    "PolicyDiff",
    "PolicyError",
    "PolicyExampleResult",
    "PolicyVersion",
    "PolicyVersionStatus",
    "check_first",
    "decode_cursor",
    "encode_cursor",
    "functions_of",
    "policy_errors",
]

PolicyErrorCodeEnum = strawberry.enum(PolicyErrorCode, name="PolicyErrorCode")
api_enum(
    policy_queries.VersionStatus,
    name="PolicyVersionStatus",
    description="Where a policy version is in its life; its text never changes.",
    values={
        "DRAFT": "Saved, not in force.",
        "PUBLISHED": "The policy's one active version: live dispatch runs it.",
        "RETIRED": "Was published; another version replaced it.",
        "SHADOW": "Evaluated beside the active version on live orders and recorded; it "
        "assigns nothing.",
    },
)
PolicyVersionStatus = policy_queries.VersionStatus
MAX_FIRST = 100


def functions_of(context: Context) -> FunctionRegistry:
    """The process's rule-function registry, built once per plugin manager: compiled
    policies are cached per registry, so every request must hand over the same one."""
    return registry_for(context.runtime.plugins)


class InvalidArgument(PublicError):
    """A malformed id, cursor or page size in a query's arguments."""

    code = "BAD_REQUEST"


def check_first(first: int) -> int:
    """``first`` of a connection, which must be 1..100."""
    if not 1 <= first <= MAX_FIRST:
        raise InvalidArgument(f"first must be between 1 and {MAX_FIRST}.")
    return first


def encode_cursor(kind: str, value: object) -> str:
    """An opaque cursor for a position in a list of ``kind``."""
    return base64.urlsafe_b64encode(f"{kind}:{value}".encode()).decode()


def decode_cursor(kind: str, cursor: str | None) -> str | None:
    """The position a cursor of ``kind`` names; None for no cursor.

    Raises:
        InvalidArgument: Not a cursor of this list.
    """
    if cursor is None:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
    except (binascii.Error, UnicodeError, ValueError):
        raise InvalidArgument("after is not a cursor of this list.") from None
    prefix, _, value = text.partition(":")
    if prefix != kind:
        raise InvalidArgument("after is not a cursor of this list.")
    return value


class Severity(Enum):
    """A diagnostic's severity, as the checker spells it."""

    ERROR = "error"
    WARNING = "warning"


api_enum(
    Severity,
    name="DiagnosticSeverity",
    description="How serious a diagnostic is: an error blocks saving and publishing.",
    values={
        "ERROR": "The text cannot be saved or published until it is fixed.",
        "WARNING": "Worth a look (e.g. a misspelt value, an unreachable policy); saving works.",
    },
)
DiagnosticSeverity = Severity


@strawberry.type(description="A finding about policy text, positioned for an editor (1-based).")
class PolicyDiagnostic:
    line: int = strawberry.field(description="The first line (1-based).")
    column: int = strawberry.field(description="The first column (1-based).")
    end_line: int = strawberry.field(description="The last line (1-based).")
    end_column: int = strawberry.field(description="One past the last character.")
    severity: DiagnosticSeverity = strawberry.field(description="How serious it is.")
    code: str = strawberry.field(description="Stable, e.g. MISSING_UNIT, UNKNOWN_FIELD.")
    message: str = strawberry.field(description="What is wrong, for people.")
    hint: str | None = strawberry.field(
        description="How to fix it (e.g. 'did you mean staff.rating?'); null when there is none."
    )

    @classmethod
    def of(cls, d: Diagnostic, locale: str = "en") -> PolicyDiagnostic:
        """The API view of a diagnostic; message and hint in Chinese for a ``zh*`` locale."""
        zh = locale.lower().startswith("zh")
        return cls(
            line=d.line,
            column=d.column,
            end_line=d.end_line,
            end_column=d.end_column,
            severity=Severity(d.severity),
            code=d.code,
            message=(in_chinese(d.message) or d.message) if zh else d.message,
            hint=in_chinese(d.hint) if zh else d.hint,
        )


@strawberry.type(description="A policy business failure; source errors carry their position.")
class PolicyError(Error):
    code: PolicyErrorCodeEnum  # type: ignore[valid-type]
    line: int | None = strawberry.field(
        default=None, description="Source errors: the first line (1-based); null otherwise."
    )
    column: int | None = strawberry.field(
        default=None, description="Source errors: the first column (1-based); null otherwise."
    )
    end_line: int | None = strawberry.field(
        default=None, description="Source errors: the last line; null otherwise."
    )
    end_column: int | None = strawberry.field(
        default=None, description="Source errors: one past the last character; null otherwise."
    )
    severity: DiagnosticSeverity | None = strawberry.field(
        default=None, description="Source errors: how serious; null otherwise."
    )
    hint: str | None = strawberry.field(
        default=None, description="Source errors: how to fix it; null when none."
    )
    diagnostic_code: str | None = strawberry.field(
        default=None, description="The checker's code (e.g. MISSING_UNIT) for source errors."
    )


def _message(error: FieldError, locale: str) -> str:
    """The error's message; a source error's detail (the diagnostic) in the same language."""
    d = error.params.get("diagnostic")
    if isinstance(d, Diagnostic) and locale.lower().startswith("zh") and "detail" in error.params:
        return error.code.message(locale, {**error.params, "detail": in_chinese(d.message)})
    return error.message(locale)


def policy_errors(exc: DomainError, locale: str) -> list[PolicyError]:
    """A service's refusal as payload errors, with positions for source errors."""
    errors: list[PolicyError] = []
    for e in exc.errors:
        d = e.params.get("diagnostic")
        position: dict[str, Any] = {}
        if isinstance(d, Diagnostic):
            position = {
                "line": d.line,
                "column": d.column,
                "end_line": d.end_line,
                "end_column": d.end_column,
                "severity": Severity(d.severity),
                "hint": in_chinese(d.hint) if locale.lower().startswith("zh") else d.hint,
                "diagnostic_code": d.code,
            }
        errors.append(
            PolicyError(field=_camel(e.field), message=_message(e, locale), code=e.code, **position)
        )
    return errors


def _camel(path: str | None) -> str | None:
    if path is None:
        return None
    head, *rest = path.split("_")
    return head + "".join(part.title() for part in rest)


@strawberry.type(description="The outcome of one `example` written inside a policy.")
class PolicyExampleResult:
    policy: str = strawberry.field(description="The policy the example is written in.")
    name: str = strawberry.field(description="The example's name.")
    line: int = strawberry.field(description="The line it starts on (1-based).")
    passed: bool = strawberry.field(description="Whether the policy did what the example expects.")
    message: str = strawberry.field(description="What happened, for people.")

    @classmethod
    def of(cls, r: ExampleResult) -> PolicyExampleResult:
        return cls(policy=r.policy, name=r.name, line=r.line, passed=r.passed, message=r.message)


def _uuids(node_ids: Iterable[str]) -> dict[str, UUID | None]:
    found: dict[str, UUID | None] = {}
    for value in node_ids:
        try:
            found[value] = UUID(value)
        except ValueError:
            found[value] = None  # not a UUID: names no row
    return found


@register_node
@strawberry.type(description="A named rule set with immutable versions; one is active.")
class Policy(ReadableNode):
    id: relay.NodeID[str]
    name: str = strawberry.field(description="Its name (`main` is the one live dispatch runs).")
    active_version: int | None = strawberry.field(description="The published version.")
    shadow_version: int | None = strawberry.field(
        description="The version evaluated beside it on live orders, recorded, not acted on."
    )
    latest_version: int = strawberry.field(description="The newest version's number.")
    created_at: datetime = strawberry.field(description="When its first version was saved.")
    updated_at: datetime = strawberry.field(description="When it last changed.")

    @classmethod
    def of(cls, p: PolicyInfo) -> Policy:
        return cls(
            id=str(p.id),
            name=p.name,
            active_version=p.active_version,
            shadow_version=p.shadow_version,
            latest_version=p.latest_version,
            created_at=p.created_at,
            updated_at=p.updated_at,
        )

    @classmethod
    async def load_readable(cls, context: Context, ids: list[str]) -> dict[str, Policy]:
        """Roles allowed to read ``Policy`` (admins)."""
        uuids = _uuids(ids)
        found = await policy_queries.policies_by_id([u for u in uuids.values() if u is not None])
        nodes = {i: cls.of(found[u]) for i, u in uuids.items() if u in found}
        return {i: n for i, n in nodes.items() if await readable(context, "Policy", n)}


@register_node
@strawberry.type(description="One immutable version of a policy's text.")
class PolicyVersion(ReadableNode):
    id: relay.NodeID[str]
    policy_id: strawberry.ID = strawberry.field(description="The Policy's global ID.")
    policy_name: str = strawberry.field(description="The policy's name.")
    version: int = strawberry.field(description="Its number, 1 upwards.")
    source: str = strawberry.field(description="The DSL text.")
    content_hash: str = strawberry.field(description="sha256 of the normalised text.")
    status: PolicyVersionStatus = strawberry.field(description="Where it is in its life.")
    note: str = strawberry.field(description="What the author wrote about it.")
    created_by_id: strawberry.ID | None = strawberry.field(
        description="The author's User global ID; null when unknown."
    )
    created_at: datetime = strawberry.field(description="When it was saved.")
    published_at: datetime | None = strawberry.field(
        description="When it was published; null if never."
    )

    @classmethod
    def of(cls, v: VersionInfo) -> PolicyVersion:
        return cls(
            id=str(v.id),
            policy_id=global_id("Policy", v.policy_id),
            policy_name=v.policy_name,
            version=v.version,
            source=v.source,
            content_hash=v.content_hash,
            status=v.status,
            note=v.note,
            created_by_id=global_id("User", v.created_by) if v.created_by else None,
            created_at=v.created_at,
            published_at=v.published_at,
        )

    @classmethod
    async def load_readable(cls, context: Context, ids: list[str]) -> dict[str, PolicyVersion]:
        """Roles allowed to read ``PolicyVersion`` (admins)."""
        uuids = _uuids(ids)
        found = await policy_queries.versions_by_id([u for u in uuids.values() if u is not None])
        nodes = {i: cls.of(found[u]) for i, u in uuids.items() if u in found}
        return {i: n for i, n in nodes.items() if await readable(context, "PolicyVersion", n)}


@strawberry.type(description="Named clauses added, removed or changed.")
class ClauseChanges:
    added: list[str] = strawberry.field(description="Names of clauses only in the newer version.")
    removed: list[str] = strawberry.field(description="Names of clauses only in the older version.")
    changed: list[str] = strawberry.field(description="Names of clauses in both that differ.")


@strawberry.type(description="How one policy of the text changed.")
class PolicyChange:
    policy: str = strawberry.field(description="The policy's name inside the text.")
    change: str = strawberry.field(description="ADDED, REMOVED or CHANGED.")
    requirements: ClauseChanges = strawberry.field(description="How its `require` clauses changed.")
    preferences: ClauseChanges = strawberry.field(description="How its `prefer` terms changed.")
    clauses: list[str] = strawberry.field(
        description="Other clauses that changed: priority, default, applies, tie break, mode, "
        "if none, examples."
    )


@strawberry.type(description="The difference between two versions.")
class PolicyDiff:
    unified: str = strawberry.field(description="Unified diff of the text.")
    comparable: bool = strawberry.field(
        description="False when one text no longer parses; changes is then empty."
    )
    changes: list[PolicyChange] = strawberry.field(
        description="Per policy of the text, what changed; empty when not comparable."
    )

    @classmethod
    def of(cls, d: PolicyDiffResult) -> PolicyDiff:
        return cls(
            unified=d.unified,
            comparable=d.comparable,
            changes=[
                PolicyChange(
                    policy=c.policy,
                    change=c.change,
                    requirements=ClauseChanges(
                        added=c.requirements.added,
                        removed=c.requirements.removed,
                        changed=c.requirements.changed,
                    ),
                    preferences=ClauseChanges(
                        added=c.preferences.added,
                        removed=c.preferences.removed,
                        changed=c.preferences.changed,
                    ),
                    clauses=c.clauses,
                )
                for c in d.changes
            ],
        )
