"""The ``User`` type (a relay node), its staff profile, and the identity error type."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any
from uuid import UUID

import strawberry
from strawberry import relay
from strawberry.dataloader import DataLoader

from dispatchhub.authz.enforcer import Actor
from dispatchhub.authz.ownership import register_relation
from dispatchhub.graphql.common.geo import GeoPoint
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import Error
from dispatchhub.graphql.node import ReadableNode, global_id, readable, register_node
from dispatchhub.graphql.users.positions import StaffPosition, on_shift_of, position_of
from dispatchhub.users.accounts import StaffProfileRecord, staff_profiles
from dispatchhub.users.errors import UsersErrorCode
from dispatchhub.users.tables import User

__all__ = ["StaffProfileType", "UserNode", "UserStatus", "UsersError", "load_user"]

UsersErrorCodeEnum = strawberry.enum(UsersErrorCode, name="UsersErrorCode")


@strawberry.type
class UsersError(Error):
    code: UsersErrorCodeEnum  # type: ignore[valid-type]


@strawberry.enum(description="Whether an account may sign in.")
class UserStatus(Enum):
    ACTIVE = strawberry.enum_value("ACTIVE", description="May sign in.")
    DISABLED = strawberry.enum_value(
        "DISABLED", description="Disabled by an admin: every session ended, sign-in refused."
    )


@strawberry.type(name="StaffSkill", description="A skill (service-type code) at a level 1..5.")
class StaffSkillType:
    skill: str = strawberry.field(description="A service-type code, such as `hvac`.")
    level: int = strawberry.field(description="1 (basic) .. 5 (expert).")
    certified: bool = strawberry.field(description="Whether the skill is certified.")


@strawberry.type(name="StaffProfile", description="What dispatch knows about a service worker.")
class StaffProfileType:
    region: str = strawberry.field(description="The region code the staff member works in.")
    level: int = strawberry.field(description="Grade, 1 (junior) .. 5 (expert).")
    years_experience: int = strawberry.field(description="Years in the trade.")
    team: str | None = strawberry.field(description="Team name; null: none.")
    supervisor_id: strawberry.ID | None = strawberry.field(description="A User's global ID.")
    home_location: GeoPoint | None = strawberry.field(
        description="Where they start from (WGS-84); null: unknown."
    )
    max_active_orders: int = strawberry.field(description="How many orders they may hold at once.")
    availability: str = strawberry.field(
        description="AVAILABLE, BUSY or another state the profile records; dispatch and help "
        "invitations consider AVAILABLE staff."
    )
    skills: list[StaffSkillType] = strawberry.field(description="Skills with levels.")
    user_id: strawberry.Private[UUID]

    @strawberry.field(
        description="Whether they are on shift now: the weekly calendar, overridden by "
        "staffShiftStart / staffShiftEnd (docs/staff-app.md). Readable wherever the profile "
        "is (User.staffProfile: themself and dispatch roles)."
    )
    async def on_shift(self, info: strawberry.Info[Context, None]) -> bool:
        return await on_shift_of(info.context, self.user_id)

    @strawberry.field(
        description="Their last reported position with its age; null when none was reported. "
        "Themself and dispatch roles."
    )
    async def position(self, info: strawberry.Info[Context, None]) -> StaffPosition | None:
        return await position_of(info.context, self.user_id)

    @classmethod
    def of(cls, record: StaffProfileRecord) -> StaffProfileType:
        data = record.data
        home = None
        if data.home_lat is not None and data.home_lon is not None:
            home = GeoPoint(lat=data.home_lat, lon=data.home_lon)
        supervisor = data.supervisor_id
        return cls(
            region=data.region,
            level=data.level,
            years_experience=data.years_experience,
            team=data.team,
            supervisor_id=global_id("User", supervisor) if supervisor else None,
            home_location=home,
            max_active_orders=data.max_active_orders,
            availability=record.availability,
            skills=[
                StaffSkillType(skill=s.skill, level=s.level, certified=s.certified)
                for s in data.skills
            ],  # fmt: skip
            user_id=record.user_id,
        )


def _profile_loader(context: Context) -> DataLoader[UUID, StaffProfileRecord | None]:
    # One loader per request, so a list of users costs two queries for all their profiles.
    state = context.request.state
    loader: DataLoader[UUID, StaffProfileRecord | None] | None = getattr(
        state, "staff_profile_loader", None
    )
    if loader is None:

        async def load(ids: list[UUID]) -> list[StaffProfileRecord | None]:
            found = await staff_profiles(ids)
            return [found.get(i) for i in ids]

        loader = state.staff_profile_loader = DataLoader(load_fn=load)
    return loader


@register_node
@strawberry.type(name="User", description="Anyone who signs in.")
class UserNode(ReadableNode):
    id: relay.NodeID[str]
    name: str = strawberry.field(description="How the person is called.")
    phone: str | None = strawberry.field(description="E.164. Own account, or agents and admins.")
    email: str | None = strawberry.field(description="Lower-case. Own account, or agents.")
    status: UserStatus = strawberry.field(description="Whether the account may sign in.")
    locale: str = strawberry.field(description="The language of their messages (zh-CN or en).")
    created_at: datetime = strawberry.field(description="When the account was made.")

    # Nullable like every guarded field: a refusal nulls the field, not the whole user.
    @strawberry.field(description="Roles granted to the account (own account, or admins).")
    async def roles(self, info: strawberry.Info[Context, None]) -> list[str] | None:
        return sorted(await info.context.enforcer.get_roles_for_user(self.id))

    @strawberry.field(description="For staff and supervisors: skills, region, capacity.")
    async def staff_profile(self, info: strawberry.Info[Context, None]) -> StaffProfileType | None:
        record = await _profile_loader(info.context).load(UUID(self.id))
        return StaffProfileType.of(record) if record is not None else None

    @classmethod
    def of(cls, row: dict[str, Any]) -> UserNode:
        return cls(
            id=str(row["id"]),
            name=row["name"],
            phone=row["phone"],
            email=row["email"],
            status=UserStatus(row["status"]),
            locale=row["locale"],
            created_at=row["created_at"],
        )

    @classmethod
    async def load_readable(cls, context: Context, ids: list[str]) -> dict[str, UserNode]:
        """One's own account, or any for roles allowed ``User``."""
        found = {str(row["id"]): cls.of(row) for row in await _rows(ids)}
        return {i: node for i, node in found.items() if await readable(context, "User", node)}


async def _rows(ids: list[str]) -> list[dict[str, Any]]:
    uuids = []
    for i in ids:
        try:
            uuids.append(UUID(i))
        except ValueError:
            continue  # not a UUID: names no user
    if not uuids:
        return []
    rows: list[dict[str, Any]] = await User.select(
        User.id, User.name, User.phone, User.email, User.status, User.locale, User.created_at
    ).where(User.id.is_in(uuids))
    return rows


async def load_user(user_id: UUID | str) -> UserNode | None:
    """The user as the API shows it (no access check: callers decide who may see it)."""
    rows = await _rows([str(user_id)])
    return UserNode.of(rows[0]) if rows else None


def _is_self(actor: Actor, user: UserNode) -> bool:
    return actor.user_id is not None and actor.user_id == user.id


register_relation("User", "self", _is_self)
