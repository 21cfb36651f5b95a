"""reportExport: a signed link to a report as CSV or XLSX, for whoever may read the report."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.fixtures.app import GraphQLClient
from tests.fixtures.bookings import Catalog
from tests.fixtures.reviews import T0, MakeOrder
from tests.fixtures.users import MakeUser

EXPORT = """
mutation ($input: ReportExportInput!) {
  reportExport(input: $input) { url filename errors { field code } }
}
"""
WEEK = {"from": "2026-03-02", "to": "2026-03-08"}


async def _export(gql: GraphQLClient, **values: Any) -> dict[str, Any]:
    body = await gql.execute(EXPORT, {"input": {**WEEK, **values}})
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["reportExport"]
    return payload


async def test_task_stats_as_csv_and_xlsx_match_the_report(
    gql: GraphQLClient, make_user: MakeUser, make_order: MakeOrder, catalog: Catalog
) -> None:
    # given two orders on Monday 2 March, one completed
    customer, staff = await make_user("customer"), await make_user("staff")
    await make_order(customer.id, staff.id, service_type=catalog.hvac, created_at=T0)
    await make_order(customer.id, service_type=catalog.hvac, status="CANCELLED", created_at=T0)
    gql.headers.update((await make_user("supervisor")).headers)

    # when a supervisor exports the week's task statistics by day, both ways
    as_csv = await _export(gql, report="TASK_STATS", format="CSV", period="DAY")
    as_xlsx = await _export(gql, report="TASK_STATS", format="XLSX", period="DAY")
    csv_file = await gql.http.get(as_csv["url"])
    xlsx_file = await gql.http.get(as_xlsx["url"])

    # then each holds the one day's bucket, named for what it is
    assert as_csv["filename"] == "task-stats-2026-03-02-2026-03-08.csv"
    assert csv_file.status_code == 200
    assert csv_file.headers["content-disposition"].endswith(
        '"task-stats-2026-03-02-2026-03-08.csv"'
    )
    rows = list(csv.reader(io.StringIO(csv_file.content.decode("utf-8-sig"))))
    assert rows[0][:5] == ["开始 Start", "分组 Group", "订单 Orders", "完成 Completed",
                           "取消 Cancelled"]  # fmt: skip
    assert rows[1][:5] == ["2026-03-02", "", "2", "1", "1"]
    sheet = load_workbook(io.BytesIO(xlsx_file.content), read_only=True).worksheets[0]
    cells = [tuple(c for c in row) for row in sheet.iter_rows(values_only=True)]
    assert cells[1][:5] == ("2026-03-02", None, 2, 1, 1)  # an empty cell: no groupBy


async def test_who_may_export_what(gql: GraphQLClient, make_user: MakeUser) -> None:
    staff = await make_user("staff")
    gql.headers.update(staff.headers)

    own_ranking = await _export(gql, report="STAFF_RANKING", format="CSV")
    refused = await gql.execute(EXPORT, {"input": {**WEEK, "report": "TASK_STATS",
                                                   "format": "CSV"}})  # fmt: skip
    backwards = await _export(gql, report="STAFF_RANKING", format="CSV", **{"from": "2026-03-09"})
    forged = await gql.http.get(own_ranking["url"][:-3] + "xyz")

    assert own_ranking["errors"] == [] and own_ranking["url"].startswith("/reports/")
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert backwards == {"url": None, "filename": None,
                         "errors": [{"field": "to", "code": "RANGE_BACKWARDS"}]}  # fmt: skip
    assert forged.status_code == 404


@pytest.mark.parametrize(
    ("report", "first_column"),
    [
        ("STAFF_RANKING", "名次 Rank"),
        ("SATISFACTION_TREND", "开始 Start"),
        ("QUALITY_ISSUES", "维度 Dimension"),
        ("RECURRING_COMPLAINTS", "类别 Kind"),
    ],
)
async def test_every_report_exports(
    gql: GraphQLClient, make_user: MakeUser, report: str, first_column: str
) -> None:
    gql.headers.update((await make_user("dispatcher")).headers)

    link = await _export(gql, report=report, format="XLSX", period="WEEK")
    response = await gql.http.get(link["url"])

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).worksheets[0]
    header = next(sheet.iter_rows(values_only=True))
    assert header[0] == first_column
