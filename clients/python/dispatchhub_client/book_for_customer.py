from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import BookingsErrorCode
from .fragments import BookingFields


class BookForCustomer(BaseModel):
    booking_create: "BookForCustomerBookingCreate" = Field(alias="bookingCreate")


class BookForCustomerBookingCreate(BaseModel):
    booking: Optional["BookForCustomerBookingCreateBooking"]
    errors: list["BookForCustomerBookingCreateErrors"]


BookForCustomerBookingCreateBooking = BookingFields


class BookForCustomerBookingCreateErrors(BaseModel):
    field: Optional[str]
    code: BookingsErrorCode
    message: str


BookForCustomer.model_rebuild()
BookForCustomerBookingCreate.model_rebuild()
