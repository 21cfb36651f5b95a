"""Cancellation and reschedule charges: payments keep what a booking's change costs.

Bookings sit below payments (docs/architecture.md): they publish ``booking.charged`` in
their transaction (:mod:`dispatchhub.domain_events`), and the charge is recorded here, in
the same one.
"""

from __future__ import annotations

from typing import Any

from dispatchhub.catalog.policy import Charge, Fault
from dispatchhub.domain_events import subscribe
from dispatchhub.payments.tables import CancellationCharge

__all__ = ["record_charge"]


async def record_charge(booking: dict[str, Any], charge: Charge, fault: Fault) -> None:
    """``booking.charged``: keep a non-zero fee (or compensation) the policy set."""
    if charge.amount_minor == 0:
        return
    currency = booking["service_snapshot"].get("currency", "CNY")
    await CancellationCharge.insert(
        CancellationCharge(booking=booking["id"], amount_minor=charge.amount_minor,
                           currency=currency, fault=fault.value, rule=charge.rule)
    )  # fmt: skip


subscribe("booking.charged", record_charge)
