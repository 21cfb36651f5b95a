from datetime import date, datetime
from typing import Any, Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import (
    BookingChannel,
    BookingStatus,
    OrderStatus,
    ReportFormat,
    ReportName,
    ReportPeriod,
    TaskGroupBy,
    Urgency,
    UserStatus,
)


class BookingCreateInput(BaseModel):
    description: str
    scheduled_start: datetime = Field(alias="scheduledStart")
    address: str
    channel: BookingChannel = BookingChannel.WEB
    urgency: Urgency = Urgency.NORMAL
    service_type_id: Optional[str] = Field(alias="serviceTypeId", default=None)
    service_item_id: Optional[str] = Field(alias="serviceItemId", default=None)
    scheduled_end: Optional[datetime] = Field(alias="scheduledEnd", default=None)
    location: Optional["GeoPointInput"] = None
    special_requirements: Optional[list[str]] = Field(
        alias="specialRequirements", default=None
    )
    form_data: Optional[Any] = Field(alias="formData", default=None)
    customer_id: Optional[str] = Field(alias="customerId", default=None)
    "Agents booking for a customer (e.g. by phone): the User's global id (from users) or its row id."
    idempotency_key: Optional[str] = Field(alias="idempotencyKey", default=None)
    "Retrying with the same key returns the same booking."
    follow_up_of: Optional[str] = Field(alias="followUpOf", default=None)
    "A repeat visit: the customer's completed order this booking comes back to (it then does not count as fixed the first time)."


class BookingFilterInput(BaseModel):
    """Narrow a booking list; every part is optional."""

    status: Optional[list[BookingStatus]] = None
    from_: Optional[datetime] = Field(alias="from", default=None)
    to: Optional[datetime] = None
    search: Optional[str] = None
    "Words from the number, description, address or customer."
    service_type_id: Optional[str] = Field(alias="serviceTypeId", default=None)
    customer_id: Optional[str] = Field(alias="customerId", default=None)
    "Agents only; a customer always sees their own."


class CancellationPolicyInput(BaseModel):
    """Rules by notice (one must be for 0 h; later never cheaper), the least fee once staff are on the way, and the compensation when staff or the platform are at fault."""

    rules: list["CancellationRuleInput"]
    staff_en_route_fee_minor: int = Field(alias="staffEnRouteFeeMinor", default=0)
    staff_fault_compensation_minor: int = Field(
        alias="staffFaultCompensationMinor", default=0
    )


class CancellationRuleInput(BaseModel):
    """From hoursBeforeGte hours before on: feeMinor OR feePercent."""

    hours_before_gte: float = Field(alias="hoursBeforeGte")
    fee_minor: Optional[int] = Field(alias="feeMinor", default=None)
    fee_percent: Optional[int] = Field(alias="feePercent", default=None)


class GeoPointInput(BaseModel):
    """WGS-84 latitude (-90..90) and longitude (-180..180) in degrees."""

    lat: float
    lon: float


class OrderFilterInput(BaseModel):
    """Narrow an order list; every part is optional."""

    status: Optional[list[OrderStatus]] = None
    mine: bool = False
    "Staff: only orders offered or assigned to me."
    grabbable: bool = False
    "Only the grab pool."
    region: Optional[str] = None


class ReportExportInput(BaseModel):
    report: ReportName
    format: ReportFormat
    from_: date = Field(alias="from")
    "First local date."
    to: date
    period: ReportPeriod = ReportPeriod.DAY
    "TASK_STATS and SATISFACTION_TREND buckets."
    group_by: Optional[TaskGroupBy] = Field(alias="groupBy", default=None)


class ServiceHoursInput(BaseModel):
    """start–end (HH:MM, business time zone) every day; a weekday listed in weekdays has exactly its own windows, one in closedWeekdays has none."""

    start: str
    end: str
    weekdays: list["ServiceWindowInput"] = Field(default_factory=lambda: [])
    closed_weekdays: list[int] = Field(
        alias="closedWeekdays", default_factory=lambda: []
    )


