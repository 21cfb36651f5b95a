from datetime import datetime
from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import OrderStatus
from .fragments import OrderFields


class Order(BaseModel):
    order: Optional["OrderOrder"]


class OrderOrder(OrderFields):
    history: list["OrderOrderHistory"]


class OrderOrderHistory(BaseModel):
    from_status: Optional[OrderStatus] = Field(alias="fromStatus")
    to_status: OrderStatus = Field(alias="toStatus")
    reason: str
    at: datetime


Order.model_rebuild()
OrderOrder.model_rebuild()
