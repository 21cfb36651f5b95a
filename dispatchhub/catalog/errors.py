"""Error codes of the catalog: service types, items, regions and the booking form they define."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["CatalogErrorCode"]


class CatalogErrorCode(ErrorCode):
    """Why a catalog change, or form data checked against a service type, was refused."""

    REQUIRED = ("此项必填。", "This field is required.")
    EXPECTED_TYPE = ("应为{type_zh}。", "Must be {type_en}.")
    INVALID_CODE = (
        "只能包含小写字母、数字和下划线,以字母开头,最多 50 个字符。",
        "Use a-z, 0-9 and _, starting with a letter, at most 50 characters.",
    )
    SELF_NEIGHBOUR = ("区域不能与自己相邻。", "A region cannot be its own neighbour.")
    TOO_LONG = ("长度不能超过 {limit}。", "Must be at most {limit} long.")
    OUT_OF_RANGE = ("取值须在 {min} 到 {max} 之间。", "Must be between {min} and {max}.")
    DUPLICATE = ("重复的值:{value}。", "Duplicate value: {value}.")
    UNKNOWN_FIELD = ("不支持的字段 {name}。", "Unknown field {name}.")
    CODE_TAKEN = ("编码 {value} 已被使用。", "The code {value} is already in use.")
    NOT_FOUND = ("找不到 {what}。", "{what} was not found.")
    UNKNOWN_REGION = ("服务区域 {value} 不存在。", "There is no region {value}.")
    UNKNOWN_URGENCY = (
        "紧急程度只能是 NORMAL、URGENT 或 EMERGENCY。",
        "Urgency must be NORMAL, URGENT or EMERGENCY.",
    )
    INVALID_TIME = ("时间须为 HH:MM 格式,例如 08:30。", "Times are HH:MM, e.g. 08:30.")
    HOURS_ORDER = ("开始时间须早于结束时间。", "The start must be before the end.")
    HOURS_OVERLAP = (
        "星期{weekday}的服务时段有重叠。",
        "Service windows overlap on weekday {weekday}.",
    )
    HOURS_CLOSED_CONFLICT = (
        "星期{weekday}已设为休息,不能再设服务时段。",
        "Weekday {weekday} is closed and cannot have service windows.",
    )
    POLICY_FEE_CHOICE = (
        "每条规则须设置固定费用或百分比,二者选一。",
        "Each rule needs either a fixed fee or a percentage, not both.",
    )
    POLICY_NEEDS_ZERO = (
        "取消规则须包含「距预约 0 小时」的规则。",
        "The rules need one for 0 hours before the appointment.",
    )
    POLICY_NOT_MONOTONIC = (
        "距预约越近,取消费用不能越低:{hours} 小时的规则低于 {previous} 小时的规则。",
        "Cancelling later cannot cost less: the {hours} h rule is below the {previous} h rule.",
    )
    FORM_SCHEMA_INVALID = (
        "表单定义不是有效的 JSON Schema:{reason}",
        "Not a valid JSON Schema: {reason}",
    )
    FORM_SCHEMA_UNSUPPORTED = ("表单定义不支持:{reason}", "Not supported in a form: {reason}")
    FORM_SCHEMA_TOO_LARGE = (
        "表单定义过大(上限 {limit})。",
        "The form schema is too large (limit {limit}).",
    )
    FORM_FIELD_REQUIRED = ("请填写「{title}」。", "Please fill in {title_en}.")
    FORM_FIELD_INVALID = ("「{title}」填写有误:{reason}", "{title_en} is not valid: {reason_en}")
    FORM_FIELD_UNKNOWN = ("表单中没有「{name}」这一项。", "The form has no field {name}.")
    INVALID_POINT = (
        "坐标无效:纬度 -90..90,经度 -180..180。",
        "Invalid point: latitude -90..90, longitude -180..180.",
    )
