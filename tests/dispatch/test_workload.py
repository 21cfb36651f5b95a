"""Workload: free places, the balance charge, overloaded regions, load summaries."""

from __future__ import annotations

from dispatchhub.dispatch.workload import (
    balance_marginal_m,
    free_capacity,
    load_summary,
    overloaded_regions,
)
from tests.fixtures.dispatch_engine import HUANGPU, staff_record, task_record


def test_the_balance_charge_grows_with_each_extra_order() -> None:
    staff = staff_record("s1", active=1, most=4)

    charges = [balance_marginal_m(staff, n, balance_km=3.0) for n in (1, 2, 3)]

    # 3 km × (1 + n) / 4: every extra order costs more than the last, so spreading pays
    assert charges == [1500, 2250, 3000]
    assert balance_marginal_m(staff, 1, balance_km=0.0) == 0


def test_free_capacity_is_never_negative() -> None:
    assert free_capacity(staff_record("s1", active=1, most=3)) == 2
    assert free_capacity(staff_record("s2", active=5, most=3)) == 0


def test_a_region_with_more_orders_than_free_places_is_overloaded() -> None:
    tasks = [task_record(f"t{i}", HUANGPU, region="huangpu") for i in range(3)] + [
        task_record("x1")
    ]
    staff = [
        staff_record("hp1", HUANGPU, region="huangpu", active=1, most=2),
        staff_record("hp2", HUANGPU, region="huangpu", most=1),
        staff_record("off", HUANGPU, region="huangpu", most=3, on_shift=False),
        staff_record("xh", most=1),
    ]

    assert overloaded_regions(tasks, staff) == {"huangpu"}
    assert overloaded_regions(tasks, staff, headroom=0.4) == {"huangpu", "xuhui"}


def test_load_summary_counts_idle_and_full_staff() -> None:
    staff = [staff_record("a", active=1, most=2), staff_record("b"), staff_record("c")]

    summary = load_summary(staff, {"a": 1, "b": 1})

    assert summary.mean == 1.0
    assert summary.idle_share == 1 / 3
    assert summary.full_share == 1 / 3
    assert round(summary.std, 6) == round((2 / 3) ** 0.5, 6)
