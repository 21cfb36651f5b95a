from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import AnalyticsErrorCode


class ExportReport(BaseModel):
    report_export: "ExportReportReportExport" = Field(alias="reportExport")


class ExportReportReportExport(BaseModel):
    url: Optional[str]
    filename: Optional[str]
    errors: list["ExportReportReportExportErrors"]


class ExportReportReportExportErrors(BaseModel):
    field: Optional[str]
    code: AnalyticsErrorCode
    message: str


ExportReport.model_rebuild()
ExportReportReportExport.model_rebuild()
