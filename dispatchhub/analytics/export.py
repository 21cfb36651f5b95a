"""Reports as CSV or XLSX files, downloaded by a signed link.

``reportExport`` checks who asks and what (the same rules as the report's query), then hands
back a link that carries the request, signed and valid for an hour. Opening it runs the
report then — the figures are as of the download — and streams the table; reports are
aggregates (at most a row per day and group, or per staff member), so a file is small and
made in memory.
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any
from uuid import UUID

from itsdangerous import BadSignature, URLSafeTimedSerializer
from openpyxl import Workbook

from dispatchhub.analytics import complaints, satisfaction, staff, tasks
from dispatchhub.analytics.sql import Period, date_range
from dispatchhub.config import Settings
from dispatchhub.spreadsheets import csv_writer, xlsx_row

__all__ = [
    "FORMATS",
    "LINK_TTL_SECONDS",
    "REPORTS",
    "ReportRequest",
    "export_link",
    "load_request",
    "render",
    "report_table",
]

# The report → the query whose policy decides who may export it.
REPORTS = {
    "TASK_STATS": "Query.taskStats",
    "STAFF_RANKING": "Query.staffRanking",
    "SATISFACTION_TREND": "Query.satisfactionTrend",
    "QUALITY_ISSUES": "Query.qualityIssues",
    "RECURRING_COMPLAINTS": "Query.recurringComplaints",
}
FORMATS = ("CSV", "XLSX")
LINK_TTL_SECONDS = 3600
_MEDIA = {
    "CSV": "text/csv; charset=utf-8",
    "XLSX": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What to export: the report, its parameters, and (staff ranking) whose row only."""

    report: str
    format: str
    first: str
    last: str
    period: str = "DAY"
    group_by: str | None = None
    only: str | None = None

    @property
    def filename(self) -> str:
        """``task-stats-2026-03-01-2026-03-31.csv`` and the like."""
        name = self.report.lower().replace("_", "-")
        return f"{name}-{self.first}-{self.last}.{self.format.lower()}"

    @property
    def media_type(self) -> str:
        """The file's content type."""
        return _MEDIA[self.format]


def _signer(settings: Settings) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(settings.secret_key, salt="report-export")


def export_link(settings: Settings, request: ReportRequest) -> str:
    """The download path (``/reports/<signed request>``), valid for an hour."""
    return f"/reports/{_signer(settings).dumps(asdict(request))}"


def load_request(settings: Settings, token: str) -> ReportRequest | None:
    """The request a valid, unexpired link carries; None otherwise."""
    try:
        values = _signer(settings).loads(token, max_age=LINK_TTL_SECONDS)
        return ReportRequest(**values)
    except (BadSignature, TypeError):
        return None


def _seconds(value: int | float | None) -> int | float | str:
    return "" if value is None else value


async def report_table(
    settings: Settings, request: ReportRequest
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """The report as a header and rows, computed now.

    Raises:
        DomainError: the range is backwards or too long (checked when the link was made too).
    """
    dates = date_range(date.fromisoformat(request.first), date.fromisoformat(request.last),
                       settings.zone)  # fmt: skip
    period = Period[request.period]
    if request.report == "TASK_STATS":
        group = tasks.GroupBy(request.group_by) if request.group_by else None
        stats = await tasks.task_stats(period, dates, group)
        return (
            ("开始 Start", "分组 Group", "订单 Orders", "完成 Completed", "取消 Cancelled",
             "返修 Revisited", "完成率 Completion rate", "取消率 Cancellation rate",
             "一次修复率 First-time fix rate", "处理中位数(秒) Processing median (s)",
             "处理 P90(秒) Processing p90 (s)", "响应中位数(秒) Response median (s)",
             "响应 P90(秒) Response p90 (s)"),
            [(b.start, b.group, b.total, b.completed, b.cancelled, b.revisited,
              round(b.completion_rate, 4), round(b.cancellation_rate, 4),
              "" if b.first_time_fix_rate is None else round(b.first_time_fix_rate, 4),
              _seconds(b.processing_median), _seconds(b.processing_p90),
              _seconds(b.response_median), _seconds(b.response_p90)) for b in stats.buckets],
        )  # fmt: skip
    if request.report == "STAFF_RANKING":
        only = UUID(request.only) if request.only else None
        rows = await staff.staff_ranking(dates, await staff.load_weights(), only=only)
        return (
            ("名次 Rank", "服务人员 Staff", "完成 Completed", "质量 Quality",
             "满意度 Satisfaction", "响应(秒) Response (s)", "综合分 Score"),
            [(r.rank, r.name, r.completed, _seconds(r.quality), _seconds(r.satisfaction),
              _seconds(r.response_seconds), r.score) for r in rows],
        )  # fmt: skip
    if request.report == "SATISFACTION_TREND":
        points = await satisfaction.satisfaction_trend(period, dates)
        return (
            ("开始 Start", "评价数 Reviews", "态度 Attitude", "质量 Quality", "速度 Speed",
             "技能 Skill", "总体 Overall", "满意率 Satisfied rate"),
            [(p.start, p.reviews, p.attitude, p.quality, p.speed, p.skill, p.overall,
              p.satisfied_rate) for p in points],
        )  # fmt: skip
    if request.report == "RECURRING_COMPLAINTS":
        found = await complaints.recurring_complaints(dates)
        return (
            ("类别 Kind", "项 Key", "周数 Weeks", "数量 Count"),
            [("REPEAT_COMPLAINER", f"{r.name} / {r.service_type}", "", r.complaints)
             for r in found.repeat_complainers]
            + [("PERSISTENT_SPOT", f"{p.service_type} / {p.region}", p.weeks, p.complaints)
               for p in found.persistent_spots]
            + [("TERM", term, "", n) for term, n in found.frequent_terms],
        )  # fmt: skip
    issues = await satisfaction.quality_issues(dates)
    rows_out: list[tuple[Any, ...]] = [
        (kind, item.key, item.count)
        for kind, items in (("DIMENSION", issues.by_dimension),
                            ("SERVICE_TYPE", issues.by_service_type),
                            ("STAFF", issues.by_staff), ("REGION", issues.by_region))
        for item in items
    ]  # fmt: skip
    rows_out += [("LOWEST_RATED", f"{s.name} ({s.reviews})", s.overall)
                 for s in issues.lowest_rated_staff]  # fmt: skip
    return ("维度 Dimension", "项 Key", "数量/评分 Count or rating"), rows_out


def render(header: tuple[str, ...], rows: list[tuple[Any, ...]], fmt: str) -> bytes:
    """The table as a CSV (UTF-8 with a BOM, so Excel reads Chinese) or XLSX file."""
    if fmt == "CSV":
        text = io.StringIO()
        writer = csv_writer(text)
        writer.writerow(header)
        writer.writerows(rows)
        return ("\ufeff" + text.getvalue()).encode("utf-8")
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Report")
    sheet.append(header)
    for row in rows:
        sheet.append(xlsx_row(sheet, row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
