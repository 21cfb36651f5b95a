"""Report queries.

Queries have no payload, so each report comes in a result with ``errors``: bad dates, weights
or ids are field errors there, like a mutation's. Staff without the ``StaffRanking read``
rule see their own ranking row only; customers only their own profile.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Generic, TypeVar

import strawberry

from dispatchhub.analytics import complaints, customers, satisfaction, staff, tasks
from dispatchhub.analytics.errors import AnalyticsErrorCode
from dispatchhub.analytics.sql import DateRange, Period, date_range
from dispatchhub.authz.enforcer import is_allowed
from dispatchhub.errors import DomainError
from dispatchhub.graphql.analytics.types import (
    AnalyticsError,
    CustomerProfileType,
    QualityIssuesType,
    RecurringComplaintsType,
    ReportPeriod,
    SatisfactionPointType,
    StaffRankingRow,
    StaffRankingWeightsInput,
    TaskGroupBy,
    TaskStatsType,
    ranking_weights,
)
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.node import row_id
from dispatchhub.graphql.refusals import refusals

__all__ = ["AnalyticsQuery"]

T = TypeVar("T")
From = Annotated[date, strawberry.argument(name="from", description="First local date.")]


@strawberry.type(description="A report, or the errors that kept it from running.")
class Report(Generic[T]):
    report: T | None = strawberry.field(
        description="The report; null when `errors` say why it could not run."
    )
    errors: list[AnalyticsError]


@strawberry.type(
    name="StaffRankingReport",
    description="The staff ranking (one row per staff member, best first), or the errors "
    "that kept it from running.",
)
class StaffRankingReport(Report[list[StaffRankingRow]]):
    pass


@strawberry.type(
    name="SatisfactionTrendReport",
    description="The satisfaction trend (one point per day, week or month, oldest first), or "
    "the errors that kept it from running.",
)
class SatisfactionTrendReport(Report[list[SatisfactionPointType]]):
    pass


def _dates(context: Context, first: date, last: date) -> DateRange:
    return date_range(first, last, context.runtime.settings.zone)


@strawberry.type
class AnalyticsQuery:
    @strawberry.field(
        description="Orders created from `from` to `to` (local dates, inclusive, at most 366 "
        "days) per day, week or month: counts, rates, processing and response times."
    )
    @refusals(Report, AnalyticsError)
    async def task_stats(
        self,
        info: strawberry.Info[Context, None],
        period: Annotated[ReportPeriod, strawberry.argument(description="The bucket of each row.")],
        from_: From,
        to: Annotated[date, strawberry.argument(description="Last local date (inclusive).")],
        group_by: Annotated[
            TaskGroupBy | None,
            strawberry.argument(description="Split each bucket by this dimension; null: no split."),
        ] = None,
    ) -> Report[TaskStatsType]:
        context = info.context
        stats = await tasks.task_stats(Period(period.value), _dates(context, from_, to), group_by)
        return Report(report=TaskStatsType.of(stats), errors=[])

    @strawberry.field(
        description="Staff ranked by the weighted KPIs of orders completed in the range. "
        "Without `weights` the admin-set defaults apply; staff see their own row only."
    )
    @refusals(StaffRankingReport, AnalyticsError)
    async def staff_ranking(
        self,
        info: strawberry.Info[Context, None],
        from_: From,
        to: Annotated[date, strawberry.argument(description="Last local date (inclusive).")],
        weights: Annotated[
            StaffRankingWeightsInput | None,
            strawberry.argument(
                description="KPI weights (agents only; others get the admin-set defaults); "
                "null: the defaults."
            ),
        ] = None,
    ) -> StaffRankingReport:
        context = info.context
        everyone = is_allowed(context.enforcer, context.actor, "StaffRanking", "read")
        only = None if everyone else context.user_id
        dates = _dates(context, from_, to)
        given = ranking_weights(weights) if weights and everyone else None
        chosen = given or await staff.load_weights()
        rows = await staff.staff_ranking(dates, chosen, only=only)
        return StaffRankingReport(report=[StaffRankingRow.of(row) for row in rows], errors=[])

    @strawberry.field(description="Mean ratings of reviews per day, week or month.")
    @refusals(SatisfactionTrendReport, AnalyticsError)
    async def satisfaction_trend(
        self,
        info: strawberry.Info[Context, None],
        period: Annotated[
            ReportPeriod, strawberry.argument(description="The bucket of each point.")
        ],
        from_: From,
        to: Annotated[date, strawberry.argument(description="Last local date (inclusive).")],
    ) -> SatisfactionTrendReport:
        context = info.context
        points = await satisfaction.satisfaction_trend(
            Period(period.value), _dates(context, from_, to)
        )
        return SatisfactionTrendReport(
            report=[SatisfactionPointType.of(p) for p in points], errors=[]
        )

    @strawberry.field(
        description="Low ratings by dimension, service type, staff and region; lowest-rated staff."
    )
    @refusals(Report, AnalyticsError)
    async def quality_issues(
        self,
        info: strawberry.Info[Context, None],
        from_: From,
        to: Annotated[date, strawberry.argument(description="Last local date (inclusive).")],
    ) -> Report[QualityIssuesType]:
        context = info.context
        issues = await satisfaction.quality_issues(_dates(context, from_, to))
        return Report(report=QualityIssuesType.of(issues), errors=[])

    @strawberry.field(
        description="What keeps coming back in complaints: repeat complainers, service types "
        "and regions with complaints in several weeks, frequent terms."
    )
    @refusals(Report, AnalyticsError)
    async def recurring_complaints(
        self,
        info: strawberry.Info[Context, None],
        from_: From,
        to: Annotated[date, strawberry.argument(description="Last local date (inclusive).")],
    ) -> Report[RecurringComplaintsType]:
        context = info.context
        found = await complaints.recurring_complaints(_dates(context, from_, to))
        return Report(report=RecurringComplaintsType.of(found), errors=[])

    @strawberry.field(
        description="A customer's booking frequency, preferred times and service types, spend "
        "and recommended service types. Customers may read their own only."
    )
    @refusals(Report, AnalyticsError)
    async def customer_profile(
        self,
        info: strawberry.Info[Context, None],
        customer_id: Annotated[
            strawberry.ID,
            strawberry.argument(description="The customer: a User's global ID or row id."),
        ],
    ) -> Report[CustomerProfileType]:
        context = info.context
        customer = row_id(customer_id, "User")
        anyone = is_allowed(context.enforcer, context.actor, "CustomerProfile", "read")
        # Someone else's id reads as unknown, so ids cannot be probed.
        if customer is None or (not anyone and str(customer) != context.actor.user_id):
            raise DomainError(AnalyticsErrorCode.CUSTOMER_NOT_FOUND, "customer_id")
        profile = await customers.customer_profile(customer, context.runtime.settings.zone)
        return Report(report=CustomerProfileType.of(profile), errors=[])
