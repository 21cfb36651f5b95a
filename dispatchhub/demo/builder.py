"""The state every part of the demo generator shares: the seeded random source, the rows."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from math import cos, pi, radians, sqrt
from typing import Any
from zoneinfo import ZoneInfo

from argon2 import PasswordHasher
from piccolo.table import Table

from dispatchhub.demo.data_places import REGIONS
from dispatchhub.demo.summary import DEMO_PASSWORD

__all__ = ["Builder", "Person", "Rows"]

Rows = dict[type[Table], list[Table]]


@dataclass(slots=True)
class Person:
    """A demo user as the generator tracks them; the staff fields stay unused for others."""

    id: uuid.UUID
    name: str
    locale: str
    phone: str = ""
    region: str = ""
    supervisor: uuid.UUID | None = None
    skills: dict[str, int] = field(default_factory=dict)
    availability: str = "AVAILABLE"
    max_active: int = 3
    active: int = 0
    home: tuple[float, float] = (0.0, 0.0)
    position: tuple[float, float] | None = None

    @property
    def lang(self) -> str:
        """The language of the person's texts: "zh" or "en"."""
        return "zh" if self.locale == "zh-CN" else "en"


class Builder:
    """Collects the demo rows, generated in an order that keeps references valid.

    Every random choice comes from ``rng``, in a fixed order, so a seed and ``now`` always
    give the same rows and ids.
    """

    def __init__(self, rng: random.Random, now: datetime, zone: ZoneInfo) -> None:
        self.rng, self.now, self.zone = rng, now, zone
        self.rows: Rows = {}
        self.phones: set[str] = set()
        self.regions = {r["code"]: r for r in REGIONS}
        self.type_ids: dict[str, uuid.UUID] = {}
        self.item_ids: dict[str, uuid.UUID] = {}
        # Bookings keep these copies of their service type as it was when they were made.
        self.snapshots: dict[str, dict[str, Any]] = {}
        self.dispatchers: list[Person] = []
        self.staff: list[Person] = []
        self.customers: list[Person] = []
        # One cheap hash shared by every demo account; a salt from the seed keeps the rows
        # repeatable.
        hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
        self.password_hash = hasher.hash(DEMO_PASSWORD, salt=rng.randbytes(16))

    def add(self, row: Table) -> None:
        self.rows.setdefault(type(row), []).append(row)

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def minutes(self, low: float, high: float) -> timedelta:
        return timedelta(minutes=self.rng.uniform(low, high))

    def dispatcher(self) -> uuid.UUID:
        """A random dispatcher, for the steps someone at the desk takes."""
        return self.rng.choice(self.dispatchers).id

    def point(self, region: str, spread: float = 0.7) -> tuple[float, float]:
        """A uniformly random point within ``spread`` of the district's radius."""
        r = self.regions[region]
        distance = r["radius_km"] * spread * sqrt(self.rng.random())
        angle = self.rng.uniform(0, 2 * pi)
        lat = r["center_lat"] + distance * cos(angle) / 111.0
        lon = r["center_lon"] + distance * cos(angle - pi / 2) / (111.0 * cos(radians(lat)))
        return round(lat, 6), round(lon, 6)
