from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import OrderStatus


class OrderAssigneePosition(BaseModel):
    order: Optional["OrderAssigneePositionOrder"]


class OrderAssigneePositionOrder(BaseModel):
    id: str
    status: OrderStatus
    assignee_position: Optional["OrderAssigneePositionOrderAssigneePosition"] = Field(
        alias="assigneePosition"
    )


class OrderAssigneePositionOrderAssigneePosition(BaseModel):
    location: "OrderAssigneePositionOrderAssigneePositionLocation"
    recorded_at: datetime = Field(alias="recordedAt")
    accuracy_meters: Optional[float] = Field(alias="accuracyMeters")


class OrderAssigneePositionOrderAssigneePositionLocation(BaseModel):
    lat: float
    lon: float


OrderAssigneePosition.model_rebuild()
OrderAssigneePositionOrder.model_rebuild()
OrderAssigneePositionOrderAssigneePosition.model_rebuild()
