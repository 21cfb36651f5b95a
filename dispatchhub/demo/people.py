"""Demo people: accounts and roles, staff districts, skills and profiles; who gets a job."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Final

import phonenumbers

from dispatchhub.authz.tables import CasbinRule
from dispatchhub.demo.builder import Builder, Person
from dispatchhub.demo.data_catalog import SERVICE_TYPES
from dispatchhub.demo.data_people import (
    EN_FIRST_NAMES,
    EN_LAST_NAMES,
    GIVEN_NAMES,
    SHIFT_PATTERNS,
    SURNAMES,
)
from dispatchhub.demo.data_places import REGIONS, neighbours
from dispatchhub.demo.summary import (
    ADMIN_EMAIL,
    ADMIN_PHONE,
    DISPATCHER_PHONES,
    EXAMPLE_CUSTOMER_PHONE,
    EXAMPLE_STAFF_PHONE,
    SUPERVISOR_PHONES,
)
from dispatchhub.users.tables import StaffProfile, StaffSkill, User

__all__ = ["add_people", "add_profiles", "pick_staff", "qualified"]

# Chinese mobile prefixes in use; every generated number is still checked by phonenumbers.
_MOBILE_PREFIXES: Final = (
    "130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
    "177 180 181 182 183 185 186 187 188 189 199"
).split()
_TYPE_NAMES: Final = {t["code"]: (t["name_zh"], t["name_en"]) for t in SERVICE_TYPES}


def add_people(b: Builder, staff_count: int, customer_count: int) -> None:
    """The admin, the dispatch desk, supervisors, skilled staff per district, customers."""
    _user(b, "admin", phone=ADMIN_PHONE, email=ADMIN_EMAIL, name="管理员 Admin")
    b.dispatchers = _desk(b, "dispatcher", DISPATCHER_PHONES)
    supervisors = _desk(b, "supervisor", SUPERVISOR_PHONES)
    codes = [r["code"] for r in REGIONS]
    b.staff = [
        _user(
            b,
            "staff",
            phone=EXAMPLE_STAFF_PHONE if i == 0 else None,
            email=f"staff{i + 1:03d}@demo.dispatchhub.dev",
        )
        for i in range(staff_count)
    ]
    for i, person in enumerate(b.staff):
        person.region = codes[i % len(codes)]
        person.supervisor = supervisors[codes.index(person.region) % len(supervisors)].id
        person.max_active = b.rng.randint(2, 5)
        person.availability = b.rng.choices(
            ["AVAILABLE", "OFF_DUTY", "ON_LEAVE"], weights=[75, 17, 8]
        )[0]
        person.home = b.point(person.region, 0.8)
    _deal_skills(b, codes)
    for i in range(customer_count):
        english = i % 7 == 3  # about one in seven customers is an English-speaking expat
        if english:
            first, last = b.rng.choice(EN_FIRST_NAMES), b.rng.choice(EN_LAST_NAMES)
            name, handle = f"{first} {last}", f"{first}.{last}".replace("ü", "ue")
        else:
            name, handle = _zh_name(b)
        email = f"{handle}{i + 1}@example.com".lower() if b.rng.random() < 0.7 else None
        b.customers.append(
            _user(
                b,
                "customer",
                phone=EXAMPLE_CUSTOMER_PHONE if i == 0 else None,
                email=email,
                locale="en-US" if english else "zh-CN",
                name=name,
            )
        )


def _desk(b: Builder, role: str, phones: tuple[str, ...]) -> list[Person]:
    """Office accounts with fixed phone numbers and numbered e-mail addresses."""
    return [
        _user(b, role, phone=phone, email=f"{role}{i + 1}@demo.dispatchhub.dev")
        for i, phone in enumerate(phones)
    ]


def _user(
    b: Builder,
    role: str,
    *,
    phone: str | None = None,
    email: str | None = None,
    locale: str = "zh-CN",
    name: str | None = None,
) -> Person:
    """A user row and its Casbin role; a random name and phone number unless given."""
    if phone is None:
        phone = _phone(b)
    person = Person(b.uid(), name or _zh_name(b)[0], locale, phone)
    b.phones.add(phone)
    joined = b.now - timedelta(days=b.rng.randint(60, 900))
    b.add(
        User(
            id=person.id,
            phone=phone,
            email=email,
            password_hash=b.password_hash,
            name=person.name,
            locale=locale,
            created_at=joined,
            updated_at=joined,
        )
    )
    b.add(CasbinRule(ptype="g", v0=str(person.id), v1=role))
    return person


def _phone(b: Builder) -> str:
    """A valid Chinese mobile number no demo user has yet, in E.164."""
    while True:
        number = f"+86{b.rng.choice(_MOBILE_PREFIXES)}{b.rng.randrange(10**8):08d}"
        if number not in b.phones and phonenumbers.is_valid_number(phonenumbers.parse(number)):
            b.phones.add(number)
            return number


def _zh_name(b: Builder) -> tuple[str, str]:
    """A Chinese name and its pinyin (for the e-mail address)."""
    (sur, sur_py), (given, given_py) = b.rng.choice(SURNAMES), b.rng.choice(GIVEN_NAMES)
    return sur + given, f"{given_py}.{sur_py}"


def _deal_skills(b: Builder, codes: list[str]) -> None:
    """Give every service type two qualified staff per district, then some extra skills."""
    for region in codes:
        local = [s for s in b.staff if s.region == region]
        b.rng.shuffle(local)
        turn = 0
        for spec in SERVICE_TYPES:
            for _ in range(min(2, len(local))):
                for _attempt in range(len(local)):
                    person, turn = local[turn % len(local)], turn + 1
                    new = [k for k in spec["required_skills"] if k not in person.skills]
                    if len(person.skills) + len(new) <= 4 or len(local) < 4:
                        break
                for skill, minimum in spec["required_skills"].items():
                    level = max(person.skills.get(skill, 0), b.rng.randint(minimum, 5))
                    person.skills[skill] = level
    for person in b.staff:
        for _ in range(b.rng.randint(0, 2)):
            if len(person.skills) < 4:
                person.skills.setdefault(b.rng.choice(list(_TYPE_NAMES)), b.rng.randint(1, 5))
        for skill, level in person.skills.items():
            b.add(
                StaffSkill(
                    id=b.uid(),
                    staff=person.id,
                    skill=skill,
                    level=level,
                    certified=level >= 3 and b.rng.random() < 0.7,
                )
            )


def qualified(person: Person, spec: dict[str, Any]) -> bool:
    """Whether ``person`` has every skill the service type requires, at its level."""
    return all(person.skills.get(k, 0) >= v for k, v in spec["required_skills"].items())


def pick_staff(b: Builder, spec: dict[str, Any], region: str, active: bool) -> Person:
    """A qualified staff member for a job: same district first, then neighbours, anyone.

    With ``active`` the job counts against the person's limit of active orders, and staff
    on leave or at their limit are passed over.
    """
    near = [region, *neighbours(region)]
    pools = [
        [s for s in b.staff if s.region == region and qualified(s, spec)],
        [s for s in b.staff if s.region in near and qualified(s, spec)],
        [s for s in b.staff if qualified(s, spec)],
        b.staff,
    ]
    for pool in pools:
        if active:
            pool = [s for s in pool if s.availability != "ON_LEAVE" and s.active < s.max_active]
        if pool:
            chosen = b.rng.choice(pool)
            chosen.active += active
            return chosen
    return b.rng.choice(b.staff)


def add_profiles(b: Builder) -> None:
    """The staff profiles, written last: the jobs set availability and positions."""
    rng = b.rng
    for person in b.staff:
        level = max(1, min(5, max(person.skills.values(), default=1) - rng.randint(0, 1)))
        years = rng.randint((level - 1) * 2, min(20, (level - 1) * 4 + 4))
        skills = sorted(person.skills, key=lambda s: -person.skills[s])
        if person.position is None and person.availability == "AVAILABLE":
            person.position = b.point(person.region, 0.6)
        lat, lon = person.position or (None, None)
        b.add(
            StaffProfile(
                id=b.uid(),
                user=person.id,
                level=level,
                years_experience=years,
                region=person.region,
                team=f"{person.region}-{rng.randint(1, 2)}",
                supervisor=person.supervisor,
                home_lat=person.home[0],
                home_lon=person.home[1],
                lat=lat,
                lon=lon,
                located_at=b.now - b.minutes(1, 30) if person.position else None,
                availability=person.availability,
                shifts=rng.choice(SHIFT_PATTERNS),
                max_active_orders=person.max_active,
                updated_at=b.now - b.minutes(1, 600),
                bio=f"{years}年经验，擅长{'、'.join(_TYPE_NAMES[s][0] for s in skills)} / "
                f"{years} years; " + ", ".join(_TYPE_NAMES[s][1] for s in skills),
            )
        )
