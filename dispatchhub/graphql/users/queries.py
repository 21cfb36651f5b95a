"""Identity queries: who am I, and what a new password must be."""

from __future__ import annotations

from uuid import UUID

import strawberry

from dispatchhub.graphql.context import Context
from dispatchhub.graphql.users.types import UserNode, load_user
from dispatchhub.users.password_policy import PasswordPolicy, load_policy

__all__ = ["PasswordPolicyType", "UsersQuery"]


@strawberry.type(name="PasswordPolicy", description="The rules a new password must meet.")
class PasswordPolicyType:
    min_length: int
    max_length: int
    require_letter: bool
    require_digit: bool
    require_special: bool
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
