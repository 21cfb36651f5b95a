from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import BookingsErrorCode


class ExportBookings(BaseModel):
    bookings_export: "ExportBookingsBookingsExport" = Field(alias="bookingsExport")


class ExportBookingsBookingsExport(BaseModel):
    export: Optional["ExportBookingsBookingsExportExport"]
    errors: list["ExportBookingsBookingsExportErrors"]


class ExportBookingsBookingsExportExport(BaseModel):
    id: str
    status: str
    format: str
    rows: int
    url: Optional[str]


class ExportBookingsBookingsExportErrors(BaseModel):
    field: Optional[str]
    code: BookingsErrorCode
    message: str


ExportBookings.model_rebuild()
ExportBookingsBookingsExport.model_rebuild()
