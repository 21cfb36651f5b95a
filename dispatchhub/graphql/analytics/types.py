"""Report types: task statistics, staff ranking, satisfaction, quality issues, customers."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from dispatchhub.analytics import complaints, customers, satisfaction, staff, tasks
from dispatchhub.analytics.errors import AnalyticsErrorCode
from dispatchhub.graphql.errors import Error, error_type_for
from dispatchhub.graphql.node import global_id

__all__ = [
    "AnalyticsError",
    "CustomerProfileType",
    "QualityIssuesType",
    "ReportPeriod",
    "SatisfactionPointType",
    "StaffRankingRow",
    "StaffRankingWeights",
    "TaskBucketType",
    "TaskGroupBy",
    "TaskStatsType",
]

AnalyticsErrorCodeEnum = strawberry.enum(
    AnalyticsErrorCode, name="AnalyticsErrorCode", description="Why a report was refused."
)


# Times come from the rollups' log-scale histograms (dispatchhub.analytics.rollups).
_TIME_ERROR = "1 % of the exact nearest-rank value"


@strawberry.type
class AnalyticsError(Error):
    code: AnalyticsErrorCodeEnum  # type: ignore[valid-type]


error_type_for(AnalyticsError, AnalyticsErrorCodeEnum)


@strawberry.enum(description="The bucket of a trend, in the business time zone.")
class ReportPeriod(Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


TaskGroupBy = strawberry.enum(tasks.GroupBy, name="TaskGroupBy",
                              description="Split each bucket by this dimension.")  # fmt: skip


@strawberry.type(
    name="TaskBucket", description="Orders created in one period (and group); times in seconds."
)
class TaskBucketType:
    start: str = strawberry.field(description="The local date the period starts on.")
    group: str = strawberry.field(description="The groupBy value; empty without groupBy.")
    total: int
    completed: int
    cancelled: int
    revisited: int = strawberry.field(
        description="Completed orders the customer booked a repeat visit for."
    )
    completion_rate: float
    cancellation_rate: float
    first_time_fix_rate: float | None = strawberry.field(
        description="Completed orders fixed the first time (no repeat visit) over completed "
        "orders; null when none was completed."
    )
    processing_median_seconds: int | None = strawberry.field(
        description=f"Creation to completion, completed orders; times are within {_TIME_ERROR}."
    )
    processing_p90_seconds: int | None = strawberry.field(
        description=f"Creation to completion, 90th percentile; within {_TIME_ERROR}."
    )
    response_median_seconds: int | None = strawberry.field(
        description=f"Creation to assignment, assigned orders; within {_TIME_ERROR}."
    )
    response_p90_seconds: int | None = strawberry.field(
        description=f"Creation to assignment, 90th percentile; within {_TIME_ERROR}."
    )

    @classmethod
    def of(cls, bucket: tasks.TaskBucket) -> TaskBucketType:
        """The API view of a bucket."""
        return cls(
            start=bucket.start, group=bucket.group, total=bucket.total,
            completed=bucket.completed, cancelled=bucket.cancelled, revisited=bucket.revisited,
            completion_rate=bucket.completion_rate, cancellation_rate=bucket.cancellation_rate,
            first_time_fix_rate=bucket.first_time_fix_rate,
            processing_median_seconds=bucket.processing_median,
            processing_p90_seconds=bucket.processing_p90,
            response_median_seconds=bucket.response_median,
            response_p90_seconds=bucket.response_p90,
        )  # fmt: skip


@strawberry.type(description="How many orders have one value of a dimension.")
class CountByKey:
    key: str
    count: int


@strawberry.type(name="TaskStats", description="Task statistics over a date range.")
class TaskStatsType:
    buckets: list[TaskBucketType]
    by_type: list[CountByKey]
    by_channel: list[CountByKey]
    by_region: list[CountByKey]
    by_status: list[CountByKey]

    @classmethod
    def of(cls, stats: tasks.TaskStats) -> TaskStatsType:
        """The API view of the statistics."""

        def by(dimension: str) -> list[CountByKey]:
            return [CountByKey(key=b.key, count=b.count) for b in stats.breakdowns
                    if b.dimension == dimension]  # fmt: skip

        return cls(
            buckets=[TaskBucketType.of(b) for b in stats.buckets], by_type=by("TYPE"),
            by_channel=by("CHANNEL"), by_region=by("REGION"), by_status=by("STATUS"),
        )  # fmt: skip


@strawberry.type(description="The weights of the KPIs in the composite score.")
class StaffRankingWeights:
    completed: float
    quality: float
    satisfaction: float
    response: float

    @classmethod
    def of(cls, weights: staff.RankingWeights) -> StaffRankingWeights:
        """The API view of the weights."""
        return cls(**weights.model_dump())


@strawberry.type(description="One staff member's KPIs, composite score (0..1) and rank.")
class StaffRankingRow:
    staff_id: strawberry.ID
    name: str
    completed: int
    mean_quality: float | None
    mean_satisfaction: float | None
    mean_response_seconds: float | None
    score: float
    rank: int

    @classmethod
    def of(cls, row: staff.StaffScore) -> StaffRankingRow:
        """The API view of a ranking row."""
        return cls(
            staff_id=global_id("User", row.staff_id), name=row.name, completed=row.completed,
            mean_quality=row.quality, mean_satisfaction=row.satisfaction,
            mean_response_seconds=row.response_seconds, score=row.score, rank=row.rank,
        )  # fmt: skip


@strawberry.type(
    name="SatisfactionPoint", description="Mean ratings (1..5) of the reviews of one period."
)
class SatisfactionPointType:
    start: str
    reviews: int
    attitude: float
    quality: float
    speed: float
    skill: float
    overall: float
    satisfied_rate: float = strawberry.field(description="Share of reviews averaging ≥ 4.")

    @classmethod
    def of(cls, point: satisfaction.SatisfactionPoint) -> SatisfactionPointType:
        """The API view of a trend point."""
        return cls(
            start=point.start, reviews=point.reviews, attitude=point.attitude,
            quality=point.quality, speed=point.speed, skill=point.skill,
            overall=point.overall, satisfied_rate=point.satisfied_rate,
        )  # fmt: skip


@strawberry.type(name="StaffRating", description="A staff member's mean overall rating.")
class StaffRatingType:
    staff_id: strawberry.ID
    name: str
    reviews: int
    overall: float


@strawberry.type(description="A customer who complained more than once about one service type.")
class RepeatComplainerType:
    customer_id: strawberry.ID
    name: str
    service_type: str
    complaints: int


@strawberry.type(description="A service type in a region with complaints in several weeks.")
class ComplaintSpotType:
    service_type: str
    region: str
    weeks: int
    complaints: int


@strawberry.type(
    name="RecurringComplaints",
    description="What keeps coming back in complaints (reviews with a rating of 1 or 2).",
)
class RecurringComplaintsType:
    repeat_complainers: list[RepeatComplainerType]
    persistent_spots: list[ComplaintSpotType]
    frequent_terms: list[CountByKey] = strawberry.field(
        description="Words (English) and character pairs (Chinese) in complaint comments and "
        "staff problem reports, by how many texts use them."
    )

    @classmethod
    def of(cls, found: complaints.RecurringComplaints) -> RecurringComplaintsType:
        """The API view of the recurring complaints."""
        return cls(
            repeat_complainers=[
                RepeatComplainerType(customer_id=global_id("User", r.customer_id), name=r.name,
                                     service_type=r.service_type, complaints=r.complaints)
                for r in found.repeat_complainers
            ],
            persistent_spots=[
                ComplaintSpotType(service_type=p.service_type, region=p.region, weeks=p.weeks,
                                  complaints=p.complaints)
                for p in found.persistent_spots
            ],
            frequent_terms=[CountByKey(key=t, count=n) for t, n in found.frequent_terms],
        )  # fmt: skip


@strawberry.type(name="QualityIssues", description="Where low ratings (1 or 2) come from.")
class QualityIssuesType:
    by_dimension: list[CountByKey]
    by_service_type: list[CountByKey]
    by_staff: list[CountByKey] = strawberry.field(description="Keys are staff user ids.")
    by_region: list[CountByKey]
    lowest_rated_staff: list[StaffRatingType]

    @classmethod
    def of(cls, issues: satisfaction.QualityIssues) -> QualityIssuesType:
        """The API view of the quality issues."""

        def counts(items: list[satisfaction.IssueCount]) -> list[CountByKey]:
            return [CountByKey(key=i.key, count=i.count) for i in items]

        return cls(
            by_dimension=counts(issues.by_dimension),
            by_service_type=counts(issues.by_service_type),
            by_staff=[
                CountByKey(key=global_id("User", i.key), count=i.count) for i in issues.by_staff
            ],
            by_region=counts(issues.by_region),
            lowest_rated_staff=[
                StaffRatingType(
                    staff_id=global_id("User", s.staff_id),
                    name=s.name,
                    reviews=s.reviews,
                    overall=s.overall,
                )  # fmt: skip
                for s in issues.lowest_rated_staff
            ],
        )


@strawberry.type(name="CustomerProfile", description="What a customer's bookings say about them.")
class CustomerProfileType:
    customer_id: strawberry.ID
    bookings: int
    first_booking_at: datetime | None
    last_booking_at: datetime | None
    bookings_per_month: float
    preferred_weekday: int | None = strawberry.field(description="1 Monday … 7 Sunday.")
    preferred_hour: int | None = strawberry.field(description="0–23, business time zone.")
    preferred_service_types: list[str] = strawberry.field(description="Service type codes.")
    spend_minor: int = strawberry.field(description="Completed bookings, fen.")
    recommended_service_types: list[str]

    @classmethod
    def of(cls, profile: customers.CustomerProfile) -> CustomerProfileType:
        """The API view of a profile."""
        return cls(
            customer_id=global_id("User", profile.customer_id), bookings=profile.bookings,
            first_booking_at=profile.first_booking_at, last_booking_at=profile.last_booking_at,
            bookings_per_month=profile.bookings_per_month,
            preferred_weekday=profile.preferred_weekday, preferred_hour=profile.preferred_hour,
            preferred_service_types=profile.preferred_service_types,
            spend_minor=profile.spend_minor,
            recommended_service_types=profile.recommended_service_types,
        )  # fmt: skip
