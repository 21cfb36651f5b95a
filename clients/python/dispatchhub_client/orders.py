from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import OrderFields


class Orders(BaseModel):
    orders: "OrdersOrders"


class OrdersOrders(BaseModel):
    edges: list["OrdersOrdersEdges"]
    page_info: "OrdersOrdersPageInfo" = Field(alias="pageInfo")


class OrdersOrdersEdges(BaseModel):
    cursor: str
    node: "OrdersOrdersEdgesNode"


OrdersOrdersEdgesNode = OrderFields


class OrdersOrdersPageInfo(BaseModel):
    has_next_page: bool = Field(alias="hasNextPage")
    end_cursor: Optional[str] = Field(alias="endCursor")


Orders.model_rebuild()
OrdersOrders.model_rebuild()
OrdersOrdersEdges.model_rebuild()
