"""The demo accounts and :class:`DemoSummary`, what the demo database holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from dispatchhub.authz.tables import CasbinRule
from dispatchhub.piccolo_app import all_tables
from dispatchhub.users.tables import User

__all__ = [
    "ADMIN_EMAIL",
    "ADMIN_PHONE",
    "DEMO_PASSWORD",
    "DISPATCHER_PHONES",
    "EXAMPLE_CUSTOMER_PHONE",
    "EXAMPLE_STAFF_PHONE",
    "ROLES",
    "SUPERVISOR_PHONES",
    "DemoLogin",
    "DemoSummary",
    "read_demo_summary",
]

DEMO_PASSWORD: Final = "Demo#2026pass"
ADMIN_PHONE: Final = "+8613800000000"
ADMIN_EMAIL: Final = "admin@demo.dispatchhub.dev"
# Fixed numbers for the accounts printed on start-up; everyone else gets a random one.
DISPATCHER_PHONES: Final = ("+8613800000001", "+8613800000002")
SUPERVISOR_PHONES: Final = ("+8613800000003", "+8613800000004", "+8613800000005")
EXAMPLE_STAFF_PHONE: Final = "+8613900000001"
EXAMPLE_CUSTOMER_PHONE: Final = "+8613700000001"
ROLES: Final = ("admin", "dispatcher", "supervisor", "staff", "customer")
# The example logins, one per role, in the order they are printed.
_SHOWN: Final = (
    ADMIN_PHONE,
    DISPATCHER_PHONES[0],
    SUPERVISOR_PHONES[0],
    EXAMPLE_STAFF_PHONE,
    EXAMPLE_CUSTOMER_PHONE,
)


@dataclass(frozen=True, slots=True)
class DemoLogin:
    """An account to try the platform with."""

    role: str
    name: str
    phone: str
    email: str | None
    password: str = DEMO_PASSWORD


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What the demo database holds.

    Attributes:
        created: True when this call wrote the data, False when it was already there.
        counts: rows per table name, for every table of the core.
        logins: example accounts (admin, dispatcher, supervisor, staff, customer).
        roles: the Casbin role of every demo user, by user id.
    """

    created: bool
    counts: dict[str, int]
    logins: tuple[DemoLogin, ...]
    roles: dict[str, str] = field(repr=False)

    def describe(self) -> str:
        """The text to print on start-up, one line per item: main counts, example logins."""
        counts = ", ".join(f"{n} {self.counts.get(n, 0)}" for n in ("users", "bookings", "orders"))
        lines = [f"演示数据 Demo data: {counts}"]
        lines += [f"  {x.role:<10} {x.phone}  {x.password}  ({x.name})" for x in self.logins]
        return "\n".join(lines)


async def read_demo_summary(*, created: bool = False) -> DemoSummary:
    """The summary of the demo data in the database (counts, roles, example logins)."""
    counts = {table._meta.tablename: await table.count() for table in all_tables()}
    grants = await CasbinRule.select(CasbinRule.v0, CasbinRule.v1).where(
        (CasbinRule.ptype == "g") & CasbinRule.v1.is_in(list(ROLES))
    )
    roles: dict[str, str] = {}
    for grant in grants:
        roles.setdefault(grant["v0"], grant["v1"])
    users = await User.select(User.id, User.name, User.phone, User.email).where(
        User.phone.is_in(list(_SHOWN))
    )
    by_phone = {user["phone"]: user for user in users}
    logins = tuple(
        DemoLogin(roles.get(str(u["id"]), "?"), u["name"], u["phone"], u["email"])
        for u in (by_phone.get(phone) for phone in _SHOWN)
        if u is not None
    )
    return DemoSummary(created=created, counts=counts, logins=logins, roles=roles)
