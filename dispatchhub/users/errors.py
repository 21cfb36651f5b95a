"""Error codes of accounts and sign-in."""

from __future__ import annotations

from dispatchhub.errors import ErrorCode

__all__ = ["UsersErrorCode"]


class UsersErrorCode(ErrorCode):
    """Why an identity operation was refused."""

    INVALID_PHONE = ("手机号码格式不正确。", "The phone number is not valid.")
    INVALID_EMAIL = ("邮箱地址格式不正确。", "The e-mail address is not valid.")
    RATE_LIMITED = (
        "发送过于频繁,请 {retry_after} 秒后再试。",
        "Too many codes requested; try again in {retry_after} seconds.",
    )
