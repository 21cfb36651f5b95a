from datetime import datetime
from typing import Any, Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import BookingChannel, BookingStatus, OrderStatus, Urgency


class BookingFields(BaseModel):
    id: str
    number: str
    status: BookingStatus
    channel: BookingChannel
    urgency: Urgency
    service_code: str = Field(alias="serviceCode")
    service_type_id: Optional[str] = Field(alias="serviceTypeId")
    customer_id: str = Field(alias="customerId")
    description: str
    scheduled_start: datetime = Field(alias="scheduledStart")
    scheduled_end: Optional[datetime] = Field(alias="scheduledEnd")
    address: str
    region: Optional[str]
    form_data: Any = Field(alias="formData")
    price_minor: Optional[int] = Field(alias="priceMinor")
    currency: str
    review_problems: list["BookingFieldsReviewProblems"] = Field(alias="reviewProblems")
    created_at: datetime = Field(alias="createdAt")


class BookingFieldsReviewProblems(BaseModel):
    field: Optional[str]
    code: str
    message: str


class OrderFields(BaseModel):
    id: str
    number: str
    status: OrderStatus
    urgency: Urgency
    service_code: str = Field(alias="serviceCode")
    region: Optional[str]
    scheduled_start: datetime = Field(alias="scheduledStart")
    scheduled_end: Optional[datetime] = Field(alias="scheduledEnd")
    assignee_id: Optional[str] = Field(alias="assigneeId")
    booking_id: str = Field(alias="bookingId")
    assigned_at: Optional[datetime] = Field(alias="assignedAt")
    started_at: Optional[datetime] = Field(alias="startedAt")
    completed_at: Optional[datetime] = Field(alias="completedAt")
    created_at: datetime = Field(alias="createdAt")


class ServiceTypeFields(BaseModel):
    id: str
    code: str
    name_zh: str = Field(alias="nameZh")
    name_en: str = Field(alias="nameEn")
    description: str
    form_schema: Any = Field(alias="formSchema")
    default_duration_min: int = Field(alias="defaultDurationMin")
    price_minor: int = Field(alias="priceMinor")
    currency: str
    urgency_options: list[Urgency] = Field(alias="urgencyOptions")
    service_regions: list[str] = Field(alias="serviceRegions")
    service_hours: "ServiceTypeFieldsServiceHours" = Field(alias="serviceHours")
    manual_review: bool = Field(alias="manualReview")
    active: bool
    revision: int


class ServiceTypeFieldsServiceHours(BaseModel):
    start: str
    end: str


BookingFields.model_rebuild()
OrderFields.model_rebuild()
ServiceTypeFields.model_rebuild()
