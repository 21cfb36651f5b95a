from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import AnalyticsErrorCode


class StaffRanking(BaseModel):
    staff_ranking: "StaffRankingStaffRanking" = Field(alias="staffRanking")


class StaffRankingStaffRanking(BaseModel):
    report: Optional[list["StaffRankingStaffRankingReport"]]
    errors: list["StaffRankingStaffRankingErrors"]


class StaffRankingStaffRankingReport(BaseModel):
    staff_id: str = Field(alias="staffId")
    name: str
    completed: int
    mean_quality: Optional[float] = Field(alias="meanQuality")
    mean_satisfaction: Optional[float] = Field(alias="meanSatisfaction")
    mean_response_seconds: Optional[float] = Field(alias="meanResponseSeconds")
    score: float
    rank: int


class StaffRankingStaffRankingErrors(BaseModel):
    field: Optional[str]
    code: AnalyticsErrorCode
    message: str


StaffRanking.model_rebuild()
StaffRankingStaffRanking.model_rebuild()
