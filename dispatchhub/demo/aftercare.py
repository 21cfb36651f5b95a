"""After the demo work: payments, reviews, staff feedback and requests for help."""

from __future__ import annotations

from datetime import datetime, timedelta

from dispatchhub.demo.builder import Builder
from dispatchhub.demo.data_text import FEEDBACK, HELP_MESSAGES, REVIEW_COMMENTS
from dispatchhub.demo.events import Job
from dispatchhub.orders.tables import HelpRequest
from dispatchhub.payments.tables import Payment
from dispatchhub.reviews.tables import Review, StaffFeedback

__all__ = ["add_aftercare"]


def add_aftercare(b: Builder, jobs: list[Job]) -> None:
    """Payments, (mostly positive) reviews and some staff feedback on completed work; help
    requests on running and finished work."""
    _after_service(b, [job for job in jobs if job.order_status == "COMPLETED"])
    _help_requests(b, jobs)


def _later(b: Builder, after: datetime, low: float, high: float) -> datetime:
    """A moment ``low..high`` minutes after ``after``, but never in the future."""
    return max(after, min(after + b.minutes(low, high), b.now - timedelta(minutes=1)))


def _after_service(b: Builder, jobs: list[Job]) -> None:
    rng = b.rng
    for job in jobs:
        assert job.order is not None and job.staff is not None
        done = job.order.completed_at
        paid = _later(b, done, 1, 30)
        b.add(
            Payment(
                id=b.uid(),
                booking=job.row.id,
                number="P" + job.row.number.replace("-", ""),
                amount_minor=job.row.price_minor,
                provider="demo",
                provider_ref=f"DEMO-{job.row.number}",
                status="PAID",
                paid_at=paid,
                created_at=done,
                updated_at=paid,
            )
        )
        if rng.random() < 0.15:
            continue  # not every customer leaves a review
        base = rng.choices([5, 4, 3, 2, 1], weights=[55, 28, 10, 4, 3])[0]
        levels = [min(5, max(1, base + rng.choice([-1, 0, 0, 0, 1]))) for _ in range(4)]
        comment = rng.choice(REVIEW_COMMENTS[job.customer.lang]["good" if base >= 4 else "bad"])
        b.add(
            Review(
                id=b.uid(),
                order=job.order.id,
                customer=job.customer.id,
                staff=job.staff.id,
                attitude=levels[0],
                quality=levels[1],
                speed=levels[2],
                skill=levels[3],
                comment=comment,
                created_at=_later(b, done, 10, 2 * 24 * 60),
            )
        )
    for (category, message), job in zip(
        FEEDBACK, rng.sample(jobs, min(len(FEEDBACK), len(jobs))), strict=False
    ):
        assert job.order is not None and job.staff is not None
        b.add(
            StaffFeedback(
                id=b.uid(),
                order=job.order.id,
                staff=job.staff.id,
                category=category,
                message=message,
                created_at=_later(b, job.order.completed_at, 5, 60),
            )
        )


def _help_requests(b: Builder, jobs: list[Job]) -> None:
    """One open request on running work, two resolved ones on finished work."""
    running = [j for j in jobs if j.order_status == "IN_PROGRESS"][:1]
    done = [j for j in jobs if j.order_status == "COMPLETED"]
    picks = running + b.rng.sample(done, min(2, len(done)))
    messages = sorted(HELP_MESSAGES, key=lambda m: bool(m[1]))  # the open one first
    for job, (message, resolution) in zip(picks, messages, strict=False):
        assert job.order is not None and job.staff is not None
        asked = _later(b, job.order.started_at, 5, 20)
        b.add(
            HelpRequest(
                id=b.uid(),
                order=job.order.id,
                requester=job.staff.id,
                message=message,
                status="RESOLVED" if resolution else "OPEN",
                resolution=resolution,
                helper=job.staff.supervisor if resolution else None,
                created_at=asked,
                updated_at=_later(b, asked, 10, 30) if resolution else asked,
            )
        )
