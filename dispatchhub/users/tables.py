"""Accounts, third-party identities and the staff profile used by dispatch."""

from __future__ import annotations

from piccolo.columns import (
    JSON,
    UUID,
    Boolean,
    DoublePrecision,
    ForeignKey,
    Integer,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.table import Table

from dispatchhub.tables_common import created_at, primary_key, updated_at

__all__ = [
    "ExternalIdentity",
    "LoginAttempt",
    "PlatformSetting",
    "RefreshToken",
    "StaffProfile",
    "StaffSkill",
    "User",
    "VerificationCode",
]


class User(Table, tablename="users"):
    """Anyone who signs in: customer, staff, dispatcher, supervisor or admin (roles in Casbin)."""

    id = primary_key()
    phone = Varchar(length=20, null=True, default=None, unique=True, help_text="E.164")
    email = Varchar(length=254, null=True, default=None, unique=True, help_text="lower-cased")
    password_hash = Varchar(length=255, null=True, default=None, secret=True)
    name = Varchar(length=100)
    status = Varchar(length=16, default="ACTIVE", index=True)
    locale = Varchar(length=10, default="zh-CN")
    token_generation = Integer(default=0, help_text="bumped to revoke every issued token")
    created_at = created_at()
    updated_at = updated_at()


class ExternalIdentity(Table, tablename="external_identities"):
    """A third-party (OIDC) login, keyed by issuer and subject, never by e-mail."""

    id = primary_key()
    user = ForeignKey(User, null=False)
    issuer_subject = Varchar(length=600, unique=True, help_text="issuer + ' ' + subject")
    email = Varchar(length=254, null=True, default=None)
    created_at = created_at()


class StaffProfile(Table, tablename="staff_profiles"):
    """What dispatch knows about a service worker."""

    id = primary_key()
    user = ForeignKey(User, null=False, unique=True)
    level = Integer(default=1, help_text="grade, 1 (junior) .. 5 (expert)")
    years_experience = Integer(default=0)
    region = Varchar(length=50, index=True)
    team = Varchar(length=50, null=True, default=None)
    supervisor = ForeignKey(User, null=True)
    home_lat = DoublePrecision(null=True, default=None)
    home_lon = DoublePrecision(null=True, default=None)
    lat = DoublePrecision(null=True, default=None, help_text="last reported position")
    lon = DoublePrecision(null=True, default=None)
    located_at = Timestamptz(null=True, default=None)
    location_accuracy_m = DoublePrecision(null=True, default=None, help_text="metres, as reported")
    shift_state = Varchar(
        length=8, null=True, default=None, help_text="ON or OFF as set in the app; see shifts.py"
    )
    shift_state_at = Timestamptz(null=True, default=None, help_text="when shift_state was set")
    availability = Varchar(length=16, default="AVAILABLE", index=True)
    shifts = JSON(default="[]", help_text="weekly calendar: [{weekday, start, end}] local time")
    max_active_orders = Integer(default=3)
    notify_channels = JSON(default='["INAPP", "SMS"]')
    quiet_hours = JSON(
        null=True,
        default=None,
        help_text='{"start": "22:00", "end": "07:00"} local time: SMS and e-mail wait',
    )
    bio = Text(default="")
    updated_at = updated_at()


class StaffSkill(Table, tablename="staff_skills"):
    """One skill of one staff member, by service-type code, with a level 1..5."""

    id = primary_key()
    staff = ForeignKey(User, null=False, index=True)
    skill = Varchar(length=50, index=True)
    level = Integer(default=1)
    certified = Boolean(default=False)


class VerificationCode(Table, tablename="verification_codes"):
    """A one-time code sent to a phone or e-mail, stored only as a keyed hash.

    Bound to its target and purpose; void after ``expires_at``, after use, or after the
    fifth wrong guess. Rows are also the record that send-rate limits count.
    """

    id = primary_key()
    target = Varchar(length=254, index=True)
    channel = Varchar(length=8)
    purpose = Varchar(length=20)
    code_hash = Varchar(length=64, secret=True)
    expires_at = Timestamptz()
    attempts = Integer(default=0)
    consumed_at = Timestamptz(null=True, default=None)
    client_address = Varchar(length=64, index=True)
    sent = Boolean(default=False, help_text="False when withheld (e.g. no such account)")
    created_at = created_at()


class RefreshToken(Table, tablename="refresh_tokens"):
    """One refresh token of a sign-in session, stored only as a keyed hash.

    A session is a *family*: every rotation writes a new row in the same family and marks
    the old one ``rotated_at``. Presenting a rotated (or revoked) token again is reuse — a
    stolen token racing its owner — and revokes the whole family.
    """

    id = primary_key()
    user = ForeignKey(User, null=False, index=True)
    family = UUID(index=True, help_text="the sign-in session every rotation belongs to")
    token_hash = Varchar(length=64, unique=True, secret=True)
    expires_at = Timestamptz(help_text="the family's absolute end, inherited on rotation")
    rotated_at = Timestamptz(null=True, default=None)
    revoked_at = Timestamptz(null=True, default=None)
    client_address = Varchar(length=64)
    created_at = created_at()


class LoginAttempt(Table, tablename="login_attempts"):
    """One failed sign-in, counted by the throttle per login and per client address.

    Keyed by the normalised login as typed, not by user, so an unknown login is throttled
    exactly like a known one and the throttle reveals nothing.
    """

    id = primary_key()
    login = Varchar(length=254, index=True)
    client_address = Varchar(length=64, index=True)
    created_at = created_at()


class PlatformSetting(Table, tablename="platform_settings"):
    """A setting admins change at run time (JSON under a key), such as the password policy."""

    id = primary_key()
    key = Varchar(length=100, unique=True)
    value = JSON(default="{}")
    updated_by = ForeignKey(User, null=True)
    updated_at = updated_at()
