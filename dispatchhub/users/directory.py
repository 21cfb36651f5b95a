"""The user directory: agents find the customer on the phone; dispatchers and admins list staff.

Newest accounts first, paged by keyset over (created_at, id). A role filter reads the role
grants (``g`` rows of ``casbin_rules``) in the same query, so it is exact on every instance
and costs no id list however many members a role has.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from piccolo.columns.combination import WhereRaw

from dispatchhub import db, keyset
from dispatchhub.errors import DomainError
from dispatchhub.keyset import cursor_of
from dispatchhub.users.errors import UsersErrorCode
from dispatchhub.users.tables import StaffProfile, User

__all__ = ["MAX_PAGE", "SEARCH_MAX", "UserFilter", "UserPage", "cursor_of", "user_page"]

MAX_PAGE = 100
SEARCH_MAX = 100
_COLUMNS = (User.id, User.name, User.phone, User.email, User.status, User.locale, User.created_at)


@dataclass(frozen=True, slots=True)
class UserFilter:
    """Which users.

    Attributes:
        role: Only users granted this role directly (``staff`` lists service workers, not
            the supervisors above them).
        search: A part of the name, phone number or e-mail address.
        region: Only staff whose profile is in this region.
        status: Only ``ACTIVE`` or only ``DISABLED`` accounts.
    """

    role: str | None = None
    search: str | None = None
    region: str | None = None
    status: str | None = None


@dataclass(frozen=True, slots=True)
class UserPage:
    """One page of users, newest first."""

    rows: list[dict[str, Any]]
    has_next_page: bool


def _where(f: UserFilter) -> Any:
    where: Any = User.id.is_not_null()
    if f.status is not None:
        where &= User.status == f.status
    if f.role is not None:
        # The grant's subject is the user id as text; CAST gives the same form on both
        # databases (SQLite keeps UUIDs as text already).
        where &= WhereRaw(
            "CAST(users.id AS TEXT) IN (SELECT v0 FROM casbin_rules WHERE ptype = 'g' AND v1 = {})",
            f.role,
        )
    if f.region is not None:
        where &= User.id.is_in(
            StaffProfile.select(StaffProfile.user).where(StaffProfile.region == f.region)
        )
    if f.search is not None:
        if len(f.search) > SEARCH_MAX:
            raise DomainError(UsersErrorCode.SEARCH_TOO_LONG, "filter.search", max=SEARCH_MAX)
        term = db.like_term(f.search)
        if term:
            # Names compare case-blind (LOWER on both sides; SQLite has no ILIKE); e-mails
            # are stored lower-case.
            # Phones are stored in E.164: "138 0000-1234" matches without its separators.
            pattern = f"%{term.lower()}%"
            digits = f"%{''.join(c for c in term if c not in ' -()')}%"
            where &= (
                WhereRaw("LOWER(users.name) LIKE {}", pattern)
                | User.phone.like(digits)
                | User.email.like(pattern)
            )  # fmt: skip
    return where


async def user_page(f: UserFilter, *, first: int, after: str | None) -> UserPage:
    """A page of at most ``first`` (1..100) users matching ``f``.

    Raises:
        DomainError: ``PAGE_SIZE`` at ``first``, ``SEARCH_TOO_LONG`` at ``filter.search``,
            ``INVALID_CURSOR`` at ``after``.
    """
    if not 1 <= first <= MAX_PAGE:
        raise DomainError(UsersErrorCode.PAGE_SIZE, "first", max=MAX_PAGE)
    query = User.select(*_COLUMNS).where(_where(f))
    if after is not None:
        try:
            query = query.where(keyset.after(User.created_at, User.id, after))
        except ValueError:
            raise DomainError(UsersErrorCode.INVALID_CURSOR, "after") from None
    rows = await query.order_by(User.created_at, User.id, ascending=False).limit(first + 1)
    return UserPage(rows[:first], has_next_page=len(rows) > first)
