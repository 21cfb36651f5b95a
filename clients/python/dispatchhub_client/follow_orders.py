from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import OrderLiveEventKind, OrderStatus


class FollowOrders(BaseModel):
    order_events: "FollowOrdersOrderEvents" = Field(alias="orderEvents")


class FollowOrdersOrderEvents(BaseModel):
    kind: OrderLiveEventKind
    order_id: str = Field(alias="orderId")
    status: Optional[OrderStatus]
    from_status: Optional[OrderStatus] = Field(alias="fromStatus")
    reason: Optional[str]
    at: Optional[datetime]


FollowOrders.model_rebuild()
