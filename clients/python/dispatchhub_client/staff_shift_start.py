from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import StaffShiftErrorCode


class StaffShiftStart(BaseModel):
    staff_shift_start: "StaffShiftStartStaffShiftStart" = Field(alias="staffShiftStart")


class StaffShiftStartStaffShiftStart(BaseModel):
    staff_profile: Optional["StaffShiftStartStaffShiftStartStaffProfile"] = Field(
        alias="staffProfile"
    )
    errors: list["StaffShiftStartStaffShiftStartErrors"]


class StaffShiftStartStaffShiftStartStaffProfile(BaseModel):
    on_shift: bool = Field(alias="onShift")


class StaffShiftStartStaffShiftStartErrors(BaseModel):
    field: Optional[str]
    code: StaffShiftErrorCode
    message: str


StaffShiftStart.model_rebuild()
StaffShiftStartStaffShiftStart.model_rebuild()
