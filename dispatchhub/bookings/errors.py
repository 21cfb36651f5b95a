"""Error codes of bookings: intake, automatic review, changes and export."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["BookingsErrorCode"]


class BookingsErrorCode(ErrorCode):
    """Why a booking operation was refused, or what the automatic review asks to change."""

    NOT_FOUND = ("找不到该预约。", "The booking was not found.")
    RETURNED_BY_AGENT = (
        "客服退回了预约,请按说明修改后重新提交:{reason}",
        "Customer service sent the booking back; change it as asked and submit it again: {reason}",
    )
    REQUIRED = ("此项必填。", "This field is required.")
    TOO_LONG = ("内容过长(上限 {limit} 个字符)。", "Too long (at most {limit} characters).")
    DESCRIPTION_TOO_SHORT = (
        "请再具体描述一下问题(至少 {minimum} 个字)。",
        "Please describe the problem in more detail (at least {minimum} characters).",
    )
    DESCRIPTION_NOT_READABLE = (
        "问题描述看起来不像正常文字,请重新填写。",
        "The description does not look like readable text; please rewrite it.",
    )
    UNKNOWN_SERVICE_TYPE = ("该服务类型不存在或已停用。", "That service type does not exist.")
    CHOOSE_SERVICE_TYPE = (
        "请选择服务类型,系统推荐:{suggestions}。",
        "Please choose a service type; suggested: {suggestions}.",
    )
    UNKNOWN_SERVICE_ITEM = (
        "该服务项目不属于所选服务类型。",
        "That service item does not belong to the service type.",
    )
    UNKNOWN_URGENCY = (
        "该服务不提供此紧急程度:{urgency}。",
        "This service does not offer urgency {urgency}.",
    )
    UNKNOWN_SPECIAL_REQUIREMENT = (
        "不支持的特殊要求:{code}。",
        "Unknown special requirement: {code}.",
    )
    TIME_NOT_AWARE = (
        "时间须带时区,例如 2026-12-01T09:00:00+08:00。",
        "Times need a time zone, e.g. 2026-12-01T09:00:00+08:00.",
    )
    TIME_IN_PAST = ("预约时间不能早于现在。", "The appointment cannot be in the past.")
    TIME_TOO_FAR = (
        "只能预约 {days} 天以内的时间。",
        "Appointments can be made at most {days} days ahead.",
    )
    END_BEFORE_START = ("结束时间须晚于开始时间。", "The end must be after the start.")
    WINDOW_TOO_LONG = (
        "预约时间段不能超过 {hours} 小时。",
        "The time window cannot be longer than {hours} hours.",
    )
    OUTSIDE_SERVICE_HOURS = (
        "该服务的营业时间为 {hours}(北京时间),请调整预约时间。",
        "This service works {hours} (local time); please choose another time.",
    )
    OUTSIDE_SERVICE_AREA = (
        "该地址不在服务范围内(服务区域:{regions})。",
        "The address is outside the service area (served: {regions}).",
    )
    CUSTOMER_REQUIRED = (
        "电话预约须指定客户。",
        "A phone booking needs the customer it is for.",
    )
    CUSTOMER_NOT_ALLOWED = (
        "只有客服可以替客户预约。",
        "Only agents can book for another customer.",
    )
    UNKNOWN_CUSTOMER = ("找不到该客户。", "The customer was not found.")
    FOLLOW_UP_UNKNOWN = (
        "找不到该客户的这张订单。",
        "No order of this customer has that id.",
    )
    FOLLOW_UP_NOT_COMPLETED = (
        "只能为已完成的订单预约返修(该订单状态为 {status})。",
        "A repeat visit can only follow a completed order (this one is {status}).",
    )
    CHANNEL_NOT_ALLOWED = (
        "电话渠道的预约须由客服录入。",
        "PHONE bookings are entered by an agent.",
    )
    INVALID_TRANSITION = (
        "预约当前状态为 {status},不能{action}。",
        "The booking is {status}; it cannot be {action}.",
    )
    FAULT_NOT_ALLOWED = (
        "只有客服可以认定责任方。",
        "Only agents can say whose fault a change is.",
    )
    FORM_NOT_OBJECT = ("表单内容须为对象。", "The form data must be an object.")
    PAGE_SIZE = ("每页数量须在 1 到 {limit} 之间。", "Page size must be 1 to {limit}.")
    EXPORT_NOT_FOUND = ("找不到该导出任务。", "The export was not found.")
