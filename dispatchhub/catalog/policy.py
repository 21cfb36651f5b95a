"""The cancellation policy of a service type: what cancelling or rescheduling costs.

Stored as JSON on ``ServiceType.cancellation_policy`` and copied into every booking's
snapshot, so a later edit never changes what an existing booking owes::

    {"rules": [{"hours_before_gte": 24, "fee_minor": 0},
               {"hours_before_gte": 2, "fee_minor": 2000},
               {"hours_before_gte": 0, "fee_percent": 50}],
     "staff_en_route_fee_minor": 3000,
     "staff_fault_compensation_minor": 2000}

How a charge is decided (:func:`cancellation_charge`):

- The time left before ``scheduled_start`` (zero when the appointment has begun) picks the
  rule with the highest ``hours_before_gte`` that it reaches. Boundaries belong to the
  longer notice: exactly 24 h before counts as the "≥ 24 h" rule, 1 µs less as the next.
- The rule's fee is ``fee_minor`` fen, or ``fee_percent`` % of the booking's price rounded
  down to the fen.
- Once staff are on the way the fee is at least ``staff_en_route_fee_minor``.
- When the staff or the platform is at fault the customer owes nothing and is owed
  ``staff_fault_compensation_minor``: the charge is negative.
- An empty policy (``{}``) charges nothing.

Admin input is checked by :func:`parse_cancellation_policy`: every rule has exactly one of a
fee in fen (≥ 0) or a percentage (0..100), thresholds are distinct hours in 0..8760, one rule
covers 0 h, and a later cancellation never costs less than an earlier one (fees compared at
the service type's price when one rule is in fen and the other in percent).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from dispatchhub.catalog.checks import Problems
from dispatchhub.catalog.errors import CatalogErrorCode

__all__ = [
    "MAX_FEE_MINOR",
    "CancellationPolicy",
    "CancellationRule",
    "ChargeRuleKind",
    "Charge",
    "Fault",
    "cancellation_charge",
    "parse_cancellation_policy",
]

MAX_FEE_MINOR = 10_000_000_00  # ten million yuan: far above any fee, far below overflow
MAX_HOURS = 24 * 365
MAX_RULES = 20


class Fault(StrEnum):
    """Whose doing a cancellation or reschedule is; it decides fee or compensation."""

    CUSTOMER = "CUSTOMER"
    STAFF = "STAFF"
    PLATFORM = "PLATFORM"


class ChargeRuleKind(StrEnum):
    """Which part of a cancellation policy decided a charge (stored in its ``rule``)."""

    RULE = "rule"
    STAFF_EN_ROUTE = "staff_en_route"
    FAULT_COMPENSATION = "fault_compensation"
    NO_POLICY = "no_policy"
    LATE_ARRIVAL = "late_arrival"


@dataclass(frozen=True, slots=True)
class CancellationRule:
    """From ``hours_before_gte`` hours before the appointment on: a fee in fen or in percent."""

    hours_before_gte: float
    fee_minor: int | None = None
    fee_percent: int | None = None

    def fee(self, price_minor: int) -> int:
        """The fee in fen for a booking priced ``price_minor`` (percentages round down)."""
        if self.fee_minor is not None:
            return self.fee_minor
        return max(price_minor, 0) * (self.fee_percent or 0) // 100

    def as_json(self) -> dict[str, Any]:
        """The stored shape of this rule."""
        hours: float | int = self.hours_before_gte
        if float(hours).is_integer():
            hours = int(hours)
        amount = (
            {"fee_minor": self.fee_minor}
            if self.fee_minor is not None
            else {"fee_percent": self.fee_percent}
        )
        return {"hours_before_gte": hours, **amount}


@dataclass(frozen=True, slots=True)
class CancellationPolicy:
    """Rules by notice (longest notice first), the en-route floor and the compensation."""

    rules: tuple[CancellationRule, ...] = ()
    staff_en_route_fee_minor: int = 0
    staff_fault_compensation_minor: int = 0

    @classmethod
    def from_json(cls, raw: Mapping[str, Any] | None) -> CancellationPolicy:
        """Read a stored (already validated) policy; ``{}`` or None is the free policy."""
        if not raw:
            return cls()
        rules = [
            CancellationRule(
                hours_before_gte=float(rule["hours_before_gte"]),
                fee_minor=rule.get("fee_minor"),
                fee_percent=rule.get("fee_percent"),
            )
            for rule in raw.get("rules", [])
        ]
        return cls(
            rules=tuple(sorted(rules, key=lambda r: -r.hours_before_gte)),
            staff_en_route_fee_minor=int(raw.get("staff_en_route_fee_minor", 0)),
            staff_fault_compensation_minor=int(raw.get("staff_fault_compensation_minor", 0)),
        )

    def as_json(self) -> dict[str, Any]:
        """The stored shape (rules longest notice first)."""
        if self == CancellationPolicy():
            return {}
        return {
            "rules": [rule.as_json() for rule in self.rules],
            "staff_en_route_fee_minor": self.staff_en_route_fee_minor,
            "staff_fault_compensation_minor": self.staff_fault_compensation_minor,
        }

    def rule_for(self, notice: timedelta) -> CancellationRule | None:
        """The rule for ``notice`` left before the appointment (≥ its threshold, the highest)."""
        for rule in self.rules:
            if notice >= timedelta(hours=rule.hours_before_gte):
                return rule
        return None


@dataclass(frozen=True, slots=True)
class Charge:
    """What a cancellation costs (positive) or earns the customer (negative), in fen.

    ``rule`` is the part of the policy that decided it, with ``kind`` (``rule``,
    ``staff_en_route``, ``fault_compensation`` or ``no_policy``) and ``hours_before``; it is
    stored on the ``CancellationCharge`` so later policy edits do not change it.
    """

    amount_minor: int
    rule: dict[str, Any]


def cancellation_charge(
    snapshot: Mapping[str, Any],
    scheduled_start: datetime,
    cancelled_at: datetime,
    fault: Fault | str,
    staff_en_route: bool,
    price_minor: int,
) -> Charge:
    """The fee or compensation the booking's policy sets for a cancellation or reschedule.

    Args:
        snapshot: the booking's ``service_snapshot`` (or any mapping with a
            ``cancellation_policy``), never the live service type.
        scheduled_start: the appointment being cancelled or moved (aware datetime).
        cancelled_at: when the customer asked (aware datetime).
        fault: who caused it; ``STAFF`` or ``PLATFORM`` turn the charge into compensation.
        staff_en_route: whether the order was already EN_ROUTE.
        price_minor: the booking's price in fen, for percentage rules.

    Returns:
        The amount (negative: owed to the customer) and the rule that applied.
    """
    policy = CancellationPolicy.from_json(snapshot.get("cancellation_policy"))
    notice = max(scheduled_start - cancelled_at, timedelta(0))
    hours_before = round(notice / timedelta(hours=1), 2)
    if Fault(fault) is not Fault.CUSTOMER:
        compensation = policy.staff_fault_compensation_minor
        return Charge(
            -compensation,
            {
                "kind": ChargeRuleKind.FAULT_COMPENSATION.value,
                "fault": Fault(fault).value,
                "staff_fault_compensation_minor": compensation,
                "hours_before": hours_before,
            },
        )
    rule = policy.rule_for(notice)
    amount = rule.fee(price_minor) if rule is not None else 0
    described: dict[str, Any] = (
        {"kind": ChargeRuleKind.RULE.value, **rule.as_json()}
        if rule is not None
        else {"kind": ChargeRuleKind.NO_POLICY.value}
    )
    if staff_en_route and amount < policy.staff_en_route_fee_minor:
        amount = policy.staff_en_route_fee_minor
        described = {
            "kind": ChargeRuleKind.STAFF_EN_ROUTE.value,
            "staff_en_route_fee_minor": amount,
        }
    return Charge(amount, {**described, "hours_before": hours_before})


def parse_cancellation_policy(
    raw: object, problems: Problems, *, price_minor: int, path: str = "cancellationPolicy"
) -> CancellationPolicy | None:
    """Check an admin's policy JSON; record problems at ``path.…`` and return None if any.

    Args:
        raw: the stored JSON shape (see the module docstring); ``{}`` means free.
        problems: where field errors go.
        price_minor: the service type's price, to compare fen rules with percent rules.
        path: the API path of the policy in the input.
    """
    if not isinstance(raw, Mapping):
        problems.expected(path, "对象", "an object")
        return None
    before = len(problems.errors)
    unknown = set(raw) - {"rules", "staff_en_route_fee_minor", "staff_fault_compensation_minor"}
    for key in sorted(map(str, unknown)):
        problems.add(CatalogErrorCode.UNKNOWN_FIELD, f"{path}.{key}", name=key)
    en_route = problems.integer(
        raw.get("staff_en_route_fee_minor", 0), f"{path}.staffEnRouteFeeMinor", 0, MAX_FEE_MINOR
    )
    compensation = problems.integer(
        raw.get("staff_fault_compensation_minor", 0),
        f"{path}.staffFaultCompensationMinor",
        0,
        MAX_FEE_MINOR,
    )
    rules = _parse_rules(raw.get("rules", []), problems, f"{path}.rules")
    if rules:
        _check_rules(rules, problems, price_minor, f"{path}.rules")
    if len(problems.errors) > before or en_route is None or compensation is None:
        return None
    ordered = tuple(rule for _, rule in sorted(rules, key=lambda pair: -pair[1].hours_before_gte))
    return CancellationPolicy(ordered, en_route, compensation)


def _parse_rules(raw: object, problems: Problems, path: str) -> list[tuple[int, CancellationRule]]:
    entries = problems.items(raw, path, limit=MAX_RULES)
    rules: list[tuple[int, CancellationRule]] = []
    for index, entry in enumerate(entries or []):
        here = f"{path}.{index}"
        if not isinstance(entry, Mapping):
            problems.expected(here, "对象", "an object")
            continue
        unknown = set(entry) - {"hours_before_gte", "fee_minor", "fee_percent"}
        for key in sorted(map(str, unknown)):
            problems.add(CatalogErrorCode.UNKNOWN_FIELD, f"{here}.{key}", name=key)
        if "hours_before_gte" not in entry:
            problems.add(CatalogErrorCode.REQUIRED, f"{here}.hoursBeforeGte")
            continue
        hours = problems.number(entry["hours_before_gte"], f"{here}.hoursBeforeGte", 0, MAX_HOURS)
        has_fee, has_percent = (
            entry.get("fee_minor") is not None,
            entry.get("fee_percent") is not None,
        )
        if has_fee == has_percent:
            problems.add(CatalogErrorCode.POLICY_FEE_CHOICE, here)
            continue
        fee = percent = None
        if has_fee:
            fee = problems.integer(entry["fee_minor"], f"{here}.feeMinor", 0, MAX_FEE_MINOR)
        else:
            percent = problems.integer(entry["fee_percent"], f"{here}.feePercent", 0, 100)
        if hours is not None and (fee is not None or percent is not None) and not unknown:
            rules.append((index, CancellationRule(hours, fee, percent)))
    return rules


def _check_rules(
    rules: list[tuple[int, CancellationRule]], problems: Problems, price_minor: int, path: str
) -> None:
    seen: dict[float, int] = {}
    for index, rule in rules:
        if rule.hours_before_gte in seen:
            problems.add(
                CatalogErrorCode.DUPLICATE,
                f"{path}.{index}.hoursBeforeGte",
                value=rule.as_json()["hours_before_gte"],
            )
        seen[rule.hours_before_gte] = index
    if 0.0 not in seen:
        problems.add(CatalogErrorCode.POLICY_NEEDS_ZERO, path)
    ordered = sorted(rules, key=lambda pair: -pair[1].hours_before_gte)
    for (_, earlier), (index, later) in zip(ordered, ordered[1:], strict=False):
        if _cheaper(later, earlier, price_minor):
            problems.add(
                CatalogErrorCode.POLICY_NOT_MONOTONIC,
                f"{path}.{index}",
                hours=later.as_json()["hours_before_gte"],
                previous=earlier.as_json()["hours_before_gte"],
            )


def _cheaper(later: CancellationRule, earlier: CancellationRule, price_minor: int) -> bool:
    """Whether the shorter-notice rule charges less than the longer-notice one."""
    if later.fee_percent is not None and earlier.fee_percent is not None:
        return later.fee_percent < earlier.fee_percent
    return later.fee(price_minor) < earlier.fee(price_minor)
