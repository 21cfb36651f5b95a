"""Report queries and the ranking-weights mutation.

Queries have no payload, so each report comes in a result with ``errors``: bad dates, weights
or ids are field errors there, like a mutation's. Staff without the ``StaffRanking read``
rule see their own ranking row only; customers only their own profile.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Generic, TypeVar

import strawberry

from dispatchhub.analytics import customers, satisfaction, staff, tasks
from dispatchhub.analytics.errors import AnalyticsErrorCode
from dispatchhub.analytics.sql import DateRange, Period, date_range
from dispatchhub.authz.enforcer import is_allowed
from dispatchhub.errors import DomainError
from dispatchhub.graphql.analytics.types import (
    AnalyticsError,
    CustomerProfileType,
    QualityIssuesType,
    ReportPeriod,
    SatisfactionPointType,
    StaffRankingRow,
    StaffRankingWeights,
    TaskGroupBy,
    TaskStatsType,
)
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import field_errors
from dispatchhub.graphql.reviews.types import parse_id

__all__ = ["AnalyticsMutation", "AnalyticsQuery"]

T = TypeVar("T")
From = Annotated[date, strawberry.argument(name="from", description="First local date.")]


@strawberry.type(description="A report, or the errors that kept it from running.")
class Report(Generic[T]):
    report: T | None
    errors: list[AnalyticsError]


@strawberry.input(description="KPI weights, each 0..100, not all 0.")
class StaffRankingWeightsInput:
    completed: float
    quality: float
    satisfaction: float
    response: float


@strawberry.type
class StaffRankingWeightsUpdatePayload:
    weights: StaffRankingWeights | None
    errors: list[AnalyticsError]


def _dates(context: Context, first: date, last: date) -> DateRange:
    return date_range(first, last, context.runtime.settings.zone)


def _failed(context: Context, exc: DomainError) -> list[AnalyticsError]:
    return field_errors(exc, context.locale, AnalyticsError)


def _weights(given: StaffRankingWeightsInput) -> staff.RankingWeights:
    return staff.weights_from(
        {
            "completed": given.completed,
            "quality": given.quality,
            "satisfaction": given.satisfaction,
            "response": given.response,
        }  # fmt: skip
    )


@strawberry.type
class AnalyticsQuery:
    @strawberry.field(
        description="Orders created from `from` to `to` (local dates, inclusive, at most 366 "
        "days) per day, week or month: counts, rates, processing and response times."
    )
    async def task_stats(
        self,
        info: strawberry.Info[Context, None],
        period: ReportPeriod,
        from_: From,
        to: date,
        group_by: TaskGroupBy | None = None,  # type: ignore[valid-type]
    ) -> Report[TaskStatsType]:
        context = info.context
        try:
            stats = await tasks.task_stats(
                Period(period.value), _dates(context, from_, to), group_by
            )
        except DomainError as exc:
            return Report(report=None, errors=_failed(context, exc))
        return Report(report=TaskStatsType.of(stats), errors=[])

    @strawberry.field(
        description="Staff ranked by the weighted KPIs of orders completed in the range. "
        "Without `weights` the admin-set defaults apply; staff see their own row only."
    )
    async def staff_ranking(
        self,
        info: strawberry.Info[Context, None],
        from_: From,
        to: date,
        weights: StaffRankingWeightsInput | None = None,
    ) -> Report[list[StaffRankingRow]]:
        context = info.context
        everyone = is_allowed(context.enforcer, context.actor, "StaffRanking", "read")
        only = None if everyone else context.user_id
        try:
            dates = _dates(context, from_, to)
            chosen = _weights(weights) if weights and everyone else await staff.load_weights()
            rows = await staff.staff_ranking(dates, chosen, only=only)
        except DomainError as exc:
            return Report(report=None, errors=_failed(context, exc))
        return Report(report=[StaffRankingRow.of(row) for row in rows], errors=[])

    @strawberry.field(description="Mean ratings of reviews per day, week or month.")
    async def satisfaction_trend(
        self,
        info: strawberry.Info[Context, None],
        period: ReportPeriod,
        from_: From,
        to: date,
    ) -> Report[list[SatisfactionPointType]]:
        context = info.context
        try:
            points = await satisfaction.satisfaction_trend(
                Period(period.value), _dates(context, from_, to)
            )
        except DomainError as exc:
            return Report(report=None, errors=_failed(context, exc))
        return Report(report=[SatisfactionPointType.of(p) for p in points], errors=[])

    @strawberry.field(
        description="Low ratings by dimension, service type, staff and region; lowest-rated staff."
    )
    async def quality_issues(
        self,
        info: strawberry.Info[Context, None],
        from_: From,
        to: date,
    ) -> Report[QualityIssuesType]:
        context = info.context
        try:
            issues = await satisfaction.quality_issues(_dates(context, from_, to))
        except DomainError as exc:
            return Report(report=None, errors=_failed(context, exc))
        return Report(report=QualityIssuesType.of(issues), errors=[])

    @strawberry.field(
        description="A customer's booking frequency, preferred times and service types, spend "
        "and recommended service types. Customers may read their own only."
    )
    async def customer_profile(
        self, info: strawberry.Info[Context, None], customer_id: strawberry.ID
    ) -> Report[CustomerProfileType]:
        context = info.context
        customer = parse_id(customer_id, "User")
        anyone = is_allowed(context.enforcer, context.actor, "CustomerProfile", "read")
        try:
            # Someone else's id reads as unknown, so ids cannot be probed.
            if customer is None or (not anyone and str(customer) != context.actor.user_id):
                raise DomainError(AnalyticsErrorCode.CUSTOMER_NOT_FOUND, "customer_id")
            profile = await customers.customer_profile(customer, context.runtime.settings.zone)
        except DomainError as exc:
            return Report(report=None, errors=_failed(context, exc))
        return Report(report=CustomerProfileType.of(profile), errors=[])


@strawberry.type
class AnalyticsMutation:
    @strawberry.mutation(description="Set the default KPI weights of the staff ranking.")
    async def staff_ranking_weights_update(
        self, info: strawberry.Info[Context, None], input: StaffRankingWeightsInput
    ) -> StaffRankingWeightsUpdatePayload:
        context = info.context
        try:
            saved = await staff.save_weights(_weights(input), admin_id=context.user_id)
        except DomainError as exc:
            return StaffRankingWeightsUpdatePayload(weights=None, errors=_failed(context, exc))
        return StaffRankingWeightsUpdatePayload(weights=StaffRankingWeights.of(saved), errors=[])
