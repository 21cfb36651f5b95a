"""Report types: task statistics, staff ranking, satisfaction, quality issues, customers."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from dispatchhub.analytics import complaints, customers, satisfaction, staff, tasks
from dispatchhub.analytics.errors import AnalyticsErrorCode
from dispatchhub.graphql.common.enums import api_enum
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
    "StaffRankingWeightsInput",
    "TaskBucketType",
    "TaskGroupBy",
    "TaskStatsType",
    "ranking_weights",
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
    DAY = strawberry.enum_value("day", description="One local day.")
    WEEK = strawberry.enum_value("week", description="Monday to Sunday.")
    MONTH = strawberry.enum_value("month", description="A calendar month.")


api_enum(
    tasks.GroupBy,
    name="TaskGroupBy",
    description="Split each bucket by this dimension.",
    values={
        "TYPE": "By service type code.",
        "CHANNEL": "By booking channel.",
        "REGION": "By region code.",
    },
)
TaskGroupBy = tasks.GroupBy


@strawberry.type(
    name="TaskBucket", description="Orders created in one period (and group); times in seconds."
)
class TaskBucketType:
    start: str = strawberry.field(description="The local date the period starts on.")
    group: str = strawberry.field(description="The groupBy value; empty without groupBy.")
    total: int = strawberry.field(description="Orders created in the period (and group).")
    completed: int = strawberry.field(description="Of those, completed.")
    cancelled: int = strawberry.field(description="Of those, cancelled.")
    revisited: int = strawberry.field(
        description="Completed orders the customer booked a repeat visit for."
    )
    completion_rate: float = strawberry.field(
        description="completed / total (0..1; 0 when total is 0)."
    )
    cancellation_rate: float = strawberry.field(
        description="cancelled / total (0..1; 0 when total is 0)."
    )
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
    key: str = strawberry.field(
        description="The value counted (a code, a status, a dimension or a User's global ID, as "
        "the list says)."
    )
    count: int = strawberry.field(description="How many.")


@strawberry.type(name="TaskStats", description="Task statistics over a date range.")
class TaskStatsType:
    buckets: list[TaskBucketType] = strawberry.field(
        description="One bucket per period (and group), oldest first."
    )
    by_type: list[CountByKey] = strawberry.field(
        description="Orders created in the range by service type code."
    )
    by_channel: list[CountByKey] = strawberry.field(description="By booking channel.")
    by_region: list[CountByKey] = strawberry.field(description="By region code.")
    by_status: list[CountByKey] = strawberry.field(description="By current order status.")
    arrivals: int = strawberry.field(
        default=0,
        description="Promised arrivals of the range's orders that were settled (on time, late "
        "or missed; see `Order.arrival`).",
    )
    on_time_rate: float | None = strawberry.field(
        default=None, description="Of those, the share kept (on time), 0..1; null without any."
    )

    @classmethod
    def of(cls, stats: tasks.TaskStats) -> TaskStatsType:
        """The API view of the statistics."""

        def by(dimension: str) -> list[CountByKey]:
            return [CountByKey(key=b.key, count=b.count) for b in stats.breakdowns
                    if b.dimension == dimension]  # fmt: skip

        return cls(
            buckets=[TaskBucketType.of(b) for b in stats.buckets], by_type=by("TYPE"),
            by_channel=by("CHANNEL"), by_region=by("REGION"), by_status=by("STATUS"),
            arrivals=stats.arrivals, on_time_rate=stats.on_time_rate,
        )  # fmt: skip


@strawberry.type(description="The weights of the KPIs in the composite score.")
class StaffRankingWeights:
    completed: float = strawberry.field(
        description="Weight of the completed-orders count (0..100)."
    )
    quality: float = strawberry.field(description="Weight of the mean quality rating (0..100).")
    satisfaction: float = strawberry.field(
        description="Weight of the mean of the four ratings (0..100)."
    )
    response: float = strawberry.field(
        description="Weight of the response time, faster better (0..100)."
    )

    @classmethod
    def of(cls, weights: staff.RankingWeights) -> StaffRankingWeights:
        """The API view of the weights."""
        return cls(**weights.model_dump())


@strawberry.type(description="One staff member's KPIs, composite score (0..1) and rank.")
class StaffRankingRow:
    staff_id: strawberry.ID = strawberry.field(description="The staff member's User global ID.")
    name: str = strawberry.field(description="Their name.")
    completed: int = strawberry.field(description="Orders they completed in the range.")
    mean_quality: float | None = strawberry.field(
        description="Mean quality rating (1..5) of those orders' reviews; null without reviews."
    )
    mean_satisfaction: float | None = strawberry.field(
        description="Mean of the four ratings (1..5); null without reviews."
    )
    mean_response_seconds: float | None = strawberry.field(
        description="Mean time from creation to assignment, in seconds; null when unknown."
    )
    score: float = strawberry.field(
        description="Weighted mean of the KPIs, each scaled 0..1 across the staff in the report "
        "(response inverted)."
    )
    rank: int = strawberry.field(description="1 is best; ties share a rank.")
    on_time_rate: float | None = strawberry.field(
        default=None,
        description="Promised arrivals kept (on time / on time + late + missed) among those "
        "settled in the range, 0..1; null without any. Not part of the score.",
    )

    @classmethod
    def of(cls, row: staff.StaffScore) -> StaffRankingRow:
        """The API view of a ranking row."""
        return cls(
            staff_id=global_id("User", row.staff_id), name=row.name, completed=row.completed,
            mean_quality=row.quality, mean_satisfaction=row.satisfaction,
            mean_response_seconds=row.response_seconds, score=row.score, rank=row.rank,
            on_time_rate=row.on_time_rate,
        )  # fmt: skip


@strawberry.type(
    name="SatisfactionPoint", description="Mean ratings (1..5) of the reviews of one period."
)
class SatisfactionPointType:
    start: str = strawberry.field(description="The local date the period starts on (ISO 8601).")
    reviews: int = strawberry.field(description="Reviews submitted in the period.")
    attitude: float = strawberry.field(description="Mean attitude rating (1..5).")
    quality: float = strawberry.field(description="Mean quality rating (1..5).")
    speed: float = strawberry.field(description="Mean speed rating (1..5).")
    skill: float = strawberry.field(description="Mean skill rating (1..5).")
    overall: float = strawberry.field(description="Mean of the four (1..5).")
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
    staff_id: strawberry.ID = strawberry.field(description="The staff member's User global ID.")
    name: str = strawberry.field(description="Their name.")
    reviews: int = strawberry.field(description="Reviews counted.")
    overall: float = strawberry.field(
        description="Mean of the four ratings over those reviews (1..5)."
    )


@strawberry.type(description="A customer who complained more than once about one service type.")
class RepeatComplainerType:
    customer_id: strawberry.ID = strawberry.field(description="The customer's User global ID.")
    name: str = strawberry.field(description="Their name.")
    service_type: str = strawberry.field(description="The service type code complained about.")
    complaints: int = strawberry.field(description="How many complaints about it in the range.")


@strawberry.type(description="A service type in a region with complaints in several weeks.")
class ComplaintSpotType:
    service_type: str = strawberry.field(description="The service type code.")
    region: str = strawberry.field(description="The region code.")
    weeks: int = strawberry.field(description="Distinct weeks with complaints.")
    complaints: int = strawberry.field(description="Complaints in the range.")


@strawberry.type(
    name="RecurringComplaints",
    description="What keeps coming back in complaints (reviews with a rating of 1 or 2).",
)
class RecurringComplaintsType:
    repeat_complainers: list[RepeatComplainerType] = strawberry.field(
        description="Customers who complained more than once about one service type."
    )
    persistent_spots: list[ComplaintSpotType] = strawberry.field(
        description="Service types in a region with complaints in two or more distinct weeks."
    )
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
    by_dimension: list[CountByKey] = strawberry.field(
        description="Low ratings (1 or 2) per dimension (attitude, quality, speed, skill)."
    )
    by_service_type: list[CountByKey] = strawberry.field(
        description="Reviews with a low rating by service type code."
    )
    by_staff: list[CountByKey] = strawberry.field(description="Keys are staff user ids.")
    by_region: list[CountByKey] = strawberry.field(
        description="Reviews with a low rating by region code."
    )
    lowest_rated_staff: list[StaffRatingType] = strawberry.field(
        description="The five staff members with the lowest mean overall rating."
    )

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
    customer_id: strawberry.ID = strawberry.field(description="The customer's User global ID.")
    bookings: int = strawberry.field(description="Their bookings, cancelled ones left out.")
    first_booking_at: datetime | None = strawberry.field(
        description="When the first was made; null without bookings."
    )
    last_booking_at: datetime | None = strawberry.field(
        description="When the latest was made; null without bookings."
    )
    bookings_per_month: float = strawberry.field(
        description="Bookings per 30 days since the first (at least one month)."
    )
    preferred_weekday: int | None = strawberry.field(description="1 Monday … 7 Sunday.")
    preferred_hour: int | None = strawberry.field(description="0–23, business time zone.")
    preferred_service_types: list[str] = strawberry.field(description="Service type codes.")
    spend_minor: int = strawberry.field(description="Completed bookings, fen.")
    recommended_service_types: list[str] = strawberry.field(
        description="Up to three service type codes to suggest: most booked by customers who share "
        "a type with this one, then most booked overall."
    )

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


@strawberry.input(description="KPI weights, each 0..100, not all 0.")
class StaffRankingWeightsInput:
    completed: float = strawberry.field(
        description="Weight of the completed-orders count (0..100)."
    )
    quality: float = strawberry.field(description="Weight of the mean quality rating (0..100).")
    satisfaction: float = strawberry.field(
        description="Weight of the mean of the four ratings (0..100)."
    )
    response: float = strawberry.field(description="Weight of the response time (0..100).")


def ranking_weights(given: StaffRankingWeightsInput) -> staff.RankingWeights:
    """The service's weights from the input."""
    return staff.weights_from(
        {
            "completed": given.completed,
            "quality": given.quality,
            "satisfaction": given.satisfaction,
            "response": given.response,
        }  # fmt: skip
    )