class ServiceTypeCreateInput(BaseModel):
    """Everything but code and names may be left out (defaults)."""

    code: str
    "a-z, 0-9, _; fixed once created."
    name_zh: str = Field(alias="nameZh")
    name_en: str = Field(alias="nameEn")
    description: Optional[str] = None
    keywords: Optional[list[str]] = None
    form_schema: Optional[Any] = Field(alias="formSchema", default=None)
    required_skills: Optional[list["SkillLevelInput"]] = Field(
        alias="requiredSkills", default=None
    )
    default_duration_min: Optional[int] = Field(
        alias="defaultDurationMin", default=None
    )
    price_minor: Optional[int] = Field(alias="priceMinor", default=None)
    urgency_options: Optional[list[Urgency]] = Field(
        alias="urgencyOptions", default=None
    )
    special_options: Optional[list["SpecialOptionInput"]] = Field(
        alias="specialOptions", default=None
    )
    service_regions: Optional[list[str]] = Field(alias="serviceRegions", default=None)
    service_hours: Optional["ServiceHoursInput"] = Field(
        alias="serviceHours", default=None
    )
    cancellation_policy: Optional["CancellationPolicyInput"] = Field(
        alias="cancellationPolicy", default=None
    )
    manual_review: Optional[bool] = Field(alias="manualReview", default=None)
    active: Optional[bool] = None


class ServiceTypeUpdateInput(BaseModel):
    """Only the fields given change; the revision goes up."""

    id: str
    name_zh: Optional[str] = Field(alias="nameZh", default=None)
    name_en: Optional[str] = Field(alias="nameEn", default=None)
    description: Optional[str] = None
    keywords: Optional[list[str]] = None
    form_schema: Optional[Any] = Field(alias="formSchema", default=None)
    required_skills: Optional[list["SkillLevelInput"]] = Field(
        alias="requiredSkills", default=None
    )
    default_duration_min: Optional[int] = Field(
        alias="defaultDurationMin", default=None
    )
    price_minor: Optional[int] = Field(alias="priceMinor", default=None)
    urgency_options: Optional[list[Urgency]] = Field(
        alias="urgencyOptions", default=None
    )
    special_options: Optional[list["SpecialOptionInput"]] = Field(
        alias="specialOptions", default=None
    )
    service_regions: Optional[list[str]] = Field(alias="serviceRegions", default=None)
    service_hours: Optional["ServiceHoursInput"] = Field(
        alias="serviceHours", default=None
    )
    cancellation_policy: Optional["CancellationPolicyInput"] = Field(
        alias="cancellationPolicy", default=None
    )
    manual_review: Optional[bool] = Field(alias="manualReview", default=None)
    active: Optional[bool] = None


class ServiceWindowInput(BaseModel):
    """A window of one weekday (Monday = 0), HH:MM; 24:00 may end it."""

    weekday: int
    start: str
    end: str


class SkillLevelInput(BaseModel):
    """A skill and the lowest level (1..5) staff need in it."""

    skill: str
    level: int


class SpecialOptionInput(BaseModel):
    """A special requirement customers may tick (code, zh, en)."""

    code: str
    zh: str
    en: str


class UserFilterInput(BaseModel):
    """Which users; every given condition must hold."""

    role: Optional[str] = None
    "Only users granted this role directly (staff: service workers)."
    search: Optional[str] = None
    "A part of the name, phone number or e-mail address."
    region: Optional[str] = None
    "Only staff whose profile is in this region."
    status: Optional[UserStatus] = None


BookingCreateInput.model_rebuild()
CancellationPolicyInput.model_rebuild()
ServiceHoursInput.model_rebuild()
ServiceTypeCreateInput.model_rebuild()
ServiceTypeUpdateInput.model_rebuild()
