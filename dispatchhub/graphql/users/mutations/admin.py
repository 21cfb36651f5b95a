"""Account administration: create, update and disable users; the password policy."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from typing import Any
from uuid import UUID

import strawberry

from dispatchhub.errors import DomainError
from dispatchhub.graphql.common.geo import GeoPointInput
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.refusals import refusals
from dispatchhub.graphql.users.queries import PasswordPolicyType
from dispatchhub.graphql.users.types import UserNode, UsersError, load_user
from dispatchhub.users import accounts
from dispatchhub.users.accounts import SkillLevel, StaffProfileData
from dispatchhub.users.errors import UsersErrorCode
from dispatchhub.users.password_policy import save_policy

__all__ = ["UsersAdminMutation", "user_uuid"]


def user_uuid(global_id: str, *, field: str) -> UUID:
    """The database id a ``User`` argument names: its global ID or the bare row id.

    Raises:
        DomainError: ``USER_NOT_FOUND`` at ``field`` for anything else.
    """
    if (found := row_id(global_id, "User")) is not None:
        return found
    raise DomainError(UsersErrorCode.USER_NOT_FOUND, field)


@strawberry.input(description="A skill (a service-type code) at a level.")
class StaffSkillInput:
    skill: str = strawberry.field(description="A service-type code, such as 'hvac'.")
    level: int = strawberry.field(description="1 (basic) .. 5 (expert).")
    certified: bool = strawberry.field(default=False, description="Whether the skill is certified.")


@strawberry.input(description="Replaces the whole profile, skills included.")
class StaffProfileInput:
    region: str = strawberry.field(description="The region code the staff member works in.")
    level: int = strawberry.field(default=1, description="Grade 1..5.")
    years_experience: int = strawberry.field(default=0, description="Years in the trade.")
    team: str | None = strawberry.field(default=None, description="Team name; null: none.")
    supervisor_id: strawberry.ID | None = strawberry.field(
        default=None, description="A User's global ID."
    )
    home_location: GeoPointInput | None = strawberry.field(
        default=None, description="Where they start from (WGS-84); null: unknown."
    )
    max_active_orders: int = strawberry.field(
        default=3,
        description="How many orders they may hold at once (assigned, en route or in progress).",
    )
    skills: list[StaffSkillInput] = strawberry.field(
        default_factory=list, description="Skills with levels (replace the old list)."
    )

    def to_data(self) -> StaffProfileData:
        supervisor = self.supervisor_id
        return StaffProfileData(
            region=self.region,
            level=self.level,
            years_experience=self.years_experience,
            team=self.team,
            supervisor_id=user_uuid(supervisor, field="staff_profile.supervisor_id")
            if supervisor
            else None,
            home_lat=self.home_location.lat if self.home_location else None,
            home_lon=self.home_location.lon if self.home_location else None,
            max_active_orders=self.max_active_orders,
            skills=tuple(SkillLevel(s.skill, s.level, s.certified) for s in self.skills),
        )


@strawberry.input
class UserCreateInput:
    name: str = strawberry.field(description="How the person is called.")
    phone: str | None = strawberry.field(
        default=None,
        description="A phone number (normalised to E.164); a phone or an e-mail is needed.",
    )
    email: str | None = strawberry.field(
        default=None, description="An e-mail address (stored lower-case)."
    )
    password: str | None = strawberry.field(
        default=None, description="Optional: without one, the person signs in with a code."
    )
    roles: list[str] = strawberry.field(description="Such as ['staff'] or ['dispatcher'].")
    staff_profile: StaffProfileInput | None = strawberry.field(
        default=None, description="Required for staff and supervisors."
    )
    locale: str = strawberry.field(
        default="zh-CN", description="The language of their messages: zh-CN or en."
    )


@strawberry.type
class UserCreatePayload:
    user: UserNode | None = strawberry.field(description="The new account; null when refused.")
    errors: list[UsersError]


@strawberry.input(description="Fields left out stay as they are.")
class UserUpdateInput:
    id: strawberry.ID = strawberry.field(description="The user: a global ID or row id.")
    name: str | None = strawberry.field(default=None, description="A new name; null: unchanged.")
    phone: str | None = strawberry.field(default=None, description="A new phone; null: unchanged.")
    email: str | None = strawberry.field(default=None, description="A new e-mail; null: unchanged.")
    locale: str | None = strawberry.field(
        default=None, description="A new language; null: unchanged."
    )
    staff_profile: StaffProfileInput | None = strawberry.field(
        default=None, description="A new staff profile, replacing the old one; null: unchanged."
    )


@strawberry.type
class UserUpdatePayload:
    user: UserNode | None = strawberry.field(
        description="The account after the change; null when refused."
    )
    errors: list[UsersError]


@strawberry.input
class UserDisableInput:
    id: strawberry.ID = strawberry.field(description="The user: a global ID or row id.")
    reason: str = strawberry.field(default="", description="Why (kept in the audit log).")


@strawberry.type
class UserDisablePayload:
    user: UserNode | None = strawberry.field(description="The disabled account; null when refused.")
    errors: list[UsersError]


@strawberry.input(description="Fields left out keep their current value.")
class PasswordPolicyUpdateInput:
    min_length: int | None = strawberry.field(
        default=None, description="New fewest characters; null: unchanged."
    )
    max_length: int | None = strawberry.field(
        default=None, description="New most characters; null: unchanged."
    )
    require_letter: bool | None = strawberry.field(default=None, description="null: unchanged.")
    require_digit: bool | None = strawberry.field(default=None, description="null: unchanged.")
    require_special: bool | None = strawberry.field(default=None, description="null: unchanged.")
    passphrase_length: int | None = strawberry.field(default=None, description="null: unchanged.")
    block_common: bool | None = strawberry.field(default=None, description="null: unchanged.")
    block_personal_info: bool | None = strawberry.field(
        default=None, description="null: unchanged."
    )


@strawberry.type
class PasswordPolicyUpdatePayload:
    password_policy: PasswordPolicyType | None = strawberry.field(
        description="The policy now in force; null when refused."
    )
    errors: list[UsersError]


def _actor(info: strawberry.Info[Context, None]) -> UUID | None:
    user_id = info.context.actor.user_id
    return UUID(user_id) if user_id else None


@strawberry.type
class UsersAdminMutation:
    @strawberry.mutation(description="Create a staff member, agent or other account (admins).")
    @refusals(UserCreatePayload, UsersError)
    async def user_create(
        self, info: strawberry.Info[Context, None], input: UserCreateInput
    ) -> UserCreatePayload:
        context = info.context
        user_id = await accounts.create_user(
            context.runtime.settings,
            context.enforcer,
            actor_id=_actor(info),
            name=input.name,
            phone=input.phone,
            email=input.email,
            password=input.password,
            roles=list(input.roles),
            staff_profile=input.staff_profile.to_data() if input.staff_profile else None,
            locale=input.locale,
        )
        return UserCreatePayload(user=await load_user(user_id), errors=[])

    @strawberry.mutation(description="Change an account's details or staff profile (admins).")
    @refusals(UserUpdatePayload, UsersError)
    async def user_update(
        self, info: strawberry.Info[Context, None], input: UserUpdateInput
    ) -> UserUpdatePayload:
        context = info.context
        user_id = user_uuid(input.id, field="id")
        await accounts.update_user(
            context.runtime.settings,
            actor_id=_actor(info),
            user_id=user_id,
            name=input.name,
            phone=input.phone,
            email=input.email,
            locale=input.locale,
            staff_profile=input.staff_profile.to_data() if input.staff_profile else None,
        )
        return UserUpdatePayload(user=await load_user(user_id), errors=[])

    @strawberry.mutation(
        description="Disable an account: it cannot sign in and its tokens stop working (admins)."
    )
    @refusals(UserDisablePayload, UsersError)
    async def user_disable(
        self, info: strawberry.Info[Context, None], input: UserDisableInput
    ) -> UserDisablePayload:
        user_id = user_uuid(input.id, field="id")
        await accounts.disable_user(actor_id=_actor(info), user_id=user_id, reason=input.reason)
        return UserDisablePayload(user=await load_user(user_id), errors=[])

    @strawberry.mutation(description="Change the password rules (admins); audited.")
    @refusals(PasswordPolicyUpdatePayload, UsersError)
    async def password_policy_update(
        self, info: strawberry.Info[Context, None], input: PasswordPolicyUpdateInput
    ) -> PasswordPolicyUpdatePayload:
        changes: dict[str, Any] = {
            f.name: getattr(input, f.name)
            for f in dataclass_fields(input)
            if getattr(input, f.name) is not None
        }
        policy = await save_policy(changes, actor_id=_actor(info))
        return PasswordPolicyUpdatePayload(password_policy=PasswordPolicyType.of(policy), errors=[])
