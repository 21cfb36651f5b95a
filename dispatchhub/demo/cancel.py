"""Cancelling a demo booking and its order, with the fee or compensation the policy sets."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

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
    hours = max((row.scheduled_start - at) / timedelta(hours=1), 0.0)
    if staff_fault:
        rule: dict[str, Any] = {
            "staff_fault_compensation_minor": policy["staff_fault_compensation_minor"]
        }
        amount = -policy["staff_fault_compensation_minor"]
    else:
        rules = sorted(policy["rules"], key=lambda r: -r["hours_before_gte"])
        rule = next(r for r in rules if hours >= r["hours_before_gte"])
        amount = rule.get("fee_minor", row.price_minor * rule.get("fee_percent", 0) // 100)
        if en_route and amount < policy["staff_en_route_fee_minor"]:
            amount = policy["staff_en_route_fee_minor"]
            rule = {"staff_en_route_fee_minor": amount}
    if amount:
        b.add(
            CancellationCharge(
                id=b.uid(),
                booking=row.id,
                amount_minor=amount,
                fault=fault,
                rule={**rule, "hours_before": round(hours, 1)},
                created_at=at,
                status=rng.choices(["SETTLED", "PENDING", "WAIVED"], weights=[70, 20, 10])[0],
            )
        )
