"""Cancelling a demo booking and its order, with the fee or compensation the policy sets."""

from __future__ import annotations

from datetime import timedelta

from dispatchhub.bookings.statuses import ChargeStatus
from dispatchhub.catalog.policy import Fault, cancellation_charge
from dispatchhub.demo.builder import Builder
from dispatchhub.demo.data_text import CANCEL_REASONS
from dispatchhub.demo.events import Job, booking_event, order_event
from dispatchhub.payments.tables import CancellationCharge

__all__ = ["cancel"]


def cancel(b: Builder, job: Job, frm: str, after: timedelta | None = None) -> None:
    """Cancel the booking (from status ``frm``) some time after the job's cursor.

    The customer cancels, or in three cases in ten (once staff are assigned) a dispatcher
    does because the staff could not come. The :class:`CancellationCharge` follows the
    service type's ``cancellation_policy`` (see :mod:`dispatchhub.demo`).
    """
    row, policy, rng = job.row, job.spec["cancellation_policy"], b.rng
    limit = min(row.scheduled_start, b.now) - timedelta(minutes=1)
    if after is None:
        span = max((limit - job.t) / timedelta(minutes=1), 5.0)
        after = b.minutes(min(5.0, span), span)
    at = max(min(job.t + after, limit), job.t)
    staff_fault = job.staff is not None and rng.random() < 0.3
    zh, en, fault = (
        CANCEL_REASONS[-1]
        if staff_fault
        else rng.choice([r for r in CANCEL_REASONS if r[2] == "CUSTOMER"])
    )
    actor = b.dispatcher() if staff_fault else job.creator
    row.cancel_reason, row.cancelled_at = (zh if job.customer.lang == "zh" else en), at
    booking_event(b, job, at - job.t, frm, "CANCELLED", actor, row.cancel_reason)
    en_route = job.order_state == "EN_ROUTE"
    if job.order is not None:
        order_event(b, job, at, job.order_state, "CANCELLED", actor, row.cancel_reason)
    # The fee or compensation as the service computes it, from the booking's policy.
    charge = cancellation_charge(
        {"cancellation_policy": policy}, row.scheduled_start, at, Fault(fault), en_route,
        row.price_minor or 0,
    )  # fmt: skip
    if charge.amount_minor:
        b.add(
            CancellationCharge(
                id=b.uid(),
                booking=row.id,
                amount_minor=charge.amount_minor,
                fault=Fault(fault),
                rule=charge.rule,
                created_at=at,
                status=rng.choices(list(ChargeStatus), weights=[20, 70, 10])[0],
            )
        )
