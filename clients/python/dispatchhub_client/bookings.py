from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .fragments import BookingFields


class Bookings(BaseModel):
    bookings: "BookingsBookings"


class BookingsBookings(BaseModel):
    edges: list["BookingsBookingsEdges"]
    page_info: "BookingsBookingsPageInfo" = Field(alias="pageInfo")


class BookingsBookingsEdges(BaseModel):
    cursor: str
    node: "BookingsBookingsEdgesNode"


BookingsBookingsEdgesNode = BookingFields


class BookingsBookingsPageInfo(BaseModel):
    has_next_page: bool = Field(alias="hasNextPage")
    end_cursor: Optional[str] = Field(alias="endCursor")


Bookings.model_rebuild()
BookingsBookings.model_rebuild()
BookingsBookingsEdges.model_rebuild()
