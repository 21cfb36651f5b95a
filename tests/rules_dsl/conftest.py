"""Shared policy sources and records for the rules DSL tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

HVAC_SOURCE = """\
# 空调/锅炉 urgent jobs
policy hvac_urgent priority 10
  applies when task.type in ["hvac", "boiler"] and task.urgency == "urgent"
  require on_shift : staff.on_shift                         reason "off shift"
  require skilled  : staff.skill(task.type) >= 3            reason "skill below 3"
  require capacity : staff.active_orders < staff.max_orders
                     reason "full ({staff.active_orders}/{staff.max_orders})"
  require near     : distance(staff, task) <= 10 km         reason "{distance(staff, task)} away"
  prefer close  weight 3 : scale(distance(staff, task), best 0 km, worst 10 km)
  prefer rating weight 2 : scale(staff.rating(task.type) ?? 3, worst 1, best 5)
  prefer light  weight 2 : scale(staff.active_orders, best 0, worst staff.max_orders)
  tie break staff.active_orders asc, staff.id asc
  mode push accept within 5 min, then broadcast 3 accept within 2 min, then pool
  if none: relax near to 25 km, then escalate "dispatch-desk"

policy local_plumbing priority 5
  applies when task.type == "plumbing"
  require region : same_region(staff, task) reason "在其他区域"
  require fast   : staff.avg_response_min ?? 60 min <= 15 min
  prefer veteran weight 1 : scale(staff.years_experience, worst 0, best 10)
  if none: neighbours, then escalate "plumbing-desk"

default policy anyone
  require on_shift : staff.on_shift
  prefer light weight 1 : scale(saturation(staff), best 0, worst 1)
"""


def _make_staff(staff_id: str, **overrides: Any) -> dict[str, Any]:
    """A complete staff record near Shanghai's centre; override any field."""
    record: dict[str, Any] = {
        "id": staff_id,
        "region": "sh-xuhui",
        "lat": 31.20,
        "lon": 121.44,
        "on_shift": True,
        "available": True,
        "active_orders": 1,
        "max_orders": 4,
        "grade": 3,
        "years_experience": 5,
        "rating": 4.5,
        "avg_response_min": 6.0,
        "acceptance_rate": 0.9,
        "on_time_rate": 0.95,
        "first_time_fix_rate": 0.8,
        "orders_today": 2,
        "orders_last_7d": 12,
        "shift_remaining_min": 240.0,
        "certifications": ["gas-safe"],
        "languages": ["普通话", "en"],
        "skills": {"hvac": 4, "plumbing": 2},
        "ratings": {"hvac": 4.8},
        "done_by_type": {"hvac": 30},
        "completion_min_by_type": {"hvac": 55.0},
        "ratings_smoothed": {"hvac": 4.6},
        "first_time_fix_by_type": {"hvac": 0.9},
        "acceptance_by_type": {"hvac": 0.85},
    }
    record.update(overrides)
    return record


def _make_task(**overrides: Any) -> dict[str, Any]:
    """A complete urgent hvac task in Shanghai; override any field."""
    record: dict[str, Any] = {
        "id": "o-1",
        "type": "hvac",
        "urgency": "urgent",
        "region": "sh-xuhui",
        "neighbour_regions": ["sh-changning"],
        "lat": 31.20,
        "lon": 121.45,
        "hour": 14,
        "weekday": "tue",
        "time": 14 * 60 + 30,
        "est_duration_min": 60.0,
        "required_certifications": [],
        "preferred_staff_id": None,
    }
    record.update(overrides)
    return record


@pytest.fixture
def hvac_source() -> str:
    return HVAC_SOURCE


Factory = Callable[..., dict[str, Any]]


@pytest.fixture
def make_staff() -> Factory:
    """Build a staff record: ``make_staff("id", field=value, …)``."""
    return _make_staff


@pytest.fixture
def make_task() -> Factory:
    """Build a task record: ``make_task(field=value, …)``."""
    return _make_task
