"""Identity queries: who am I, the user directory, and what a new password must be."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

import strawberry
from strawberry import relay

from dispatchhub.authz.service import role_exists
from dispatchhub.errors import DomainError
from dispatchhub.graphql.common.pagination import page_info
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.refusals import bad_input
from dispatchhub.graphql.users.types import UserNode, UserStatus, load_user
from dispatchhub.users.directory import UserFilter, cursor_of, user_page
from dispatchhub.users.errors import UsersErrorCode
from dispatchhub.users.password_policy import PasswordPolicy, load_policy

__all__ = ["PasswordPolicyType", "UserFilterInput", "UsersQuery"]


@strawberry.type(name="PasswordPolicy", description="The rules a new password must meet.")
class PasswordPolicyType:
    min_length: int = strawberry.field(description="The fewest characters a password may have.")
    max_length: int = strawberry.field(description="The most characters a password may have.")
    require_letter: bool = strawberry.field(
        description="Below the passphrase length a password needs a letter."
    )
    require_digit: bool = strawberry.field(
        description="Below the passphrase length a password needs a digit."
    )
    require_special: bool = strawberry.field(
        description="Below the passphrase length a password needs a special character."
    )
    passphrase_length: int = strawberry.field(
        description="From this length on, no particular mix of characters is needed."
    )
    block_common: bool = strawberry.field(description="Common passwords are refused.")
    block_personal_info: bool = strawberry.field(
        description="Passwords containing the account's phone, e-mail name or name are refused."
    )

    @classmethod
    def of(cls, policy: PasswordPolicy) -> PasswordPolicyType:
        return cls(**policy.model_dump())


@strawberry.input(description="Which users; every given condition must hold.")
class UserFilterInput:
    role: str | None = strawberry.field(
        default=None,
        description="Only users granted this role directly (staff: service workers).",
    )
    search: str | None = strawberry.field(
        default=None, description="A part of the name, phone number or e-mail address."
    )
    region: str | None = strawberry.field(
        default=None, description="Only staff whose profile is in this region."
    )
    status: UserStatus | None = strawberry.field(
        default=None, description="Only accounts in this state."
    )


def _to_filter(context: Context, given: UserFilterInput | None) -> UserFilter:
    given = given or UserFilterInput()
    if given.role is not None and not role_exists(context.enforcer, given.role):
        raise DomainError(UsersErrorCode.UNKNOWN_ROLE, "filter.role", role=given.role)
    return UserFilter(
        role=given.role,
        search=given.search,
        region=given.region,
        status=given.status.name if given.status else None,
    )


@strawberry.type
class UsersQuery:
    @strawberry.field(
        description="The signed-in user, with roles and, for staff, the staff profile."
    )
    async def me(self, info: strawberry.Info[Context, None]) -> UserNode | None:
        user_id = info.context.actor.user_id
        return await load_user(UUID(user_id)) if user_id else None

    @strawberry.field(description="The password rules in force (for sign-up and reset forms).")
    async def password_policy(self) -> PasswordPolicyType:
        return PasswordPolicyType.of(await load_policy())

    @strawberry.field(
        description="Users, newest first (agents and admins): find the customer on the phone, "
        "or list staff by region for a manual assignment."
    )
    @bad_input
    async def users(
        self,
        info: strawberry.Info[Context, None],
        filter: Annotated[
            UserFilterInput | None, strawberry.argument(description="Which users; null: all.")
        ] = None,
        first: int = 20,
        after: str | None = None,
    ) -> relay.Connection[UserNode]:
        context = info.context
        page = await user_page(_to_filter(context, filter), first=first, after=after)
        cursors = [cursor_of(row) for row in page.rows]
        return relay.Connection(
            edges=[
                relay.Edge(cursor=c, node=UserNode.of(row))
                for c, row in zip(cursors, page.rows, strict=True)
            ],
            page_info=page_info(cursors, has_next=page.has_next_page, after=after),
        )
