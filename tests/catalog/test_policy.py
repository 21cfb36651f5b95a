"""Cancellation charges at every policy boundary, and the checks on an admin's policy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from dispatchhub.catalog.checks import Problems
from dispatchhub.catalog.policy import (
    CancellationPolicy,
    Fault,
    cancellation_charge,
    parse_cancellation_policy,
)

START = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
PRICE = 12000
STANDARD: dict[str, Any] = {
    "cancellation_policy": {
        "rules": [
            {"hours_before_gte": 24, "fee_minor": 0},
            {"hours_before_gte": 2, "fee_minor": 2000},
            {"hours_before_gte": 0, "fee_percent": 50},
        ],
        "staff_en_route_fee_minor": 3000,
        "staff_fault_compensation_minor": 2000,
    }
}


def charge_at(notice: timedelta, **kwargs: Any) -> tuple[int, dict[str, Any]]:
    options: dict[str, Any] = {"fault": "CUSTOMER", "staff_en_route": False, "price_minor": PRICE}
    options.update(kwargs)
    result = cancellation_charge(
        STANDARD,
        START,
        START - notice,
        options["fault"],
        options["staff_en_route"],
        options["price_minor"],
    )
    return result.amount_minor, result.rule


@pytest.mark.parametrize(
    ("notice", "amount", "threshold"),
    [
        (timedelta(days=3), 0, 24),
        (timedelta(hours=24), 0, 24),  # exactly 24 h counts as "24 h or more"
        (timedelta(hours=24) - timedelta(microseconds=1), 2000, 2),
        (timedelta(hours=2), 2000, 2),  # exactly 2 h: the 2 h rule
        (timedelta(hours=2) - timedelta(seconds=1), 6000, 0),  # 50 % of 120.00 yuan
        (timedelta(0), 6000, 0),
        (timedelta(hours=-3), 6000, 0),  # after the start: as late as it gets
    ],
)
def test_customer_cancellation_follows_the_rule_for_the_notice_given(
    notice: timedelta, amount: int, threshold: int
) -> None:
    # when
    charged, rule = charge_at(notice)

    # then
    assert charged == amount
    assert rule["kind"] == "rule"
    assert rule["hours_before_gte"] == threshold


def test_percentage_fees_round_down_to_the_fen() -> None:
    assert charge_at(timedelta(hours=1), price_minor=999)[0] == 499


def test_staff_on_the_way_raise_the_fee_to_the_en_route_minimum_but_never_lower_it() -> None:
    amount, rule = charge_at(timedelta(days=2), staff_en_route=True)
    assert (amount, rule["kind"]) == (3000, "staff_en_route")

    late_amount, late_rule = charge_at(timedelta(hours=1), staff_en_route=True)
    assert (late_amount, late_rule["kind"]) == (6000, "rule")


@pytest.mark.parametrize("fault", [Fault.STAFF, "PLATFORM"])
def test_staff_or_platform_fault_owes_the_customer_compensation(fault: Fault | str) -> None:
    amount, rule = charge_at(timedelta(hours=1), fault=fault, staff_en_route=True)

    assert amount == -2000
    assert rule["kind"] == "fault_compensation"
    assert rule["fault"] == Fault(fault).value


def test_the_rule_applied_records_the_notice_in_hours() -> None:
    assert charge_at(timedelta(hours=5, minutes=30))[1]["hours_before"] == 5.5


def test_a_type_without_policy_charges_nothing() -> None:
    result = cancellation_charge({}, START, START, "CUSTOMER", False, PRICE)
    assert (result.amount_minor, result.rule["kind"]) == (0, "no_policy")


def parse(
    raw: object, price: int = PRICE
) -> tuple[CancellationPolicy | None, list[tuple[str, str]]]:
    problems = Problems()
    policy = parse_cancellation_policy(raw, problems, price_minor=price)
    return policy, [(e.field or "", e.code.name) for e in problems.errors]


def test_a_valid_policy_is_stored_longest_notice_first() -> None:
    rules = list(reversed(STANDARD["cancellation_policy"]["rules"]))
    policy, errors = parse({**STANDARD["cancellation_policy"], "rules": rules})

    assert errors == []
    assert policy is not None
    assert policy.as_json() == STANDARD["cancellation_policy"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ([], ("cancellationPolicy", "EXPECTED_TYPE")),
        ({"rules": [{"hours_before_gte": 0}]}, ("cancellationPolicy.rules.0", "POLICY_FEE_CHOICE")),
        (
            {"rules": [{"hours_before_gte": 0, "fee_minor": 1, "fee_percent": 1}]},
            ("cancellationPolicy.rules.0", "POLICY_FEE_CHOICE"),
        ),
        (
            {"rules": [{"hours_before_gte": 0, "fee_minor": -1}]},
            ("cancellationPolicy.rules.0.feeMinor", "OUT_OF_RANGE"),
        ),
        (
            {"rules": [{"hours_before_gte": 0, "fee_percent": 101}]},
            ("cancellationPolicy.rules.0.feePercent", "OUT_OF_RANGE"),
        ),
        (
            {"rules": [{"hours_before_gte": -1, "fee_minor": 0}]},
            ("cancellationPolicy.rules.0.hoursBeforeGte", "OUT_OF_RANGE"),
        ),
        (
            {"rules": [{"hours_before_gte": 24, "fee_minor": 0}]},
            ("cancellationPolicy.rules", "POLICY_NEEDS_ZERO"),
        ),
        (
            {
                "rules": [
                    {"hours_before_gte": 0, "fee_minor": 0},
                    {"hours_before_gte": 0, "fee_minor": 5},
                ]
            },
            ("cancellationPolicy.rules.1.hoursBeforeGte", "DUPLICATE"),
        ),
        (
            {
                "rules": [
                    {"hours_before_gte": 24, "fee_minor": 500},
                    {"hours_before_gte": 0, "fee_minor": 100},
                ]
            },
            ("cancellationPolicy.rules.1", "POLICY_NOT_MONOTONIC"),
        ),
        (
            # 30 % of 120.00 yuan is 36.00, less than the 50.00 charged with more notice
            {
                "rules": [
                    {"hours_before_gte": 12, "fee_minor": 5000},
                    {"hours_before_gte": 0, "fee_percent": 30},
                ]
            },
            ("cancellationPolicy.rules.1", "POLICY_NOT_MONOTONIC"),
        ),
        (
            {"rules": [], "staff_en_route_fee_minor": -5},
            ("cancellationPolicy.staffEnRouteFeeMinor", "OUT_OF_RANGE"),
        ),
        (
            {"rules": [], "staff_fault_compensation_minor": "20"},
            ("cancellationPolicy.staffFaultCompensationMinor", "EXPECTED_TYPE"),
        ),
        ({"rules": [], "refund": 1}, ("cancellationPolicy.refund", "UNKNOWN_FIELD")),
        (
            {"rules": [{"hours_before_gte": True, "fee_minor": 0}]},
            ("cancellationPolicy.rules.0.hoursBeforeGte", "EXPECTED_TYPE"),
        ),
    ],
)
def test_inconsistent_policies_are_refused_at_the_field(
    raw: object, expected: tuple[str, str]
) -> None:
    policy, errors = parse(raw)

    assert policy is None
    assert expected in errors


def test_fee_and_percent_rules_compare_at_the_service_price() -> None:
    raw = {
        "rules": [
            {"hours_before_gte": 12, "fee_minor": 5000},
            {"hours_before_gte": 0, "fee_percent": 50},
        ]
    }
    assert parse(raw, price=12000)[1] == []  # 60.00 ≥ 50.00
    assert parse(raw, price=8000)[1] == [("cancellationPolicy.rules.1", "POLICY_NOT_MONOTONIC")]


def test_an_empty_policy_is_free() -> None:
    policy, errors = parse({})
    assert errors == [] and policy == CancellationPolicy()
    assert policy.as_json() == {}
