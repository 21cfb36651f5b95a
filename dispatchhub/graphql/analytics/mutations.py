"""The ranking-weights mutation and report exports."""

from __future__ import annotations

from datetime import date
from enum import Enum

import strawberry

from dispatchhub.analytics import export, staff
from dispatchhub.analytics.sql import date_range
from dispatchhub.authz.enforcer import is_allowed
from dispatchhub.graphql.analytics.types import (
    AnalyticsError,
    ReportPeriod,
    StaffRankingWeights,
    StaffRankingWeightsInput,
    TaskGroupBy,
    ranking_weights,
)
from dispatchhub.graphql.context import Context
from dispatchhub.graphql.errors import PermissionDenied
from dispatchhub.graphql.refusals import refusals

__all__ = ["AnalyticsMutation", "ReportFormat", "ReportName"]


@strawberry.type
class StaffRankingWeightsUpdatePayload:
    weights: StaffRankingWeights | None = strawberry.field(
        description="The default weights now in force; null when refused."
    )
    errors: list[AnalyticsError]


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
class AnalyticsMutation:
    @strawberry.mutation(description="Set the default KPI weights of the staff ranking.")
    @refusals(StaffRankingWeightsUpdatePayload, AnalyticsError)
    async def staff_ranking_weights_update(
        self, info: strawberry.Info[Context, None], input: StaffRankingWeightsInput
    ) -> StaffRankingWeightsUpdatePayload:
        context = info.context
        saved = await staff.save_weights(ranking_weights(input), admin_id=context.user_id)
        return StaffRankingWeightsUpdatePayload(weights=StaffRankingWeights.of(saved), errors=[])

    @strawberry.mutation(
        description="A download link (valid for an hour) for a report as CSV or XLSX; the "
        "file is computed when the link is opened. Whoever may read the report may export it."
    )
    @refusals(ReportExportPayload, AnalyticsError)
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
        date_range(input.from_, input.to, settings.zone)
        request = export.ReportRequest(
            report=input.report.name, format=input.format.name,
            first=input.from_.isoformat(), last=input.to.isoformat(),
            period=input.period.name, group_by=input.group_by.value if input.group_by else None,
            only=only,
        )  # fmt: skip
        return ReportExportPayload(
            url=export.export_link(settings, request), filename=request.filename, errors=[]
        )
