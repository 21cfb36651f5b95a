"""Policy queries: lists, versions, diffs, the rule schema, shadow comparison."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

import strawberry
from strawberry import relay

from dispatchhub.dispatch import policy_queries
from dispatchhub.dispatch.policy_diff import diff_versions
from dispatchhub.dispatch.shadow import compare_shadow
from dispatchhub.graphql.common.pagination import page_info
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.dispatch.rule_schema import RuleSchema
from dispatchhub.graphql.dispatch.simulation import ShadowComparison
from dispatchhub.graphql.dispatch.types import (
    InvalidArgument,
    Policy,
    PolicyDiff,
    PolicyVersion,
    check_first,
    decode_cursor,
    encode_cursor,
    functions_of,
)
from dispatchhub.graphql.errors import NotFound
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.refusals import not_found

__all__ = ["DispatchQuery"]


def _policy_id(value: str) -> UUID:
    found = row_id(value, "Policy")
    if found is None:
        raise NotFound("No such policy.")
    return found


@strawberry.type
class DispatchQuery:
    @strawberry.field(description="Policies (rule sets) by name (admins).")
    async def policies(self, first: int = 20, after: str | None = None) -> relay.Connection[Policy]:
        page = await policy_queries.list_policies(
            check_first(first), decode_cursor("policy", after)
        )
        cursors = [encode_cursor("policy", p.name) for p in page.items]
        return relay.Connection(
            edges=[
                relay.Edge(cursor=c, node=Policy.of(p))
                for c, p in zip(cursors, page.items, strict=True)
            ],
            page_info=page_info(cursors, has_next=page.has_next),
        )

    @strawberry.field(description="A policy's versions, newest first, with status (admins).")
    @not_found
    async def policy_versions(
        self,
        info: strawberry.Info[Context, None],
        policy_id: Annotated[
            strawberry.ID, strawberry.argument(description="The policy: its global ID or row id.")
        ],
        first: int = 20,
        after: str | None = None,
    ) -> relay.Connection[PolicyVersion]:
        position = decode_cursor("version", after)
        if position is not None and not position.isdigit():
            raise InvalidArgument("after is not a cursor of this list.")
        page = await policy_queries.list_versions(
            _policy_id(policy_id),
            check_first(first),
            int(position) if position is not None else None,
        )
        cursors = [encode_cursor("version", v.version) for v in page.items]
        return relay.Connection(
            edges=[
                relay.Edge(cursor=c, node=PolicyVersion.of(v))
                for c, v in zip(cursors, page.items, strict=True)
            ],
            page_info=page_info(cursors, has_next=page.has_next),
        )

    @strawberry.field(
        description="What changed between two versions: unified diff and changed clauses."
    )
    @not_found
    async def policy_diff(
        self,
        info: strawberry.Info[Context, None],
        policy_id: Annotated[
            strawberry.ID, strawberry.argument(description="The policy: its global ID or row id.")
        ],
        from_version: Annotated[
            int, strawberry.argument(description="The older version's number.")
        ],
        to_version: Annotated[int, strawberry.argument(description="The newer version's number.")],
    ) -> PolicyDiff:
        diff = await diff_versions(_policy_id(policy_id), from_version, to_version)
        return PolicyDiff.of(diff)

    @strawberry.field(
        description="Fields, methods, functions (plugins' included) and units of the DSL."
    )
    def rule_schema(self, info: strawberry.Info[Context, None]) -> RuleSchema:
        return RuleSchema.of(functions_of(info.context))

    @strawberry.field(
        description="A policy's shadow decisions on live orders beside what was acted on."
    )
    @not_found
    async def policy_shadow_comparison(
        self,
        info: strawberry.Info[Context, None],
        policy_id: Annotated[
            strawberry.ID, strawberry.argument(description="The policy: its global ID or row id.")
        ],
        since: Annotated[
            datetime | None,
            strawberry.argument(description="Only decisions from this moment on; null: all."),
        ] = None,
        first: Annotated[
            int, strawberry.argument(description="How many decisions to return: at most 100.")
        ] = 20,
        after: Annotated[
            str | None,
            strawberry.argument(
                description="The `cursor` of the decision to continue after; null for the "
                "first page."
            ),
        ] = None,
    ) -> ShadowComparison:
        position = decode_cursor("shadow", after)
        cursor: tuple[datetime, UUID] | None = None
        if position is not None:
            try:
                moment, _, decision = position.partition("|")
                cursor = (datetime.fromisoformat(moment), UUID(decision))
            except ValueError:
                raise InvalidArgument("after is not a cursor of this list.") from None
        comparison = await compare_shadow(
            _policy_id(policy_id), since=since, first=check_first(first), after=cursor
        )
        return ShadowComparison.of(comparison)
