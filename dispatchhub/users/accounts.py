"""Accounts that admins manage: staff and other users, their staff profile, disabling.

Customers register themselves (:mod:`dispatchhub.users.signin`); everyone else — staff,
supervisors, dispatchers, admins — is created here by an admin, with a staff profile for
those who take orders. Every change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import casbin

from dispatchhub import db
from dispatchhub.authz.audit import record
from dispatchhub.authz.service import assign_role, list_roles
from dispatchhub.config import Settings
from dispatchhub.errors import DomainError, FieldError, ValidationFailed
from dispatchhub.outbox.service import now
from dispatchhub.users.errors import UsersErrorCode
from dispatchhub.users.identifiers import normalise_email, normalise_phone
from dispatchhub.users.password_policy import check_password, context_words, load_policy
from dispatchhub.users.passwords import hash_password
from dispatchhub.users.sessions import end_all_sessions
from dispatchhub.users.signin import check_name
from dispatchhub.users.tables import StaffProfile, StaffSkill, User

__all__ = [
    "SkillLevel",
    "StaffProfileData",
    "create_user",
    "disable_user",
    "StaffProfileRecord",
    "staff_profiles",
    "update_user",
    "user_exists",
]

LEVELS = range(1, 6)


@dataclass(frozen=True, slots=True)
class SkillLevel:
    """One skill (a service-type code) at a level 1..5."""

    skill: str
    level: int
    certified: bool = False


@dataclass(frozen=True, slots=True)
class StaffProfileData:
    """What dispatch needs to know about someone who takes orders."""

    region: str
    level: int = 1
    years_experience: int = 0
    team: str | None = None
    supervisor_id: UUID | None = None
    home_lat: float | None = None
    home_lon: float | None = None
    max_active_orders: int = 3
    skills: tuple[SkillLevel, ...] = field(default_factory=tuple)


def _bad(reason: str, errors: list[FieldError], where: str = "staff_profile") -> None:
    errors.append(FieldError(UsersErrorCode.INVALID_STAFF_PROFILE, where, {"reason": reason}))


async def _check_profile(profile: StaffProfileData, errors: list[FieldError]) -> None:
    if not profile.region.strip() or len(profile.region) > 50:
        _bad("region 1–50 characters", errors, "staff_profile.region")
    if profile.level not in LEVELS:
        _bad("level 1–5", errors, "staff_profile.level")
    if not 0 <= profile.years_experience <= 70:
        _bad("experience 0–70 years", errors, "staff_profile.years_experience")
    if not 1 <= profile.max_active_orders <= 50:
        _bad("max active orders 1–50", errors, "staff_profile.max_active_orders")
    if (profile.home_lat is None) != (profile.home_lon is None) or (
        profile.home_lat is not None
        and profile.home_lon is not None
        and not (-90 <= profile.home_lat <= 90 and -180 <= profile.home_lon <= 180)
    ):
        _bad("home location needs a valid latitude and longitude", errors, "staff_profile.home")
    codes = [s.skill for s in profile.skills]
    if len(set(codes)) != len(codes) or any(
        not s.skill.strip() or len(s.skill) > 50 or s.level not in LEVELS for s in profile.skills
    ):
        _bad("skills are distinct codes with a level 1–5", errors, "staff_profile.skills")
    if profile.supervisor_id is not None and not await User.exists().where(
        User.id == profile.supervisor_id
    ):
        _bad("no such supervisor", errors, "staff_profile.supervisor_id")


async def _identifiers(
    settings: Settings,
    phone: str | None,
    email: str | None,
    errors: list[FieldError],
    *,
    exclude: UUID | None = None,
) -> tuple[str | None, str | None]:
    normalised: list[str | None] = []
    for raw, column, taken, check in (
        (phone, User.phone, UsersErrorCode.PHONE_TAKEN, "phone"),
        (email, User.email, UsersErrorCode.EMAIL_TAKEN, "email"),
    ):
        value = None
        if raw:
            try:
                value = (
                    normalise_phone(raw, field=check, region=settings.default_phone_region)
                    if check == "phone"
                    else normalise_email(raw, field=check)
                )
            except DomainError as exc:
                errors += exc.errors
            else:
                others = User.exists().where(column == value)
                if exclude is not None:
                    others = others.where(User.id != exclude)
                if await others:
                    errors.append(FieldError(taken, check))
        normalised.append(value)
    return normalised[0], normalised[1]


async def _save_profile(user_id: UUID, profile: StaffProfileData) -> None:
    values: dict[Any, Any] = {
        StaffProfile.region: profile.region.strip(),
        StaffProfile.level: profile.level,
        StaffProfile.years_experience: profile.years_experience,
        StaffProfile.team: profile.team,
        StaffProfile.supervisor: profile.supervisor_id,
        StaffProfile.home_lat: profile.home_lat,
        StaffProfile.home_lon: profile.home_lon,
        StaffProfile.max_active_orders: profile.max_active_orders,
        StaffProfile.updated_at: now(),
    }
    updated = await (
        StaffProfile.update(values).where(StaffProfile.user == user_id).returning(StaffProfile.id)
    )
    if not updated:
        row = StaffProfile(user=user_id)
        for column, value in values.items():
            setattr(row, column._meta.name, value)
        await row.save()
    await StaffSkill.delete().where(StaffSkill.staff == user_id)
    if profile.skills:
        await StaffSkill.insert(
            *(
                StaffSkill(
                    staff=user_id, skill=s.skill.strip(), level=s.level, certified=s.certified
                )
                for s in profile.skills
            )
        )


async def create_user(
    settings: Settings,
    enforcer: casbin.AsyncEnforcer,
    *,
    actor_id: UUID | None,
    name: str,
    phone: str | None,
    email: str | None,
    password: str | None,
    roles: list[str],
    staff_profile: StaffProfileData | None,
    locale: str = "zh-CN",
) -> UUID:
    """Create an account with roles (and a staff profile for those who take orders).

    Without a password the person signs in with a code, or sets one with a reset.

    Raises:
        ValidationFailed: every field error at once; nothing is stored.
    """
    errors: list[FieldError] = []
    trimmed = check_name(name, errors)
    if not phone and not email:
        errors.append(FieldError(UsersErrorCode.IDENTIFIER_REQUIRED, None))
    phone_value, email_value = await _identifiers(settings, phone, email, errors)
    if password is not None:
        context = context_words(phone=phone_value, email=email_value, name=trimmed)
        errors += check_password(password, await load_policy(), context)
    known = {role.name for role in list_roles(enforcer)}
    for role in roles:
        if role not in known or role in {"anonymous", "authenticated"}:
            errors.append(FieldError(UsersErrorCode.UNKNOWN_ROLE, "roles", {"role": role}))
    takes_orders = bool({"staff", "supervisor"} & set(roles))
    if takes_orders and staff_profile is None:
        _bad("staff and supervisors need a staff profile with a region", errors)
    if staff_profile is not None:
        await _check_profile(staff_profile, errors)
    if errors:
        raise ValidationFailed(errors)
    password_hash = await hash_password(settings, password) if password is not None else None
    async with db.write():
        user = User(
            name=trimmed,
            phone=phone_value,
            email=email_value,
            password_hash=password_hash,
            locale=locale,
        )
        await user.save()
        user_id = UUID(str(user.id))
        if staff_profile is not None:
            await _save_profile(user_id, staff_profile)
        await record(actor_id, "user.create", str(user_id), {"roles": roles})
        for role in roles:
            await assign_role(
                enforcer, actor_id=actor_id, user_id=user_id, user_known=True, role=role
            )
    return user_id


async def update_user(
    settings: Settings,
    *,
    actor_id: UUID | None,
    user_id: UUID,
    name: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    locale: str | None = None,
    staff_profile: StaffProfileData | None = None,
) -> None:
    """Change the given fields (None leaves a field as it is); a staff profile replaces
    the old one, skills included.

    Raises:
        DomainError: ``USER_NOT_FOUND`` at ``id``.
        ValidationFailed: every field error at once; nothing is changed.
    """
    if not await User.exists().where(User.id == user_id):
        raise DomainError(UsersErrorCode.USER_NOT_FOUND, "id")
    errors: list[FieldError] = []
    values: dict[Any, Any] = {}
    if name is not None:
        values[User.name] = check_name(name, errors)
    phone_value, email_value = await _identifiers(settings, phone, email, errors, exclude=user_id)
    if phone_value:
        values[User.phone] = phone_value
    if email_value:
        values[User.email] = email_value
    if locale is not None:
        values[User.locale] = locale[:10]
    if staff_profile is not None:
        await _check_profile(staff_profile, errors)
        if staff_profile.supervisor_id == user_id:
            _bad("nobody supervises themselves", errors, "staff_profile.supervisor_id")
    if errors:
        raise ValidationFailed(errors)
    async with db.write():
        if values:
            await User.update({**values, User.updated_at: now()}).where(User.id == user_id)
        if staff_profile is not None:
            await _save_profile(user_id, staff_profile)
        changed = [column._meta.name for column in values]
        if staff_profile is not None:
            changed.append("staff_profile")
        await record(actor_id, "user.update", str(user_id), {"fields": changed})


async def disable_user(*, actor_id: UUID | None, user_id: UUID, reason: str) -> None:
    """Disable an account and end every session it has (its tokens stop working at once).

    Raises:
        DomainError: ``USER_NOT_FOUND`` or ``CANNOT_DISABLE_SELF`` at ``id``.
    """
    if actor_id == user_id:
        raise DomainError(UsersErrorCode.CANNOT_DISABLE_SELF, "id")
    async with db.write():
        changed = await (
            User.update({User.status: "DISABLED", User.updated_at: now()})
            .where(User.id == user_id)
            .returning(User.id)
        )
        if not changed:
            raise DomainError(UsersErrorCode.USER_NOT_FOUND, "id")
        await end_all_sessions(user_id)
        await record(actor_id, "user.disable", str(user_id), {"reason": reason[:500]})


@dataclass(frozen=True, slots=True)
class StaffProfileRecord:
    """A stored staff profile with its skills, as the API shows it."""

    user_id: UUID
    data: StaffProfileData
    availability: str


async def user_exists(user_id: UUID) -> bool:
    """Whether ``user_id`` names an account (disabled ones included)."""
    return bool(await User.exists().where(User.id == user_id))


async def staff_profiles(user_ids: list[UUID]) -> dict[UUID, StaffProfileRecord]:
    """The staff profiles of those of ``user_ids`` who have one (two queries, any count)."""
    if not user_ids:
        return {}
    rows = await StaffProfile.select().where(StaffProfile.user.is_in(user_ids))
    skill_rows = await (
        StaffSkill.select(
            StaffSkill.staff, StaffSkill.skill, StaffSkill.level, StaffSkill.certified
        )
        .where(StaffSkill.staff.is_in(user_ids))
        .order_by(StaffSkill.skill)
    )
    skills: dict[UUID, list[SkillLevel]] = {}
    for s in skill_rows:
        skills.setdefault(UUID(str(s["staff"])), []).append(
            SkillLevel(s["skill"], s["level"], s["certified"])
        )
    result: dict[UUID, StaffProfileRecord] = {}
    for row in rows:
        user_id = UUID(str(row["user"]))
        supervisor = row["supervisor"]
        data = StaffProfileData(
            region=row["region"],
            level=row["level"],
            years_experience=row["years_experience"],
            team=row["team"],
            supervisor_id=UUID(str(supervisor)) if supervisor else None,
            home_lat=row["home_lat"],
            home_lon=row["home_lon"],
            max_active_orders=row["max_active_orders"],
            skills=tuple(skills.get(user_id, [])),
        )
        result[user_id] = StaffProfileRecord(user_id, data, row["availability"])
    return result
