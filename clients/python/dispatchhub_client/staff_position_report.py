from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import StaffShiftErrorCode


class StaffPositionReport(BaseModel):
    staff_position_report: "StaffPositionReportStaffPositionReport" = Field(
        alias="staffPositionReport"
    )


class StaffPositionReportStaffPositionReport(BaseModel):
    position: Optional["StaffPositionReportStaffPositionReportPosition"]
    errors: list["StaffPositionReportStaffPositionReportErrors"]


class StaffPositionReportStaffPositionReportPosition(BaseModel):
    location: "StaffPositionReportStaffPositionReportPositionLocation"
    recorded_at: datetime = Field(alias="recordedAt")
    accuracy_meters: Optional[float] = Field(alias="accuracyMeters")


class StaffPositionReportStaffPositionReportPositionLocation(BaseModel):
    lat: float
    lon: float


class StaffPositionReportStaffPositionReportErrors(BaseModel):
    field: Optional[str]
    code: StaffShiftErrorCode
    message: str


StaffPositionReport.model_rebuild()
StaffPositionReportStaffPositionReport.model_rebuild()
StaffPositionReportStaffPositionReportPosition.model_rebuild()
