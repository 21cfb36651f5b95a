from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import AnalyticsErrorCode


class SatisfactionTrend(BaseModel):
    satisfaction_trend: "SatisfactionTrendSatisfactionTrend" = Field(
        alias="satisfactionTrend"
    )


class SatisfactionTrendSatisfactionTrend(BaseModel):
    report: Optional[list["SatisfactionTrendSatisfactionTrendReport"]]
    errors: list["SatisfactionTrendSatisfactionTrendErrors"]


class SatisfactionTrendSatisfactionTrendReport(BaseModel):
    start: str
    reviews: int
    attitude: float
    quality: float
    speed: float
    skill: float
    overall: float
    satisfied_rate: float = Field(alias="satisfiedRate")


class SatisfactionTrendSatisfactionTrendErrors(BaseModel):
    field: Optional[str]
    code: AnalyticsErrorCode
    message: str


SatisfactionTrend.model_rebuild()
SatisfactionTrendSatisfactionTrend.model_rebuild()
