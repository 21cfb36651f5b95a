from datetime import date, datetime
from typing import Any, Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import (
    BookingChannel,
    BookingStatus,
    CoordinateSystem,
    OrderStatus,
    ReportFormat,
    ReportName,
    ReportPeriod,
    TaskGroupBy,
    Urgency,
    UserStatus,
)


class BookingCreateInput(BaseModel):
    """The input of `bookingCreate`."""

    description: str
    "The problem in the customer's words, Chinese or English (at most 2,000 characters; too thin or unreadable text sends the booking to NEEDS_CHANGES)."
    scheduled_start: datetime = Field(alias="scheduledStart")
    "When the appointment should start: with a time zone, in the future, at most 90 days ahead; outside the type's service hours it NEEDS_CHANGES."
    address: str
    "The service address as written (at most 300 characters)."
    channel: BookingChannel = BookingChannel.WEB
    "Where the booking comes in; PHONE is for agents booking for a customer."
    urgency: Urgency = Urgency.NORMAL
    "How soon; one of the urgencies the service type offers."
    service_type_id: Optional[str] = Field(alias="serviceTypeId", default=None)
    "The service type (its id). Without it the type is suggested from the description: picked when the suggestion is confident, otherwise CHOOSE_SERVICE_TYPE lists suggestions."
    service_item_id: Optional[str] = Field(alias="serviceItemId", default=None)
    "A priced item of that service type (its id); it sets the quoted price."
    scheduled_end: Optional[datetime] = Field(alias="scheduledEnd", default=None)
    "When the appointment should end (after the start, a window of at most 12 hours); null: no end given."
    location: Optional["GeoPointInput"] = None
    "The address's point (WGS-84); without one the booking NEEDS_CHANGES."
    special_requirements: Optional[list[str]] = Field(
        alias="specialRequirements", default=None
    )
    "Codes of special requirements the service type offers."
    form_data: Optional[Any] = Field(alias="formData", default=None)
    "The service type's form filled in (a JSON object checked against its `formSchema`)."
    customer_id: Optional[str] = Field(alias="customerId", default=None)
    "Agents booking for a customer (e.g. by phone): the User's global id (from users) or its row id."
    idempotency_key: Optional[str] = Field(alias="idempotencyKey", default=None)
    "Retrying with the same key returns the same booking."
    follow_up_of: Optional[str] = Field(alias="followUpOf", default=None)
    "A repeat visit: the customer's completed order this booking comes back to (it then does not count as fixed the first time)."


class BookingFilterInput(BaseModel):
    """Narrow a booking list; every part is optional."""

    status: Optional[list[BookingStatus]] = None
    "Only bookings in these states; null: every state."
    from_: Optional[datetime] = Field(alias="from", default=None)
    "Only appointments starting at or after this moment."
    to: Optional[datetime] = None
    "Only appointments starting before this moment."
    search: Optional[str] = None
    "Words from the number, description, address or customer."
    service_type_id: Optional[str] = Field(alias="serviceTypeId", default=None)
    "Only bookings of this service type (its id)."
    customer_id: Optional[str] = Field(alias="customerId", default=None)
    "Agents only; a customer always sees their own."


class CancellationPolicyInput(BaseModel):
    """Rules by notice (one must be for 0 h; later never cheaper), the least fee once staff are on the way, and the compensation when staff or the platform are at fault."""

    rules: list["CancellationRuleInput"]
    "The rules by notice (one must be for 0 hours; more notice is never dearer)."
    staff_en_route_fee_minor: int = Field(alias="staffEnRouteFeeMinor", default=0)
    "The least fee once staff are on the way, in fen."
    staff_fault_compensation_minor: int = Field(
        alias="staffFaultCompensationMinor", default=0
    )
    "Owed to the customer when staff or the platform are at fault, in fen."


class CancellationRuleInput(BaseModel):
    """From hoursBeforeGte hours before on: feeMinor OR feePercent."""

    hours_before_gte: float = Field(alias="hoursBeforeGte")
    "From this many hours of notice on (included)."
    fee_minor: Optional[int] = Field(alias="feeMinor", default=None)
    "A fee in fen (give this or feePercent)."
    fee_percent: Optional[int] = Field(alias="feePercent", default=None)
    "A fee as a percentage of the price, 0..100 (give this or feeMinor)."


