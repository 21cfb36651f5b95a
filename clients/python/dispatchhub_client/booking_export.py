from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class BookingExport(BaseModel):
    booking_export: Optional["BookingExportBookingExport"] = Field(
        alias="bookingExport"
    )


class BookingExportBookingExport(BaseModel):
    id: str
    status: str
    format: str
    rows: int
    url: Optional[str]


BookingExport.model_rebuild()
