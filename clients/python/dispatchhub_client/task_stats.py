from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import AnalyticsErrorCode


class TaskStats(BaseModel):
    task_stats: "TaskStatsTaskStats" = Field(alias="taskStats")


class TaskStatsTaskStats(BaseModel):
    report: Optional["TaskStatsTaskStatsReport"]
    errors: list["TaskStatsTaskStatsErrors"]


class TaskStatsTaskStatsReport(BaseModel):
    buckets: list["TaskStatsTaskStatsReportBuckets"]
    by_type: list["TaskStatsTaskStatsReportByType"] = Field(alias="byType")
    by_channel: list["TaskStatsTaskStatsReportByChannel"] = Field(alias="byChannel")
    by_region: list["TaskStatsTaskStatsReportByRegion"] = Field(alias="byRegion")
    by_status: list["TaskStatsTaskStatsReportByStatus"] = Field(alias="byStatus")


class TaskStatsTaskStatsReportBuckets(BaseModel):
    start: str
    group: str
    total: int
    completed: int
    cancelled: int
    revisited: int
    completion_rate: float = Field(alias="completionRate")
    cancellation_rate: float = Field(alias="cancellationRate")
    first_time_fix_rate: Optional[float] = Field(alias="firstTimeFixRate")
    processing_median_seconds: Optional[int] = Field(alias="processingMedianSeconds")
    processing_p_90_seconds: Optional[int] = Field(alias="processingP90Seconds")
    response_median_seconds: Optional[int] = Field(alias="responseMedianSeconds")
    response_p_90_seconds: Optional[int] = Field(alias="responseP90Seconds")


class TaskStatsTaskStatsReportByType(BaseModel):
    key: str
    count: int


class TaskStatsTaskStatsReportByChannel(BaseModel):
    key: str
    count: int


class TaskStatsTaskStatsReportByRegion(BaseModel):
    key: str
    count: int


class TaskStatsTaskStatsReportByStatus(BaseModel):
    key: str
    count: int


class TaskStatsTaskStatsErrors(BaseModel):
    field: Optional[str]
    code: AnalyticsErrorCode
    message: str


TaskStats.model_rebuild()
TaskStatsTaskStats.model_rebuild()
TaskStatsTaskStatsReport.model_rebuild()