class GeoPointInput(BaseModel):
    """WGS-84 latitude (-90..90) and longitude (-180..180) in degrees."""

    lat: float
    "Latitude in degrees, WGS-84 (-90..90)."
    lon: float
    "Longitude in degrees, WGS-84 (-180..180)."


class OrderFilterInput(BaseModel):
    """Narrow an order list; every part is optional."""

    status: Optional[list[OrderStatus]] = None
    "Only orders in these states; null: every state."
    mine: bool = False
    "Staff: only orders offered or assigned to me."
    grabbable: bool = False
    "Only the grab pool."
    region: Optional[str] = None
    "Only orders in this region (its code)."


class ReportExportInput(BaseModel):
    """The input of `reportExport`."""

    report: ReportName
    "Which report."
    format: ReportFormat
    "The file format."
    from_: date = Field(alias="from")
    "First local date."
    to: date
    "Last local date (inclusive; at most 366 days after `from`)."
    period: ReportPeriod = ReportPeriod.DAY
    "TASK_STATS and SATISFACTION_TREND buckets."
    group_by: Optional[TaskGroupBy] = Field(alias="groupBy", default=None)
    "TASK_STATS: split each bucket by this dimension."


class ServiceHoursInput(BaseModel):
    """start–end (HH:MM, business time zone) every day; a weekday listed in weekdays has exactly its own windows, one in closedWeekdays has none."""

    start: str
    "HH:MM every day, local time."
    end: str
    "HH:MM every day, local time (24:00: midnight)."
    weekdays: list["ServiceWindowInput"] = Field(default_factory=lambda: [])
    "Windows of weekdays that differ from start–end."
    closed_weekdays: list[int] = Field(
        alias="closedWeekdays", default_factory=lambda: []
    )
    "Weekdays without appointments (0 Monday .. 6 Sunday)."


class ServiceTypeCreateInput(BaseModel):
    """Everything but code and names may be left out (defaults)."""

    code: str
    "a-z, 0-9, _; fixed once created."
    name_zh: str = Field(alias="nameZh")
    "The Chinese name."
    name_en: str = Field(alias="nameEn")
    "The English name."
    description: Optional[str] = None
    "What it covers, for customers."
    keywords: Optional[list[str]] = None
    "Words (Chinese or English) that suggest it from a problem description."
    form_schema: Optional[Any] = Field(alias="formSchema", default=None)
    "JSON Schema (2020-12) of the booking form: an object schema whose properties customers fill in (`formData`)."
    required_skills: Optional[list["SkillLevelInput"]] = Field(
        alias="requiredSkills", default=None
    )
    "Skills staff need, with the lowest level."
    default_duration_min: Optional[int] = Field(
        alias="defaultDurationMin", default=None
    )
    "How long a job usually takes, in minutes."
    price_minor: Optional[int] = Field(alias="priceMinor", default=None)
    "The base price in fen."
    urgency_options: Optional[list[Urgency]] = Field(
        alias="urgencyOptions", default=None
    )
    "The urgencies customers may choose."
    special_options: Optional[list["SpecialOptionInput"]] = Field(
        alias="specialOptions", default=None
    )
    "Special requirements customers may tick."
    service_regions: Optional[list[str]] = Field(alias="serviceRegions", default=None)
    "Region codes where it is offered; empty: every region."
    service_hours: Optional["ServiceHoursInput"] = Field(
        alias="serviceHours", default=None
    )
    "When appointments are taken."
    cancellation_policy: Optional["CancellationPolicyInput"] = Field(
        alias="cancellationPolicy", default=None
    )
    "What cancelling or rescheduling costs (bookings keep the policy they were made under)."
    manual_review: Optional[bool] = Field(alias="manualReview", default=None)
    "Whether bookings wait for an agent's approval (PENDING_REVIEW)."
    active: Optional[bool] = None
    "Whether customers may book it."


