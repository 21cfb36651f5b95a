from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import StaffShiftErrorCode


class StaffShiftEnd(BaseModel):
    staff_shift_end: "StaffShiftEndStaffShiftEnd" = Field(alias="staffShiftEnd")


class StaffShiftEndStaffShiftEnd(BaseModel):
    staff_profile: Optional["StaffShiftEndStaffShiftEndStaffProfile"] = Field(
        alias="staffProfile"
    )
    errors: list["StaffShiftEndStaffShiftEndErrors"]


class StaffShiftEndStaffShiftEndStaffProfile(BaseModel):
    on_shift: bool = Field(alias="onShift")


class StaffShiftEndStaffShiftEndErrors(BaseModel):
    field: Optional[str]
    code: StaffShiftErrorCode
    message: str


StaffShiftEnd.model_rebuild()
StaffShiftEndStaffShiftEnd.model_rebuild()
