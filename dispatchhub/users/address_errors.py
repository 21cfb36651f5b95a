"""Why a saved address was refused."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["AddressErrorCode"]


class AddressErrorCode(ErrorCode):
    """Codes of saved addresses, with their messages in Chinese and English."""

    REQUIRED = ("此项必填。", "This field is required.")
    TOO_LONG = ("内容不能超过 {max} 个字符。", "Must be at most {max} characters.")
    INVALID_POINT = ("坐标无效。", "The point is not a valid latitude and longitude.")
    TOO_MANY = ("最多保存 {max} 个地址。", "You can keep at most {max} addresses.")
    ADDRESS_NOT_FOUND = ("地址不存在。", "The address does not exist.")