class ServiceTypeUpdateInput(BaseModel):
    """Only the fields given change; the revision goes up."""

    id: str
    "The service type's id."
    name_zh: Optional[str] = Field(alias="nameZh", default=None)
    "The Chinese name."
    name_en: Optional[str] = Field(alias="nameEn", default=None)
    "The English name."
    description: Optional[str] = None
    "What it covers, for customers."
    keywords: Optional[list[str]] = None
    "Words (Chinese or English) that suggest it from a problem description."
    form_schema: Optional[Any] = Field(alias="formSchema", default=None)
    "JSON Schema (2020-12) of the booking form: an object schema whose properties customers fill in (`formData`)."
    required_skills: Optional[list["SkillLevelInput"]] = Field(
        alias="requiredSkills", default=None
    )
    "Skills staff need, with the lowest level."
    default_duration_min: Optional[int] = Field(
        alias="defaultDurationMin", default=None
    )
    "How long a job usually takes, in minutes."
    price_minor: Optional[int] = Field(alias="priceMinor", default=None)
    "The base price in fen."
    urgency_options: Optional[list[Urgency]] = Field(
        alias="urgencyOptions", default=None
    )
    "The urgencies customers may choose."
    special_options: Optional[list["SpecialOptionInput"]] = Field(
        alias="specialOptions", default=None
    )
    "Special requirements customers may tick."
    service_regions: Optional[list[str]] = Field(alias="serviceRegions", default=None)
    "Region codes where it is offered; empty: every region."
    service_hours: Optional["ServiceHoursInput"] = Field(
        alias="serviceHours", default=None
    )
    "When appointments are taken."
    cancellation_policy: Optional["CancellationPolicyInput"] = Field(
        alias="cancellationPolicy", default=None
    )
    "What cancelling or rescheduling costs (bookings keep the policy they were made under)."
    manual_review: Optional[bool] = Field(alias="manualReview", default=None)
    "Whether bookings wait for an agent's approval (PENDING_REVIEW)."
    active: Optional[bool] = None
    "Whether customers may book it."


class ServiceWindowInput(BaseModel):
    """A window of one weekday (Monday = 0), HH:MM; 24:00 may end it."""

    weekday: int
    "0 Monday .. 6 Sunday."
    start: str
    "HH:MM, local time."
    end: str
    "HH:MM, local time (24:00: midnight)."


class SkillLevelInput(BaseModel):
    """A skill and the lowest level (1..5) staff need in it."""

    skill: str
    "A service-type code naming the skill (e.g. `hvac`)."
    level: int
    "The lowest level accepted, 1..5."


class SpecialOptionInput(BaseModel):
    """A special requirement customers may tick (code, zh, en)."""

    code: str
    "Its code (a-z, 0-9, _), as bookings list it."
    zh: str
    "Its label in Chinese."
    en: str
    "Its label in English."


class StaffPositionReportInput(BaseModel):
    """A position from the staff member's device."""

    location: "GeoPointInput"
    "The point, in `coordinateSystem` (lat -90..90, lon -180..180)."
    accuracy_meters: Optional[float] = Field(alias="accuracyMeters", default=None)
    "The device's accuracy radius in metres (0..5000)."
    coordinate_system: CoordinateSystem = Field(
        alias="coordinateSystem", default=CoordinateSystem.WGS84
    )
    "The datum of `location`; WGS84 unless the device's map SDK gave GCJ02."


class UserFilterInput(BaseModel):
    """Which users; every given condition must hold."""

    role: Optional[str] = None
    "Only users granted this role directly (staff: service workers)."
    search: Optional[str] = None
    "A part of the name, phone number or e-mail address."
    region: Optional[str] = None
    "Only staff whose profile is in this region."
    status: Optional[UserStatus] = None
    "Only accounts in this state."


BookingCreateInput.model_rebuild()
CancellationPolicyInput.model_rebuild()
ServiceHoursInput.model_rebuild()
ServiceTypeCreateInput.model_rebuild()
ServiceTypeUpdateInput.model_rebuild()
StaffPositionReportInput.model_rebuild()
