"""After the demo work: payments, reviews, staff feedback and requests for help."""

from __future__ import annotations

from datetime import datetime, timedelta

from dispatchhub.demo.builder import Builder
from dispatchhub.demo.data_text import FEEDBACK, HELP_MESSAGES, REVIEW_COMMENTS
from dispatchhub.demo.events import Job
from dispatchhub.orders.statuses import HelpRole, HelpStatus
from dispatchhub.orders.tables import HelpParticipant, HelpRequest
from dispatchhub.payments.statuses import PaymentStatus
from dispatchhub.payments.tables import Payment
from dispatchhub.reviews.feedback import FeedbackCategory
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
                # the live scheme: P, the day, 12 hex digits (here from the seed)
                number=f"P{done:%Y%m%d}{b.rng.getrandbits(48):012X}",
                amount_minor=job.row.price_minor,
                provider="demo",
                provider_ref=f"DEMO-{job.row.number}",
                status=PaymentStatus.PAID.value,
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
                category=FeedbackCategory(category).value,
                message=message,
                created_at=_later(b, job.order.completed_at, 5, 60),
            )
        )


def _help_requests(b: Builder, jobs: list[Job]) -> None:
    """One open request on running work, two closed ones on finished work.

    As the services leave them: the requester's supervisor is invited to every request;
    on the closed ones the supervisor joined, and the requester closed the request with
    what came of it.
    """
    running = [j for j in jobs if j.order_status == "IN_PROGRESS"][:1]
    done = [j for j in jobs if j.order_status == "COMPLETED"]
    picks = running + b.rng.sample(done, min(2, len(done)))
    messages = sorted(HELP_MESSAGES, key=lambda m: bool(m[1]))  # the open one first
    for job, (message, resolution) in zip(picks, messages, strict=False):
        assert job.order is not None and job.staff is not None
        asked = _later(b, job.order.started_at, 5, 20)
        closed = _later(b, asked, 10, 30) if resolution else asked
        request = HelpRequest(
            id=b.uid(),
            order=job.order.id,
            requester=job.staff.id,
            message=message,
            status=(HelpStatus.CLOSED if resolution else HelpStatus.OPEN).value,
            resolution=resolution,
            helper=None,  # set by a take-over only
            created_at=asked,
            updated_at=closed,
        )
        b.add(request)
        if job.staff.supervisor is not None:
            b.add(
                HelpParticipant(
                    id=b.uid(),
                    help_request=request.id,
                    staff=job.staff.supervisor,
                    role=(HelpRole.JOINED if resolution else HelpRole.INVITED).value,
                    answered_at=_later(b, asked, 2, 9) if resolution else None,
                    created_at=asked,
                )
            )
