"""Report queries, their export, and the ranking-weights mutation.

Queries have no payload, so each report comes in a result with ``errors``: bad dates, weights
or ids are field errors there, like a mutation's. Staff without the ``StaffRanking read``
rule see their own ranking row only; customers only their own profile.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated, Generic, TypeVar

import strawberry

from dispatchhub.analytics import complaints, customers, export, satisfaction, staff, tasks
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
    StaffRankingWeights,
    TaskGroupBy,
    TaskStatsType,
)
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import PermissionDenied, field_errors
from dispatchhub.graphql.node import row_id

__all__ = ["AnalyticsMutation", "AnalyticsQuery"]

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


@strawberry.type
class StaffRankingWeightsUpdatePayload:
    weights: StaffRankingWeights | None = strawberry.field(
        description="The default weights now in force; null when refused."
    )
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


@strawberry.enum(description="A report that can be exported.")
class ReportName(Enum):
    TASK_STATS = strawberry.enum_value("TASK_STATS", description="`taskStats`.")
    STAFF_RANKING = strawberry.enum_value(
        "STAFF_RANKING", description="`staffRanking` (staff: their own row)."
    )
    SATISFACTION_TREND = strawberry.enum_value(
        "SATISFACTION_TREND", description="`satisfactionTrend`."
    )
    QUALITY_ISSUES = strawberry.enum_value("QUALITY_ISSUES", description="`qualityIssues`.")
    RECURRING_COMPLAINTS = strawberry.enum_value(
        "RECURRING_COMPLAINTS", description="`recurringComplaints`."
    )


@strawberry.enum(description="File format of an export.")
class ReportFormat(Enum):
    CSV = strawberry.enum_value("CSV", description="Comma-separated, UTF-8 with a BOM.")
    XLSX = strawberry.enum_value("XLSX", description="An Excel workbook.")


@strawberry.input
class ReportExportInput:
    report: ReportName = strawberry.field(description="Which report.")
    format: ReportFormat = strawberry.field(description="The file format.")
    from_: date = strawberry.field(name="from", description="First local date.")
    to: date = strawberry.field(
        description="Last local date (inclusive; at most 366 days after `from`)."
    )
    period: ReportPeriod = strawberry.field(
        default=ReportPeriod.DAY, description="TASK_STATS and SATISFACTION_TREND buckets."
    )
    group_by: TaskGroupBy | None = strawberry.field(
        default=None, description="TASK_STATS: split each bucket by this dimension."
    )


@strawberry.type
class ReportExportPayload:
    url: str | None = strawberry.field(description="Relative to the server; GET it.")
    filename: str | None = strawberry.field(
        description="The file name the download gets (e.g. with the report and dates); null when "
        "refused."
    )
    errors: list[AnalyticsError]


@strawberry.type
class AnalyticsQuery:
    @strawberry.field(
        description="Orders created from `from` to `to` (local dates, inclusive, at most 366 "
        "days) per day, week or month: counts, rates, processing and response times."
    )
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
        try:
            dates = _dates(context, from_, to)
            chosen = _weights(weights) if weights and everyone else await staff.load_weights()
            rows = await staff.staff_ranking(dates, chosen, only=only)
        except DomainError as exc:
            return StaffRankingReport(report=None, errors=_failed(context, exc))
        return StaffRankingReport(report=[StaffRankingRow.of(row) for row in rows], errors=[])

    @strawberry.field(description="Mean ratings of reviews per day, week or month.")
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
        try:
            points = await satisfaction.satisfaction_trend(
                Period(period.value), _dates(context, from_, to)
            )
        except DomainError as exc:
            return SatisfactionTrendReport(report=None, errors=_failed(context, exc))
        return SatisfactionTrendReport(
            report=[SatisfactionPointType.of(p) for p in points], errors=[]
        )

    @strawberry.field(
        description="Low ratings by dimension, service type, staff and region; lowest-rated staff."
    )
    async def quality_issues(
        self,
        info: strawberry.Info[Context, None],
        from_: From,
        to: Annotated[date, strawberry.argument(description="Last local date (inclusive).")],
    ) -> Report[QualityIssuesType]:
        context = info.context
        try:
            issues = await satisfaction.quality_issues(_dates(context, from_, to))
        except DomainError as exc:
            return Report(report=None, errors=_failed(context, exc))
        return Report(report=QualityIssuesType.of(issues), errors=[])

    @strawberry.field(
        description="What keeps coming back in complaints: repeat complainers, service types "
        "and regions with complaints in several weeks, frequent terms."
    )
    async def recurring_complaints(
        self,
        info: strawberry.Info[Context, None],
        from_: From,
        to: Annotated[date, strawberry.argument(description="Last local date (inclusive).")],
    ) -> Report[RecurringComplaintsType]:
        context = info.context
        try:
            found = await complaints.recurring_complaints(_dates(context, from_, to))
        except DomainError as exc:
            return Report(report=None, errors=_failed(context, exc))
        return Report(report=RecurringComplaintsType.of(found), errors=[])

    @strawberry.field(
        description="A customer's booking frequency, preferred times and service types, spend "
        "and recommended service types. Customers may read their own only."
    )
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

    @strawberry.mutation(
        description="A download link (valid for an hour) for a report as CSV or XLSX; the "
        "file is computed when the link is opened. Whoever may read the report may export it."
    )
    async def report_export(
        self, info: strawberry.Info[Context, None], input: ReportExportInput
    ) -> ReportExportPayload:
        context = info.context
        settings = context.runtime.settings
        query = export.REPORTS[input.report.name]
        if not is_allowed(context.enforcer, context.actor, query, "call"):
            raise PermissionDenied(f"You may not read {input.report.name}.")
        # staff without the StaffRanking rule export their own ranking row only
        own = not is_allowed(context.enforcer, context.actor, "StaffRanking", "read")
        only = str(context.user_id) if own and input.report is ReportName.STAFF_RANKING else None
        try:
            _dates(context, input.from_, input.to)
        except DomainError as exc:
            return ReportExportPayload(url=None, filename=None, errors=_failed(context, exc))
        request = export.ReportRequest(
            report=input.report.name, format=input.format.name,
            first=input.from_.isoformat(), last=input.to.isoformat(),
            period=input.period.name, group_by=input.group_by.value if input.group_by else None,
            only=only,
        )  # fmt: skip
        return ReportExportPayload(
            url=export.export_link(settings, request), filename=request.filename, errors=[]
        )
